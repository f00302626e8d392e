/**
 * A question that names a hotline or an emergency number ("12348是干啥的", "12333能投诉欠薪吗", "what is
 * 12351") is about that number: only an entry that gives it can answer, and the entry that introduces it
 * (in its title, tags or the answer's first sentence: "打 12348 北京公共法律服务热线…") rather than one that
 * mentions it in passing at the end ("…可以找法律援助 12348").
 *
 *   namedNumbers('12348是干啥的')   // → ['12348']
 *   namedNumbers('被骗了2000块')    // → [] (an amount, not a number to call)
 */
import type { FaqEntry } from '../content/schema.js';

/**
 * Service numbers: 3-digit emergency numbers (110, 120, 122…) and 5-digit hotlines (12345, 12348, and the
 * 95-prefixed ones such as 95511); not amounts.
 */
const NUMBER =
  /(?<![0-9])(1[12][0-9]|[0-9]{5})(?![0-9]|\s*(?:元|块|万|千|百|毛|角|岁|号|年|月|天|小时|分钟|km|公里|米))/gu;

export function namedNumbers(question: string): string[] {
  return [...new Set([...question.matchAll(NUMBER)].map((m) => m[1]!))];
}

function compactText(text: string): string {
  return text.replace(/[\s-]/g, '');
}

/** The entry gives every number. */
export function givesNumbers(entry: FaqEntry, numbers: readonly string[]): boolean {
  const text = compactText(`${entry.title} ${entry.tags.join(' ')} ${entry.answer}`);
  return numbers.every((n) => text.includes(n));
}

/** The entry introduces the numbers: in its title, its tags or its answer's first sentence. */
export function introducesNumbers(entry: FaqEntry, numbers: readonly string[]): boolean {
  const first = entry.answer.split(/[\n。！？!?；;]/)[0] ?? '';
  const text = compactText(`${entry.title} ${entry.tags.join(' ')} ${first}`);
  return numbers.every((n) => text.includes(n));
}
