/**
 * Files a pattern names, for scripts given quoted globs ('evals/own/*-faq-dev*.jsonl'): `*` and `?` in the last
 * path segment only. Sorted; none when nothing matches or the folder is missing (the caller decides if that is an
 * error).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export function filesMatching(pattern: string): string[] {
  if (!/[*?]/.test(path.basename(pattern))) return [pattern];
  const dir = path.dirname(pattern);
  const re = new RegExp(
    `^${path
      .basename(pattern)
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => re.test(n))
    .sort()
    .map((n) => path.join(dir, n));
}
