/**
 * A question that asks at what age ("养老金几岁能领", "多大岁数不让跑了", "how old do I have to be") is
 * answered only by an entry that speaks of ages: an entry about the topic that states none (how to pay
 * into a pension) is a near miss, offered as "not sure" (like an unstated sum, `scope.ts`).
 *
 *   unstatedAge('养老金几岁能领', selfPaidPensionEntry) // → true when the entry names no age
 */
import type { FaqEntry } from '../content/schema.js';
import { wholeText } from './whole-text.js';

/** Asking an age (questions are normalised: simplified, lower case). */
const ASKS_AGE =
  /几岁|多少岁|多大岁数|多大年纪|多大年龄|什么年龄|什么年纪|哪个年龄|年龄(?:限制|要求|多大)|超龄|\bhow old\b|\bwhat age\b|\bage limit\b/u;

/** An entry that speaks of ages. */
const STATES_AGE = /\d+\s*(?:岁|周岁)|[一二两三四五六七八九十]+岁|岁以|年龄|年纪|周岁|退休|\bage\b|\bold\b/u;

export function unstatedAge(question: string, entry: FaqEntry): boolean {
  if (!ASKS_AGE.test(question)) return false;
  return !STATES_AGE.test(wholeText(entry).toLowerCase());
}
