/**
 * Finding known phrases (synonyms, place names, cue words) in normalised text, longest match first:
 * in 「安全培训」 the phrase 安全培训 wins over 培训, so a question about safety training is not also
 * read as one about skills training. Latin phrases match on word boundaries only ("kic" is not in "kick").
 *
 *   const m = new PhraseMatcher([['充电', 'charge'], ['热水', 'hot water']]);
 *   m.find('where can i charge my phone') // → [{ value: 0, start: 10, end: 16 }]
 */
import { normalize } from './normalize.js';

export interface PhraseHit<T> {
  value: T;
  start: number;
  end: number;
}

const isLatin = (c: string | undefined) => c !== undefined && /[a-z0-9]/.test(c);

export class PhraseMatcher<T> {
  /** First UTF-16 unit → phrases starting with it, longest first (numeric keys: no string per position). */
  private readonly byFirst = new Map<number, { text: string; value: T }[]>();
  /** 1 for the UTF-16 units some phrase starts with: most positions of a text are skipped without a Map lookup. */
  private readonly starts = new Uint8Array(0x10000);

  /** `groups[i]` lists phrases that all stand for `values[i]` (or for `i` when no values are given). */
  constructor(entries: Iterable<[phrase: string, value: T]>) {
    for (const [raw, value] of entries) {
      const text = normalize(raw);
      if (!text) continue;
      const first = text.charCodeAt(0);
      this.starts[first] = 1;
      const list = this.byFirst.get(first) ?? [];
      if (!list.some((p) => p.text === text && p.value === value)) list.push({ text, value });
      this.byFirst.set(first, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.text.length - a.text.length);
  }

  static ofGroups(groups: readonly (readonly string[])[]): PhraseMatcher<number> {
    return new PhraseMatcher(groups.flatMap((g, i) => g.map((p): [string, number] => [p, i])));
  }

  /** Leftmost-longest, non-overlapping hits in already normalised text. */
  find(text: string): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    let i = 0;
    const starts = this.starts;
    while (i < text.length) {
      if (starts[text.charCodeAt(i)] === 0) {
        i++;
        continue;
      }
      const list = this.byFirst.get(text.charCodeAt(i));
      let hit: PhraseHit<T> | undefined;
      if (list && !(isLatin(text[i]) && i > 0 && isLatin(text[i - 1]))) {
        for (const p of list) {
          if (!text.startsWith(p.text, i)) continue;
          const end = i + p.text.length;
          // A Latin phrase must end at a word boundary too, but may take a plural/verb ending.
          if (
            isLatin(p.text[p.text.length - 1]) &&
            isLatin(text[end]) &&
            !/^(s|es|ed|ing|d)\b/.test(text.slice(end))
          )
            continue;
          hit = { value: p.value, start: i, end };
          break;
        }
      }
      if (hit) {
        hits.push(hit);
        i = hit.end;
      } else i++;
    }
    return hits;
  }

  /** Distinct values found. */
  values(text: string): Set<T> {
    return new Set(this.find(text).map((h) => h.value));
  }
}
