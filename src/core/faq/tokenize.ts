/**
 * Tokens for the FAQ index, from normalised text (see normalize.ts):
 * - Chinese: every character and every pair of neighbouring characters (「免费充电」 → 免 费 充 电 免费 费充 充电),
 *   so no word list is needed and a single wrong character still leaves most pairs intact;
 * - Latin words, lightly stemmed (charging, charges → charg), prefixed `=`, plus their character
 *   trigrams (`#`) so that "insurence" still meets "insurance";
 * - numbers, prefixed `=` ("24", "12348");
 * - concepts, prefixed `~`: the synonym group a phrase belongs to (小哥驿站 and 暖心驿站 → the same `~0`).
 * Measured against words from @node-rs/jieba and MiniSearch's own tokenizer in docs/faq.md.
 */

export type TokenKind = 'han1' | 'han2' | 'py' | 'seg' | 'word' | 'tri' | 'concept';

/** A light English stemmer: enough for plural and -ing/-ed forms to meet. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('es')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  // A consonant doubled before -ing/-ed is one (quitting, stopped, banned → quit, stop, ban; added keeps its dd).
  if (w.length >= 4 && /(ing|ed)$/.test(word) && /([bgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * A token: Chinese characters and pairs are numbers (hashing a small integer is far cheaper than hashing
 * a string, which is what keeps a 10,000-entry build under a second); everything else is a string.
 */
export type Token = number | string;

/** Characters U+3400–U+9FFF (extension A and the unified block) get dense codes; pairs are c1·HAN_SPAN + c2 + HAN_SPAN. */
export const HAN_BASE = 0x3400;
export const HAN_SPAN = 0xa000 - HAN_BASE;

/** Readable form of a token (diagnostics, other search engines in the benchmark). */
export function tokenText(token: Token): string {
  if (typeof token === 'string') return token;
  if (token < HAN_SPAN) return String.fromCharCode(HAN_BASE + token);
  const pair = token - HAN_SPAN;
  return String.fromCharCode(HAN_BASE + Math.floor(pair / HAN_SPAN), HAN_BASE + (pair % HAN_SPAN));
}

/** The token a word written as text stands for (the inverse of `tokenText`): a Chinese character or pair, else the text. */
export function textToken(text: string): Token {
  const codes = [...text].map((c) => c.codePointAt(0)! - HAN_BASE);
  const dense = codes.every((c) => c >= 0 && c < HAN_SPAN);
  if (dense && codes.length === 1) return codes[0]!;
  if (dense && codes.length === 2) return HAN_SPAN + codes[0]! * HAN_SPAN + codes[1]!;
  return text;
}

export function tokenKind(token: Token): TokenKind {
  if (typeof token === 'number') return token < HAN_SPAN ? 'han1' : 'han2';
  const c = token[0];
  if (c === '~') return 'concept';
  if (c === '=') return 'word';
  if (c === '#') return 'tri';
  if (c === '^') return 'py';
  if (c === '%') return 'seg';
  return token.length === 1 ? 'han1' : 'han2';
}

export interface TokenizeOptions {
  stopwords: ReadonlySet<string>;
  /** Also emit Latin trigrams (typo tolerance for English). */
  trigrams?: boolean;
  /** Toneless pinyin of a character: emits `^` pinyin pairs, so 体捡 (a typo) meets 体检 (both "ti jian"). */
  pinyin?: (ch: string) => string | undefined;
  /** A word segmenter for Chinese runs (measured against n-grams; see docs/faq.md): emits `%` words instead of pairs. */
  segment?: (run: string) => string[];
  /** Words of a Chinese run: character pairs are then taken only inside words, not across them. */
  words?: (run: string) => string[];
}

/** Tokens of normalised text, with repeats (term frequency matters to the index). */
/** CJK ideographs (unified, extension A, compatibility; the astral extensions via surrogate pairs). */
function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x3134f)
  );
}

export function tokenize(text: string, concepts: Iterable<number>, options: TokenizeOptions): Token[] {
  const out: Token[] = [];
  let prevStart = -1;
  let prevCode = -1;
  let prevPy: string | undefined;
  let run = '';
  let word = '';
  const flushRun = () => {
    if (run && options.segment) for (const w of options.segment(run)) if (w.length > 1) out.push(`%${w}`);
    if (run && options.words) {
      for (const w of options.words(run)) {
        const cs = [...w].map((c) => c.codePointAt(0)! - HAN_BASE);
        for (let i = 1; i < cs.length; i++) {
          const a = cs[i - 1]!;
          const b = cs[i]!;
          out.push(
            a >= 0 && a < HAN_SPAN && b >= 0 && b < HAN_SPAN
              ? HAN_SPAN + a * HAN_SPAN + b
              : tokenText(a) + tokenText(b),
          );
        }
      }
    }
    run = '';
  };
  const flushWord = () => {
    if (!word) return;
    if (/^\d+$/.test(word)) out.push(`=${word}`);
    else if (!options.stopwords.has(word)) {
      const s = stem(word);
      out.push(`=${s}`);
      if (options.trigrams !== false && s.length >= 3) {
        const padded = `#${s}#`;
        for (let i = 0; i + 3 <= padded.length; i++) out.push(`#${padded.slice(i, i + 3)}`);
      }
    }
    word = '';
  };
  // Indexes rather than `for…of`: slices of the (flat) text hash much faster than concatenated strings.
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (isHan(code)) {
      if (word) flushWord();
      const dense = code >= HAN_BASE && code < HAN_BASE + HAN_SPAN ? code - HAN_BASE : -1;
      const ch =
        dense < 0 || options.segment || options.words || options.pinyin ? text.slice(i, i + width) : '';
      out.push(dense >= 0 ? dense : ch);
      if (options.segment || options.words) run += ch;
      else if (prevStart >= 0)
        out.push(
          dense >= 0 && prevCode >= 0
            ? HAN_SPAN + prevCode * HAN_SPAN + dense
            : text.slice(prevStart, i + width),
        );
      prevCode = dense;
      if (options.pinyin) {
        const py = options.pinyin(ch);
        if (py && prevPy) out.push(`^${prevPy} ${py}`);
        prevPy = py;
      }
      prevStart = i;
    } else {
      prevStart = -1;
      prevCode = -1;
      prevPy = undefined;
      if (run) flushRun();
      const ch = text.slice(i, i + width);
      if (ch === ' ') flushWord();
      else {
        // Digits and letters glued together ("24h") are split at the change: "24", "h".
        if (word && /\d/.test(ch) !== /\d/.test(word[word.length - 1]!)) flushWord();
        word += ch;
      }
    }
    i += width;
  }
  flushWord();
  flushRun();
  for (const c of concepts) out.push(`~${c}`);
  return out;
}
