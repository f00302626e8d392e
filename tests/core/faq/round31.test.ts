/**
 * Round 31 (浑南 dev, docs/rounds/faq.md): North-eastern speech on any pack — wages owed with who and how long between
 * (欠俺俩月钱) and the boss gone (跑没影了); a fine for nothing to appeal (平白无故, 说理 = 讲理); a team leader's post as
 * promotion; a locker by what one does with it (放包); dressing warm (穿暖和) as keeping warm, not a station's
 * heating; whether something costs asked as paying (要交钱不); a job the asker does not do (开出租的…也能去驿站);
 * English snowstorms and a phone running out. 嘎哈呢, 唠会嗑 are small talk. A pack's own regional synonym (浑南's 贼冷)
 * still meets the question that says it. The questions are written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

const ALL = FAQ_PACKS;
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry, "none" (not sure / don't know) or "stations"]. */
const CASES: [Pack, string, string][] = [
  // Wages owed with who and how long between; the boss gone without a trace.
  ['yangpu', '站长欠俺俩月工资 跑没影了', 'wage-arrears'],
  ['hongshan', '老板欠我们俩月钱 跑没影了', 'unpaid-wages-help'],
  ['yanta', '站长欠我俩月钱 人没影了', 'qianxin-zenme-tao'],
  ['hunnan', '老板欠俺俩月钱 跑没影了 咋整', 'wages-owed'],
  // A fine for nothing is one to appeal; 说理 is not talking to someone (the hotline's 找谁说).
  ['yangpu', '平白无故扣我五十块 找谁说理', 'penalty-appeal'],
  ['chaoyang', '平白无故罚我五十 上哪说理去', 'fakuan-shensu'],
  ['hongshan', '无缘无故罚我二十 上哪说理去', 'penalty-appeal'],
  ['jinshui', '平白无故扣我二十 找谁说理去', 'fakuan-shensu'],
  ['hunnan', '无缘无故给我罚了五十 上哪说理去', 'appeal-penalty'],
  // …and rules one cannot keep up with, put right with someone, are still feedback on the rules.
  ['jinshui', '派单时间太短 根本送不完 找谁说理', 'guize-fankui'],
  // A team leader's post is promotion.
  ['hongshan', '想当组长 得咋整', 'station-master-path'],
  // Not a rider, may I go in too.
  ['hunnan', '我是开出租的 也能去驿站歇会儿不', 'stations-who-can-use'],
  // Whether it costs, asked as paying; 仲栽 for 仲裁 (not Cantonese 仲 = 还).
  ['chaoyang', '仲栽要交钱不', 'laodong-zhongcai'],
  // Dressing warm is keeping warm, not a station's heating.
  ['hunnan', '冬天骑车咋穿暖和', 'winter-gear'],
  ['hunnan', '零下二十度 骑车咋穿暖和', 'winter-gear'],
  // …while warming up somewhere is still the warm places.
  ['hunnan', '冻死了 上哪暖和暖和', 'warming-points'],
  // A locker by what one does with it.
  ['hunnan', '驿站能放个包不', 'stations-lockers'],
  ['hunnan', '驿站里能存个包不 放一宿行不', 'stations-lockers'],
  // English: a phone running out; a snowstorm.
  ['hunnan', 'my phone is dead where can i charge it', 'phone-charging'],
  ['yangpu', 'do I get fined for late orders in a blizzard', 'timeout-bad-weather'],
  // The pack's own 贼冷 still meets the question (read 很冷 on both sides); a hot meal is still 热乎.
  ['hunnan', '今天贼冷 上哪去', 'warming-points'],
  ['chaoyang', '中午想吃口热乎的 钱不多', 'aixin-can'],
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
