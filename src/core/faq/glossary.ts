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

  constructor(entries: Record<string, string>) {
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
      const list = this.byFirst.get(spans[i]!.stem);
      const p = list?.find(
        (x) =>
          i + x.words.length <= spans.length &&
          x.words.every((w, k) => spans[i + k]!.stem === w) &&
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
