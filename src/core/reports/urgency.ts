/**
 * Built-in urgency (round 30): what makes a report urgent whatever its category and the pack's own
 * `urgentKeywords` — a stated near deadline (今晚之前, 明早要给答复, 下周一排班前, "by tomorrow morning") and a hazard
 * nobody is hurt by yet (插座冒火花 还好没人碰到, 电线乱拉 还没出事, "nobody's crashed yet but it's dangerous"), or a trap
 * set where a person can be shut in (冷库门从里面打不开, 差点被关在集装箱里 — someone inside now is an emergency).
 * Reads the text as the classifier does (normalised, dialects folded); an emergency outranks it.
 *
 *   urgentCause('人脸认证过不了 今晚之前弄不好明天就接不了单') === 'deadline'
 *   urgentCause('驿站插座冒火星子 还好没人碰到') === 'hazard'
 *   urgentCause('冷库那个门从里面打不开 今儿早上差点给关里头') === 'trap'
 *   urgentCause('明天站里搞消防演练') === undefined
 */

import {
  ELECTRIC_FITTING,
  ELECTRIC_FITTING_LATIN,
  ENCLOSURE,
  ENCLOSURE_LATIN,
  STILL_IN_USE,
  STILL_IN_USE_LATIN,
} from './emergency-concepts.js';

/**
 * A day near enough to act before: tonight, tomorrow (morning), the day after, a named weekday. An hour alone is a
 * daily rule (每天早上七点前必须打卡) and 每周一 a weekly one, not a deadline; with a day (明天下午三点前) the day says it.
 */
const NEAR_TIME =
  '(?:今晚|今夜|今天|今日|明早|明晚|明天|明日|后天|(?<![每逢隔])(?:这|本|下)?(?:周|礼拜|星期)[一二三四五六日天])';
/** What a deadline asks by then: to pay, move out, answer, decide, fix, settle, start work. */
const DUE = '(?:交|搬|走|给|答复|回复|定|还|结|退|扣|停|封|开工|上班|回|修|解|付|腾|清|签|处理|到账|发)';
/**
 * What closes or starts then, so whatever is asked must be done before it (申诉明天中午就截止了, 报名下周一就截止,
 * 窗口明天就关了, 下周一就开学了 — round 34): a window or a term. Not 到期 (屋租听日到期 is labelled a plain report).
 */
const CLOSES =
  '(?:早上|上午|中午|下午|晚上|一早|\\d{1,2}点)?(?:就|就要|要|便)?(?:截止|截至|关闭|关了|关掉|开学|报到)';
/**
 * Put out by then (叫我明早搬出去, 明天就搬出去, 不答应明早就搬走 — round 34; every eviction with a near day in the dev
 * sets is labelled urgent): the day is the deadline even with no 要 or 之前. Moving house by choice (明天搬家) is not.
 */
const MOVED_OUT =
  '(?:早上|上午|中午|下午|晚上|一早)?(?:就|便)?(?:搬走|搬出去|搬出|搬离|腾房|腾出来|腾出去|走人|滚蛋)';
/**
 * A near time, then in the same clause: before it (今晚之前, 下周一排班前, 明天下午三点前 — not 今天前面), or what must
 * happen by it (明早要给他答复, 明天就要交房租, 明天就要把押金扣完), or what follows if nothing is done by it (今晚不弄好…).
 */
const DEADLINE_CJK = new RegExp(
  `${NEAR_TIME}[^ ]{0,6}?(?:之前|以前|为止|之内|前(?![面边头方台]))` +
    `|${NEAR_TIME}(?:早上|上午|中午|下午|晚上|一早)?(?:就要|就得|必须|一定要|要|得)[^ ]{0,6}?${DUE}` +
    `|${NEAR_TIME}(?:早上|上午|中午|下午|晚上)?(?:再|还)?不(?:弄|搞|修|解|处理|给|发|结)(?:好|定|掂|决|了)?` +
    `|${NEAR_TIME}${CLOSES}` +
    `|${NEAR_TIME}${MOVED_OUT}`,
);
/** "by tomorrow morning", "before tonight" (a weekday said in English — "out by Friday" — is labelled a plain report). */
const DEADLINE_LATIN =
  /\b(?:by|before|until) (?:tonight|tomorrow|tmrw?|tmo?r+ow|2mor+ow|this evening|end of (?:today|the day))\b/;

/**
 * Something electrical or on fire's edge, in a faulty state (not a broken thing that is merely out of use): what a
 * worker told of it is asked to keep away from, to cut the power of if safe, and to call the fire service for if it
 * catches (free chat, intake.ts).
 */
const ELECTRIC_HAZARD =
  /冒火花|冒火星|火花|火星子|打火|冒烟|烟味|焦味|糊味|焦糊|烧焦|烧黑|烧化|烧糊|发烫|烫手|很烫|好烫|鼓包|鼓起来|漏电|麻了一下|麻麻|短路|乱拉|乱接|裸露|\b(?:sparks?|sparking|smok(?:e|ing)|burning smell|exposed wires?|live wire)\b/;
/** Any other hazard: hanging down, worn out, said to be dangerous. Electric too when an electric fitting is named. */
const OTHER_HAZARD =
  /垂下来|垂落|垂到|吊得|老化|危险|隐患|\b(?:dangling|hanging (?:low|down)|dangerous|hazard)\b/;
const HAZARD = new RegExp(`${ELECTRIC_HAZARD.source}|${OTHER_HAZARD.source}`);
const FITTING = new RegExp(`${ELECTRIC_FITTING}|${ELECTRIC_FITTING_LATIN}`);
/**
 * Said that nobody is hurt by it yet, or that it has not caught yet (还好没人碰到, 还没出事, 暂时没出事, 未着火, 还没起火, 人都没事, 还未有人掂到,
 * "nobody's crashed yet").
 */
const NOT_YET_HURT =
  /(?:还|暂时|目前|至今|到现在)(?:还)?没(?:有)?(?:人)?(?:出事|着火|起火|着|烧起来|碰|受伤|摔|掉|触|电到)|还没碰到人|(?:没|未|冇)(?:有)?人(?:碰|受伤|伤(?!心)|在旁边|在(?:充|用)|敢(?:用|碰|充)|靠近|被?电到|掂到|摔)|不敢(?:用|碰|充)|未(?:着火|起火|出事|烧起来)|人(?:都|也)?没事|没事|\b(?:nobody|no one)(?: s| has| was| is)? (?:\w+ )?(?:hurt|crashed|injured|touched|fallen)(?: \w+)?(?: yet)?\b|\bnot (?:caught|on) fire yet\b/;

/**
 * Still being used as it is (大家还在那充电, 还有人在充电, 十几台电动车一起充电 插排都烧黑了; 還有人在使用, "people are still
 * charging", "riders keep using it" — stop 39: English and Taiwan forms, STILL_IN_USE in emergency-concepts.ts) or feared
 * for later (迟早出事, "it'll catch fire sooner or later"): a hazard live now with nobody hurt yet (round 32 — every such
 * line in the dev24 sets is labelled urgent).
 */
const STILL_IN_USE_NOW = new RegExp(
  `${STILL_IN_USE}|(?:一起|都在|都)(?:有人)?(?:在)?(?:那|这)?(?:儿|里)?(?:充电|充着|在用)|迟早(?:要)?(?:出事|出大事|着火|烧起来)|早晚(?:要)?(?:出事|着火)` +
    `|${STILL_IN_USE_LATIN}|\\b(?:sooner or later|(?:only )?a matter of time|(?:accident|fire|disaster) waiting to happen)\\b`,
);

/**
 * Cut off and out of use since (取暖器冒火星子 工作人员拔了电 现在不敢用了, 微波炉冒烟了 拔掉插头 现在不能用 — round 35): the
 * fault is a broken thing to replace, not a hazard still live, unless people still use it.
 */
const CUT_OFF = /拔(?:了|掉)?(?:电|插头|插销|电源)|断(?:了)?电|关(?:了|掉)?(?:电闸|总闸|电源)/;
const OUT_OF_USE = /不敢用|不能用|用不了|停用|没法用|封(?:了|起来)/;
function outOfUse(norm: string): boolean {
  return CUT_OFF.test(norm) && OUT_OF_USE.test(norm) && !STILL_IN_USE_NOW.test(norm);
}

/**
 * Nearly shut in (差点给关里头, 险些被反锁在冷库里, "almost got locked in"): the trap has caught nobody yet. Not 关心, 关注,
 * 关灯 and the like.
 */
const NEARLY_SHUT_IN =
  /(?:差点|差一点|险些|好悬)儿?[^ ]{0,4}(?:反锁|锁|关|困|闷)(?!心|注|系|闭|机|灯|掉)|\b(?:nearly|almost) (?:\w+ )?(?:got |get |been |was |were )?(?:locked|shut|trapped|stuck) (?:in|inside)\b/;
/**
 * A door that does not open from the inside (门从里面打不开, 里面没有把手, 内侧的把手断了, "doesn't open from the inside"):
 * whoever the door closes on stays in. Not what is inside failing (冷库里面的灯打不开).
 */
const NO_WAY_OUT =
  /从(?:里面|里头|里边|内侧|里)[^ ]{0,2}(?:打不开|开不了|开不开|拉不开|推不开|没法开)|(?:里面|里头|里边|内侧)(?:也|都|就|根本)?(?:打不开|开不了|开不开|拉不开|推不开|没法开)|(?:里面|里头|里边|内侧|内部)[^ ]{0,4}(?:把手|拉手|门把|开关|按钮)[^ ]{0,3}(?:坏|断|掉|没了|不见|失灵|不管用)|(?:里面|里头|里边|内侧|内部)[^ ]{0,2}(?:没有?|无)[^ ]{0,2}(?:把手|拉手|门把|开关|按钮)|\b(?:doesn ?t|does not|won ?t|will not|can ?t|cannot|can not|don ?t|do not) (?:\w+ )?(?:be )?open(?:ed)? from (?:the )?inside\b|\bno (?:\w+ ){0,2}(?:handle|release|latch|button)(?: on the| on)? inside\b|\b(?:inside|interior|emergency) (?:door )?(?:handle|release|latch|button) (?:is |was |s )?(?:broken|missing|gone|not working|busted)\b/;
/** Fixed since (已经修好了, "fixed now"): no trap any more. */
const MENDED = /修好了|换好了|装好了|已经(?:修|换|装)了|\b(?:fixed|repaired|replaced)\b/;
/** A place one can be shut in and come to harm (ENCLOSURE), with the trap set and nobody caught yet. */
function trapSet(norm: string): boolean {
  return (
    (ENCLOSURE_RE.test(norm) || ENCLOSURE_LATIN.test(norm)) &&
    (NEARLY_SHUT_IN.test(norm) || NO_WAY_OUT.test(norm)) &&
    !MENDED.test(norm)
  );
}
const ENCLOSURE_RE = new RegExp(ENCLOSURE);

/**
 * The words a hazard is told with, to hear in pinyin (chongdiangui mao huohua, dajia hai zai chongdian; dianxian chui
 * xialai le, hai mei ren peng dao): the report's reader (classify/pinyin.ts) reads them back, for reports and free chat.
 */
export const HAZARD_WORDS: readonly string[] = [
  ...[ELECTRIC_HAZARD, OTHER_HAZARD, NOT_YET_HURT].flatMap((re) =>
    re.source.split(/[|()?:[\]{}^$\\*+]+/).filter((w) => /^\p{Script=Han}{2,}$/u.test(w)),
  ),
  // Still in use, said as people say it (STILL_IN_USE reads these).
  '大家还在充电',
  '还有人在充电',
  '还有人在用',
  '大家还在用',
  '还在充电',
  '还在用',
  '还没人碰到',
];

export type UrgentCause = 'deadline' | 'hazard' | 'trap';

/** A hazard nobody is hurt by yet and still live: the urgent `hazard` of a report. */
function hazardLive(norm: string): boolean {
  return HAZARD.test(norm) && !outOfUse(norm) && (NOT_YET_HURT.test(norm) || STILL_IN_USE_NOW.test(norm));
}

/**
 * The hazard a report is urgent for, and whether it is electric (sparks, smoke, a live wire, or a hazard of a fitting
 * named: 电线垂下来) — what a worker who tells it outside a report is told to do now (QA31 #2). The same reading as
 * `urgentCause`'s `hazard`, whatever else makes the report urgent.
 *
 *   liveHazard('充电柜冒火花 大家还在充电') === 'electric'
 *   liveHazard('路口那个井盖松了 很危险 还没人摔') === 'other'
 *   liveHazard('插座冒火花 我拔了电 现在不敢用了') === undefined
 */
export function liveHazard(norm: string): 'electric' | 'other' | undefined {
  if (!hazardLive(norm)) return undefined;
  return ELECTRIC_HAZARD.test(norm) || FITTING.test(norm) ? 'electric' : 'other';
}

/** Why a report is urgent by the built-in reading, if it is (`norm`: normalised, dialects folded). */
export function urgentCause(norm: string): UrgentCause | undefined {
  if (DEADLINE_CJK.test(norm) || DEADLINE_LATIN.test(norm)) return 'deadline';
  if (hazardLive(norm)) return 'hazard';
  if (trapSet(norm)) return 'trap';
  return undefined;
}
