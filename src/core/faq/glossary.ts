/**
 * The English → Chinese glossary (lexicon.yaml `glossary`), matched on stemmed words so that one entry
 * covers its plural, -ing and -ed forms ("labour arbitration" also meets "labour arbitrations", "claim"
 * meets "claiming"), and multi-word phrases win over their parts (leftmost-longest: "station manager"
 * before "station").
 *
 *   const g = new Glossary({ 'station manager': '站长', station: '驿站' });
 *   g.find('how do i become a station manager')  // → [{ value: '站长', start: 19, end: 34 }]
 */
import { normalize } from './normalize.js';
import { stem } from './tokenize.js';

export interface GlossaryHit {
  value: string;
  /** The matched span in the text, and the words it covers. */
  start: number;
  end: number;
  words: string[];
}

const WORD = /[a-z0-9]+/g;

export class Glossary {
  /** First stemmed word → phrases (as stemmed word lists) starting with it, longest first. */
  private readonly byFirst = new Map<string, { words: string[]; value: string }[]>();

  /** `plain`: words never read as typos (stop words: "these" is not a slip for any key). */
  constructor(
    entries: Record<string, string>,
    private readonly plain: ReadonlySet<string> = new Set(),
  ) {
    for (const [raw, value] of Object.entries(entries)) {
      const words = (normalize(raw).match(WORD) ?? []).map(stem);
      if (!words.length) continue;
      const list = this.byFirst.get(words[0]!) ?? [];
      const same = list.find((p) => p.words.join(' ') === words.join(' '));
      const v = normalize(value);
      if (same) same.value = [...new Set(`${same.value} ${v}`.split(' '))].join(' ');
      else list.push({ words, value: v });
      this.byFirst.set(words[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /**
   * The phrases of the one key a word is a common typo of (insurence → insurance, salery → salary, adress →
   * address, recieve → receive): one vowel for another, one letter doubled or undoubled, two neighbours
   * swapped. Only single-word keys of 5+ letters, and only when exactly one key fits; other one-letter
   * differences (bother / mother) are different words.
   */
  private typo(word: string): { words: string[]; value: string }[] | undefined {
    if (word.length < 5 || /[0-9]/.test(word)) return undefined;
    // Candidates by shape (vowels blanked; doubled letters single; two neighbours swapped), then checked.
    const candidates = new Set([
      ...(this.typoIndex().get(`v:${vowelShape(word)}`) ?? []),
      ...(this.typoIndex().get(`d:${undoubled(word)}`) ?? []),
    ]);
    for (let i = 0; i + 1 < word.length; i++) {
      const swapped = word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2);
      if (this.byFirst.has(swapped)) candidates.add(swapped);
    }
    const found = [...candidates].filter((key) => typoOf(word, key));
    return found.length === 1 ? this.byFirst.get(found[0]!)!.filter((p) => p.words.length === 1) : undefined;
  }

  private shapes: Map<string, string[]> | undefined;

  /** First words of 5+ letters by shape (built on the first typo looked up). */
  private typoIndex(): Map<string, string[]> {
    if (this.shapes) return this.shapes;
    const shapes = new Map<string, string[]>();
    const add = (k: string, key: string) => shapes.set(k, [...(shapes.get(k) ?? []), key]);
    for (const key of this.byFirst.keys()) {
      if (key.length < 5 || /[0-9]/.test(key)) continue;
      add(`v:${vowelShape(key)}`, key);
      add(`d:${undoubled(key)}`, key);
    }
    this.shapes = shapes;
    return shapes;
  }

  /** Leftmost-longest, non-overlapping hits in normalised text. */
  find(text: string): GlossaryHit[] {
    const spans = [...text.matchAll(WORD)].map((m) => ({
      word: m[0],
      stem: stem(m[0]),
      start: m.index,
      end: m.index + m[0].length,
    }));
    const hits: GlossaryHit[] = [];
    for (let i = 0; i < spans.length;) {
      const list =
        this.byFirst.get(spans[i]!.stem) ??
        (this.plain.has(spans[i]!.word) ? undefined : this.typo(spans[i]!.stem));
      const p = list?.find(
        (x) =>
          i + x.words.length <= spans.length &&
          // The first word chose the list (as typed, or as the key it is a slip for).
          x.words.every((w, k) => k === 0 || spans[i + k]!.stem === w) &&
          // The words of a phrase are neighbours (only spaces between them).
          spans.slice(i + 1, i + x.words.length).every((s, k) => s.start === spans[i + k]!.end + 1),
      );
      if (!p) {
        i++;
        continue;
      }
      const last = spans[i + p.words.length - 1]!;
      hits.push({
        value: p.value,
        start: spans[i]!.start,
        end: last.end,
        words: spans.slice(i, i + p.words.length).map((s) => s.word),
      });
      i += p.words.length;
    }
    return hits;
  }
}

const VOWEL = /[aeiouy]/;

const vowelShape = (w: string) => w.replace(/[aeiouy]/g, '*');
const undoubled = (w: string) => w.replace(/(.)\1+/g, '$1');

/** `typed` is `key` with one common slip: a vowel for a vowel, a doubled letter undoubled or doubled, two neighbours swapped. */
export function typoOf(typed: string, key: string): boolean {
  if (typed === key) return false;
  if (typed.length === key.length) {
    const diff: number[] = [];
    for (let i = 0; i < key.length && diff.length <= 2; i++) if (typed[i] !== key[i]) diff.push(i);
    if (diff.length === 1) return VOWEL.test(typed[diff[0]!]!) && VOWEL.test(key[diff[0]!]!);
    const [a, b] = diff as [number, number];
    return diff.length === 2 && b === a + 1 && typed[a] === key[b] && typed[b] === key[a];
  }
  const [long, short] = typed.length > key.length ? [typed, key] : [key, typed];
  for (let i = 0; i < long.length; i++)
    if (long[i] !== short[i])
      // The extra letter doubles its neighbour (adress / address, accomodation / accommodation).
      return (
        long.slice(0, i) + long.slice(i + 1) === short && (long[i] === long[i - 1] || long[i] === long[i + 1])
      );
  return false;
}
