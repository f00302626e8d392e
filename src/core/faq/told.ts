/**
 * A problem told rather than a question asked ("这个驿站门口的充电桩坏了", "站长扣了我三百块不给说法"): nothing in it
 * asks. In private, the FAQ's reply to it — an answer, "not sure" or "don't know" — offers to report it with its
 * words.
 *
 *   toldNotAsked('驿站的饮水机坏了好几天了')   // → true
 *   toldNotAsked('体检要钱吗')                 // → false
 */
import { normalize } from './normalize.js';

/** Question words and marks, in Chinese (simplified after normalising) and English (a question starts with one). */
const ASKS =
  /[?？吗呢]|怎|咋|啥|什么|哪|谁|几|多少|多久|能不能|可不可以|可以吗|是不是|有没有|有冇|要不要|会不会|行不行|如何|为何|为什么|点样|点算|边度|乜|咩|\b(?:how|what|where|when|why|which|who)\b|^(?:can|could|is|are|do|does|should|will|may)\b/iu;
/** Fewer characters than this say too little to report. */
const MIN_CHARS = 6;

export function toldNotAsked(text: string): boolean {
  if (asks(text)) return false;
  return [...normalize(text).replace(/\s+/g, '')].length >= MIN_CHARS;
}

/** A question mark or a question word ("体检要钱吗", "where is the station"). */
export function asks(text: string): boolean {
  // Before normalising, which drops the question mark.
  return /[?？]/.test(text) || ASKS.test(normalize(text).trim());
}
