/**
 * Details told, not a question asked: a date, a time of day, an order number, a sum, a place — "是12月5号中午，订单尾号
 * 3321", "就在万达北门", "it was Dec 5 around noon, order ending 3321". A worker sends such a line unasked most often to
 * add to a report of theirs (reports/followup.ts offers 📎 补充到); the pack has nothing to say about it, whatever
 * entry shares its 中午 or its number (stop 42: "为什么中午不发通知" made it a sure answer about the 收到 button).
 *
 *   detailsOnly('是12月5号中午，订单尾号3321')  // → true: nothing in it but details and fillers
 *   detailsOnly('12月5号体检在哪')             // → false: it asks
 *   tellsDetails('就在万达广场北门那个驿站')     // → true: 就在… told, no question
 */
import { smallTalk } from './smalltalk.js';
import { asks } from './told.js';

const CN = '[0-9零〇一二两兩三四五六七八九十百千]';
/** The details a line may tell, removed in turn: dates, times, sums, order numbers. */
const DETAILS: readonly RegExp[] = [
  // Dates: 2026年12月5日, 12月5号, 5号, 周五, 星期五, 礼拜五, 昨天, 上周. A month alone is no date but a season or a
  // month's wages ("七八月天天在外头晒", "三月份的钱"): what is asked about.
  new RegExp(`(?:${CN}{2,4}年)?${CN}{1,3}月${CN}{1,3}[日号號]?|${CN}{1,3}[日号號]`, 'gu'),
  /(?:上|这|這|下)?(?:个|個)?(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]|(?:大前|前|昨|今|明|当|當|那|这|這|头|頭)[天日晚早]|(?:上|这|這)(?:周|週|个月|個月|星期|礼拜|禮拜)/gu,
  // Times of day: 中午, 下午3点半, 12:30, 三点多, 左右.
  /凌晨|清晨|早上|早晨|上午|中午|晌午|下午|傍晚|晚上|夜里|夜裡|半夜|白天|午高峰|晚高峰|饭点|飯點/gu,
  new RegExp(`${CN}{1,3}\\s*[点點时時](?:半|一刻|${CN}{1,2}分?|多|钟|鐘)?|\\d{1,2}[:：]\\d{2}`, 'gu'),
  // Sums: 35元, 二十块钱, ¥20.
  new RegExp(`[¥￥]?\\s*${CN}+(?:\\.\\d+)?\\s*(?:元|块钱|塊錢|块|塊|毛)`, 'gu'),
  // English dates, times and sums.
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:yesterday|today|tonight|last night|last week|this week|noon|midnight|morning|afternoon|evening|night|lunchtime|a\.?m\.?|p\.?m\.?|o'?clock|yuan|rmb|kuai)\b/giu,
  // Order, waybill and receipt numbers, with what names them: 订单尾号3321, 单号是 A12-77, order #3321, ending 3321.
  /(?:(?:订单|訂單|运单|運單|外卖单|外賣單|流水|工单|工單)(?:尾号|尾號|单号|單號|号|號)?|尾号|尾號|单号|單號|编号|編號)(?:是|为|為)?[:：]?\s*#?[a-z]*\d[\da-z-]*/giu,
  /\b(?:order|waybill|receipt)(?:\s+(?:no\.?|number))?\s*#?\s*[a-z]*\d[\da-z-]*|\bending(?:\s+in|\s+with)?\s+\d+|#\s*\d+/giu,
  /订单号?|訂單號?|运单号?|運單號?|尾号|尾號|单号|單號|编号|編號|\b(?:order|waybill|receipt)s?\b/giu,
];
/** The words details are told with: 是, 就是, 大概, 那天的, it was, around — and a number alone (3321). */
const FILLERS: readonly RegExp[] = [
  /\d+(?:st|nd|rd|th)?|\b(?:no\.?|number|ending|ends|last (?:four|4) digits)\b|#/giu,
  /就是|就在|是在|大概|大约|大約|差不多|左右|前后|前後|时候|時候|那会儿?|那會兒?|那个|那個|这个|這個|还有|還有|另外|然后|然後|的时|的時|我的|[是在的了嗯哦噢啊呀吧对對和跟约約号號,，.。、;；:：!！~～\s-]/gu,
  /\b(?:it|that|this|was|is|it's|that's|on|at|in|around|about|approx(?:imately)?|the|a|an|my|and|of|roughly|maybe)\b|[,.;:!'\s-]/giu,
];

/** A detail worth the name: a digit, a date, a time of day or a day — not a filler alone ("是的", "嗯"). */
const SOME_DETAIL = new RegExp(
  `\\d|${CN}{1,3}[日号號点點时時]|[周週][一二三四五六日天]|星期|礼拜|禮拜|[昨今前]天|中午|上午|下午|早上|晚上|凌晨|夜里|夜裡|半夜|傍晚|` +
    `\\b(?:yesterday|today|noon|morning|afternoon|evening|night|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b`,
  'iu',
);

/** Words that ask although no question word does: 想问, 请问, 咨询 (a question said outright). */
const WANTS_TO_ASK =
  /想问|想問|请问|請問|问一下|問一下|问下|問下|咨询|諮詢|\bi (?:want|wanna|would like) to ask\b/iu;

/**
 * Only details and fillers, asking nothing: a date, a time, an order number or a sum, and nothing the pack could
 * answer about ("是12月5号中午，订单尾号3321", "昨天下午三点多", "order #3321, Dec 5 around noon").
 */
export function detailsOnly(text: string): boolean {
  let rest = detailsRest(text);
  if (rest === undefined) return false;
  for (const part of FILLERS) rest = rest.replace(part, ' ');
  return !rest.replace(/[\s\p{P}\p{S}]/gu, '');
}

/**
 * A line that asks nothing, with its details taken out ("是12月5号中午，在万达门口" → "是 ，在万达门口"): what the pack
 * may know about. Undefined when it asks (a question's 中午 or date is part of what is asked: "中午开门吗") or tells no
 * detail. An answer the line is sure of must be one its rest still finds (ask.ts): 中午 alone, or 3321, is no match.
 */
export function detailsRest(text: string): string | undefined {
  const s = text.normalize('NFKC').toLowerCase();
  if (!SOME_DETAIL.test(s) || asks(s) || WANTS_TO_ASK.test(s)) return undefined;
  let rest = s;
  for (const part of DETAILS) rest = rest.replace(part, ' ');
  return rest;
}

/** Longest a line told with 是/就是/在… may be and still be details (a longer one is a story: the FAQ's). */
const MAX_TOLD = 24;
/** A line that tells where, when or which, as an answer does: 是在…, 就是…, 就在…, 时间是…, it was…. */
const TELLING =
  /^(?:是在|是|就是|就在|在|地点是|地點是|地址是|位置是|时间是|時間是|订单号?是|訂單號?是|那天是|当时是|當時是)(?!不是|否|这样|這樣)|^(?:it was|it's|that was|it happened|the order (?:is|was)|order (?:no\.?|number|#))/iu;

/**
 * Details told rather than a question asked: only details (`detailsOnly`), or a short line that tells them as an
 * answer does ("是在万达北门", "就是上次说的那个驿站", "it was the station on Binjiang Road"), with nothing asked; never
 * small talk ("是的", "在吗") nor a story begun ("是这样的，…").
 */
export function tellsDetails(text: string): boolean {
  const s = text.normalize('NFKC').trim();
  if (!s || asks(s) || WANTS_TO_ASK.test(s)) return false;
  if (detailsOnly(s)) return true;
  // "是的", "在吗", "就是这样" are small talk, not details.
  if (smallTalk(s)) return false;
  return TELLING.test(s) && [...s.replace(/\s+/g, '')].length <= MAX_TOLD;
}
