/**
 * Where a word of a report is a place, context or someone else's rather than a topic: a place word (驿站门口,
 * "outside the station"), troubles waved off before the point (…都无所谓 关键是), others who fell, a past cause.
 */

/**
 * Where a worker waves off what came before (…我也就算了, 这些都无所谓, 关键是, 我就想知道), the point is
 * what follows: the earlier troubles are context and count as little as a place word.
 */
const POINT_FOLLOWS =
  /(?:关键是|主要是|重点是|问题是|最要命的是|最气的是|最气人的是|最难受的是|我就想(?:知道|问问|问)|我(?:主要)?是想|(?:都|也就|就)算了(?=[\s,.!，。！]|$|但|可|关键)|(?:都|也)?无所谓|都不算啥|都不算什么|都过去了|我也忍了|我认了|我也认了|what i really|the real problem|my main)/g;
export const CONTEXT_FACTOR = 0.3;
/** Where the point of a report starts (0 when nothing before it is waved off). */
export function pointStart(norm: string): number {
  let cut = 0;
  for (const m of norm.matchAll(POINT_FOLLOWS)) cut = (m.index ?? 0) + m[0].length;
  return cut;
}

const LOCATIVE_AFTER = /^(门口|门前|附近|旁边|对面|外面|外边|边上|楼下|那边|路边)/;
const LOCATIVE_BEFORE = /\b(outside|near|next to|in front of|behind|opposite|by|at) (the |a |our |my )?$/;
export const LOCATION_FACTOR = 0.3;

/** 人在出租屋里, 在宿舍里头: where someone is, said with 在…里. */
const IN_BEFORE = /在$|在(?:我们|我|他|她)?的?$/;
/** …or where someone was taken ill (在驿站晕了一下, 在宿舍中暑了 — round 34): the place of the illness, not its topic. */
const IN_AFTER = /^里|^(?:突然)?(?:晕|昏|中暑|发病|犯病|抽筋|抽搐)/;
/** "on Changan Middle Road": a road named after a preposition is a street, not a hazard. */
const STREET_NAME =
  /\b(?:on|at|near|along|off|outside|by|in|from|to) (?!the |a |an |this |that |my |our )(?:[a-z]+ ){1,3}(?:road|street|avenue|lane|rd|st)$/;
/**
 * A near miss is what did not happen: 差点翻车 over a loose manhole cover is a road report, "nearly
 * crashed" too. Such a word counts as little as a place word.
 */
const NEAR_MISS_BEFORE = /(?:差点|差一点|险些|差点儿)[^ ]{0,3}$|\b(?:almost|nearly) (?:\w+ ){0,2}$/;
/** "station boss", "site manager": a word before a title names the person, as 站长 does, not a topic. */
const TITLE_AFTER = /^s? (?:boss|manager|master|head|supervisor|chief|leader|owner|captain)s?\b/;
/**
 * "the station" that pays or fines the worker (my last paycheck from the station, the station keeps fining me) is
 * the delivery station they work for, not a rest station: in English one word names both (round 35).
 */
const STATION_LATIN = /^stations?$/;
const MONEY_LATIN =
  /\b(?:pay|paid|paycheck|paycheque|wages?|salary|fin(?:e|ed|es|ing)|deduct\w*|docked|owes?|owed|deposit|fees?)\b/;
const FACILITY_LATIN =
  /\b(?:rest|closed|open|opens|shut|locked|water|charg\w*|air|aircon|heating|heater|toilets?|microwave|lockers?|wifi|sockets?|chairs?|seats?|sleep)\b/;
function employingStation(norm: string, start: number, end: number): boolean {
  return STATION_LATIN.test(norm.slice(start, end)) && MONEY_LATIN.test(norm) && !FACILITY_LATIN.test(norm);
}

/**
 * Rent to be paid (明天要交房租, 房租后天就要交) beside money the worker is owed or cannot draw: why the money is
 * urgent, not a quarrel over the home — unless the landlord or a rise is told (round 35).
 */
const RENT = /^(?:房租|租金)$/;
const RENT_PAID_BEFORE = /(?:交|付|缴|凑)$/;
const RENT_PAID_AFTER = /^[^ ]{0,6}(?:交|付|缴)/;
const MONEY_TROUBLE = /工资|工钱|薪|钱|提现|到账|没结|不结|押金|账号|账户|冻结|封号|配送费|运费/;
const LANDLORD_TOLD = /房东|landlord|涨/;
function rentDue(norm: string, start: number, end: number): boolean {
  if (!RENT.test(norm.slice(start, end))) return false;
  const said =
    RENT_PAID_BEFORE.test(norm.slice(Math.max(0, start - 2), start)) || RENT_PAID_AFTER.test(norm.slice(end));
  const rest = norm.slice(0, start) + ' ' + norm.slice(end);
  return said && MONEY_TROUBLE.test(rest) && !LANDLORD_TOLD.test(norm);
}

/**
 * A word used as a place, not a topic: 驿站门口 (in front of the station), 小区旁边, "outside the
 * station". Where something happened says little about what happened.
 */
export function isLocation(norm: string, start: number, end: number, inside = true): boolean {
  return (
    employingStation(norm, start, end) ||
    rentDue(norm, start, end) ||
    LOCATIVE_AFTER.test(norm.slice(end, end + 3)) ||
    TITLE_AFTER.test(norm.slice(end, end + 12)) ||
    (inside &&
      IN_BEFORE.test(norm.slice(Math.max(0, start - 3), start)) &&
      IN_AFTER.test(norm.slice(end, end + 2))) ||
    STREET_NAME.test(norm.slice(Math.max(0, start - 40), end)) ||
    LOCATIVE_BEFORE.test(norm.slice(Math.max(0, start - 20), start)) ||
    NEAR_MISS_BEFORE.test(norm.slice(Math.max(0, start - 20), start))
  );
}

/** Several other people, just before a word: 好几个骑手摔了, 有人在那摔过, "two riders fell". */
const OTHERS_BEFORE =
  /(?:好几个|好几位|几个|好多|很多|不少|经常有|总有|天天有|已经有|有人)[^ ]{0,5}$|\b(?:two|three|several|many|lots of|a few|other|people|someone|somebody) (?:\w+ ){0,3}$/;
/** …or just after a fall: 一上午摔了好几个骑手了, 摔了两个人. */
const OTHERS_AFTER =
  /^(?:了|倒了|伤了)?(?:好几个|好几位|几个|好多|很多|不少|[两三四五六七八九十几]+个)(?:人|骑手|小哥|外卖员|快递员|司机|师傅|老人)/;
export function othersBefore(norm: string, start: number, end = start): boolean {
  return OTHERS_BEFORE.test(norm.slice(Math.max(0, start - 24), start)) || OTHERS_AFTER.test(norm.slice(end));
}

/** An event named as a past cause: 那次车祸以后, 自从上次摔车之后. */
const PAST_BEFORE = /(?:那次|上次|自从|去年|以前|之前)[^ ]{0,3}$/;
const CAUSE_AFTER = /^[^ ]{0,2}(?:以后|之后|后)/;
export function pastCause(norm: string, start: number, end: number): boolean {
  return (
    PAST_BEFORE.test(norm.slice(Math.max(0, start - 6), start)) && CAUSE_AFTER.test(norm.slice(end, end + 5))
  );
}
