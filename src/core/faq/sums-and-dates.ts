/**
 * Sums of money and dates in a text — "押金 500 元", "¥1,200", "1.5万元", "五百块", "3月2日", "2026-03-02",
 * "每月15号" — as the numbers they name, so an answer's figure can be looked for in its entry whatever way
 * either writes it ("500元" = "五百块" = "RMB 500"; "3月2日" = "2026-03-02").
 *
 *   foreignFigures('押金 500 元', ['押金 300 元，退还时间 3 月 2 日']) // → ['500 元']
 */

/** Chinese numeral characters a sum may be written in, and what each is worth. */
const CN_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}; // prettier-ignore
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 萬: 10_000 };
const CN_NUM = '[零〇一二两兩三四五六七八九十百千万萬]+';
const NUM = `(?:\\d[\\d,，]*(?:\\.\\d+)?|${CN_NUM})`;

/**
 * A sum of money: a number before 元/yuan (with 万/千 between), or after ¥/RMB/CNY; before 块 only as money is said
 * (块钱, or 块 ending the phrase): "聚一块儿" is together and "多带一块或者…" one more battery.
 */
const MONEY = new RegExp(
  `(?<![几幾多\\d.])(${NUM})\\s*(万|萬|千|k)?\\s*(?:元|块钱|塊錢|[块塊](?![\\p{Script=Han}\\p{L}])|yuan|rmb)|(?:[¥￥]|\\brmb|\\bcny)\\s*(${NUM})\\s*(万|萬|千|k)?`,
  'giu',
);
/** A rough sum ("一两块", "两三百元", "几十块"): an estimate the entry gives as such, never compared. */
const ROUGH = /[一二两兩三四五六七八九]{2}/u;
const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
/** A month's number from its English name, in full or cut short ("Sept" → 9); 0 when it is none. */
export const monthNumber = (name: string): number =>
  MONTHS.split('|').indexOf(name.slice(0, 3).toLowerCase()) + 1;
/** A month's name in full or cut short ("Mar", "Sept."), never a word that begins like one ("market 24 hours"). */
export const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A date: 2026-03-02, 2026年3月2日, 3月2日, 每月15号/日, March 2 / 2 March (with or without a year). */
const DATE = new RegExp(
  [
    `(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号號]?`,
    `(${NUM})\\s*月\\s*(${NUM})\\s*[日号號]`,
    `(?:每月|每个月|每個月)\\s*(${NUM})\\s*[日号號]`,
    `\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`,
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\b`,
  ].join('|'),
  'giu',
);

/** A number as written, in digits or Chinese (五百, 一千二百, 1,200, 1.5); NaN when it is neither. */
export function numberOf(written: string): number {
  const s = written.replace(/[,，]/g, '');
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of s) {
    if (c in CN_DIGIT) digit = CN_DIGIT[c]!;
    else if (c === '万' || c === '萬') {
      total += (section + digit) * 10_000;
      section = 0;
      digit = 0;
    } else if (c in CN_UNIT) {
      section += (digit || 1) * CN_UNIT[c]!;
      digit = 0;
    } else return NaN;
  }
  return total + section + digit;
}

const times = (unit: string | undefined) => (!unit ? 1 : /^[万萬]$/u.test(unit) ? 10_000 : 1000);

export interface Figure {
  kind: 'money' | 'date';
  text: string;
  /** Compared form: the sum in yuan ("500"), or the month and day ("3-2") or the day of every month ("-15"). */
  key: string;
}

/** Every sum of money and date in a text. */
export function findFigures(written: string): Figure[] {
  const text = written.normalize('NFKC');
  const out: Figure[] = [];
  for (const m of text.matchAll(MONEY)) {
    if (ROUGH.test(m[1] ?? m[3]!)) continue;
    const value = numberOf(m[1] ?? m[3]!) * times(m[2] ?? m[4]);
    if (Number.isFinite(value)) out.push({ kind: 'money', text: m[0].trim(), key: String(value) });
  }
  for (const m of text.matchAll(DATE)) {
    // "may" in lower case is the verb ("step 2 may take a week"), May the month is written with a capital.
    if (/^may\b|\bmay$/.test(m[0])) continue;
    const monthName = m[7] ?? m[10];
    const month = monthName ? monthNumber(monthName) : numberOf(m[2] ?? m[4] ?? '');
    const day = numberOf(m[3] ?? m[5] ?? m[6] ?? m[8] ?? m[9] ?? '');
    if (!Number.isFinite(day)) continue;
    out.push({ kind: 'date', text: m[0].trim(), key: m[6] ? `-${day}` : `${month}-${day}` });
  }
  return out;
}

/**
 * The sums and dates in `text` that none of `sources` gives. Loose on purpose: a figure is the sources' when any
 * of them names the same sum, or the same day (a day of every month is the sources' when they name that day at all).
 */
export function foreignFigures(text: string, sources: readonly string[]): string[] {
  const known = sources.flatMap(findFigures);
  const sums = new Set(known.filter((f) => f.kind === 'money').map((f) => f.key));
  const dates = new Set(known.filter((f) => f.kind === 'date').map((f) => f.key));
  const days = new Set([...dates].map((k) => `-${k.split('-').at(-1)}`));
  return findFigures(text)
    .filter((f) =>
      f.kind === 'money' ? !sums.has(f.key) : f.key.startsWith('-') ? !days.has(f.key) : !dates.has(f.key),
    )
    .map((f) => f.text);
}
