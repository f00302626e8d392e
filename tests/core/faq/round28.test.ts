/**
 * Round 28 (dev28 on 余杭, 金水, 朝阳, docs/rounds/faq.md): insurance issued in another province is where the worker
 * comes from, not what is asked; a collision told in Henan or Beijing words (碰住了, 怼上了), a sore back by how it
 * feels, wages not paid a cent with the boss hiding, a cheap rental from the government, a trade's certificate by
 * name, "要花钱不" for a fee, and English for a lawyer one cannot pay or a few yuan taken each morning meet their
 * entries; asking what the bot can do in more words (可以帮我做点啥, 能帮我办点儿嘛) is the help request; medicine
 * to take, a bike held by the traffic police, a brand to buy, a second-hand sale and a lost union card are beyond
 * any benefits pack. The questions are written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { Origins } from '../../../src/core/faq/origin.js';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

const ALL = FAQ_PACKS;
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry, or "none" (not sure / small talk)]. */
const CASES: [Pack, string, string][] = [
  // Insurance issued elsewhere, treated here.
  ['yanta', '医保卡是河南办的 在西安看病能刷不', 'kanbing-baoxiao'],
  // A collision in regional words.
  ['jinshui', '送单跟电动车碰住了 现场该咋弄', 'shigu-xianchang'],
  ['chaoyang', '刚才跟个快递三轮怼上了 怎么处理', 'chushi-xianchang'],
  // Wages not paid a cent, the boss hiding.
  ['yanta', '干了仨月老板一分钱都不给 现在还躲着我', 'qianxin-zenme-tao'],
  ['nanshan', '一分钱都不给 老板躲着我 咋办', 'wage-arrears'],
  // A sore back; a cheap rental; a fee asked as spending.
  ['yuhang', '腰酸背痛 骑不动了', 'back-and-neck'],
  ['yuhang', '政府有没有便宜租的房子', 'affordable-rental'],
  ['jinshui', '驿站歇会儿要花钱不', 'yizhan-shuoming'],
  // English: a lawyer one cannot pay; the day's insurance.
  ['chaoyang', "i can't afford a lawyer for my wage case", 'falv-yuanzhu'],
  ['nanshan', 'everyday the app takes a few yuan from me, what is that', 'platform-accident-insurance'],
  // What the bot can do.
  ['yuhang', '你可以帮我做点啥', 'bot-intro'],
  ['chaoyang', '你能帮我办点啥', 'jiqiren-neng-gansha'],
  // Beyond any benefits pack.
  ['yanta', '电瓶车被交警扣了 咋领回来', 'none'],
  ['yanta', '体检说血压高 该吃什么药', 'none'],
  ['chaoyang', '二手电动车卖给谁合适', 'none'],
  ['nanshan', '工会会员卡丢了怎么补', 'none'],
  // Look-alikes: the police taking a bike without plates is the plate rules.
  ['tianhe', '电动车没上牌会不会被交警扣车', 'ebike-plate-rules'],
];

describe('round 28: entry questions in workers’ words on fresh sets', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});

describe('round 28: the rules', () => {
  it('reads insurance issued in another province as where the worker comes from', () => {
    const origins = new Origins(['河南', '安徽', '河北'], ['西安', '雁塔']);
    expect(origins.strip('医保卡是安徽办的 在西安看病能刷吗')).not.toContain('安徽');
    expect(origins.strip('社保在河南交的 住院能报吗')).not.toContain('河南');
    expect(origins.strip('医保是河北的 看病能报吗')).not.toContain('河北');
    // Insurance of that province asked about is still that province's.
    expect(origins.strip('安徽的医保政策是什么')).toContain('安徽');
  });
});
