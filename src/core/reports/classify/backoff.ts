/**
 * Backoff evidence for words no keyword covers: the character pairs (Chinese) and words (Latin) a category's
 * keywords and descriptions use, weighted by how specific each is to one category.
 */
import type { ContentPack } from '../../content/schema.js';
import type { Term } from './keywords.js';
import { LATIN_STOP, describing, readAsTopics } from './words.js';

/** Character pairs (Chinese) and words (Latin) of a normalised text, with where each starts. */
export function features(text: string): { key: string; start: number; end: number }[] {
  const out: { key: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[a-z0-9]+|[^a-z0-9 ]+/g)) {
    const token = m[0];
    const at = m.index;
    if (/^[a-z0-9]/.test(token)) {
      if (token.length >= 3 && !LATIN_STOP.has(token) && !STATE_WORDS.has(token))
        out.push({ key: token, start: at, end: at + token.length });
      continue;
    }
    const chars = [...token];
    let offset = at;
    for (let i = 0; i + 1 < chars.length; i++) {
      const a = chars[i] ?? '';
      const key = a + (chars[i + 1] ?? '');
      if (!CJK_STOP.has(key)) out.push({ key, start: offset, end: offset + key.length });
      offset += a.length;
    }
  }
  return out;
}

/**
 * English words for a thing's state (broken, damaged, needs fixing): said of a streetlight, a charger, a door or a
 * phone holder alike, so no evidence for the one category whose keyword happens to hold one ("broken streetlight"
 * made "the charging cabinet … has been broken" and "my phone holder is broken" road hazards — QA28 #6). Chinese
 * needs no such list: 坏了 is in many categories' keywords, so its pair weighs little.
 */
const STATE_WORDS = new Set(
  'broken broke damaged faulty busted fix fixed fixing repair repaired repairs repairing'.split(' '),
);

/**
 * Function-word pairs that occur in keywords but say nothing about a topic (有没有, 不能, 一直…), and
 * the workers and their e-bikes (骑手, 电瓶车), who are in every report whatever it is about.
 */
const CJK_STOP = new Set(
  '没有 有没 不能 能不 可以 什么 怎么 一下 一直 我们 他们 你们 这个 那个 就是 还是 不是 现在 已经 时候 的时 了的 不了 不到 不去 出来 起来 一个 好几 骑手 小哥 外卖 快递 司机 师傅 平台 电瓶 瓶车 电动 动车 电单'.split(
    ' ',
  ),
);

/**
 * Backoff evidence for words no keyword covers: a character pair (or English word) shared with a
 * category's keywords counts BACKOFF_WEIGHT × how specific it is to that category. Keeps 「外包公司
 * 一直拖着不发钱」 out of `other` because 外包/不发 occur in wage-arrears keywords only.
 */
const BACKOFF_WEIGHT = 0.3;

/** Backoff alone must add up to this (two specific pairs or so) to pull a report out of `other`. */
export const BACKOFF_MIN = 0.3;

export function buildBackoff(pack: ContentPack, terms: Term[]): Map<string, Map<string, number>> {
  const cats = new Map<string, Set<string>>();
  const note = (key: string, id: string) => {
    const set = cats.get(key) ?? new Set<string>();
    set.add(id);
    cats.set(key, set);
  };
  for (const t of terms) for (const id of t.categories) for (const f of features(t.text)) note(f.key, id);
  // Descriptions whole, so that pairs across the cuts count too.
  for (const c of pack.categories.categories)
    for (const text of describing(c)) for (const f of features(readAsTopics(text))) note(f.key, c.id);
  const n = pack.categories.categories.length;
  const out = new Map<string, Map<string, number>>();
  for (const [key, ids] of cats) {
    const idf = Math.log(1 + n / ids.size) / Math.log(1 + n);
    out.set(key, new Map([...ids].map((id) => [id, BACKOFF_WEIGHT * idf])));
  }
  return out;
}
