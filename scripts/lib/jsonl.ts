/**
 * Reading labelled JSONL sets for the eval commands: one JSON object per line, each checked by a schema and
 * by the caller's own checks, every problem reported as `file:line: …` at once.
 */
import type { z } from 'zod';

/** A problem the eval commands print as it is and exit non-zero on (no stack trace). */
export class EvalInputError extends Error {}

export function parseJsonl<S extends z.ZodType<object>>(
  file: string,
  text: string,
  schema: S,
  /** Extra checks on a parsed line; each returned string is a problem at that line. */
  check: (row: z.infer<S>) => string[],
  what: string,
): (z.infer<S> & { line: number })[] {
  const problems: string[] = [];
  const rows: (z.infer<S> & { line: number })[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const where = `${file}:${i + 1}`;
    if (!raw.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      problems.push(`${where}: not JSON (${(err as Error).message})`);
      return;
    }
    const res = schema.safeParse(json);
    if (!res.success) {
      problems.push(
        `${where}: ${res.error.issues.map((iss) => `${iss.path.join('.') || 'line'}: ${iss.message}`).join('; ')}`,
      );
      return;
    }
    const row = res.data as z.infer<S>;
    problems.push(...check(row).map((p) => `${where}: ${p}`));
    rows.push(Object.assign({}, row, { line: i + 1 }));
  });
  if (problems.length) throw new EvalInputError(problems.join('\n'));
  if (!rows.length) throw new EvalInputError(`${file}: no ${what} in the file`);
  return rows;
}
