/**
 * Round 39 (dev40 on 蜀山, 五华, 洪山, 岳麓, 余杭, 金水; docs/rounds/faq.md): chit-chat in Hubei, Hunan and Hefei words (今个中午
 * 吃么子好, 你个机器人吃不吃饭) and asking where the bot is from; a nap, a replay, use in another province, a home visit,
 * a fine by the traffic police or a change to what a service gives (加个鸡蛋), asked of an entry that never names it;
 * a couple as relatives; 狗血喷头 scolding; money never received as wages owed; the state's cover told as 类似工伤; the
 * heat allowance as money for keeping cool; skin peeled off; English for a report nobody handles and for a street
 * cleaner at a rest station. The questions are written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { smallTalk } from '../../../src/core/faq/smalltalk.js';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

const ALL = FAQ_PACKS;
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry, "none" (not sure / don't know) or "stations"]. */
const CASES: [Pack, string, string][] = [
  // Chit-chat, not the meal or heat entries; asking what the bot does is still help.
  ['hongshan', '今个中午吃么子好', 'none'],
  ['hongshan', '你老家是哪里的 也是武汉的吧', 'none'],
  ['yuelu', '你是搞么子的', 'bot-nengzuo'],
  // A detail the entry never gives: not sure. Look-alikes the entry does give stay answered.
  ['tianhe', '托管班中午能午睡吗', 'none'],
  ['shushan', '急救培训的证书在外省有效吗', 'none'],
  ['yangpu', '错过的微课有回放吗', 'bot-lessons'],
  ['jinshui', '骑手公寓夫妻能一起住吗', 'none'],
  ['hongshan', '心理老师能上门吗', 'none'],
  ['shushan', '爱心早餐能不能加个鸡蛋', 'none'],
  ['hongshan', '骑车逆行被交警罚了 能申诉吗', 'none'],
  ['tianhe', '俾交警罚咗两百 可唔可以申诉', 'none'],
  ['yangpu', '平台罚了两百 能申诉吗', 'penalty-appeal'],
  // Everyday and regional words.
  // Round 58: the entry on being scolded by a customer, now that 骂 is no longer read as 动手 (was the hotline).
  ['jinshui', '被顾客骂得狗血喷头 心里堵得慌', 'qingxu-tiaojie'],
  ['jinshui', '俺们几个干了俩月都没拿到钱', 'qianxin-taoxin'],
  ['yanta', '跑众包的 听说有类似工伤的保障 我算不算', 'zhiye-shanghai-baozhang'],
  ['shushan', '夏天一分防暑的钱都没有', 'heat-allowance'],
  ['wuhua', '太阳晒得脸上脱了一层皮', 'sunburn-uv'],
  ['wuhua', '一下拿不出那么多钱 工会咯能帮', 'union-hardship'],
  // English.
  ['hongshan', 'nobody replied to my report, is anyone handling it?', 'track-my-report'],
  ['shushan', 'I am a street cleaner, can I use the rest stations, do I have to pay?', 'station-who-can-use'],
];

describe('round 39: dev40 causes on any pack', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});

describe('round 39: small talk', () => {
  // A meal eaten and enjoyed is chit-chat; a meal that made the worker ill is not.
  it.each(['中午吃了碗牛肉粉 好香', '今天过早吃了个面窝 蛮舒服', '你个机器人吃不吃饭', '中午吃么事好'])(
    '"%s" is chit-chat',
    (text) => {
      expect(smallTalk(text)).toBe('greeting');
    },
  );
  it.each(['吃了碗凉皮不舒服', '吃了爱心餐 肚子疼', '你是哪里的驿站'])('"%s" is no small talk', (text) => {
    expect(smallTalk(text)).toBeUndefined();
  });
});
