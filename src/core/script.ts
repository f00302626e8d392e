/**
 * Simplified Chinese shown to a reader of traditional characters (wherever the pack has no zh-TW variant), so no
 * simplified words sit inside a traditional sentence. One conversion for everything — the pack's FAQ answers,
 * lessons and names, people's own words, notices: character by character (OpenCC `cn` → `tw`), never Taiwan's
 * phrases. The phrase swap renamed things a reader must find as written: a WeChat account 石家庄发布 became 石家莊釋出
 * (QA round 9), 南湖社区 became 南湖社群 (QA round 5), and it rephrased people (出租车 → 計程車, QA8). A pack that
 * wants Taiwan's wording writes a `variants.zh-TW`; the locale strings are written per locale.
 *
 *   forLocale('zh-TW', '南湖社区暖心驿站')      // '南湖社區暖心驛站'
 *   forLocale('zh-TW', '北站东侧出租车蓄车场')  // '北站東側出租車蓄車場'
 */
import * as OpenCC from './dictionaries.js';
import type { Locale } from './content/schema.js';
import { latinIsPinyin, toneless } from './faq/pinyin-input.js';

/** Longest text kept in the conversion cache: an FAQ answer's limit. */
const CACHED_MAX = 1500;

let toTaiwan: ((text: string) => string) | undefined;
/** Pack content repeats (names, addresses, answers), so conversions are cached; a long free text is not kept. */
const converted = new Map<string, string>();

/**
 * Where OpenCC's Taiwan forms differ from what the zh-TW locale files and the packs' zh-TW variants write, converted
 * text follows them, so a converted sentence and a written one never disagree side by side (QA12 #11: a converted quiz
 * explanation's 溼井蓋 beside the variant's 濕井蓋): the variant characters 溼 → 濕 and 佈 → 布 (發布, 公布, as the
 * locale files write). Always the same character either way, so no word is renamed.
 */
const AS_WRITTEN: readonly [RegExp, string][] = [
  [/溼/g, '濕'],
  [/佈/g, '布'],
  // Quotation marks as Taiwan writes them (the locale files too): “…” → 「…」, ‘…’ → 『…』. Only a pair is turned,
  // so an apostrophe (McDonald’s) or a lone mark stays as it was; ASCII quotes are left alone (a name as written).
  [/“([^“”]*)”/g, '「$1」'],
  [/‘([^‘’\p{Script=Latin}]*)’/gu, '『$1』'],
];

/** `text` as a `locale` reader should see it: characters converted for zh-TW, unchanged otherwise. */
export function forLocale(locale: Locale, text: string): string {
  if (locale !== 'zh-TW' || !text) return text;
  const hit = converted.get(text);
  if (hit !== undefined) return hit;
  // 回复 is a reply, 回覆, whatever OpenCC makes of the phrase around it (请回复我 gave 請回復我, "restore me").
  let out = (toTaiwan ??= OpenCC.Converter({ from: 'cn', to: 'tw' }))(text.replace(/回复/g, '回覆'));
  for (const [from, to] of AS_WRITTEN) out = out.replace(from, to);
  if (converted.size < 5000 && text.length <= CACHED_MAX) converted.set(text, out);
  return out;
}

let toSimplified: ((text: string) => string) | undefined;
let toTraditional: ((text: string) => string) | undefined;

/** `text` in simplified characters (OpenCC, traditional to mainland): a name read aloud in pinyin is read from it. */
export const inSimplified = (text: string): string =>
  (toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' }))(text);

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
 * Whether an English reader is shown `text` in Chinese as it is (a pack's title with no English version, a
 * secretary's words, a service's name): nothing translates offline, so the reader is told (QA12).
 */
export const chineseForEnglish = (locale: Locale, text: string): boolean => locale === 'en' && CJK.test(text);

/**
 * `text` followed by "(in Chinese)" (`text-in-chinese`) when an English reader gets it in Chinese; unchanged
 * otherwise. The one mark for Chinese words within an English line (a toast, a list, a history line).
 */
export function markChinese(t: (id: string) => string, locale: Locale, text: string): string {
  return chineseForEnglish(locale, text) ? `${text} ${t('text-in-chinese')}` : text;
}

/**
 * Whether English words carry a message that has a little Chinese in it ("my e-bike battery got stolen, 怎么办"):
 * its English words outnumber the words its Chinese characters make, counted at two characters a word (a
 * Chinese word is one to three; 怎么办 is one, 工资 one). Pinyin words are Chinese, not English.
 */
export function mostlyEnglish(text: string): boolean {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = text.replace(/\p{Script=Han}+/gu, ' ');
  const words = latin.match(LATIN_WORDS) ?? [];
  if (words.length < 2 || isPinyin(latin)) return false;
  return words.length > Math.ceil(han / 2);
}

/**
 * The locale a message is written in, when its words say so clearly: English (Latin words and no Chinese),
 * traditional or simplified characters (whichever the text has more of that only one script uses).
 * Undefined when the text does not tell (a number, an emoji, characters both scripts share).
 * `readsEnglish` (an English client, or English remembered): English words with a little Chinese among them stay
 * English (QA12 #3: "my e-bike battery got stolen, 怎么办" switched an English reader to simplified Chinese).
 */
export function writtenIn(text: string, readsEnglish = false): Locale | undefined {
  if (!CJK.test(text)) {
    if ((text.match(LATIN_WORDS) ?? []).length < 2) return undefined;
    // Pinyin (tijian zenme baoming) is Chinese typed without characters: which script, the text cannot tell.
    return isPinyin(text) ? undefined : 'en';
  }
  if (readsEnglish && mostlyEnglish(text)) return 'en';
  const toCn = (toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  const toT = (toTraditional ??= OpenCC.Converter({ from: 'cn', to: 't' }));
  const traditional = changed(text, toCn);
  const simplified = changed(text, toT);
  if (traditional > simplified) return 'zh-TW';
  if (simplified > traditional) return 'zh-CN';
  return undefined;
}
