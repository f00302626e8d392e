/**
 * Keyword matching: every occurrence of a term, exact or with one or two extra characters inside (gapped), a
 * Latin term only as a whole word with its English endings; a hit negated in its clause; overlapping hits
 * resolved longest first.
 */
import { fineAsWell } from '../topics.js';
import { isLatinChar, isLatinTerm } from './words.js';

/** English endings a Latin keyword may take: fine → fined, pothole → potholes, suspend → suspended. */
const LATIN_SUFFIX = /^(s|es|d|ed|ing|er)(?![a-z0-9])/;

export interface Term {
  /** Normalised form. */
  text: string;
  /** The keyword as first written in the pack, for `matched`. */
  label: string;
  categories: Set<string>;
  emergency: boolean;
  urgent: boolean;
  latin: boolean;
  weight: number;
}

export interface Hit {
  term: Term;
  start: number;
  end: number;
  /** 1 for an exact hit, less for a hit with extra characters inside. */
  factor: number;
}

/** Weight of a hit on an inserted-characters match relative to an exact one. */
const GAP_FACTOR = 0.7;
/** Extra characters allowed inside a keyword of at least GAP_MIN_LENGTH characters. */
const MAX_GAP = 2;
const GAP_MIN_LENGTH = 3;

/** Past this many characters the text is not scanned for gapped hits (a 10,000-character paste). */
const GAP_SCAN_LIMIT = 1500;

/** Longer keywords are more specific: 坑 0.4, 井盖 1, 窨井盖 1.5, 井盖没了 2, up to 3. */
export function termWeight(text: string): number {
  if (isLatinTerm(text)) {
    const words = text.split(' ').length;
    if (words > 1) return Math.min(2.5, 1 + 0.6 * (words - 1));
    return text.length <= 3 ? 0.6 : 1;
  }
  const n = [...text.replace(/ /g, '')].length;
  if (n <= 1) return 0.4;
  return Math.min(3, 1 + 0.5 * (n - 2));
}

/**
 * Words that, just before a keyword in the same clause, cancel it: 没受伤, 无人受伤, 差点撞倒, 不是很急.
 * A bare 不 or 别 is not one: 不小心受伤, 不停流血 and 别人受伤 are real.
 */
const CJK_NEGATORS = ['没', '无', '未', '并非', '不是', '不太', '不用', '不算', '差点', '差一点', '险些'];
/** Phrases that contain a negator but do not negate (removed from the window first). */
const CJK_NOT_NEGATION = ['有没有', '是否', '无缘无故', '无故', '毫无'];
const CJK_NEGATION_WINDOW = 4;
const LATIN_NEGATORS = new Set([
  'no',
  'not',
  'nobody',
  'none',
  'without',
  'never',
  'nothing',
  'isnt',
  'wasnt',
  'didnt',
  'dont',
  'wont',
  'arent',
  'werent',
  'nearly',
  'almost',
]);
const LATIN_NEGATION_WORDS = 3;

export function isNegated(text: string, hit: Hit): boolean {
  if (hit.term.latin) {
    const words = text
      .slice(0, hit.start)
      .replace(/n t\b/g, 'nt')
      .split(' ')
      .filter(Boolean)
      .slice(-LATIN_NEGATION_WORDS);
    return words.some((w) => LATIN_NEGATORS.has(w));
  }
  // The clause runs back to the previous space (punctuation was turned into spaces).
  const clauseStart = text.lastIndexOf(' ', hit.start - 1) + 1;
  let before = text.slice(Math.max(clauseStart, hit.start - CJK_NEGATION_WINDOW), hit.start);
  for (const p of CJK_NOT_NEGATION) before = before.replaceAll(p, ' ');
  return CJK_NEGATORS.some((n) => before.includes(n));
}

export class KeywordMatcher {
  constructor(private readonly terms: readonly Term[]) {}

  /** Every hit, exact and gapped, overlapping (resolveOverlaps picks among them). */
  find(text: string): Hit[] {
    const out: Hit[] = [];
    const gapped = text.length <= GAP_SCAN_LIMIT;
    for (const term of this.terms) {
      const t = term.text;
      for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) {
        const end = i + t.length;
        if (term.latin) {
          if (isLatinChar(text[i - 1]) || fineAsWell(text, i, t)) continue;
          if (isLatinChar(text[end])) {
            const suffix = LATIN_SUFFIX.exec(text.slice(end));
            if (!suffix) continue;
            out.push({ term, start: i, end: end + suffix[0].length, factor: 1 });
            continue;
          }
        }
        out.push({ term, start: i, end, factor: 1 });
      }
      if (gapped && !term.latin && t.length >= GAP_MIN_LENGTH && !t.includes(' '))
        this.gappedHits(text, term, out);
    }
    return out;
  }

  /** 「工资还没发」 for 工资没发: the keyword split in two with 1–MAX_GAP characters (no space) between. */
  private gappedHits(text: string, term: Term, out: Hit[]): void {
    const t = term.text;
    for (let k = 1; k < t.length; k++) {
      const left = t.slice(0, k);
      const right = t.slice(k);
      for (let i = text.indexOf(left); i >= 0; i = text.indexOf(left, i + 1)) {
        for (let g = 1; g <= MAX_GAP; g++) {
          const gapStart = i + k;
          const gap = text.slice(gapStart, gapStart + g);
          if (gap.length < g || gap.includes(' ')) break;
          if (text.startsWith(right, gapStart + g)) {
            out.push({ term, start: i, end: gapStart + g + right.length, factor: GAP_FACTOR });
            break;
          }
        }
      }
    }
  }
}

/**
 * Non-overlapping hits among `hits`: longest keyword first, exact before gapped, then leftmost.
 * Returned in text order.
 */
export function resolveOverlaps(hits: Hit[], length: number): Hit[] {
  const sorted = [...hits].sort(
    (a, b) => b.term.text.length - a.term.text.length || b.factor - a.factor || a.start - b.start,
  );
  const taken = new Uint8Array(length);
  const chosen: Hit[] = [];
  for (const h of sorted) {
    let free = true;
    for (let i = h.start; i < h.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, h.start, h.end);
    chosen.push(h);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** A topic hit as a keyword hit, for isNegated. */
export function asHit(h: { word: string; start: number }): Hit {
  const latin = isLatinTerm(h.word);
  const term: Term = {
    text: h.word,
    label: h.word,
    categories: new Set(),
    emergency: false,
    urgent: false,
    latin,
    weight: 0,
  };
  return { term, start: h.start, end: h.start + h.word.length, factor: 1 };
}
