/**
 * A short reply that only picks a number from a numbered list the bot just sent ("2", "２", "第二个",
 * "2号", "第2個", "the second", "#2"). One or two digits, or a Chinese numeral up to 九十九; anything with
 * more words in it is a question, not a pick.
 *
 *   pickedNumber('第二个')     // → 2
 *   pickedNumber('the 3rd one') // → 3
 *   pickedNumber('2号线怎么走')  // → undefined
 */
import { chineseNumber } from '../chinese-number.js';

/** Chinese: an optional "I'll take / show me", 第, the number, a counter for a place, a particle. */
const ZH_PICK =
  /^(?:我?(?:要|选|選|看|去|想看))?第?([0-9]{1,2}|[一二两兩三四五六七八九十]{1,3})(?:个|個|号|號|家|间|間|处|處)?(?:驿站|驛站|站)?(?:吧|呢|啊|呀|的)?$/u;

const EN_ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
]; // prettier-ignore
const EN_CARDINALS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** English: "2", "#2", "no. 2", "number 2", "the second (one)", "the 2nd station", "option 3", "two". */
const EN_PICK =
  /^(?:(?:the|no\.?|number|num|option|station|#)\s*)*([0-9]{1,2}(?:st|nd|rd|th)?|[a-z]+)(?:\s*(?:one|station|please|pls|thanks))*$/;

export function pickedNumber(text: string): number | undefined {
  const s = text
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s?？!！。.,，、~～]+$/u, '')
    .replace(/^[\s]+/u, '');
  if (!s) return undefined;
  const zh = ZH_PICK.exec(s.replace(/\s+/gu, ''));
  if (zh) {
    const n = chineseNumber(zh[1]!);
    if (n !== undefined) return n;
  }
  const en = EN_PICK.exec(s);
  if (!en) return undefined;
  const word = en[1]!;
  const digits = /^([0-9]{1,2})(st|nd|rd|th)?$/.exec(word);
  if (digits) return Number(digits[1]);
  const ordinal = EN_ORDINALS.indexOf(word);
  if (ordinal >= 0) return ordinal + 1;
  const cardinal = EN_CARDINALS.indexOf(word);
  return cardinal >= 0 ? cardinal + 1 : undefined;
}
