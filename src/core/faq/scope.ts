/**
 * Who and how much an entry speaks of. A near miss often shares every topic word with an entry and
 * changes one thing the entry never covers: the person it is for ("我爸住院了 工会的互助保障能报吗" —
 * the entry is about the member himself) or an amount the answer does not state ("医保一档每个月交多少").
 * A confident answer there is a wrong answer; the entry is offered as "not sure" instead (docs/rounds/faq.md,
 * Round 8). General Chinese and English word knowledge, not any pack's wording.
 *
 *   forSomeoneElse('理发券能给我儿子用吗', haircutEntry)     // → true: the entry never mentions family
 *   unstatedAmount('欢乐谷年卡多少钱', scenicEntry)          // → true when the answer states no price
 */
import type { FaqEntry } from '../content/schema.js';
import { wholeText } from './whole-text.js';
import { asks, clauses, STORY_CLAUSES } from './clauses.js';

/**
 * A worker's relatives, in Chinese (simplified: questions are normalised first) and English: the
 * person a question may be asking for. Siblings are left out: 兄弟 / 哥 are how workers address each other.
 */
const KIN_ZH =
  /孩子|小孩|儿子|女儿|闺女|子女|小朋友|老婆|媳妇|老公|丈夫|妻子|爱人|配偶|爸|妈|父母|父亲|母亲|老人|公公|婆婆|岳父|岳母|家属|家人|家里人|亲属|亲人|全家|两口子|夫妻|夫妇/u;
const KIN_EN =
  /\b(?:wife|husband|spouse|son|daughter|kids?|child|children|mom|mum|mother|dad|father|parents?|family|relatives?|couple)\b/u;

/** A question that asks for a sum of money: a price, a fee, an allowance or a payout. */
const ASKS_AMOUNT =
  /多少钱|几块钱|多少块|多少元|(?:领|报|赔|补|发|拿|收|交|缴|花|付)多少|多少(?:费|补贴|奖金|工资|钱)|\bhow much\b/u;

/**
 * An answer that states a sum (digits or number words with a currency) or that nothing is paid
 * (free, half price, a discount, a share): it answers "how much".
 */
const STATES_AMOUNT =
  /\d\s*(?:元|块|万|角)|[几一二两三四五六七八九十百千]+\s*(?:元|块)|免费|不收费|不要钱|不用(?:交|出|花)?钱|一分钱|免交|半价|[一二三四五六七八九]折|一半|大部分|按比例/u;

function namesKin(text: string): boolean {
  return KIN_ZH.test(text) || KIN_EN.test(text);
}

function entryText(entry: FaqEntry): string {
  return wholeText(entry).toLowerCase();
}

/**
 * The question (normalised) asks for a relative ("老婆也想体检", "can my mom…") and the entry never
 * speaks of family at all. In a story, only its last two clauses are read (where its question is).
 */
export function forSomeoneElse(question: string, entry: FaqEntry): boolean {
  const parts = clauses(question);
  const read = parts.length >= STORY_CLAUSES ? parts.slice(-2) : parts;
  // Taking family along on an outing, told and not asked (带屋里人去黄鹤楼，票太贵了): the worker goes too and
  // asks in another clause about his own share — unless that clause asks for them (他们也能半价吗). 能带老婆一起
  // 住吗 asks, so it still counts.
  const forThem = read.some((c) => asks(c) && /[他她]/u.test(c));
  const asked = read.length > 1 && !forThem ? read.filter((c) => asks(c) || !TAKEN_ALONG.test(c)) : read;
  return namesKin(asked.join(' ').replace(TOLD_BY, ' ').replace(TOLD_TO, ' ')) && !namesKin(entryText(entry));
}

/**
 * A relative who says something of the worker (我老婆说我最近脾气好大, 家里人都劝我去看看): the relative tells, the
 * question is still the worker's own.
 */
const TOLD_BY = new RegExp(
  `(?:我)?(?:${KIN_ZH.source})+(?:都|也|老|总|总是|老是|一直|天天)?(?:说|讲|劝|嫌|怪|催|骂)我`,
  'gu',
);

/**
 * A relative the worker would tell, or keep it from (不想跟家里人说, 没敢告诉老婆, 怕家里人知道): the relative listens,
 * the question is still the worker's own.
 */
const TOLD_TO = new RegExp(
  `(?:(?:跟|和|对|同)(?:我)?(?:${KIN_ZH.source})+(?:都)?(?:说|讲|提|开口|商量|聊)|告诉(?:我)?(?:${KIN_ZH.source})+|让(?:我)?(?:${KIN_ZH.source})+知道|(?:${KIN_ZH.source})+知道)`,
  'gu',
);

/** A clause of taking relatives somewhere: 带 + a relative (家里人, 老婆孩子) + 去. */
const TAKEN_ALONG = new RegExp(`带(?:上|着)?(?:我)?(?:${KIN_ZH.source})+去`, 'u');

/** Another thing a question may ask besides the sum: where, how, when, who, what to bring. */
const ASKS_OTHER =
  /去哪|哪里|哪儿|在哪|怎么|怎样|如何|什么时候|几点|找谁|什么材料|\bwhere\b|\bhow (?:do|can|to)\b/u;

/**
 * The question asks how much money, and nothing else ("灵活就业交养老要多少钱 去哪办" is answered by
 * where), and the entry's answer states no sum and no "free".
 */
export function unstatedAmount(question: string, entry: FaqEntry): boolean {
  if (!ASKS_AMOUNT.test(question) || STATES_AMOUNT.test(entry.answer)) return false;
  return !clauses(question).some((c) => !ASKS_AMOUNT.test(c) && ASKS_OTHER.test(c));
}

/**
 * The worker's own record: a number, balance or score only the worker's own account shows ("我的关爱卡号是多少",
 * "what is my account balance"). No entry states it, however well it matches the topic.
 */
const OWN_RECORD =
  /我的[^ ]{0,8}?(?:卡号|账号|帐号|编号|号码|工号|密码|余额|积分|服务分|分数)(?:是|有|还有|还剩)?(?:多少|几号|几位|几分)|\bmy (?:\w+ )?(?:card number|account number|balance|password|points|score)\b/u;

export function ownRecord(question: string): boolean {
  return OWN_RECORD.test(question);
}

/**
 * Something a service may or may not include besides itself, asked of it (托管班管不管接送孩子, 有冇校车接送, 包吃住吗):
 * taking children to and fro, meals, a bed. An entry that never names it does not say; the question and the
 * entry's words for it, in general Chinese and English.
 */
const PROVISIONS: readonly { asked: RegExp; said: RegExp }[] = [
  {
    asked: /接送|校车|班车|车接车送|\bshuttle\b|\bschool bus\b/u,
    said: /接送|校车|班车|接孩子|送孩子|车接|shuttle|school bus|pick/u,
  },
  { asked: /包吃|管饭|管吃|包饭|供饭/u, said: /[饭餐吃]|meal/u },
  { asked: /包住|管住|供住|包吃住|管吃住/u, said: /住|宿|床|bed/u },
  // Round 39: a nap at a day-care class, a replay of a course, a certificate used in another province.
  { asked: /午睡|午休|睡午觉|\bnap\b/u, said: /午睡|午休|睡|nap/u },
  {
    asked: /回放|录播|重播|\breplay\b|\brecording\b/u,
    said: /回放|录播|重播|录像|视频|线上|网上|补看|错过|replay|recording|video|online|missed/u,
  },
  // A fine by the traffic police, asked of an entry on the platform's penalties that never names them.
  {
    asked: /(?:交警|交管)[^ ]{0,4}?罚|\btraffic police\b.{0,20}\bfined?\b/u,
    said: /交警|交管|交通|违章|违法|罚单|traffic/u,
  },
  { asked: /上门|到家里来|来家里|\bhome visits?\b/u, said: /上门|到家|入户|家访|home visit/u },
  {
    asked:
      /(?:外地|外省|别的省|其他省|省外|全国)(?:也|都)?(?:能|可以)?(?:用|通用|认|有效)|\b(?:valid|accepted|recogni[sz]ed) (?:in|across|outside) (?:other|another) (?:provinces?|cities|city)\b/u,
    said: /外地|外省|省外|全国|通用|异地|other provinces?|nationwide|anywhere/u,
  },
];

/**
 * A change asked of what a service gives (牛肉汤能不能换成鸡汤面, 爱心餐可以加个蛋不): the thing wanted instead or besides,
 * up to four characters after 换成 / 改成 / 加个…, before a question particle.
 */
const CHANGE_ASKED =
  /(?:能|可以|能不能|可不可以|想|要)(?:给我)?(?:换成|改成|换个|加个|加一个|加份|加一份|多加个)(\p{Script=Han}{1,4}?)(?:不|吗|嘛|么|没|行|可以|[ ,，?？]|$)/u;

/** The question asks whether the service includes a provision (接送, 包吃住) that the entry never names. */
export function unstatedProvision(question: string, entry: FaqEntry): boolean {
  const text = entryText(entry);
  return PROVISIONS.some((p) => p.asked.test(question) && !p.said.test(text));
}

/**
 * The question asks for a change to what the service gives (换成鸡汤面, 加个蛋) and the entry never names the thing
 * wanted: read by pairs (鸡汤面 is not 牛肉汤's 汤), a single character by itself. A check of what is asked, so
 * the asker runs it with the focus check (`Thresholds.focus`).
 */
export function unstatedChange(question: string, entry: FaqEntry): boolean {
  const wanted = CHANGE_ASKED.exec(question)?.[1];
  if (wanted === undefined) return false;
  const text = entryText(entry);
  const chars = [...wanted];
  const pieces = chars.length === 1 ? chars : chars.slice(1).map((c, i) => chars[i]! + c);
  return !pieces.some((p) => text.includes(p));
}
