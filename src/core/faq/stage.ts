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

/** Two sides of one ask: how a question asks for each (`asked`) and how a title says it answers it (`titled`). */
export interface StagePair {
  /** A question asking for side 0 and for side 1 (side 0 is looked for in what side 1's words leave). */
  asked: readonly [RegExp, RegExp];
  titled: readonly [RegExp, RegExp];
  /** Side 1 refused (不想打电话): an ask for side 0, and no ask for side 1. */
  unsaid?: RegExp;
}

/**
 * A fine or deduction already taken (side 0: 被扣了, 罚了五块, 钱能要回来吗, 怎么追回) against a delay or penalty still
 * ahead (side 1: 要超时了, 还没出餐, 咋提前说一声, 会不会扣钱, 才不算超时).
 */
export const PENALTY: StagePair = {
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
 * (side 1: 打个电话, 热线).
 */
export const MEANS: StagePair = {
  asked: [/面对面|当面|对面|真人|坐低|坐下来|见面|线下/u, /(打|拨)(个|一个|一下|一通)?(电话|热线)|热线/u],
  titled: [/面对面|当面|见面|线下/u, /热线|电话/u],
  unsaid: NO_PHONE,
};

export const STAGE_PAIRS: readonly StagePair[] = [PENALTY, MEANS];

/**
 * Weather, a circumstance entries are written for at every stage (雨雪天的配送延时 answers a late order in the snow
 * whether it was fined yet or not: 下大雪…晚了十分钟还被扣钱 on 城关, 红色预警下那么大的雨…被扣钱 能申诉吗 on 洪山).
 */
const WEATHER = /雨|雪|冰|台风|高温|沙尘|大风|预警|冻/u;

/** The best entry's title names the weather the question tells, and the runner-up's does not: the best stays. */
export function keepsCircumstance(plain: string, topTitle: string, otherTitle: string): boolean {
  return WEATHER.test(plain) && WEATHER.test(topTitle) && !WEATHER.test(otherTitle);
}

/** The side a question asks for (plain words), or undefined when it asks for neither or both. */
export function askedSide(pair: StagePair, plain: string): 0 | 1 | undefined {
  const side = sideIn(pair, plain);
  if (side !== 'both') return side;
  // Both told (超时被扣了 以后咋提前报备): the clause that asks decides.
  const asked = sideIn(pair, askingClauses(plain).join(' '));
  return asked === 'both' ? undefined : asked;
}

function sideIn(pair: StagePair, text: string): 0 | 1 | 'both' | undefined {
  const refused = pair.unsaid?.test(text) ?? false;
  const said = refused ? text.replace(globally(pair.unsaid!), ' ') : text;
  const second = pair.asked[1].test(said);
  // Side 1's words hold side 0's (会不会被扣 holds 被扣): side 0 is looked for in what is left.
  const first = refused || pair.asked[0].test(said.replace(globally(pair.asked[1]), ' '));
  if (first && second) return 'both';
  return first ? 0 : second ? 1 : undefined;
}

function globally(re: RegExp): RegExp {
  return new RegExp(re.source, 'gu');
}

/** The side an entry's title says it answers (plain words), or undefined for neither or both. */
export function titledSide(pair: StagePair, title: string): 0 | 1 | undefined {
  const first = pair.titled[0].test(title);
  const second = pair.titled[1].test(title);
  return first === second ? undefined : first ? 0 : 1;
}
