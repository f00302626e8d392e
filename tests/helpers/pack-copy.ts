/**
 * A copy of the sample pack with some of its text changed, for a test that needs one setting the sample lacks
 * (a triage chat's language, more secretaries). Each change must find its text: a sample edited since fails the
 * test here instead of quietly testing the sample as it is.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_PACK } from './app.js';

export interface PackCopy {
  dir: string;
  remove(): void;
}

/** `changes`: per file of the pack, the text to find and what it becomes. */
export function samplePackWith(changes: Record<string, [from: string, to: string][]>): PackCopy {
  const dir = mkdtempSync(join(tmpdir(), 'ws-pack-'));
  cpSync(SAMPLE_PACK, dir, { recursive: true });
  for (const [name, pairs] of Object.entries(changes)) {
    const file = join(dir, name);
    let text = readFileSync(file, 'utf8');
    for (const [from, to] of pairs) {
      if (!text.includes(from))
        throw new Error(`${name} of the sample pack no longer holds ${JSON.stringify(from)}`);
      text = text.replace(from, to);
    }
    writeFileSync(file, text);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
