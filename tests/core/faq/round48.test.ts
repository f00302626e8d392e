/**
 * Round 48 (dev49 on twelve packs, stop 32; docs/rounds/faq.md): workers' words for an account whose orders are stopped,
 * a boss gone silent with the wages, a check-up asked for free, hiring, a ticket's price asked down, skin peeling
 * from the sun, water carried up the stairs, someone to talk one round, the state's "something like injury
 * insurance", a late delivery by its minutes, a collapsed coworker's signs, a scrape with a car, a ticket clipped to
 * the bike and food the shop has not got out; English for joining the union, whether it costs anything, a phone to
 * plug in, frozen pipes and where to leave the bike. The questions are written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { smallTalk } from '../../../src/core/faq/smalltalk.js';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

type Pack = keyof typeof FAQ_PACKS;

/** [pack, what the worker types, what the worker sees: an entry or "none" (not sure / don't know)]. */
const CASES: [Pack, string, string][] = [
  ['wuhua', '显示暂停接单了咋回事', 'account-ban'],
  ['wuhua', '连着几天晒 胳膊都掉皮了 一摸就疼', 'sunburn-uv'],
  ['chengguan', '胳膊晒得掉皮 咋办', 'heat-sun'],
  ['nankai', '一箱可乐扛上六层 楼道没灯', 'old-building-stairs'],
  ['chengguan', '被顾客骂哭了 想找个人开导开导', 'mental-health'],
  ['yubei', '不想跑了 哪里有招人的厂', 'job-fair'],
  ['jinshui', '跑了几年没抽过血 工会给白查不', 'tijian-mianfei'],
  ['honggutan', '晚了几分钟就罚钱 能要回来吗', 'timeout-penalty'],
  // A coworker collapsed, not waking and burning hot: heatstroke first aid, not the heat allowance.
  ['siming', '工友突然倒在路边 叫不醒 身上很烫', 'heat-stroke-first-aid'],
  ['qingxiu', '同事突然倒咗 叫不醒 身上滚烫', 'heatstroke-first-aid'],
  // A scrape with a car named between (跟一台小车碰了); the state or the platform asked whether it covers a fall.
  ['honggutan', '刚跟一台小车碰了 现在该做么子', 'traffic-accident-steps'],
  ['yuelu', '冇签合同 路上摔了 国家那边管不管', 'zhishang-baozhang'],
  // A ticket clipped to the handlebar; food the shop has not got out; Lanzhou 片片 (the radiator) ice cold.
  ['wuhua', '车把上夹了张单子 哪里能停', 'rider-parking'],
  ['jinshui', '商家餐半天出不来 超时了算谁的', 'tiqian-baobei'],
  ['chengguan', '屋里片片冰凉 房东也不管', 'heating-season'],
  // South-western 腰杆 (the back); somewhere to have a dispute judged (评理) as mediation.
  ['yubei', '腰杆痛得很 想找个地方按一哈', 'occupational-disease-back'],
  ['siming', '被老板辞了一分钱不赔 哪里能评理', 'labour-dispute-mediation'],
  // Walls sweating in the damp season (墙壁冒水): 回南天, not the office lobby's rules.
  ['qingxiu', '这两天墙壁都在冒水 写字楼大堂滑得很', 'huinantian-slip'],
  // "What can you help me with" is the bot's own entry.
  ['yuhang', 'what can you help me with', 'bot-intro'],
  // English: joining the union said as becoming a member or signing up; whether it costs anything; a phone to plug in.
  ['wuhua', 'I work for Ele.me, can I become a union member? does it cost anything', 'join-union'],
  ['honggutan', 'want to sign up for the union, is there a fee', 'union-join'],
  ['qingxiu', 'phone almost dead, where can I plug in around here', 'phone-charging'],
  ['chengguan', 'my pipes froze, what do I do', 'frozen-pipe'],
  ['chengguan', 'where do I leave my bike when picking up orders', 'rider-parking'],
  // Look-alikes kept: a member asking what members get is not joining; orders stopped for riding too long is rest.
  ['hunnan', 'What benefits do union members get?', 'union-benefits'],
  ['shushan', '跑太久系统不给派单了 要歇多久', 'rest-rights'],
];

describe('round 48: dev49 causes on any pack', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(FAQ_PACKS[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});

describe('round 48: what to eat, in Kunming words, is chit-chat', () => {
  it('asks no entry for a lunch suggestion (吃哪样 = 吃什么)', async () => {
    expect(smallTalk('晚上吃哪样好 给推荐一下')).toBe('greeting');
    const asker = await askerOn(FAQ_PACKS.wuhua);
    expect(seen(asker.ask('中午吃哪样 推荐一哈', AT_WEDNESDAY_10))).toBe('none');
  });
  it('keeps a recommendation with a topic a question', () => {
    expect(smallTalk('推荐一下 哪里理发便宜')).toBeUndefined();
    expect(smallTalk('推荐一下')).toBe('vague');
  });
});
