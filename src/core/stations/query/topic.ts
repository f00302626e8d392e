/**
 * How much a question says of its own beyond the names, services and cue words read in it: its topic, which the FAQ
 * weighs against a station answer.
 */
import { englishThingSpan } from '../unlisted.js';
import type { ReaderIndex } from './types.js';

/** What a word of the thing asked of the stations in English counts for in a question's own topic. */
const LATIN_WORD = 2;

/**
 * Characters no phrase accounts for that are neither fillers nor English stop words. The thing an English
 * question asks of the stations counts a Chinese word's two characters a word, not one per letter: "which
 * station has a nursing room" says no more of its own than 哪个驿站有母婴室, and its eleven letters had made it
 * a topic for the FAQ. Elsewhere letters count (a name in pinyin, "near Luohu port", is a topic of its own).
 */
export function topic(
  ix: ReaderIndex,
  text: string,
  hits: readonly { start: number; end: number }[],
): number {
  const covered = new Uint8Array(text.length);
  for (const h of hits) covered.fill(1, h.start, h.end);
  const thing = englishThingSpan(text);
  let n = 0;
  let at = 0;
  for (const word of text.split(' ')) {
    const latin = /^[a-z0-9]+$/.test(word);
    let letters = 0;
    for (let i = 0; i < word.length; i++) {
      const ch = word[i]!;
      if (covered[at + i] || !/[\p{L}\p{N}]/u.test(ch)) continue;
      if (latin ? !ix.stop.has(word) : !ix.fillers.has(ch)) letters++;
    }
    const asked = latin && thing && at >= thing.start && at < thing.end;
    n += asked ? Math.min(letters, LATIN_WORD) : letters;
    at += word.length + 1;
  }
  return n;
}
