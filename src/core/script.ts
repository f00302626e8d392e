/**
 * Simplified Chinese shown to a reader of traditional characters (wherever the pack has no zh-TW variant), so no
 * simplified words sit inside a traditional sentence. Two conversions (OpenCC):
 * - authored content (`forLocale`: the pack's FAQ answers, lessons, category names, the fee a station states; the
 *   locale strings are written per locale) takes Taiwan's phrases too (网络 → 網路);
 * - names and addresses (`nameForLocale`: stations, places, branches, a ticket's area, emergency services, sources)
 *   and people's own words (`wordsForLocale`: a secretary's answer, question or resolution, a worker's text quoted
 *   back, an organiser's notice converted for a zh-TW group) are converted character by character only: nobody's
 *   words are rephrased (出租车 stays 出租車, not 計程車, QA8), and the phrase swap turns 南湖社区 into 南湖社群 (QA
 *   round 5).
 *
 *   forLocale('zh-TW', '网络信号不好')          // '網路訊號不好'
 *   nameForLocale('zh-TW', '南湖社区暖心驿站')  // '南湖社區暖心驛站'
 *   wordsForLocale('zh-TW', '北站东侧出租车蓄车场') // '北站東側出租車蓄車場'
 */
import * as OpenCC from './dictionaries.js';
import type { Locale } from './content/schema.js';
import { latinIsPinyin, toneless } from './faq/pinyin-input.js';

/** Longest text kept in a conversion cache: an FAQ answer's limit. */
const CACHED_MAX = 1500;

/**
 * A zh-CN → zh-TW conversion, built on first use and cached: content strings are few and short (names,
 * addresses), so a small cache spares repeated conversions. 'twp' also swaps Taiwan's phrases; 'tw' does not.
 */
function toTaiwan(to: 'twp' | 'tw'): (text: string) => string {
  let convert: ((text: string) => string) | undefined;
  const cache = new Map<string, string>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const out = (convert ??= OpenCC.Converter({ from: 'cn', to }))(text);
    // Pack content repeats; a long free text (a branch's answer, a notice) is converted once and not kept.
    if (cache.size < 5000 && text.length <= CACHED_MAX) cache.set(text, out);
    return out;
  };
}

const taiwanText = toTaiwan('twp');
const taiwanName = toTaiwan('tw');

/** `text` as a `locale` reader should see it: converted for zh-TW, unchanged otherwise. */
export function forLocale(locale: Locale, text: string): string {
  return locale === 'zh-TW' && text ? taiwanText(text) : text;
}

/** A name or address as a `locale` reader should see it: characters converted for zh-TW, no phrase swapped. */
export function nameForLocale(locale: Locale, text: string): string {
  return locale === 'zh-TW' && text ? taiwanName(text) : text;
}

/** Someone's own words as a `locale` reader should see them: characters converted for zh-TW, no phrase swapped. */
export function wordsForLocale(locale: Locale, text: string): string {
  return nameForLocale(locale, text);
}

let toSimplified: ((text: string) => string) | undefined;
let toTraditional: ((text: string) => string) | undefined;

/** How many characters a character-level conversion changes (position by position). */
function changed(text: string, convert: (text: string) => string): number {
  const a = [...text];
  const b = [...convert(text)];
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

const CJK = /\p{Script=Han}/u;
const LATIN_WORDS = /\p{Script=Latin}{2,}/gu;

/** Whether Latin text reads as toneless pinyin rather than English (the FAQ's pinyin reader decides alike). */
export const isPinyin = (text: string): boolean => latinIsPinyin(toneless(text).match(/[a-z]+/g) ?? []);

/** Whether the text has Chinese characters at all. */
export const hasChinese = (text: string): boolean => CJK.test(text);

/**
 * The locale a message is written in, when its words say so clearly: English (Latin words and no Chinese),
 * traditional or simplified characters (whichever the text has more of that only one script uses).
 * Undefined when the text does not tell (a number, an emoji, characters both scripts share).
 */
export function writtenIn(text: string): Locale | undefined {
  if (!CJK.test(text)) {
    if ((text.match(LATIN_WORDS) ?? []).length < 2) return undefined;
    // Pinyin (tijian zenme baoming) is Chinese typed without characters: which script, the text cannot tell.
    return isPinyin(text) ? undefined : 'en';
  }
  const toCn = (toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  const toT = (toTraditional ??= OpenCC.Converter({ from: 'cn', to: 't' }));
  const traditional = changed(text, toCn);
  const simplified = changed(text, toT);
  if (traditional > simplified) return 'zh-TW';
  if (simplified > traditional) return 'zh-CN';
  return undefined;
}
