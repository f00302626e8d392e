/**
 * A question's clauses, and when it counts as a story: shared by the answerer (ask.ts) and the scope
 * checks (scope.ts), so both read a story's question from the same clauses.
 */
import { hasWords } from '../text.js';

/** Clauses from which a question is a story (its question at the end). */
export const STORY_CLAUSES = 4;

/** Clauses of a question: split at punctuation, and at spaces next to Chinese characters. */
export function clauses(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/[,.!?;:，。！？；：、\n]+|(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/u)
    .map((c) => c.trim())
    .filter((c) => hasWords(c));
}

/**
 * A clause that asks something: a question word or particle (吗, 啥, 哪, 谁, 几, 多少, 能不能, 罚不罚, 要钱不)
 * or an English question opening. Read on text already normalised (regional words: 么样 → 怎么, 冇 → 没).
 * A clause without one is background or a circumstance (我没签合同, 送餐路上摔断了手).
 */
const ASKS_ZH =
  /[吗么嘛呢啥谁哪几怎咋]|什么|多少|多久|多长|多大|是否|能否|可否|有没有|(\p{Script=Han})[不没]\1|不$|没有?$/u;
const ASKS_EN =
  /\?|^(?:what|how|where|who|whom|when|why|which|can|could|do|does|did|is|are|should|will|would|may|any)\b/i;

export function asks(clause: string): boolean {
  return ASKS_ZH.test(clause) || ASKS_EN.test(clause.trim());
}

/**
 * A clause that states something did not happen or is not there (没签合同, 冇合同, 未交社保), on
 * normalised text. 不 is left out: it is as often part of the topic (欠钱不还, 不舒服) as a negation.
 */
export function negated(clause: string): boolean {
  return /[没未]/u.test(clause);
}
