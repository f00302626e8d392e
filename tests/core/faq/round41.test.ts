/**
 * Round 41 (dev42 on 天河, 雁塔, 浑南, 思明; docs/rounds/faq.md): whether the counsellor is a man or a woman or speaks a
 * dialect, a hair dye or a gastroscopy asked of an entry that never names them; a city of Fujian as elsewhere;
 * where the bot is from in north-eastern words and whether it can chat; pay still not received, a place to sleep, a
 * labour lawsuit and how the system shares out orders in everyday words; Cantonese 识做; English for something left
 * at a station. The questions are written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { smallTalk } from '../../../src/core/faq/smalltalk.js';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen, withinOneTap } from '../../helpers/askers.js';

const ALL = FAQ_PACKS;
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry, "none" (not sure / don't know) or "stations"]. */
const CASES: [Pack, string, string][] = [
  // A detail no entry gives: not sure. Look-alikes the entry does answer stay answered.
  ['nanshan', '驿站那个心理老师是男是女', 'none'],
  ['tianhe', '心理咨询师会讲粤语吗', 'none'],
  ['tianhe', '心理老师识唔识讲白话', 'none'],
  ['jinshui', '体检能做个胃镜不', 'none'],
  ['yanta', '免费理发能染个发不', 'none'],
  ['hunnan', '我们站长是男的 他欠我钱', 'wages-owed'],
  ['chaoyang', '体检有没有抽血', 'mianfei-tijian'],
  ['yanta', '胃不舒服 体检能查吗', 'xunhui-tijian'],
  // Another city of Fujian: nothing of this pack.
  ['siming', 'I work in Zhangzhou, is there a free health check there?', 'none'],
  // Everyday words for an entry's topic.
  ['hongshan', '想找个住处 能放张床就行 便宜点的', 'cheap-beds'],
  ['jinshui', '站点关门了 我两个月的钱还没拿到', 'qianxin-taoxin'],
  ['yuelu', '站长跑了 我的钱还没拿到', 'qianxin-zhaoshui'],
  ['jinshui', '想打劳动官司 材料往哪递', 'laodong-zhongcai'],
  ['yuhang', '要打劳动官司 去哪里', 'labour-arbitration'],
  ['yuelu', '系统到底怎么分单的 他一天五十单我二十单', 'paidan-gongping'],
  ['yanta', '一个站的 系统咋分的单 他比我多一倍', 'paidan-yijian'],
  ['tianhe', '呢个机器人识做啲咩', 'bot-about'],
  // English.
  ['hunnan', 'I left my gloves at the station yesterday, how do I get them back', 'stations-lockers'],
];

describe('round 41: dev42 causes on any pack', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});

describe('round 41: who may use a station, one tap away', () => {
  // Stop 32: 暖和暖和 now asks for heating too (能暖和暖和的地方), so a guard asking whether he may go in to warm up
  // is "not sure" with who-may-use first — as the same question with 吹空调 already was.
  it('chaoyang: 俺是小区保安 冻得不行 驿站让我们进去暖和暖和不', async () => {
    const asker = await askerOn(ALL.chaoyang);
    const a = asker.ask('俺是小区保安 冻得不行 驿站让我们进去暖和暖和不', AT_WEDNESDAY_10);
    expect(withinOneTap(asker, a)[0]).toBe('yizhan-shi-shenme');
  });
});

describe('round 41: small talk', () => {
  it.each(['你是哪疙瘩的', '你是哪疙瘩的，会唠嗑不', '你会唠嗑不'])('"%s" is chit-chat', (text) => {
    expect(smallTalk(text)).toBe('greeting');
  });
  it.each(['哪疙瘩有驿站', '能唠嗑的地方在哪'])('"%s" is no small talk', (text) => {
    expect(smallTalk(text)).toBeUndefined();
  });
});
