/**
 * Round 48 (dev49 on twelve packs, stop 32; docs/faq.md): workers' words for an account whose orders are stopped,
 * a boss gone silent with the wages, a check-up asked for free, hiring, a ticket's price asked down, skin peeling
 * from the sun, water carried up the stairs, someone to talk one round, the state's "something like injury
 * insurance" and a late delivery by its minutes; English for joining the union, whether it costs anything and a
 * phone to plug in. The questions are written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
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
  // English: joining the union said as becoming a member or signing up; whether it costs anything; a phone to plug in.
  ['wuhua', 'I work for Ele.me, can I become a union member? does it cost anything', 'join-union'],
  ['honggutan', 'want to sign up for the union, is there a fee', 'union-join'],
  ['qingxiu', 'phone almost dead, where can I plug in around here', 'phone-charging'],
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
