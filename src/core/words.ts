/**
 * Words for lists and short labels in each locale: lists joined the way the language joins them
 * (Intl.ListFormat: "A、B和C", "A, B and C"), and labels shortened at a word boundary, never mid-word.
 *
 *   joinList('en', ['Mon', 'Tue', 'Wed'])   // 'Mon, Tue, and Wed'
 *   cutAtWord('Yangpu District New Employment Party Committee', 30)  // 'Yangpu District New…'
 */
import type { Locale } from './content/schema.js';

const lists = new Map<Locale, Intl.ListFormat>();

export function joinList(locale: Locale, items: readonly string[]): string {
  let f = lists.get(locale);
  if (!f) {
    f = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
    lists.set(locale, f);
  }
  return f.format(items);
}

/**
 * A run of like items — clock times, months' numbers — as the locale writes it: joined with `list-separator` in
 * Chinese ("10:00、15:00", not "10:00和15:00"), as a list in English ("10:00 and 15:00").
 */
export function joinRun(t: (id: string) => string, locale: Locale, items: readonly string[]): string {
  return locale === 'en' ? joinList(locale, items) : items.join(t('list-separator'));
}

/**
 * Shorten `text` to at most `max` characters with an ellipsis, at the last word boundary for Latin
 * text; CJK has no spaces between words, so it is cut at a character.
 */
export function cutAtWord(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 1).join('');
  const next = chars[max - 1] ?? '';
  // The cut falls inside a Latin word: go back to the space before it.
  if (/[\p{Script=Latin}\d]/u.test(next) && /[\p{Script=Latin}\d]$/u.test(head)) {
    const space = head.search(/\s+\S*$/u);
    if (space > 0) return `${head.slice(0, space).replace(/[\s,.;:–-]+$/u, '')}…`;
  }
  return `${head.trimEnd()}…`;
}
