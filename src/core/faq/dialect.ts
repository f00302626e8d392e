/**
 * Northern speech adds a 儿 to many words (这片儿, 一块儿, 事儿, 活儿, 玩儿) that packs and other workers write
 * without it. After the colloquial and dialect forms are read (lexicon.yaml; 哪儿 → 哪里, 地儿 → 地方),
 * such a 儿 is dropped, so "这片儿" and "这片" look the same to retrieval. A 儿 that is part of a word
 * (儿子, 儿童, 女儿, 幼儿园, 托儿所) stays.
 *
 *   plainErhua('想在这片儿开个驿站') === '想在这片开个驿站'
 *   plainErhua('女儿上学') === '女儿上学'
 */

import { normalize } from './normalize.js';

/** Characters before 儿 that make a word with it (女儿, 婴儿, 幼儿园, 托儿所, 孤儿, 胎儿…). */
const BEFORE = new Set([...'女婴幼孤男少胎患健托宠侄孙育妻儿']);
/** Characters after 儿 that make a word with it (儿子, 儿童, 儿女, 儿科, 儿媳, 儿时, 儿戏, 儿歌). */
const AFTER = new Set([...'子童女科媳孙时戏歌']);

/** Text (normalised) without the erhua 儿 of words. */
export function plainErhua(text: string): string {
  if (!text.includes('儿')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '儿') {
      const prev = text[i - 1];
      const next = text[i + 1];
      const suffix =
        prev !== undefined && /\p{Script=Han}/u.test(prev) && !BEFORE.has(prev) && !(next && AFTER.has(next));
      if (suffix) continue;
    }
    out += ch;
  }
  return out;
}

/** A lexicon or pack phrase in the form questions are read in (normalised, erhua dropped: 找活儿 meets 找活). */
export function plainPhrase(phrase: string): string {
  return plainErhua(normalize(phrase));
}
