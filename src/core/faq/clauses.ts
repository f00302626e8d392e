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

/**
 * Question words that ask nothing: "anyone, anything, anywhere" before 都/也 (跟谁都没签过, 啥也没有), "some day"
 * after a fear or a supposition (怕哪天, 万一哪天), and "any" in a negated clause (冇签么子合同, 没交啥保险).
 */
const INDEFINITE =
  /(?:谁|什么|啥|哪儿|哪里|哪|么子)(?=都|也)|(?<=[怕一是果如等改])哪一?天|(?<=[没未冇]\p{Script=Han}{0,3})(?:什么|啥|么子)(?=\p{Script=Han})/gu;

export function asks(clause: string): boolean {
  const asked = clause.replace(INDEFINITE, '');
  return ASKS_ZH.test(asked) || ASKS_EN.test(asked.trim());
}

/**
 * A clause that states something did not happen or is not there (没签合同, 冇合同, 未交社保), on
 * normalised text. 不 is left out: it is as often part of the topic (欠钱不还, 不舒服) as a negation.
 */
export function negated(clause: string): boolean {
  return /[没未]/u.test(clause);
}

/**
 * A clause that tells something feared, supposed or still ahead (万一以后要打官司, 怕哪天跟公司闹翻, 以后可能要…, 去医院又怕贵),
 * on normalised text: a premise the question is asked against, not what is asked (平时手机里该存点啥). 以后 only
 * opening the clause: after a verb it is "after" (收工以后去超市…被撞了), which tells what happened.
 */
export function supposed(clause: string): boolean {
  return /万一|(?<!主)要是|如果|假如|假设|怕|担心|哪一?天|将来|^以后|到时候/u.test(clause);
}
