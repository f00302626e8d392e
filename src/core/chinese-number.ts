/**
 * A whole number as people type it in Chinese: digits, or a numeral up to 九十九 (二, 两, 十, 十五, 二十,
 * 二十三, 零). Picking from a numbered list ("第二个", stations/pick.ts) and a day or an hour in a notice's
 * send time ("十五号", "一个半小时后", notices/compose.ts) read numbers this one way.
 *
 *   chineseNumber('十五')  // 15
 *   chineseNumber('两')    // 2
 *   chineseNumber('15')    // 15
 *   chineseNumber('二三')  // undefined: not a number anyone writes, so nothing is guessed
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}; // prettier-ignore

/** Digits, 零/〇, or 一 … 九十九 (十, 十二, 二十, 两十, 二十三); undefined for anything else. */
export function chineseNumber(s: string): number | undefined {
  if (/^[0-9]+$/.test(s)) return Number(s);
  if (s === '零' || s === '〇') return 0;
  // 两 counts tens (两十) but not ones: "二十两" is not how anyone says 22.
  const m = /^([一二两兩三四五六七八九]?)(十?)([一二三四五六七八九]?)$/u.exec(s);
  if (!m || s === '') return undefined;
  const [, tens = '', ten = '', ones = ''] = m;
  if (!ten) return tens && !ones ? DIGITS[tens] : undefined;
  return (tens ? DIGITS[tens]! : 1) * 10 + (ones ? DIGITS[ones]! : 0);
}
