/**
 * Round 31 (浑南 dev, docs/faq.md): North-eastern speech on any pack — 让 as the passive (让车别倒了), 贼 / 老…了
 * as 很, 寻思 = 想, 唠 = 聊; wages owed with who and how long between (欠俺仨月钱) and the boss gone (跑没影了); a fine
 * for nothing to put right (平白无故, 找谁说理); a team leader's post as promotion; a trade's certificate with a word
 * between (考个电工证); a locker by what one does with it (放包); dressing warm (穿暖和); whether something costs
 * asked as paying (得交钱吗); a job the asker does not do (我是保安 不送外卖 也能进驿站); English snowstorms and a
 * phone running out. 嘎哈呢 is small talk. A pack's own regional synonym (浑南's 贼冷) still meets the question that
 * says it. The questions are written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

const ALL = FAQ_PACKS;
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry, "none" (not sure / don't know) or "stations"]. */
const CASES: [Pack, string, string][] = [
  // Wages owed with who and how long between; the boss gone without a trace.
  ['yangpu', '老板欠我仨月钱 人跑没影了', 'wage-arrears'],
  ['chaoyang', '老板欠俺俩月钱了 人跑没影了 咋整', 'qianxin-zenmeban'],
  ['hongshan', '老板欠我们俩月钱 跑没影了', 'unpaid-wages-help'],
  ['yanta', '站长欠我俩月钱 人没影了', 'qianxin-zenme-tao'],
  // A fine for nothing, and someone to put it right with.
  ['yangpu', '平白无故扣我五十块 找谁说理', 'penalty-appeal'],
  ['chaoyang', '平白无故罚我五十 上哪说理去', 'fakuan-shensu'],
  ['hongshan', '无缘无故罚我二十 上哪说理去', 'penalty-appeal'],
  // A team leader's post is promotion.
  ['yangpu', '想当个组长 有没有培训计划', 'station-master-career-plan'],
  ['hongshan', '想当组长 得咋整', 'station-master-path'],
  // A trade's certificate with a word between; 寻思 = 想.
  ['yangpu', '我寻思考个电工证 有补贴不', 'skill-certificate-subsidy'],
  ['yanta', '考个电工证 有补贴没', 'jineng-peixun-butie'],
  // Not a rider, may I go in too.
  ['yangpu', '我是环卫工 不送外卖 也能进驿站不', 'warm-station-eligibility'],
  ['hongshan', '我是保安 不跑外卖 也能去驿站歇会不', 'stations-who-can-use'],
  ['hunnan', '我是开出租的 也能去驿站歇会儿不', 'stations-who-can-use'],
  // Whether it costs, asked as paying; 仲栽 for 仲裁.
  ['chaoyang', '仲栽要交钱不', 'laodong-zhongcai'],
  // 贼 = 很; dressing warm; 让 as the passive before a misfortune.
  ['chaoyang', '冬天贼冷 咋穿暖和', 'dongtian-fanghan'],
  ['chaoyang', '让车别倒了 现场先嘎哈', 'chushi-xianchang'],
  ['yangpu', '让车别倒了 保险咋整', 'injury-claim-steps'],
  // A locker by what one does with it.
  ['hunnan', '驿站里能存个包不 放一宿行不', 'stations-lockers'],
  // English: a snowstorm, a phone running out.
  ['yangpu', 'do I get fined for late orders in a blizzard', 'timeout-bad-weather'],
  ['hunnan', 'my phone is dead where can i charge it', 'phone-charging'],
  // The pack's own 贼冷 still meets the question (read 很冷 on both sides).
  ['hunnan', '今天贼冷 上哪去', 'warming-points'],
  // Small talk, not a question.
  ['hunnan', '嘎哈呢', 'none'],
  ['chaoyang', '唠会嗑呗', 'none'],
  ['jinshui', '今儿个嘎嘎冷啊', 'none'],
];

describe('round 31: North-eastern speech on any pack', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});
