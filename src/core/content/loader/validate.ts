/**
 * A file's data checked against its zod schema (schema.ts), and zod's issues turned into problems an author can
 * act on: on the line of the offending node, with what to write instead (quotes, a date as YYYY-MM-DD, a
 * missing field's reason). A list file keeps its valid items for the cross-checks.
 */
import type { z } from 'zod';
import { formatPath, type Problems } from './problems.js';
import { getRaw, type PathKey, type YamlSource } from './yaml-source.js';

export interface Item<T> {
  index: number;
  value: T;
}

/** Everything known about one list file after validation, good items kept for cross-checks. */
export interface ListFile<T> {
  src: YamlSource;
  items: Item<T>[];
  /** Every id written in the file, valid item or not (so a broken item does not cause "unknown id" noise). */
  ids: Set<string>;
}

/** Why a required field matters, added to "missing required field" where organisers need the reason. */
const MISSING_HINTS: Partial<Record<string, string>> = {
  description:
    'say in a sentence which reports belong to this category (e.g. "路面塌陷、井盖缺失、坑洼等骑行路上的安全隐患"); the bot reads it to sort reports',
};

/** schema.ts's message for a date not written YYYY-MM-DD (its `isoDate`). */
const DATE_FORMAT_MESSAGE = 'date must be YYYY-MM-DD';

/** Turns zod issues into problems on the line of the offending node. */
function reportIssues(
  problems: Problems,
  src: YamlSource,
  raw: unknown,
  issues: readonly z.core.$ZodIssue[],
  base: PathKey[] = [],
): void {
  for (const issue of issues) {
    const p = [...base, ...(issue.path as PathKey[])];
    const where = formatPath(p);
    const prefix = where ? `${where}: ` : '';
    if (issue.code === 'unrecognized_keys') {
      const told = new Set<string>();
      for (const key of issue.keys) {
        // A comma in a `{ … }` value cuts it, and YAML reads the rest as a field: say so, not "unknown field".
        const split = src.commaSplit(p, key);
        if (split && told.has(split.field)) continue;
        if (split) {
          told.add(split.field);
          problems.add(
            src.file,
            split.line,
            `${prefix}the value of "${split.field}" holds a comma, which ends a value inside { … } — put it in quotes: ${split.field}: "${split.value.replace(/"/g, '\\"')}"`,
          );
        } else problems.add(src.file, src.keyLine(p, key), `${prefix}unknown field "${key}"`);
      }
      continue;
    }
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the alternative that got furthest (fewest issues) rather than a bare "Invalid input".
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0];
      if (best && best.length > 0) {
        reportIssues(problems, src, raw, best, p);
        continue;
      }
    }
    if (issue.code === 'invalid_type' && p.length > 0) {
      const parent = getRaw(raw, p.slice(0, -1));
      const key = p[p.length - 1];
      if (parent && typeof parent === 'object' && !Array.isArray(parent) && !(String(key) in parent)) {
        const parentWhere = formatPath(p.slice(0, -1));
        const hint = MISSING_HINTS[String(key)];
        problems.at(
          src,
          p,
          `${parentWhere ? `${parentWhere}: ` : ''}missing required field "${String(key)}"${hint ? ` — ${hint}` : ''}`,
        );
        continue;
      }
    }
    if ((issue.code === 'invalid_type' || issue.code === 'too_small') && p.length > 0) {
      // `description:` with nothing after it, or '': said as plainly as a missing field, with its reason.
      const value = getRaw(raw, p);
      if (value === null || (typeof value === 'string' && !value.trim())) {
        const parentWhere = formatPath(p.slice(0, -1));
        const key = String(p[p.length - 1]);
        const hint = MISSING_HINTS[key];
        problems.at(
          src,
          p,
          `${parentWhere ? `${parentWhere}: ` : ''}field "${key}" is empty${hint ? ` — ${hint}` : ''}`,
        );
        continue;
      }
    }
    if (issue.code === 'invalid_type' && issue.expected === 'string') {
      const value = getRaw(raw, p);
      if (typeof value === 'number' || typeof value === 'boolean') {
        // YAML reads 110 or true as a number/boolean; quoting keeps it text.
        problems.at(
          src,
          p,
          `${prefix}expected text, got ${typeof value} ${String(value)} — put it in quotes: "${String(value)}"`,
        );
        continue;
      }
    }
    if (issue.code === 'invalid_type' && issue.expected === 'number') {
      const value = getRaw(raw, p);
      if (typeof value === 'string' && value.trim() && Number.isFinite(Number(value))) {
        problems.at(
          src,
          p,
          `${prefix}expected a number, got text "${value}" — remove the quotes: ${value.trim()}`,
        );
        continue;
      }
    }
    if (issue.code === 'invalid_format' && issue.message === DATE_FORMAT_MESSAGE) {
      // Say which date of a list is wrong and how to write it: "holidays[1]" alone makes a person count.
      const value = getRaw(raw, p);
      if (typeof value === 'string') {
        problems.at(src, p, `${prefix}${dateAdvice(value)}`);
        continue;
      }
    }
    problems.at(src, p, `${prefix}${issue.message}`);
  }
}

/** `"2027/1/2" is not a date as written here — write 2027-01-02`, or an example when it cannot be read. */
function dateAdvice(value: string): string {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(value);
  const fix = m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : undefined;
  return `"${value}" is not a date as written here (YYYY-MM-DD) — ${fix ? `write ${fix}` : 'e.g. 2026-10-01'}`;
}

/** Validates a single-object file; returns the parsed value or undefined. */
export function validateFile<S extends z.ZodType>(
  problems: Problems,
  src: YamlSource,
  schema: S,
): z.output<S> | undefined {
  const raw = src.raw();
  const res = schema.safeParse(raw);
  if (res.success) return res.data;
  reportIssues(problems, src, raw, res.error.issues);
  return undefined;
}

/** Validates a file whose data is a list under `key`; keeps the items that are valid on their own. */
export function validateList<S extends z.ZodType, I extends z.ZodType>(
  problems: Problems,
  src: YamlSource,
  fileSchema: S,
  key: string,
  itemSchema: I,
): ListFile<z.output<I>> & { whole?: z.output<S> } {
  const raw = src.raw();
  const list = getRaw(raw, [key]);
  const ids = new Set<string>();
  if (Array.isArray(list)) {
    for (const item of list) {
      const itemId = getRaw(item, ['id']);
      if (typeof itemId === 'string') ids.add(itemId);
    }
  }
  const res = fileSchema.safeParse(raw);
  if (res.success) {
    const data = getRaw(res.data, [key]) as z.output<I>[];
    return { src, whole: res.data, ids, items: data.map((value, index) => ({ index, value })) };
  }
  reportIssues(problems, src, raw, res.error.issues);
  const items: Item<z.output<I>>[] = [];
  if (Array.isArray(list)) {
    list.forEach((item, index) => {
      const r = itemSchema.safeParse(item);
      if (r.success) items.push({ index, value: r.data });
    });
  }
  return { src, ids, items };
}
