/**
 * The words every part of the classifier shares: the urgencies and the fallback category, the one normalisation
 * keywords and reports are matched in, Latin or Chinese, and everything a category says about itself. Re-exported
 * by `../classify.ts`.
 */
import type { Category } from '../../content/schema.js';
import { normalize } from '../../faq/normalize.js';
import { cleanInput } from '../../text.js';
import { readDialects } from '../dialect.js';

export type Urgency = 'normal' | 'urgent' | 'emergency';

/** The category every pack must have: where reports that match nothing go. */
export const FALLBACK_CATEGORY = 'other';

/**
 * Simplified variants OpenCC leaves apart (帳號 → 帐号 while the keyword says 账号; 著火 stays 著火).
 * Folded on both sides, so it only has to be consistent, not "correct".
 */
const VARIANT_FOLD: Record<string, string> = { 帐: '账', 著: '着', 佈: '布', 於: '于' };
const FOLD_RE = new RegExp(`[${Object.keys(VARIANT_FOLD).join('')}]`, 'g');

/** The canonical form both keywords and reports are matched in. Punctuation becomes a space. */
export function normaliseReportText(text: string): string {
  return normalize(cleanInput(text)).replace(FOLD_RE, (c) => VARIANT_FOLD[c] ?? c);
}

/**
 * The bot's own name (驿站助手, as it introduces itself in locales/) is no rest station: 「驿站助手能不能加个按钮」
 * asks for a feature. Read as a neutral word of the same length, so positions hold.
 */
const BOT_NAME = /驿站助手/g;
export function withoutBotName(norm: string): string {
  return norm.replace(BOT_NAME, '机器助手');
}

/** A pack's keyword or description as reports are read for topics (Cantonese and dialects folded, like the report). */
export function readAsTopics(text: string): string {
  return readDialects(normaliseReportText(text));
}

export const isLatinChar = (c: string | undefined): boolean => c !== undefined && /[a-z0-9]/.test(c);
export const isLatinTerm = (t: string): boolean => /^[a-z0-9 ]+$/.test(t);

/** English words too common to say anything about a category. */
export const LATIN_STOP = new Set(
  'the and for you your our are was were has have had but not with from this that they them his her she him its out can cant get got how who why what when where there their here all any one two too very just been into after before about over near then than also some more most much only other again still keep kept because away rider riders courier couriers driver drivers worker workers delivery deliveries platform platforms work working job jobs'.split(
    ' ',
  ),
);

/** Everything a category says about itself: name, description and their variants. */
export function describing(c: Category): string[] {
  return [
    c.name,
    c.description,
    c.variants?.['zh-TW']?.name,
    c.variants?.['zh-TW']?.description,
    c.variants?.en?.name,
    c.variants?.en?.description,
  ].filter((t): t is string => !!t);
}
