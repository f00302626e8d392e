/**
 * Concept phrases a fixed phrase cannot spell (lexicon.yaml `conceptPatterns`): an amount inside
 * (先交八百 / 先垫500块 / 跑了四个钟头) or a short gap (先交了钱, 短信里那几个数). Workers name a sum or a
 * detail where the pack names the concept; the whole match is read as one of the concept's phrases.
 *
 *   `#` an amount or count: digits or number words, optional 多 and 块/元/毛 (八百, 500块, 三千多块钱, 四个)
 *   `…` up to three characters of the same stretch (no space): 先交…钱 matches 先交了钱, 先交点钱
 *
 *   compilePattern('先交#')   // → /先交(?:\d+…|[零一二…]+)…/g, matching 先交八百 and 先交800块
 */
import { plainPhrase } from './dialect.js';

const AMOUNT =
  '(?:\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十百千万几俩仨]+)多?(?:个|块钱|块|元钱|元|毛钱|毛)?';
const GAP = '([^\\s]{0,3}?)';
const MARK = /(#|…)/u;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern as a global regular expression over normalised text; undefined when it has no literal part. */
export function compilePattern(raw: string): RegExp | undefined {
  const parts = raw.split(MARK);
  if (!parts.some((p) => p !== '#' && p !== '…' && p.trim())) return undefined;
  const source = parts.map((p) => (p === '#' ? AMOUNT : p === '…' ? GAP : escape(plainPhrase(p)))).join('');
  return new RegExp(source, 'gu');
}

/**
 * The literal parts every match of a pattern holds (先交…钱 → 先交, 钱): a text lacking one cannot match, so the
 * regular expression is not run on it — most questions hold none of the patterns' words, and there are hundreds.
 */
export function patternNeedles(raw: string): string[] {
  return raw
    .split(MARK)
    .filter((p) => p !== '#' && p !== '…' && p.trim())
    .map((p) => plainPhrase(p));
}

export interface ConceptPattern {
  re: RegExp;
  /** The pack's phrase for the concept. */
  to: string;
  /** What every match holds (`patternNeedles`); absent: always tried. */
  needles?: readonly string[];
}

/**
 * Every match of the patterns replaced by its phrase; the text between matches goes through `rest` (the
 * fixed phrases), so a pattern's phrase is not read again (冻伤了 is not re-read as 伤了).
 */
export function replacePatterns(
  text: string,
  patterns: readonly ConceptPattern[],
  rest: (text: string) => string,
  /** A match whose gap names another concept (考个急救证: 急救) is left to the fixed phrases. */
  namesOther: (gap: string, to: string) => boolean = () => false,
): string {
  const hits: { start: number; end: number; to: string }[] = [];
  for (const p of patterns) {
    if (p.needles && !p.needles.every((n) => text.includes(n))) continue;
    for (const m of text.matchAll(p.re)) {
      const start = m.index;
      const end = start + m[0].length;
      const gap = m.slice(1).filter(Boolean).join(' ');
      if (gap && namesOther(gap, p.to)) continue;
      if (!hits.some((h) => start < h.end && h.start < end)) hits.push({ start, end, to: p.to });
    }
  }
  if (!hits.length) return rest(text);
  hits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const h of hits) {
    out += `${rest(text.slice(at, h.start))}${h.to}`;
    at = h.end;
  }
  return out + rest(text.slice(at));
}
