/**
 * Reads a content pack from disk, validates every file against schema.ts and cross-checks the
 * files against each other. All problems from all files are collected in one pass, each with the
 * file and line that caused it, so an organiser can fix a whole pack after one run.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import cron from 'node-cron';
import { CORE_SCHEMA, load as loadYamlValue } from 'js-yaml';
import { LineCounter, isMap, isScalar, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import {
  BranchSchema,
  BranchesFileSchema,
  CategoriesFileSchema,
  CategorySchema,
  FaqEntrySchema,
  FaqFileSchema,
  GROUP_KINDS,
  INDUSTRIES,
  LessonFrontSchema,
  OrganisersFileSchema,
  PackSettingsSchema,
  PlaceSchema,
  PlacesFileSchema,
  RoutingFileSchema,
  RoutingRuleSchema,
  ScheduleSchema,
  SchedulesFileSchema,
  SeriesSchema,
  StationSchema,
  StationsFileSchema,
  SynonymsFileSchema,
  WEEKDAYS,
  type Branch,
  type CategoriesFile,
  type ContentPack,
  type FaqEntry,
  type Lesson,
  type Organisers,
  type PackSettings,
  type Place,
  type RoutingRule,
  type Schedule,
  type Series,
  type Station,
} from './schema.js';
import { addressTowns, areaNamed } from './names.js';
import { didYouMean } from './near-id.js';
import { knowPlaceNames } from '../stations/reading.js';

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

/** Telegram allows 4096 characters per message; keep room for the title markup and buttons. */
export const LESSON_MAX_CHARS = 3500;

/**
 * Splits one day's hours ("08:00-12:00,13:00-20:00") into [startMinute, endMinute) pairs.
 * "24h" → [[0, 1440]], "closed" → []. Assumes the string passed the schema's pattern.
 */
export function parseHoursRanges(dayHours: string): [number, number][] {
  if (dayHours === '24h') return [[0, 1440]];
  if (dayHours === 'closed') return [];
  return dayHours.split(',').map((range) => {
    const [from = '', to = ''] = range.split('-');
    return [toMinutes(from), toMinutes(to)];
  });
}

function toMinutes(hhmm: string): number {
  const [h = '0', m = '0'] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

// ---------------------------------------------------------------------------------------------

type PathKey = string | number;

/**
 * One parsed YAML document plus what is needed to turn a data path into a line number. The value comes
 * from js-yaml (several times faster, the same YAML 1.2 core schema); the `yaml` package's document, which
 * knows where each node is, is built only when a mistake needs its line — so a good pack loads fast.
 */
class YamlSource {
  constructor(
    readonly file: string,
    private readonly text: string,
    private readonly value: unknown,
    /** Lines before the YAML text in the file (front matter starts after a `---` line). */
    private readonly lineOffset = 0,
  ) {}

  private parsed: { doc: Document; lc: LineCounter } | undefined;

  private get doc(): Document {
    return this.located().doc;
  }

  private located(): { doc: Document; lc: LineCounter } {
    if (!this.parsed) {
      const lc = new LineCounter();
      this.parsed = { doc: parseDocument(this.text, { lineCounter: lc, uniqueKeys: true }), lc };
    }
    return this.parsed;
  }

  /** The document as plain data. */
  raw(): unknown {
    return this.value;
  }

  lineAt(offset: number): number {
    return this.located().lc.linePos(offset).line + this.lineOffset;
  }

  /** Line of the node at `p`, else of its nearest existing parent. */
  lineOf(p: readonly PathKey[]): number {
    for (let n = p.length; n >= 0; n--) {
      const node = n === 0 ? this.doc.contents : this.doc.getIn(p.slice(0, n), true);
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) return this.lineAt(range[0]);
    }
    return 1 + this.lineOffset;
  }

  /**
   * When the unknown field `key` of the map at `p` is the rest of the field before it, cut off at a comma inside
   * `{ … }` (`en: { name: Road hazards, fog and ice }` reads as `name: Road hazards` and a field `fog and ice`
   * with no value): that field, its line and its whole value as written. Otherwise undefined.
   */
  commaSplit(p: readonly PathKey[], key: string): { field: string; line: number; value: string } | undefined {
    const node = p.length === 0 ? this.doc.contents : this.doc.getIn(p, true);
    if (!isMap(node) || !node.flow) return undefined;
    const at = node.items.findIndex((pair) => isScalar(pair.key) && String(pair.key.value) === key);
    if (at < 1 || node.items[at]!.value !== null) return undefined;
    // Back over the pieces with no value (Road hazards, fog, ice) to the field they were cut from.
    let from = at - 1;
    while (from > 0 && node.items[from]!.value === null) from--;
    let to = at;
    while (to + 1 < node.items.length && node.items[to + 1]!.value === null) to++;
    const field = node.items[from]!;
    const end = node.items[to]!.key;
    if (!isScalar(field.key) || !isScalar(field.value) || !field.value.range) return undefined;
    if (!isScalar(end) || !end.range) return undefined;
    return {
      field: String(field.key.value),
      line: this.lineAt(field.key.range?.[0] ?? field.value.range[0]),
      value: this.text.slice(field.value.range[0], end.range[1]),
    };
  }

  /** Line of the key `key` in the map at `p` (for unknown fields), else the map's line. */
  keyLine(p: readonly PathKey[], key: string): number {
    const node = p.length === 0 ? this.doc.contents : this.doc.getIn(p, true);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && String(pair.key.value) === key && pair.key.range)
          return this.lineAt(pair.key.range[0]);
      }
    }
    return this.lineOf(p);
  }
}

interface Item<T> {
  index: number;
  value: T;
}

/** Everything known about one list file after validation, good items kept for cross-checks. */
interface ListFile<T> {
  src: YamlSource;
  items: Item<T>[];
  /** Every id written in the file, valid item or not (so a broken item does not cause "unknown id" noise). */
  ids: Set<string>;
}

class Problems {
  readonly list: ContentProblem[] = [];
  add(file: string, line: number | undefined, message: string): void {
    this.list.push(line === undefined ? { file, message } : { file, line, message });
  }
  at(src: YamlSource, p: readonly PathKey[], message: string): void {
    this.add(src.file, src.lineOf(p), message);
  }
}

function formatPath(p: readonly PropertyKey[]): string {
  let out = '';
  for (const k of p) out += typeof k === 'number' ? `[${k}]` : `${out ? '.' : ''}${String(k)}`;
  return out;
}

function getRaw(raw: unknown, p: readonly PropertyKey[]): unknown {
  let cur = raw;
  for (const k of p) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return cur;
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

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

async function isDir(file: string): Promise<boolean> {
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
function parseYaml(problems: Problems, file: string, text: string, lineOffset = 0): YamlSource | undefined {
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

async function readYamlFile(
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

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Validates a single-object file; returns the parsed value or undefined. */
function validateFile<S extends z.ZodType>(
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
function validateList<S extends z.ZodType, I extends z.ZodType>(
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

/** Reports the second and later uses of one id. `seen` may be shared across files. */
function checkDuplicates(
  problems: Problems,
  what: string,
  seen: Map<string, { file: string; line: number }>,
  entries: { id: string; src: YamlSource; path: PathKey[] }[],
): void {
  for (const e of entries) {
    const first = seen.get(e.id);
    if (first)
      problems.add(
        e.src.file,
        e.src.lineOf(e.path),
        `duplicate ${what} id "${e.id}" (first defined at ${first.file}:${first.line})`,
      );
    // The line is looked up only if a mistake quotes it: a good pack never builds the located document.
    else
      seen.set(e.id, {
        file: e.src.file,
        get line() {
          return e.src.lineOf(e.path);
        },
      });
  }
}

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function checkDates(problems: Problems, src: YamlSource, dates: readonly string[], base: PathKey[]): void {
  dates.forEach((d, i) => {
    if (!isRealDate(d))
      problems.at(src, [...base, i], `${formatPath([...base, i])}: "${d}" is not a calendar date`);
  });
}

function checkStationHours(problems: Problems, src: YamlSource, st: Item<Station>): void {
  const days: [PathKey[], string][] =
    typeof st.value.hours === 'string'
      ? [[['stations', st.index, 'hours'], st.value.hours]]
      : WEEKDAYS.flatMap((d): [PathKey[], string][] => {
          const h = (st.value.hours as Record<string, string | undefined>)[d];
          return h === undefined ? [] : [[['stations', st.index, 'hours', d], h]];
        });
  for (const [p, hours] of days) {
    const ranges = parseHoursRanges(hours);
    const texts = hours.split(',');
    const label = `station "${st.value.id}" ${formatPath(p.slice(2))}`;
    let bad = false;
    ranges.forEach(([from, to], i) => {
      if (to <= from) {
        bad = true;
        problems.at(
          src,
          p,
          `${label}: range "${texts[i] ?? ''}" ends before it starts; ranges may not cross midnight — ` +
            'write the evening part on one day ("20:00-24:00") and the morning part on the next ("00:00-08:00")',
        );
      }
    });
    if (bad) continue;
    const sorted = ranges.map((r, i) => ({ r, text: texts[i] ?? '' })).sort((a, b) => a.r[0] - b.r[0]);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const cur = sorted[i];
      if (prev && cur && cur.r[0] < prev.r[1]) {
        problems.at(src, p, `${label}: ranges "${prev.text}" and "${cur.text}" overlap`);
      }
    }
  }
}

interface FrontMatter {
  front: string;
  body: string;
  /** 1-based line of the body's first non-blank line. */
  bodyLine: number;
}

/** Splits `---\nyaml\n---\nbody`; undefined when the file does not start with front matter. */
function splitFrontMatter(text: string): FrontMatter | undefined {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return undefined;
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) return undefined;
  let first = end + 1;
  while (first < lines.length - 1 && lines[first]?.trim() === '') first++;
  const body = lines
    .slice(end + 1)
    .join('\n')
    .trim();
  return { front: lines.slice(1, end).join('\n'), body, bodyLine: first + 1 };
}

interface LoadedLesson {
  src: YamlSource;
  lesson: Lesson;
  bodyLine: number;
}

async function loadLessons(
  problems: Problems,
  dir: string,
): Promise<{
  series: { src: YamlSource; value: Series; lessons: LoadedLesson[] }[];
  ids: Set<string>;
  ok: boolean;
}> {
  const lessonsDir = path.join(dir, 'lessons');
  const out: { src: YamlSource; value: Series; lessons: LoadedLesson[] }[] = [];
  const ids = new Set<string>();
  if (!(await isDir(lessonsDir))) return { series: out, ids, ok: true };
  let ok = true;
  const entries = (await readdir(lessonsDir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const seriesRel = path.join('lessons', entry.name);
    const mdFiles = (await readdir(path.join(dir, seriesRel))).filter((f) => f.endsWith('.md')).sort();
    // A folder with neither series.yaml nor lessons (e.g. shared images) is not a series.
    const hasSeriesFile = await exists(path.join(dir, seriesRel, 'series.yaml'));
    if (!hasSeriesFile && mdFiles.length === 0) continue;
    const seriesSrc = await readYamlFile(problems, dir, path.join(seriesRel, 'series.yaml'), false);
    if (seriesSrc === undefined || seriesSrc === 'absent') {
      ok = false;
      continue;
    }
    const raw = seriesSrc.raw();
    const rawId = getRaw(raw, ['id']);
    if (typeof rawId === 'string') ids.add(rawId);
    const series = validateFile(problems, seriesSrc, SeriesSchema);
    if (!series) ok = false;

    const lessons: LoadedLesson[] = [];
    for (const name of mdFiles) {
      const file = path.join(dir, seriesRel, name);
      const text = stripBom(await readFile(file, 'utf8'));
      const fm = splitFrontMatter(text);
      if (!fm) {
        problems.add(file, 1, 'a lesson must start with YAML front matter between two "---" lines');
        continue;
      }
      const src = parseYaml(problems, file, fm.front, 1);
      if (!src) continue;
      const front = validateFile(problems, src, LessonFrontSchema);
      if (!front) continue;
      const lesson: Lesson = {
        ...front,
        series: series?.id ?? String(rawId ?? entry.name),
        body: fm.body,
        file: path.resolve(file),
      };
      checkLesson(problems, src, lesson, fm.bodyLine);
      if (front.image !== undefined && !(await exists(path.resolve(path.dirname(file), front.image)))) {
        problems.at(
          src,
          ['image'],
          `image "${front.image}" does not exist (paths are relative to the lesson file)`,
        );
      }
      lessons.push({ src, lesson, bodyLine: fm.bodyLine });
    }
    if (series) out.push({ src: seriesSrc, value: series, lessons });
  }
  return { series: out, ids, ok };
}

function checkLesson(problems: Problems, src: YamlSource, lesson: Lesson, bodyLine: number): void {
  if (lesson.body.length === 0)
    problems.add(src.file, bodyLine, `lesson "${lesson.id}" has no body after the front matter`);
  const tooLong = (title: string, body: string) => title.length + body.length > LESSON_MAX_CHARS;
  const limitMsg = (what: string, n: number) =>
    `${what} is ${n} characters (title + body); the limit is ${LESSON_MAX_CHARS} so it fits one Telegram message — split it into two lessons`;
  if (tooLong(lesson.title, lesson.body)) {
    problems.add(
      src.file,
      bodyLine,
      limitMsg(`lesson "${lesson.id}"`, lesson.title.length + lesson.body.length),
    );
  }
  for (const loc of ['zh-TW', 'en'] as const) {
    const v = lesson.variants?.[loc];
    if (v && tooLong(v.title, v.body)) {
      problems.at(
        src,
        ['variants', loc, 'body'],
        limitMsg(`lesson "${lesson.id}" (${loc})`, v.title.length + v.body.length),
      );
    }
  }
}

/**
 * Loads and validates the pack in `dir`. Throws ContentPackError listing every problem found.
 * The returned pack has `dir` and each lesson's `file` as absolute paths.
 */
export async function loadContentPack(dir: string): Promise<ContentPack> {
  const problems = new Problems();
  if (!(await isDir(dir))) {
    problems.add(dir, undefined, 'content pack directory does not exist');
    throw new ContentPackError(problems.list);
  }

  // --- single-object files
  const packSrc = await readYamlFile(problems, dir, 'pack.yaml', false);
  let settings: PackSettings | undefined;
  if (packSrc && packSrc !== 'absent') {
    settings = validateFile(problems, packSrc, PackSettingsSchema);
    if (settings) checkDates(problems, packSrc, settings.holidays, ['holidays']);
  }

  const orgSrc = await readYamlFile(problems, dir, 'organisers.yaml', false);
  let organisers: Organisers | undefined;
  if (orgSrc && orgSrc !== 'absent') organisers = validateFile(problems, orgSrc, OrganisersFileSchema);

  // --- branches
  const branchesSrc = await readYamlFile(problems, dir, 'branches.yaml', false);
  let branches: (ListFile<Branch> & { whole?: z.output<typeof BranchesFileSchema> }) | undefined;
  if (branchesSrc && branchesSrc !== 'absent') {
    branches = validateList(problems, branchesSrc, BranchesFileSchema, 'branches', BranchSchema);
    checkDuplicates(
      problems,
      'branch',
      new Map(),
      branches.items.map((b) => ({ id: b.value.id, src: branchesSrc, path: ['branches', b.index, 'id'] })),
    );
    // routing.yaml's `to: origin` and `to: area` name no branch: a branch called so could never be routed to.
    for (const b of branches.items)
      if (b.value.id === 'origin' || b.value.id === 'area')
        problems.at(
          branchesSrc,
          ['branches', b.index, 'id'],
          `branch id "${b.value.id}" is reserved: routing.yaml's \`to: ${b.value.id}\` means something else — choose another id`,
        );
    // Count kinds on the raw data so that a district branch with another error is still counted.
    const rawList = getRaw(branchesSrc.raw(), ['branches']);
    const districts = Array.isArray(rawList)
      ? rawList.filter((b) => getRaw(b, ['kind']) === 'district').length
      : 0;
    if (Array.isArray(rawList) && districts !== 1) {
      problems.at(
        branchesSrc,
        ['branches'],
        `exactly one branch must have kind "district" (found ${districts})`,
      );
    }
  }
  const branchIds = branches?.ids;
  // Routing rules may name an area by its name, an alias or a derived short form (五角场 for 五角场街道).
  const areaNames = areaNamed(branches?.items.map((b) => b.value) ?? []);
  /** Reports an unknown branch id, unless branches.yaml could not be read at all. */
  const checkBranch = (src: YamlSource, p: PathKey[], ref: string, what: string) => {
    if (branchIds && !branchIds.has(ref))
      problems.at(
        src,
        p,
        `${what}: unknown branch "${ref}" (not in branches.yaml)${didYouMean(ref, branchIds)}`,
      );
  };

  // --- faq/*.yaml
  const faq: FaqEntry[] = [];
  const faqIds = new Map<string, { file: string; line: number }>();
  const faqDir = path.join(dir, 'faq');
  let faqOk = true;
  if (!(await isDir(faqDir))) {
    problems.add(faqDir, undefined, 'missing directory: FAQ entries live in faq/*.yaml');
    faqOk = false;
  } else {
    const names = (await readdir(faqDir)).filter((f) => /\.ya?ml$/.test(f)).sort();
    if (names.length === 0) {
      problems.add(faqDir, undefined, 'no FAQ files: add at least one faq/*.yaml');
      faqOk = false;
    }
    for (const name of names) {
      const src = await readYamlFile(problems, dir, path.join('faq', name), false);
      if (!src || src === 'absent') {
        faqOk = false;
        continue;
      }
      const list = validateList(problems, src, FaqFileSchema, 'entries', FaqEntrySchema);
      if (!list.whole) faqOk = false;
      checkDuplicates(
        problems,
        'faq',
        faqIds,
        list.items.map((e) => ({ id: e.value.id, src, path: ['entries', e.index, 'id'] })),
      );
      for (const e of list.items) {
        if (e.value.updated !== undefined)
          checkDates(problems, src, [e.value.updated], ['entries', e.index, 'updated']);
        if (e.value.branch !== undefined)
          checkBranch(src, ['entries', e.index, 'branch'], e.value.branch, `faq "${e.value.id}"`);
      }
      faq.push(...list.items.map((e) => e.value));
    }
  }

  // --- stations.yaml
  const stationsSrc = await readYamlFile(problems, dir, 'stations.yaml', false);
  let stationsWhole: Station[] | undefined;
  if (stationsSrc && stationsSrc !== 'absent') {
    const list = validateList(problems, stationsSrc, StationsFileSchema, 'stations', StationSchema);
    stationsWhole = list.whole?.stations;
    checkDuplicates(
      problems,
      'station',
      new Map(),
      list.items.map((s) => ({ id: s.value.id, src: stationsSrc, path: ['stations', s.index, 'id'] })),
    );
    for (const st of list.items) {
      checkBranch(stationsSrc, ['stations', st.index, 'branch'], st.value.branch, `station "${st.value.id}"`);
      checkStationHours(problems, stationsSrc, st);
      checkDates(problems, stationsSrc, st.value.closedOn, ['stations', st.index, 'closedOn']);
      // FAQ and station ids share one namespace: an answer is "a faq entry or a station".
      const clash = faqIds.get(st.value.id);
      if (clash) {
        problems.at(
          stationsSrc,
          ['stations', st.index, 'id'],
          `station id "${st.value.id}" is also a faq id (${clash.file}:${clash.line}); use different ids`,
        );
      }
    }
  }

  // --- places.yaml (optional)
  let places: Place[] | undefined = [];
  const placesSrc = await readYamlFile(problems, dir, 'places.yaml', true);
  if (placesSrc === undefined) places = undefined;
  else if (placesSrc !== 'absent') {
    const list = validateList(problems, placesSrc, PlacesFileSchema, 'places', PlaceSchema);
    places = list.whole?.places;
    checkDuplicates(
      problems,
      'place',
      new Map(),
      list.items.map((p) => ({ id: p.value.id, src: placesSrc, path: ['places', p.index, 'id'] })),
    );
  }

  // --- synonyms.yaml (optional)
  let synonyms: string[][] | undefined = [];
  const synSrc = await readYamlFile(problems, dir, 'synonyms.yaml', true);
  if (synSrc === undefined) synonyms = undefined;
  else if (synSrc !== 'absent') synonyms = validateFile(problems, synSrc, SynonymsFileSchema)?.synonyms;

  // --- categories.yaml
  const catSrc = await readYamlFile(problems, dir, 'categories.yaml', false);
  let categories: (ListFile<z.output<typeof CategorySchema>> & { whole?: CategoriesFile }) | undefined;
  if (catSrc && catSrc !== 'absent') {
    categories = validateList(problems, catSrc, CategoriesFileSchema, 'categories', CategorySchema);
    checkDuplicates(
      problems,
      'category',
      new Map(),
      categories.items.map((c) => ({ id: c.value.id, src: catSrc, path: ['categories', c.index, 'id'] })),
    );
    categories.whole?.precedence.forEach((cid, i) => {
      if (!categories!.ids.has(cid))
        problems.at(
          catSrc,
          ['precedence', i],
          `precedence[${i}]: unknown category "${cid}" (not one of the categories below)${didYouMean(cid, categories!.ids)}`,
        );
    });
    // Reports that match no keyword land in "other"; without it the classifier has nowhere to put them.
    if (categories.whole && !categories.ids.has('other'))
      problems.at(
        catSrc,
        ['categories'],
        'a category with id "other" is required (reports that match nothing go there)',
      );
  }

  // --- routing.yaml
  const routeSrc = await readYamlFile(problems, dir, 'routing.yaml', false);
  let routing: RoutingRule[] | undefined;
  if (routeSrc && routeSrc !== 'absent') {
    const list = validateList(problems, routeSrc, RoutingFileSchema, 'rules', RoutingRuleSchema);
    routing = list.whole?.rules;
    for (const { index, value: r } of list.items) {
      const label = `rule ${index + 1}`;
      if (r.category !== '*' && categories && !categories.ids.has(r.category)) {
        problems.at(
          routeSrc,
          ['rules', index, 'category'],
          `${label}: unknown category "${r.category}" (not in categories.yaml)${didYouMean(r.category, categories.ids)}`,
        );
      }
      if (r.to !== 'origin' && r.to !== 'area') checkBranch(routeSrc, ['rules', index, 'to'], r.to, label);
      const kinds: readonly string[] = [...GROUP_KINDS, ...INDUSTRIES];
      if (r.origin !== undefined && !kinds.includes(r.origin)) {
        if (branchIds && !branchIds.has(r.origin)) {
          problems.at(
            routeSrc,
            ['rules', index, 'origin'],
            `${label}: origin "${r.origin}" is neither a branch id nor a kind of group (${GROUP_KINDS.join(', ')})${didYouMean(r.origin, [...branchIds, ...kinds])}`,
          );
        }
      }
      if (r.area !== undefined && branches && !areaNames(r.area)) {
        problems.at(
          routeSrc,
          ['rules', index, 'area'],
          `${label}: area "${r.area}" is not listed in any branch's areas in branches.yaml (nor is it an alias or short form of one)`,
        );
      }
    }
  }

  // --- lessons
  const lessons = await loadLessons(problems, dir);
  checkDuplicates(
    problems,
    'series',
    new Map(),
    lessons.series.map((s) => ({ id: s.value.id, src: s.src, path: ['id'] })),
  );
  const lessonIds = new Map<string, { file: string; line: number }>();
  for (const s of lessons.series) {
    checkDuplicates(
      problems,
      'lesson',
      lessonIds,
      s.lessons.map((l) => ({ id: l.lesson.id, src: l.src, path: ['id'] })),
    );
    const orders = new Map<number, LoadedLesson>();
    for (const l of s.lessons) {
      const first = orders.get(l.lesson.order);
      if (first) {
        problems.at(
          l.src,
          ['order'],
          `order ${l.lesson.order} is already used by lesson "${first.lesson.id}" (${first.src.file}:${first.src.lineOf(['order'])}) in series "${s.value.id}"`,
        );
      } else orders.set(l.lesson.order, l);
    }
  }

  // --- schedules.yaml (optional)
  let schedules: Schedule[] | undefined = [];
  const schedSrc = await readYamlFile(problems, dir, 'schedules.yaml', true);
  if (schedSrc === undefined) schedules = undefined;
  else if (schedSrc !== 'absent') {
    const list = validateList(problems, schedSrc, SchedulesFileSchema, 'schedules', ScheduleSchema);
    schedules = list.whole?.schedules;
    checkDuplicates(
      problems,
      'schedule',
      new Map(),
      list.items.map((s) => ({ id: s.value.id, src: schedSrc, path: ['schedules', s.index, 'id'] })),
    );
    for (const { index, value: s } of list.items) {
      const label = `schedule "${s.id}"`;
      s.series.forEach((sid, i) => {
        if (lessons.ok && !lessons.ids.has(sid)) {
          problems.at(
            schedSrc,
            ['schedules', index, 'series', i],
            `${label}: unknown series "${sid}" (no lessons/*/series.yaml has this id)${didYouMean(sid, lessons.ids)}`,
          );
        }
      });
      s.audience.branches.forEach((b, i) =>
        checkBranch(schedSrc, ['schedules', index, 'audience', 'branches', i], b, label),
      );
      if (!cron.validate(s.cron)) {
        const detail = cron
          .validateDetailed(s.cron)
          .errors.map((e) => e.message)
          .join('; ');
        problems.at(
          schedSrc,
          ['schedules', index, 'cron'],
          `${label}: invalid cron expression "${s.cron}"${detail ? ` (${detail})` : ''}; expected "minute hour day month weekday", e.g. "30 9 * * 1-5"`,
        );
      }
    }
  }

  if (problems.list.length > 0) {
    const sorted = [...problems.list].sort((a, b) =>
      a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1,
    );
    throw new ContentPackError(sorted);
  }
  // No problems means every required part parsed; the checks below only narrow the types.
  if (
    !settings ||
    !organisers ||
    !branches?.whole ||
    !faqOk ||
    !stationsWhole ||
    !places ||
    !synonyms ||
    !categories?.whole ||
    !routing ||
    !schedules
  ) {
    throw new ContentPackError([
      {
        file: dir,
        message:
          'content pack could not be read (internal error: a part is missing without a reported problem)',
      },
    ]);
  }

  // An English reader's readings cut names at the pack's own places (辛寨子建设银行 → Xinzhaizi Jianshe Yinhang), its
  // district's and city's names (吴中综合保税区 → Wuzhong Zonghe Baoshuiqu) and the towns its stations' addresses are
  // in (城南吴中大道 → Chengnan Wuzhong Dadao).
  knowPlaceNames([
    ...places.flatMap((p) => [p.name, ...p.aliases]),
    ...branches.whole.branches.flatMap((b) => [
      b.name,
      ...b.areas,
      ...Object.values(b.areaAliases ?? {}).flat(),
    ]),
    ...settings.district.name.split(/[省市区县]/u),
    ...stationsWhole.flatMap((s) => addressTowns(s.address)),
  ]);
  return {
    dir: path.resolve(dir),
    settings,
    branches: branches.whole.branches,
    organisers,
    faq,
    stations: stationsWhole,
    places,
    synonyms,
    categories: categories.whole,
    routing,
    series: lessons.series
      .map((s) => ({ ...s.value, lessons: s.lessons.map((l) => l.lesson).sort((a, b) => a.order - b.order) }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    schedules,
  };
}
