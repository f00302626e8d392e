/**
 * A lesson as a card, in a group's language: header (series, position), title, body, and the quiz as
 * one button per option under the same message, with the running tally once people have answered.
 * Lessons go out silently (no notification sound): they are for idle moments, not interruptions.
 *
 * Quiz buttons carry `qz:<lesson>:<option>`; a lesson id too long for Telegram's 64 bytes is replaced
 * by `#` and a short hash of it, resolved against the pack when pressed.
 */
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { bold, italic, type Button, type Card, type Span } from '../card.js';
import type { ContentPack, Lesson, Locale, Quiz, Series } from '../content/schema.js';
import type { I18n } from '../i18n.js';
import { markdownSpans } from './markdown.js';
import { chineseForEnglish, forLocale, markChinese } from '../script.js';
import type { LessonRepo, PlaceMode, Tally } from '../ports/lessons.js';
import { joinList } from '../words.js';

export const QUIZ_PREFIX = 'qz';
export const OPTION_LETTERS = ['A', 'B', 'C', 'D'] as const;

export type PackSeries = ContentPack['series'][number];

export interface FoundLesson {
  lesson: Lesson;
  series: PackSeries;
  /** 1-based position in its series. */
  position: number;
}

export function findLesson(pack: ContentPack, id: string): FoundLesson | undefined {
  for (const series of pack.series) {
    const i = series.lessons.findIndex((l) => l.id === id);
    if (i >= 0) return { lesson: series.lessons[i]!, series, position: i + 1 };
  }
  return undefined;
}

/** "第 N/M 课" as a chat sees it. */
export interface Place {
  n: number;
  total: number;
}

/**
 * A lesson's place as `chat` sees it (LessonRepo.place): counted from what the chat had, so a lesson put in a removed
 * lesson's slot does not show a position the chat saw already (QA19). A message sent before places were kept shows
 * its place in the pack, as it did then.
 */
export async function placeIn(
  repo: LessonRepo,
  chat: string,
  found: FoundLesson,
  mode: PlaceMode,
): Promise<Place> {
  const { n, total } = await repo.place(
    chat,
    found.lesson.id,
    { id: found.series.id, lessons: found.series.lessons.map((l) => l.id) },
    mode,
  );
  return { n: n ?? found.position, total };
}

const hashOf = (id: string) => `#${createHash('sha1').update(id).digest('base64url').slice(0, 12)}`;

/** The lesson's name inside callback data: its id when that fits in 64 bytes, else a hash. */
export function quizKey(lessonId: string): string {
  return Buffer.byteLength(`${QUIZ_PREFIX}:${lessonId}:9`, 'utf8') <= 64 ? lessonId : hashOf(lessonId);
}

export function findByQuizKey(pack: ContentPack, key: string): FoundLesson | undefined {
  if (!key.startsWith('#')) return findLesson(pack, key);
  for (const s of pack.series)
    for (const l of s.lessons) if (hashOf(l.id) === key) return findLesson(pack, l.id);
  return undefined;
}

export function seriesTitle(series: Series, locale: Locale): string {
  if (locale === 'zh-CN') return series.title;
  return series.variants?.[locale]?.title ?? forLocale(locale, series.title);
}

/**
 * A schedule's series named together: each title in the locale's `quoted` marks (“安全第一”, zh-TW 「安全第一」,
 * “Safety first”), joined as the locale writes a list (`list-separator`; English "“A” and “B”"). `mark` marks a
 * quoted title an English reader gets in Chinese (script.ts `markChinese`: “安全第一” (in Chinese)).
 */
export function quotedSeries(
  t: (id: string, args?: Record<string, string>) => string,
  locale: Locale,
  pack: ContentPack,
  ids: readonly string[],
  mark: (title: string) => string = (title) => title,
): string {
  const quoted = ids.map((id) => {
    const s = pack.series.find((x) => x.id === id);
    return mark(t('quoted', { text: s ? seriesTitle(s, locale) : id }));
  });
  return locale === 'en' ? joinList(locale, quoted) : quoted.join(t('list-separator'));
}

/** The zh-CN quiz as a reader of `locale` sees it: traditional characters for zh-TW, else unchanged. */
function quizFor(locale: Locale, quiz: Quiz): Quiz {
  if (locale !== 'zh-TW') return quiz;
  return {
    ...quiz,
    question: forLocale(locale, quiz.question),
    options: quiz.options.map((o) => forLocale(locale, o)),
    explanation: forLocale(locale, quiz.explanation),
  };
}

/**
 * Title, body and quiz in `locale`, falling back to zh-CN for whatever the variant leaves out. A zh-TW
 * group without a zh-TW variant reads the zh-CN text converted to traditional characters (OpenCC), not
 * simplified text under a traditional header.
 */
export function localised(lesson: Lesson, locale: Locale): { title: string; body: string; quiz?: Quiz } {
  const v = locale === 'zh-CN' ? undefined : lesson.variants?.[locale];
  if (!v) {
    const quiz = lesson.quiz ? quizFor(locale, lesson.quiz) : undefined;
    return {
      title: forLocale(locale, lesson.title),
      body: forLocale(locale, lesson.body),
      ...(quiz ? { quiz } : {}),
    };
  }
  // A variant's quiz must keep the main quiz's right answer; a translated body with the main quiz is fine.
  const quiz = v.quiz ?? (lesson.quiz ? quizFor(locale, lesson.quiz) : undefined);
  return { title: v.title, body: v.body.trim(), ...(quiz ? { quiz } : {}) };
}

export function optionLabel(quiz: Quiz, i: number): string {
  return `${OPTION_LETTERS[i] ?? String(i + 1)}. ${quiz.options[i] ?? ''}`;
}

export interface LessonCardOptions {
  tally?: Tally;
  /** An edit (tally update) re-renders the text only: no photo, same buttons. */
  forEdit?: boolean;
  /** Its place as the chat sees it (`placeIn`); else its place in the pack. */
  place?: Place;
}

export function lessonCard(
  found: FoundLesson,
  locale: Locale,
  i18n: I18n,
  options: LessonCardOptions = {},
): Card {
  const t = (id: string, args?: Record<string, string | number>) => i18n.t(locale, id, args);
  const { lesson, series, position } = found;
  const { title, body, quiz } = localised(lesson, locale);
  // An English group reads the Chinese when the pack wrote no English version, and is told so first (QA12).
  const untranslated = !lesson.variants?.en && chineseForEnglish(locale, title + body);
  const text: Span[] = [
    t('lesson-header', {
      series: seriesTitle(series, locale),
      n: options.place?.n ?? position,
      total: options.place?.total ?? series.lessons.length,
    }),
    '\n',
    ...(untranslated ? [italic(t('lesson-in-chinese')), '\n'] : []),
    bold(title),
    '\n\n',
    ...markdownSpans(body),
  ];
  let buttons: Button[][] | undefined;
  if (quiz) {
    // An English variant without a quiz of its own asks the Chinese one: marked as the rest of the project does (QA19).
    const question = untranslated ? quiz.question : markChinese(t, locale, quiz.question);
    text.push('\n\n', bold(t('lesson-quiz', { question })));
    const tally = options.tally;
    if (tally && tally.takers > 0) {
      const counts = quiz.options.map((_, i) => `${OPTION_LETTERS[i]} ${tally.byOption[i] ?? 0}`).join(' · ');
      text.push('\n', t('lesson-tally', { takers: tally.takers, counts }));
    } else {
      text.push('\n', t('lesson-tally-none'));
    }
    const key = quizKey(lesson.id);
    buttons = quiz.options.map((_, i) => [
      { label: optionLabel(quiz, i), data: `${QUIZ_PREFIX}:${key}:${i}` },
    ]);
  }
  return {
    text,
    ...(buttons ? { buttons } : {}),
    ...(lesson.image && !options.forEdit
      ? { photo: { path: resolve(dirname(lesson.file), lesson.image) } }
      : {}),
    silent: true,
    noPreview: true,
  };
}
