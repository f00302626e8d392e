/**
 * Text normalisation shared by the FAQ index, the station matcher and the gap log: one function turns
 * whatever a worker typed into a canonical form, so that 「有沒有免費充電的地方」, "有没有免费充电的地方"
 * and "有没有免费充电的地方？？" all look the same to retrieval.
 *
 *   normalize('有沒有免費充電的地方？？') === '有没有免费充电的地方'
 */
import * as OpenCC from '../dictionaries.js';

type Convert = (text: string) => string;
let toSimplified: Convert | undefined;
/** One byte per code point U+3400–U+9FFF: 1 when conversion changes it (a typed array beats a Set here). */
let traditionalChars: Uint8Array | undefined;

/** Taiwan phrases → mainland simplified (軟體 → 软件, 網路 → 网络), built on first use (~0.2 s). */
function t2s(): Convert {
  const convert = toSimplified ?? OpenCC.Converter({ from: 'twp', to: 'cn' });
  toSimplified = convert;
  return convert;
}

/**
 * Code points that conversion changes. Text without any of them (nearly every simplified document)
 * skips the phrase converter, which keeps building a 10,000-entry index well under a second.
 */
function tradSet(): Uint8Array {
  if (traditionalChars) return traditionalChars;
  const convert = OpenCC.Converter({ from: 't', to: 'cn' });
  const set = new Uint8Array(0x9fff - 0x3400 + 1);
  const chunk: string[] = [];
  for (let cp = 0x3400; cp <= 0x9fff; cp++) chunk.push(String.fromCodePoint(cp));
  const all = chunk.join('');
  const out = convert(all);
  // The character converter maps one character to one character, so positions line up.
  const a = [...all];
  const b = [...out];
  if (a.length === b.length) {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) set[a[i]!.codePointAt(0)! - 0x3400] = 1;
  }
  traditionalChars = set;
  return set;
}

export function hasTraditional(text: string): boolean {
  const set = tradSet();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff && set[c - 0x3400] === 1) return true;
  }
  return false;
}

/** Letters, digits and CJK survive; everything else (punctuation, emoji, symbols) becomes a space. */
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * What NFKC + lower case + NOT_WORD make of one UTF-16 unit, for units that need no context (no
 * combining marks, nothing that composes): 1 itself, 2 one other letter or digit (ASCII capitals,
 * full-width ASCII letters and digits; see `quickUnit`), 3 a separator; 0 not handled. Covers ASCII, CJK
 * ideographs U+3400–U+4DBF and U+4E00–U+9FFF, common CJK and general punctuation and full-width ASCII.
 * `tests/core/faq/normalize.test.ts` checks every covered unit against the full path.
 */
const QUICK = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x80; c++) t[c] = /[a-z0-9]/.test(String.fromCharCode(c)) ? 1 : 3;
  t.fill(2, 0x41, 0x5b);
  t.fill(1, 0x3400, 0x4dc0);
  t.fill(1, 0x4e00, 0xa000);
  for (const [from, to] of [
    [0xb7, 0xb7],
    [0x2010, 0x2027],
    [0x3000, 0x3003],
    [0x3008, 0x3011],
    [0x3014, 0x301f],
    [0xff01, 0xff5e],
  ] as const)
    t.fill(3, from, to + 1);
  t.fill(2, 0xff10, 0xff1a);
  t.fill(2, 0xff21, 0xff3b);
  t.fill(2, 0xff41, 0xff5b);
  return t;
})();

/** The letter or digit a unit of kind 2 becomes. */
function quickUnit(c: number): number {
  if (c < 0x80) return c + 32;
  const ascii = c - 0xfee0;
  return ascii >= 0x41 && ascii <= 0x5a ? ascii + 32 : ascii;
}

/**
 * `normalize` before OpenCC, for text made only of units QUICK handles (nearly every pack text and
 * question); undefined otherwise. Same result as the full path, without NFKC and two regex passes.
 */
function quickNormalize(text: string): string | undefined {
  const n = text.length;
  let plain = true;
  for (let i = 0; i < n; i++) {
    const kind = QUICK[text.charCodeAt(i)]!;
    if (kind === 0) return undefined;
    if (kind !== 1) plain = false;
  }
  if (plain) return text;
  let out = '';
  for (let i = 0; i < n;) {
    while (i < n && QUICK[text.charCodeAt(i)] === 3) i++;
    if (i >= n) break;
    if (out) out += ' ';
    let j = i;
    let mapped = false;
    for (let kind; j < n && (kind = QUICK[text.charCodeAt(j)]) !== 3; j++) if (kind === 2) mapped = true;
    if (!mapped) out += text.slice(i, j);
    else
      for (let k = i; k < j; k++) {
        const c = text.charCodeAt(k);
        out += String.fromCharCode(QUICK[c] === 2 ? quickUnit(c) : c);
      }
    i = j;
  }
  return out;
}

/**
 * Canonical form for matching: Unicode NFKC (full-width → half-width), traditional → simplified,
 * lower case, punctuation and emoji removed, whitespace collapsed.
 */
export function normalize(text: string): string {
  const s =
    quickNormalize(text) ??
    text.normalize('NFKC').toLowerCase().replace(NOT_WORD, ' ').replace(/\s+/g, ' ').trim();
  if (!hasTraditional(s)) return s;
  // Convert only the stretches that need it: phrase conversion is the slow part, and long simplified
  // answers often contain a character or two that also exists in traditional text.
  return s
    .split(' ')
    .map((part) => (hasTraditional(part) ? t2s()(part) : part))
    .join(' ');
}

/** Text without the spaces `normalize` leaves beside Chinese characters (定海路 驿站 → 定海路驿站), for matching names. */
export function withoutHanSpaces(text: string): string {
  return text.replace(/(?<=\p{Script=Han}) | (?=\p{Script=Han})/gu, '');
}

/**
 * The key under which an unanswered question is counted for /gaps: normalised, and without the spaces
 * people put between Chinese words ("公积金 怎么提取" and "公积金怎么提取？" count as one).
 */
export function questionKey(text: string): string {
  return normalize(text).replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
}

/** Build the lazy tables now (so the first question is not the slow one). */
export function warmUpNormalizer(): void {
  tradSet();
  t2s();
}

export type Script = 'han' | 'latin' | 'other';

/** Counts of letters by script: enough to tell Chinese, English and "something else" apart. */
export function scriptCounts(text: string): Record<Script, number> {
  const counts: Record<Script, number> = { han: 0, latin: 0, other: 0 };
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) counts.han++;
    else if (/\p{Script=Latin}/u.test(ch)) counts.latin++;
    else if (/\p{L}/u.test(ch)) counts.other++;
  }
  return counts;
}

/** True when most letters are in a script we do not read (Arabic, Cyrillic, Thai…). */
export function unsupportedScript(text: string): boolean {
  const c = scriptCounts(text);
  return c.other > 0 && c.other >= 2 * (c.han + c.latin);
}
