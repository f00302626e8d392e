/**
 * Reading a pack's files: a YAML file read and parsed into a YamlSource, a missing file or a YAML syntax error
 * said in an author's terms (the line where the slip is, and a hint), and whether a file or directory exists.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { CORE_SCHEMA, load as loadYamlValue } from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import type { Problems } from './problems.js';
import { YamlSource } from './yaml-source.js';

export async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

export async function isDir(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}

/** The mistakes organisers make most often, explained in their terms. */
const YAML_HINTS: Partial<Record<string, string>> = {
  BLOCK_AS_IMPLICIT_KEY: 'if a value contains ": ", put the whole value in quotes',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  DUPLICATE_KEY: 'a field appears twice in the same item',
};

/** Parses YAML text; syntax errors become problems and yield undefined. */
export function parseYaml(
  problems: Problems,
  file: string,
  text: string,
  lineOffset = 0,
): YamlSource | undefined {
  let value: unknown;
  try {
    value = loadYamlValue(text, { schema: CORE_SCHEMA, filename: file });
  } catch {
    // A syntax mistake: the `yaml` package explains it with its line and a hint.
    return reportYamlErrors(problems, file, text, lineOffset);
  }
  if (value === undefined || value === null) {
    problems.add(file, 1 + lineOffset, 'the file is empty');
    return undefined;
  }
  return new YamlSource(file, text, value, lineOffset);
}

function reportYamlErrors(problems: Problems, file: string, text: string, lineOffset: number): undefined {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  // After the first syntax error the parser is lost, and what it reports next is mostly noise (one tab gave
  // 18 "errors"): the first is said, the rest counted — except a repeated key, which stands on its own.
  const [first, ...rest] = doc.errors;
  const follow = rest.filter((err) => err.code !== 'DUPLICATE_KEY').length;
  for (const err of doc.errors) {
    if (err !== first && err.code !== 'DUPLICATE_KEY') continue;
    const hint = YAML_HINTS[err.code];
    const more =
      err === first && follow
        ? `; ${follow} later YAML error${follow > 1 ? 's' : ''} in this file probably follow from this one — fix it and check again`
        : '';
    let line = lc.linePos(err.pos[0]).line;
    let unclosed = '';
    const closer = /end with an? ([\]}])/.exec(err.message)?.[1];
    const opener = closer === ']' ? '[' : closer === '}' ? '{' : undefined;
    const opened = opener ? openingLine(text, line, opener, closer!) : undefined;
    if (opened) {
      // The parser notices an unclosed bracket lines later; the author's slip is where it opens.
      line = opened;
      unclosed = `: the "${opener}" on this line is never closed`;
    }
    problems.add(
      file,
      line + lineOffset,
      `YAML error: ${firstLine(err.message)}${unclosed}${hint ? ` (${hint})` : ''}${more}`,
    );
  }
  // js-yaml refused what `yaml` accepts (rare): say so rather than pass silently.
  if (!doc.errors.length) problems.add(file, 1 + lineOffset, 'YAML error: the file could not be read');
  return undefined;
}

/** The nearest line at or above `line` (1-based) with more `open` than `close` brackets, if any. */
function openingLine(text: string, line: number, open: string, close: string): number | undefined {
  const lines = text.split('\n');
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const code = lines[i]!.replace(/#.*$/, '');
    if (code.split(open).length > code.split(close).length) return i + 1;
  }
  return undefined;
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

export async function readYamlFile(
  problems: Problems,
  dir: string,
  rel: string,
  optional: boolean,
): Promise<YamlSource | 'absent' | undefined> {
  const file = path.join(dir, rel);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      if (optional) return 'absent';
      problems.add(file, undefined, 'missing file (it is required)');
      return undefined;
    }
    problems.add(file, undefined, `cannot read: ${(err as Error).message}`);
    return undefined;
  }
  return parseYaml(problems, file, stripBom(text));
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
