/**
 * One object asked about at two stages, or by two means, that entries answer apart: a fine already taken (被扣了二十,
 * 钱能要回来吗: appeal it) against a delay not yet a fine (要超时了, 咋弄才不算超时: report it first); someone to
 * talk to face to face (想找个真人面对面说说, 不想打电话) against a hotline (想打个电话倾诉). Both entries share the
 * object's words (超时, 出餐慢, 心理), so which of them leads is chance; what the worker asks says which stage, and the
 * entry's title says which it answers. General Chinese, not any pack's wording (docs/rounds/faq.md, Round 57).
 *
 *   askedSide(PENALTY, '超时被扣了二十 我觉着冤')        // → 0 (after the fine)
 *   titledSide(PENALTY, '眼看要超时，怎么提前报备')       // → 1 (before it)
 */
import { askingClauses } from './asked-topic.js';

/**
 * Sides of one ask: how a question asks for each (`asked`) and how a title says it answers it (`titled`). A side's
 * words are looked for in what the later sides' words leave (会不会被扣 asks ahead, though it holds 被扣).
 */
export interface StageSet {
  asked: readonly RegExp[];
  titled: readonly RegExp[];
  /** The last side refused (不想打电话): an ask for side 0, and no ask for the refused side. */
  unsaid?: RegExp;
}

/**
 * A fine or deduction already taken (side 0: 被扣了, 罚了五块, 钱能要回来吗, 怎么追回) against a delay or penalty still
 * ahead (side 1: 要超时了, 还没出餐, 咋提前说一声, 会不会扣钱, 才不算超时).
 */
export const PENALTY: StageSet = {
  asked: [
    /(被|给|又|已经|都|还)(扣|罚)|(扣|罚)(了|掉|走|我|俺)|(扣|罚)款了|扣钱了|要回来|要得回|拿回来|弄回来|讨回|讨得着|追回|申诉|申述|喊冤/u,
    /会不会(被)?(扣|罚)|[会要](被)?(扣|罚)(钱|款)?(吗|不|么|嘛|伐|没)|算不算(我|俺)?超时|不算(我|俺)?超时|才不算|提前|报备|眼看|快(要)?超时|要超时|还没(送到|送达|做好|出餐|出来)|来不及/u,
  ],
  titled: [
    /申诉|申述|被罚|罚了|扣了|被扣|扣钱了|罚款了|喊冤|觉得冤|追回|要回/u,
    /报备|提前|不算超时|延时|眼看|会不会(被)?(扣|罚)/u,
  ],
};

/** A phone said not to be the way (不想打电话, 不是打热线那种, 电话里说不出口, 电话里伓好说). */
const NO_PHONE =
  /(不想|不愿意?|不要|不用|不敢|不方便|不是|伓想|伓是)[^ ]{0,2}(打)?(电话|热线)|(电话|热线)[^ ]{0,3}(说不出口|讲不出口|不好说|不好讲|伓好说|伓好讲|说不清)/u;

/**
 * Someone to talk to in person (side 0: 面对面, 当面, 坐我对面, a real person, or the phone refused) against by phone
 * (side 1: 热线; not 打电话, which may be how one books the face-to-face talk).
 */
export const MEANS: StageSet = {
  asked: [/面对面|当面|对面|真人|坐低|坐下来|见面|线下/u, /热线/u],
  titled: [/面对面|当面|见面|线下/u, /热线|电话/u],
  unsaid: NO_PHONE,
};

/**
 * An injury on the road asked about at three stages, each an entry of its own on most packs: the claim (side 0: the
 * papers, the next step, the money back — 要准备哪些材料, 下一步, 那笔钱咋弄), whether
 * one is covered at all (side 1: 平台管不管, 有没有人管, 我有份吗, 算不算), and what to do at the scene (side 2: 刚被撞了,
 * 现场, 先做什么, 私了).
 */
export const INJURY: StageSet = {
  asked: [
    /(准备|要交|交些|交哪|带)(些)?(么|啥|什么|哪些|哪几样|么事|么斯|甚)|材料|单子|单据|病历|发票|报上去|怎么报|咋报|能报|下一步|哪一步|申请|理赔|报案|报销|拎得返|攞|(钱|待遇)(咋|怎么|点样|要么样)(弄|攞|拿|办|申请)/u,
    /管不管|会管|管吗|管伐|有没有人管|有人管|有没有人赔|有没有保障|有份|有没有份|有冇得份|算不算|认不认|兜底|兜着|国家管|赔不赔|给不给(保障|赔)/u,
    /刚(刚|才)?[^ ]{0,8}(撞|摔|蹭|刮|碰|剐)|现场|当场|先(做|干|弄)(什么|啥|嘛|么事|甚)|第一步|私了|do first/u,
  ],
  titled: [
    /^(?=.*(伤|理赔|赔付|报案|待遇)).*(?<!不是)(申请|理赔|报案|认定|怎么报|咋个报|赔付|怎么走|待遇)/u,
    /^(?!.*(?<!不是)(申请|理赔|报案|认定|怎么报|咋个报|赔付|待遇))(?=.*(职业伤害|职伤|工伤)).*(保障|是什么|是啥|是么子|有没有)/u,
    /现场|当场|先做|先干|第一步|(事故|撞车)了?(怎么|咋)(处理|办)/u,
  ],
};

/**
 * Insurance bought or paid for (side 0: 保险怎么买, 在哪投保, 参保) against insurance claimed (side 1: 怎么理赔, 报案):
 * the premium's entry (每天扣的几块钱保险费是什么保险) against the claim's (跑单受伤后怎么报案理赔).
 */
export const INSURANCE: StageSet = {
  asked: [/买|投保|参保|上保险|保费|保险费/u, /理赔|报案|赔付|怎么赔|咋赔/u],
  titled: [/(?<!不是)(买|投保|参保|保费|保险费)/u, /(?<!不是)(理赔|报案|赔付)/u],
};

/**
 * The money paid for the hot months (side 0: 多给点钱, 有一笔钱要发, 那个热的钱, 补贴) against the heat's harm (side 1:
 * 中暑, 晒得发昏, 头晕, 想吐): the allowance's entry against heatstroke's, both about 高温 and 夏天.
 */
export const HEAT: StageSet = {
  asked: [/钱|补贴|津贴|补助/u, /中暑|晕|昏|吐|虚脱|防暑/u],
  titled: [/津贴|补贴|补助|钱/u, /中暑|防暑|热晕/u],
};

/**
 * The cold's harm to the vehicle's battery (side 0: 电瓶一会儿就没了, 跑不到一半就没电, 剩一格) against the rider's own
 * warmth (side 1: 穿啥, 手套, 捂严实): the winter-battery entry against the winter-gear one, both about 零下 and 冬天,
 * whose examples (零下二十多度咋穿) meet a battery question told with the same temperature (Round 63). Only a battery
 * title that names the cold: the charging entries are about the battery too, not about winter.
 */
export const COLD: StageSet = {
  asked: [
    /电池|电瓶|没电|掉电|续航|一格电|剩一格|跑不远|跑不到|撑不到|不耐用|不抗造/u,
    /穿|手套|护耳|面罩|口罩|捂|秋裤|棉衣|棉鞋|羽绒|保暖|防寒/u,
  ],
  titled: [/^(?=.*(冬|冷|低温|零下)).*(电池|电瓶|续航|掉电)/u, /防寒|穿戴|穿衣|怎么穿|保暖|手套/u],
};

/**
 * After a fall, what is paid (side 0: the claim or the cover — 医院的单子要留哪几样, 找平台赔, does the platform pay)
 * against before one, riding or getting ready safely (side 1: 咋骑才不摔, 要注意什么): an injury told in the rain or on
 * ice met the riding-in-the-rain entry on its weather words while the claim was asked (Round 63).
 */
export const AFTER_A_FALL: StageSet = {
  asked: [
    /报销|理赔|报案|能报|怎么报|咋报|材料|单子|单据|保障|管不管|管赔|赔|工伤|职业伤害|claim|compensation|pay the hospital|cover/u,
    /(怎么|咋|咋个|怎样)(骑|开)|窍门|才不摔|不摔|要注意|注意什么|还能骑|能不能骑/u,
  ],
  titled: [
    /理赔|报案|报销|工伤|职业伤害|伤害保障|受伤/u,
    /(怎么|咋)(骑|开)|骑车安全|骑行安全|安全驾驶|安全骑行|要准备什么/u,
  ],
};

export const STAGE_PAIRS: readonly StageSet[] = [PENALTY, MEANS, INJURY, INSURANCE, HEAT, COLD, AFTER_A_FALL];

/**
 * Weather, a circumstance entries are written for at every stage (雨雪天的配送延时 answers a late order in the snow
 * whether it was fined yet or not: 下大雪…晚了十分钟还被扣钱 on 城关, 红色预警下那么大的雨…被扣钱 能申诉吗 on 洪山).
 */
const WEATHER = /雨|雪|冰|台风|高温|沙尘|大风|预警|冻/u;

/** An injury's claim or cover by its title: no weather entry keeps its place before it (Round 63). */
const INJURY_TITLE = /受伤|工伤|职业伤害|伤害保障|理赔/u;

/** The best entry's title names the weather the question tells, and the runner-up's does not: the best stays. */
export function keepsCircumstance(plain: string, topTitle: string, otherTitle: string): boolean {
  return (
    WEATHER.test(plain) &&
    WEATHER.test(topTitle) &&
    !WEATHER.test(otherTitle) &&
    !INJURY_TITLE.test(otherTitle)
  );
}

/** The side a question asks for (plain words), or undefined when it asks for none or several. */
export function askedSide(set: StageSet, plain: string): number | undefined {
  const sides = sidesIn(set, plain);
  if (sides.length <= 1) return sides[0];
  // Several told (超时被扣了 以后咋提前报备): the clause that asks decides.
  const asked = sidesIn(set, askingClauses(plain).join(' '));
  return asked.length === 1 ? asked[0] : undefined;
}

function sidesIn(set: StageSet, text: string): number[] {
  const refused = set.unsaid?.test(text) ?? false;
  let said = refused ? text.replace(globally(set.unsaid!), ' ') : text;
  const sides = new Set<number>(refused ? [0] : []);
  for (let i = set.asked.length - 1; i >= 0; i--) {
    if (!set.asked[i]!.test(said)) continue;
    sides.add(i);
    said = said.replace(globally(set.asked[i]!), ' ');
  }
  return [...sides];
}

/** Each side's pattern made global once, for the replace in `sidesIn`, rather than on every question. */
const GLOBAL = new Map<RegExp, RegExp>();

function globally(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(re.source, 'gu')));
  return g;
}

/** The side an entry's title says it answers (plain words), or undefined for none or several. */
export function titledSide(set: StageSet, title: string): number | undefined {
  const sides = set.titled.flatMap((re, i) => (re.test(title) ? [i] : []));
  return sides.length === 1 ? sides[0] : undefined;
}
