/** FAQ answers as cards: a sourced answer with 👍/👎, "did you mean" suggestions, "pass it on". */
import { markdownSpans } from './model-markdown.js';
import { assertCallbackData, bold, italic, type Button, type Card, type Span } from '../card.js';
import type { FaqEntry, Locale } from '../content/schema.js';
import type { TArgs } from '../i18n.js';
import { forLocale } from '../script.js';
import { cutAtWord } from '../words.js';

export type T = (id: string, args?: TArgs) => string;

/** An entry in the reader's locale: its variant if written, else converted (zh-TW) or the Chinese text (en). */
export function localEntry(
  entry: FaqEntry,
  locale: Locale,
): { title: string; answer: string; chineseOnly: boolean } {
  if (locale === 'zh-CN') return { title: entry.title, answer: entry.answer.trim(), chineseOnly: false };
  const v = entry.variants?.[locale];
  if (v) return { title: v.title, answer: v.answer.trim(), chineseOnly: false };
  if (locale === 'zh-TW')
    return {
      title: forLocale(locale, entry.title),
      answer: forLocale(locale, entry.answer.trim()),
      chineseOnly: false,
    };
  return { title: entry.title, answer: entry.answer.trim(), chineseOnly: true };
}

/** `prefix:payload` when it fits Telegram's 64 bytes, else undefined (the button is left out). */
export function data(prefix: string, payload: string): string | undefined {
  const d = `${prefix}:${payload}`;
  return Buffer.byteLength(d, 'utf8') <= 64 ? assertCallbackData(d) : undefined;
}

function feedbackRow(t: T, entryId: string): Button[][] {
  const up = data('fb', `${entryId}:up`);
  const down = data('fb', `${entryId}:down`);
  return up && down
    ? [
        [
          { label: t('faq-btn-up'), data: up },
          { label: t('faq-btn-down'), data: down },
        ],
      ]
    : [];
}

/** "来源 … · 更新于 …" — or whichever half the entry has (both are optional in a pack). */
function sourceLine(t: T, entry: FaqEntry, locale: Locale): Span[] {
  const { updated } = entry;
  const source = entry.source && forLocale(locale, entry.source);
  if (source && updated) return [italic(t('faq-source', { source, updated }))];
  if (source) return [italic(t('faq-source-only', { source }))];
  if (updated) return [italic(t('faq-updated-only', { updated }))];
  return [];
}

/**
 * An entry's answer; `also`: close runner-ups, offered under it as one tap each ("or did you mean");
 * `reportable`: the worker told a problem rather than asked, so the answer may not be all they need — it can
 * be reported with their words (`faq:repa`, the question found from the answer's message).
 */
export function answerCard(
  t: T,
  entry: FaqEntry,
  locale: Locale,
  also: readonly FaqEntry[] = [],
  reportable = false,
): Card {
  const e = localEntry(entry, locale);
  const source = sourceLine(t, entry, locale);
  const text: Span[] = [bold(e.title), '\n', e.answer, ...(source.length ? ['\n\n', ...source] : [])];
  if (e.chineseOnly) text.push('\n', t('faq-only-chinese'));
  const buttons = feedbackRow(t, entry.id);
  const offers = entryButtons(t, also, locale);
  if (offers.length) {
    text.push('\n\n', italic(t('faq-also-offer')));
    buttons.push(...offers);
  }
  if (reportable) buttons.push(reportAnsweredRow(t));
  return { text, buttons, noPreview: true };
}

function reportAnsweredRow(t: T): Button[] {
  return [{ label: t('faq-btn-report'), data: assertCallbackData('faq:repa') }];
}

/**
 * One button per entry, showing it (titles cut to fit a row). With the asker's kept question, a press
 * also tells /gaps which entry they meant (`show:<entry>:<question>`, the short form when too long).
 */
function entryButtons(t: T, entries: readonly FaqEntry[], locale: Locale, pendingId?: string): Button[][] {
  const rows: Button[][] = [];
  for (const e of entries) {
    const d = (pendingId && data('faq', `show:${e.id}:${pendingId}`)) || data('faq', `show:${e.id}`);
    if (d) rows.push([{ label: entryLabel(t, e, locale), data: d }]);
  }
  return rows;
}

/**
 * An entry's title on a button. An entry the pack has no English for shows its Chinese title among English
 * ones: marked as Chinese (never translated here), so the reader knows the answer behind it is Chinese too.
 */
function entryLabel(t: T, entry: FaqEntry, locale: Locale): string {
  const e = localEntry(entry, locale);
  if (!e.chineseOnly) return cutAtWord(e.title, 40);
  const mark = t('faq-entry-in-chinese');
  return `${cutAtWord(e.title, Math.max(12, 40 - mark.length - 1))} ${mark}`;
}

/** An answer the model wrote from `used` (already checked to be retrieved entries); `reportable` as for answerCard. */
export function modelCard(
  t: T,
  answer: string,
  used: readonly FaqEntry[],
  locale: Locale,
  reportable = false,
): Card {
  const titles = used.map((e) => localEntry(e, locale).title).join(' / ');
  const first = used[0]!;
  const text: Span[] = [
    // Model Markdown (**重要**, # 标题, - 项) as the platform's bold and bullets, never as literal marks (QA25 #7).
    ...markdownSpans(answer),
    '\n\n',
    italic(t('faq-llm-based-on', { titles })),
    ...sourceLine(t, first, locale).flatMap((s) => ['\n', s]),
  ];
  const buttons = feedbackRow(t, first.id);
  if (reportable) buttons.push(reportAnsweredRow(t));
  return { text, buttons, noPreview: true };
}

/** An open report of the asker's a "not sure" reply offers to add the words to (📎 补充到): its id and button label. */
export interface OpenReport {
  id: string;
  label: string;
}

/**
 * "Not sure": the closest entries, then the ways out — add the words to an open report of the asker's (`open`: words
 * a worker with a report open sends unasked are often more for it), pass the question to the branch, and, for a
 * problem told rather than asked (`reportable`), report it with its words.
 */
export function notSureCard(
  t: T,
  candidates: readonly FaqEntry[],
  locale: Locale,
  pendingId: string | undefined,
  passTo: PassTo,
  reportable = false,
  open: readonly OpenReport[] = [],
): Card {
  const buttons = entryButtons(t, candidates, locale, pendingId);
  const text: Span[] = [t('faq-not-sure')];
  if (pendingId) {
    text.push('\n', t(open.length ? 'faq-pass-or-add-offer' : 'faq-pass-offer', { ...passTo }));
    buttons.push(...waysOut(t, pendingId, passTo, reportable, open));
  }
  return { text, buttons };
}

export function unknownCard(
  t: T,
  pendingId: string | undefined,
  passTo: PassTo,
  reportable = false,
  open: readonly OpenReport[] = [],
): Card {
  if (!pendingId) return { text: [t('faq-unknown')] };
  return {
    text: [
      t('faq-unknown'),
      '\n',
      t(open.length ? 'faq-pass-or-add-offer' : 'faq-pass-offer', { ...passTo }),
    ],
    buttons: waysOut(t, pendingId, passTo, reportable, open),
  };
}

/** Where a question passed on goes, in words: its name and kind (`passWords` in handoff.ts). */
export interface PassTo {
  branch: string;
  to: string;
}

/** The "pass it on" button for a kept question: "📨 转给支部", "📨 转给街道" or "📨 转给区里" (`to`: the kind of place). */
export function passButtonTo(t: T, to: string, pendingId: string): Button {
  return { label: t('faq-btn-pass', { to }), data: assertCallbackData(`faq:pass:${pendingId}`) };
}

function waysOut(
  t: T,
  pendingId: string,
  passTo: PassTo,
  reportable: boolean,
  open: readonly OpenReport[],
): Button[][] {
  const add = open.map((r) => [{ label: r.label, data: assertCallbackData(`faq:add:${pendingId}:${r.id}`) }]);
  const pass = passButtonTo(t, passTo.to, pendingId);
  const report = { label: t('faq-btn-report'), data: assertCallbackData(`faq:rep:${pendingId}`) };
  return [...add, ...(reportable ? [[pass], [report]] : [[pass]])];
}
