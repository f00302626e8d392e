/**
 * Lessons: each series folder under lessons/ (its series.yaml and its lesson files), each lesson's YAML front
 * matter validated and its body checked against the length of one Telegram message.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { LessonFrontSchema, SeriesSchema, type Lesson, type Series } from '../schema.js';
import { exists, isDir, parseYaml, readYamlFile, stripBom } from './files.js';
import type { Problems } from './problems.js';
import { validateFile } from './validate.js';
import { getRaw, type YamlSource } from './yaml-source.js';

/** Telegram allows 4096 characters per message; keep room for the title markup and buttons. */
export const LESSON_MAX_CHARS = 3500;

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

export interface LoadedLesson {
  src: YamlSource;
  lesson: Lesson;
  bodyLine: number;
}

export async function loadLessons(
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
