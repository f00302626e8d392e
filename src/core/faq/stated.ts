/**
 * What a model's answer states that its entries must state too: every number (Arabic, full-width, Chinese numerals
 * before a measure word, clock times, both ends of a range) and every person named with a title (王建国书记, 李老师).
 * One general rule instead of a case per kind of detail: an address (888 号三楼), a time (6:00–7:00) and a count
 * (一年三次) are all numbers the worker would act on, and a number the entry does not give was made up.
 *
 *   foreignNumbers('抽血在 6:00–7:00', ['抽血在 8:00–10:30'])   // → ['6:00', '7:00']
 *   foreignNames('找王建国书记登记', ['找站长或支部书记登记'])  // → ['王建国书记']
 *   foreignNumbers('Free three times a year', ['一年一次，免费'])   // → ['three times']
 *   foreignNames('Ask Mr. Wang', ['找站长登记'])                 // → ['Mr. Wang']
 *
 * Loose on purpose, so an answer that repeats or rewords its entry passes: a number is the entry's when the entry
 * names the same value anywhere (as a digit, a Chinese numeral or part of a time or date), a time when it is the
 * same hour and minute on a 12-hour clock (下午5点 = 17:00). Not claims: 一 written in Chinese (一下, 一起, 统一),
 * Chinese numerals not before a measure word (十分, 三轮车, 周五), rough numbers (两三天, 七八个), list markers
 * (1. 2. 3.), and phone numbers, web and e-mail addresses (contacts.ts compares those).
 */
import { MONTH_NAME, monthNumber, numberOf } from './sums-and-dates.js';

const CN_START = '[零〇一二两兩三四五六七八九十]';
const CN_RUN = `${CN_START}[零〇一二两兩三四五六七八九十百千万萬]*`;
/** Measure words after which a Chinese numeral is a count, a time, a floor, a sum or a length. */
const MEASURE =
  '(?:次|回|遍|趟|个|個|位|名|人|天|日|号|號|月|年|岁|歲|小时|小時|钟头|鐘頭|分钟|分鐘|秒|楼|樓|层|層|栋|棟|幢|单元|單元|元|块|塊|角|毛|斤|公斤|千克|米|公里|张|張|件|份|本|辆|輛|单|單|倍|成|折|条|條|项|項|种|種|类|類|步|套|家|所|处|處|节|節|期|场|場|批|户|戶|间|間|顿|頓|周岁|个月|個月|星期)';
/** A clock time: 8:00, 8：30, 8点, 8点半, 八点一刻, 10点30分. */
const TIME = new RegExp(
  `(\\d{1,2})\\s*[:：]\\s*(\\d{2})(?!\\d)|(\\d{1,2}|${CN_RUN})\\s*[点點时時](?:\\s*(半)|\\s*(一刻|三刻)|\\s*(\\d{1,2}|${CN_RUN})\\s*分)?`,
  'gu',
);
/** A date: 2026-03-02, 2026年3月2日, 3月2日 / 3月2号; then a month (3月) or a day (15号, not 2号楼) alone. */
const DATE = new RegExp(
  `(?:(\\d{4})\\s*[-/.年]\\s*)?(\\d{1,2}|${CN_RUN})\\s*[-/.月]\\s*(\\d{1,2}|${CN_RUN})\\s*[日号號]|(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})(?!\\d)`,
  'gu',
);
/** March 2, 2 March, Mar. 2nd (May with its capital: "may" is the verb). */
const EN_DATE = new RegExp(
  `\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}\\b`,
  'giu',
);
const MONTH = new RegExp(`(\\d{1,2}|${CN_RUN})\\s*月(?!份?\\s*\\d)`, 'gu');
const DAY = new RegExp(`(\\d{1,4}|${CN_RUN})\\s*[日号號](?![楼樓院线線门門])`, 'gu');
const ARABIC = /\d+(?:,\d{3})*(?:\.\d+)?/g;
const CHINESE = new RegExp(`(?<![周週星期礼拜禮拜第])(${CN_RUN})(?=\\s*${MEASURE})`, 'gu');
/** 百分之五十: a percentage written out. */
const PERCENT = new RegExp(`百分之(${CN_RUN})`, 'gu');
/** Contacts and addresses, compared by contacts.ts; their digits are no claim here. */
const CONTACT_LIKE = /https?:\/\/\S+|www\.\S+|[\w.%+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d\s\-–()（）]{5,}\d/giu;
const DATE_LIKE = /^\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}$/;
/** List markers a model adds when it sets the entry out as steps: "1. ", "2、", "（3）", "第2步". */
const LIST_MARKER = /(?:^|\n)\s*[（(]?\d{1,2}\s*[.、)）．]\s*|[（(]\d{1,2}[)）]|第\d{1,2}步/gu;

/** English number words, for counts written out ("three times a year", "two days"). */
const EN_NUMBER: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
/** What a written-out English number counts, as MEASURE does in Chinese ("three times", "two-day", "five people"). */
const EN_UNIT =
  '(?:times?|days?|weeks?|months?|years?|hours?|minutes?|seconds?|people|persons?|workers?|riders?|floors?|yuan|kuai|' +
  'rmb|kilometers?|kilometres?|km|meters?|metres?|pieces?|items?|copies|documents?|photos?|steps?|sessions?|shifts?|' +
  'orders?|working\\s+days?|business\\s+days?)';
/** "twice", "thrice", "three times a year", "a two-day course"; "once" only as a rate (once a month, once per week). */
const EN_COUNT = new RegExp(
  `\\b(twice|thrice)\\b|\\bonce\\s+(?:a|an|per|every)\\s+(?:day|week|month|year|quarter|season)\\b|\\b(${Object.keys(EN_NUMBER).join('|')})[\\s-]+${EN_UNIT}\\b`,
  'giu',
);
/** What a rate names without a number: 每月 / "monthly" is once a month, so "once a month" rewords it. */
const EVERY_PERIOD =
  /每(?:个|個)?(?:天|日|周|週|星期|月|年|季度?)|\b(?:daily|weekly|monthly|yearly|annually|every\s+(?:day|week|month|year))\b/iu;

/** One number the text states, as written, and the forms it may be found under. */
interface Claim {
  text: string;
  keys: string[];
  /** What else a source's claim lets an answer say: a date's month and day alone. */
  parts?: string[];
  /** 一 in Chinese: known when a source says it, never a claim of the answer's (一下, 一起 are not counts). */
  weak?: boolean;
}

/** 八点一刻, 八点三刻. */
const QUARTER_MINUTES: Record<string, number> = { 一刻: 15, 三刻: 45 };

const num = (n: number) => `n:${Number(n.toFixed(4))}`;
const time = (h: number, m: number) => `t:${h % 12}:${m}`;

/** Every number a text states (see the module comment for what is not a claim). */
export function numbersIn(written: string, options: { listed?: boolean } = {}): Claim[] {
  let text = written
    .normalize('NFKC')
    .replace(CONTACT_LIKE, (s) => (digitCount(s) >= 7 && !DATE_LIKE.test(s.trim()) ? ' ' : s));
  // An answer's list markers are the model's layout; an entry's "6、7月" is a claim, so only an answer's are dropped.
  if (options.listed) text = text.replace(LIST_MARKER, (s) => (s.startsWith('\n') ? '\n' : ' '));
  const out: Claim[] = [];
  text = text.replace(TIME, (whole, h1, m1, h2, half, quarter, m2) => {
    const hour = numberOf(h1 ?? h2);
    const minute = m1 ? Number(m1) : half ? 30 : quarter ? QUARTER_MINUTES[quarter]! : m2 ? numberOf(m2) : 0;
    if (!Number.isFinite(hour) || !Number.isFinite(minute) || hour > 24 || minute > 59) return whole;
    // "8点" may be the entry's "8:00" or just its number 8 (三点注意事项 is three points, not three o'clock).
    const keys = [time(hour, minute), ...(m1 || half || quarter || m2 ? [] : [num(hour)])];
    if (!(h2 === '一' && keys.length > 1)) out.push({ text: whole.trim(), keys });
    return ' ';
  });
  text = text.replace(DATE, (whole, y1, m1, d1, y2, m2, d2) => {
    const [year, month, day] = [y1 ?? y2, numberOf(m1 ?? m2), numberOf(d1 ?? d2)];
    if (!Number.isFinite(month) || !Number.isFinite(day) || month > 12 || day > 31) return whole;
    out.push({ text: whole.trim(), keys: [`d:${month}-${day}`], parts: [`m:${month}`, `day:${day}`] });
    if (year) out.push({ text: year, keys: [num(Number(year))] });
    return ' ';
  });
  text = text.replace(EN_DATE, (whole, n1?: string, d1?: string, d2?: string, n2?: string) => {
    if ((n1 ?? n2) === 'may') return whole;
    const month = monthNumber((n1 ?? n2)!);
    const day = Number(d1 ?? d2);
    out.push({ text: whole.trim(), keys: [`d:${month}-${day}`], parts: [`m:${month}`, `day:${day}`] });
    return ' ';
  });
  // A month or a day alone may be the entry's number or part of its date (3月 of 2026-03-02).
  text = text.replace(MONTH, (whole, m: string) => {
    const v = numberOf(m);
    if (Number.isFinite(v) && v >= 1 && v <= 12) out.push({ text: whole.trim(), keys: [num(v), `m:${v}`] });
    return Number.isFinite(v) ? ' ' : whole;
  });
  text = text.replace(DAY, (whole, d: string) => {
    const v = numberOf(d);
    if (Number.isFinite(v) && !(d === '一' && !/^\d/.test(d)))
      out.push({ text: whole.trim(), keys: [num(v), `day:${v}`] });
    return Number.isFinite(v) ? ' ' : whole;
  });
  text = text.replace(PERCENT, (_w, n: string) => {
    const v = numberOf(n);
    if (Number.isFinite(v)) out.push({ text: `百分之${n}`, keys: [num(v)] });
    return ' ';
  });
  text = text.replace(EN_COUNT, (whole: string, times?: string, word?: string) => {
    const v = times ? (times.toLowerCase() === 'twice' ? 2 : 3) : word ? EN_NUMBER[word.toLowerCase()]! : 1;
    // "one day", "one of the steps": one written out is as weak as 一; "once a month" is a claim.
    out.push({
      text: whole.trim(),
      keys: [num(v)],
      ...(word?.toLowerCase() === 'one' ? { weak: true } : {}),
    });
    return ' ';
  });
  for (const m of text.matchAll(ARABIC)) {
    const v = Number(m[0].replace(/,/g, ''));
    const after = text.slice(m.index + m[0].length).trimStart();
    const keys = [num(v)];
    if (/^[万萬]/u.test(after)) keys.push(num(v * 10_000));
    if (/^千/u.test(after)) keys.push(num(v * 1000));
    out.push({ text: m[0], keys });
  }
  for (const m of text.matchAll(CHINESE)) {
    const run = m[1]!;
    // 一 alone is everywhere (一下, 一起, 一次性); two digits side by side are rough (两三天, 七八个).
    if (/[一二两兩三四五六七八九]{2}/u.test(run)) continue;
    const v = numberOf(run);
    const measure = text.slice(m.index + m[0].length).match(/^\s*./u)?.[0] ?? '';
    if (Number.isFinite(v))
      out.push({ text: m[0] + measure, keys: [num(v)], ...(run === '一' ? { weak: true } : {}) });
  }
  return out;
}

/**
 * Numbers a word means, which a model putting an entry in English says outright: 未成年 is under 18, 半价 half
 * (50%). Only words whose number nobody doubts.
 */
const IMPLIED: [RegExp, number][] = [
  [/未成年|成年/u, 18],
  [/半价|半價|一半|五折/u, 50],
  // "six months" for 半年.
  [/半年/u, 6],
];

function impliedNumbers(text: string): Claim[] {
  return [...IMPLIED, [EVERY_PERIOD, 1] as [RegExp, number]]
    .filter(([word]) => word.test(text))
    .map(([word, n]) => ({ text: word.source, keys: [num(n)] }));
}

function digitCount(s: string): number {
  return (s.match(/\d/g) ?? []).length;
}

/** Every form under which the sources state a number: its value, a time's hour and minute, and the hour alone. */
function knownNumbers(sources: readonly string[]): Set<string> {
  const known = new Set<string>();
  for (const claim of sources.flatMap((s) => [...numbersIn(s), ...impliedNumbers(s)]))
    for (const key of [...claim.keys, ...(claim.parts ?? [])]) {
      known.add(key);
      // A source's "17:00" lets the answer say 17 or 5点; its "8:00" lets it say 8.
      const t = /^t:(\d+):(\d+)$/.exec(key);
      if (t) {
        known.add(num(Number(t[1])));
        known.add(num(Number(t[1]) + 12));
      }
    }
  return known;
}

/** The numbers in `text` that none of `sources` states, as written in `text`. */
export function foreignNumbers(text: string, sources: readonly string[]): string[] {
  const known = knownNumbers(sources);
  return numbersIn(text, { listed: true })
    .filter((c) => !c.weak && !c.keys.some((k) => known.has(k)))
    .map((c) => c.text);
}

/**
 * Common surnames (single characters that are rarely the end of an ordinary word before a title: 支部书记, 项目经理,
 * 班主任, 区委书记 name nobody, so 支, 项, 班, 区, 党 are left out).
 */
const SURNAMES =
  '王李张劉刘陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘蒋蔣蔡杜叶葉程苏蘇魏吕呂丁沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付傅侯邹鄒熊孟秦白江阎閻薛尹段雷黎史龙龍陶贺賀顾顧毛郝龚龔邵钱錢严嚴覃武戴莫孔汤湯';
/** Titles a person is named with in these chats. */
const TITLE =
  '(?:书记|書記|老师|老師|经理|經理|主任|站长|站長|师傅|師傅|队长|隊長|律师|律師|医生|醫生|大夫|会长|會長|部长|部長|科长|科長|处长|處長|所长|所長|局长|局長|社长|社長|主席|警官|专员|專員|主管|组长|組長)';
/** Characters that end a name rather than stand in one: 马上找站长 names nobody. */
const NOT_IN_NAME =
  '的了在和或与跟向给找问去到请让由把被对从上下里是有要就都也还先再可能会说打拨联系登记报名咨询办理所属当地负责区镇街村站点驿一二三四五六七八九十各每该本此位名';
const NAMED = new RegExp(`([${SURNAMES}][^\\P{Script=Han}${NOT_IN_NAME}]{0,2}?)(${TITLE})`, 'gu');

/** English titles before a surname: "Mr. Wang", "Ms Li", "Secretary Zhang". */
const EN_NAMED =
  /\b(Mr|Mrs|Ms|Miss|Dr|Secretary|Director|Manager|Officer|Teacher|Lawyer|Captain)\.?\s+([A-Z][a-z]{1,6}(?:\s+[A-Z][a-z]{1,8})?)\b/gu;
/**
 * A Chinese name without a title, where a person is meant: after 找 / 联系 / 联系人 / 负责人 / 咨询, a common surname and one
 * or two more characters, then a pause or what one does with a person (找王建国登记, 联系人：王建国。). Anywhere else a
 * surname and two characters are too often a word (王府井, 张贴, 周末前).
 */
const BARE_NAMED = new RegExp(
  `(?:联系人|聯繫人|负责人|負責人|联系|聯繫|咨询|諮詢|找)[:：]?\\s*([${SURNAMES}][^\\P{Script=Han}${NOT_IN_NAME}]{1,2})(?=[，。,.；;、）)\\s]|$|登记|登記|报名|報名|办理|辦理|联系|聯繫|电话|電話|手机|手機)`,
  'gu',
);

/** People named with a title in a text: the name and the title ("王建国书记" → 王建国, 书记; "Mr. Wang" → Wang, Mr). */
export function namesIn(text: string): { text: string; name: string; title: string }[] {
  return [
    ...[...text.matchAll(NAMED)].map((m) => ({ text: m[0], name: m[1]!, title: m[2]! })),
    ...[...text.matchAll(EN_NAMED)].map((m) => ({ text: m[0], name: m[2]!, title: m[1]! })),
  ];
}

/** People named without a title where a person is meant (找王建国登记 → 王建国). */
function bareNamesIn(text: string): string[] {
  return [...text.matchAll(BARE_NAMED)].map((m) => m[1]!);
}

/**
 * The people `text` names with a title that the sources name nobody with: "王建国书记" where the entry only says
 * 支部书记 is made up; where the entry names 李书记, the model may be calling him otherwise, so it is let be.
 */
export function foreignNames(text: string, sources: readonly string[]): string[] {
  const named = sources.flatMap(namesIn);
  const titles = new Set(named.map((n) => n.title));
  const inText = namesIn(text);
  const chinese = inText
    .filter((n) => /\p{Script=Han}/u.test(n.title))
    .filter((n) => !titles.has(n.title) && !sources.some((s) => s.includes(n.text)));
  // An English title ("Mr. Wang") is the model's own wording of whoever the entry names (王书记, 李老师): foreign
  // only when the entry names nobody at all, and not that name either.
  const anyone = named.length > 0 || sources.some((s) => bareNamesIn(s).length > 0);
  const english = inText
    .filter((n) => !/\p{Script=Han}/u.test(n.title))
    .filter((n) => !anyone && !sources.some((s) => s.toLowerCase().includes(n.name.toLowerCase())));
  const bare = bareNamesIn(text).filter(
    (name) => !sources.some((s) => s.includes(name)) && !chinese.some((n) => n.text.startsWith(name)),
  );
  return [...chinese.map((n) => n.text), ...english.map((n) => n.text), ...bare];
}
