/**
 * The problems found in a pack: each with its file and line, said as `file:line: message`. Every part of the
 * loader adds to one `Problems` list, so all of a pack's mistakes are reported after one run.
 */
import type { PathKey, YamlSource } from './yaml-source.js';

export interface ContentProblem {
  /** The file's path: the pack dir joined with the file's path inside the pack. */
  file: string;
  line?: number;
  message: string;
}

/** `file:line: message`, one problem per line. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.message}`).join('\n');
}

export class ContentPackError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentPackError';
    this.problems = problems;
  }
}

export class Problems {
  readonly list: ContentProblem[] = [];
  add(file: string, line: number | undefined, message: string): void {
    this.list.push(line === undefined ? { file, message } : { file, line, message });
  }
  at(src: YamlSource, p: readonly PathKey[], message: string): void {
    this.add(src.file, src.lineOf(p), message);
  }
}

export function formatPath(p: readonly PropertyKey[]): string {
  let out = '';
  for (const k of p) out += typeof k === 'number' ? `[${k}]` : `${out ? '.' : ''}${String(k)}`;
  return out;
}
