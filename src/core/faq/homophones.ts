/**
 * Readings (toneless pinyin) of Chinese characters, for typo tolerance: workers type with pinyin input
 * methods, so the commonest typo is a character with the same sound as the intended one (体捡 for 体检,
 * 中署 for 中暑, 怎么配 for 怎么赔). The index uses them only for character pairs the pack has never
 * seen (index.ts, `homophonePair`). Offline: the readings come from the `pinyin-pro` package's own
 * dictionary, looked up per character and cached.
 *
 *   readings('行')  // → ['xing', 'hang', 'heng']
 */
import { pinyin } from '../dictionaries.js';

const cache = new Map<string, readonly string[]>();

/** Every toneless reading of one character (polyphones have several); empty for a non-Chinese character. */
export function readings(ch: string): readonly string[] {
  let r = cache.get(ch);
  if (r === undefined) {
    const all = pinyin(ch, { toneType: 'none', multiple: true, type: 'array' });
    r = [...new Set(all.filter((s) => /^[a-zü]+$/.test(s)))];
    cache.set(ch, r);
  }
  return r;
}
