/**
 * Refusal round (stop 33; docs/rounds/faq.md): a story whose circumstances share an entry's words but whose asking clause
 * names a matter the entry never names — car insurance after a flood, a data-plan SIM card, a senior-school entrance
 * exam, a certificate of another trade — is "not sure", not the neighbour's entry; a story asking for a matter its
 * entry names is still answered. The questions are written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

type Pack = keyof typeof FAQ_PACKS;

/** [pack, what the worker types, what the worker sees: an entry or "none" (not sure / don't know)]. */
const CASES: [Pack, string, string][] = [
  // A flooded car's insurance is no flooded e-bike's charging; a SIM card's data plan is no rental flat; an entrance
  // exam is no school place; an electrician's certificate is no heating fee.
  ['nanhai', '暴雨那天小车停在地下车库被淹了 发动机进水 车险能赔吗', 'none'],
  ['shushan', '天天在外面跑单 导航太费流量 有没有便宜的流量卡', 'none'],
  ['yuelu', '儿子在老家读初三 想转来长沙参加中考 要什么条件', 'none'],
  ['hunnan', '想考个电工证 有补贴不', 'none'],
  // Look-alikes kept: the flooded e-bike itself; a certificate the entry names (健康证) or the certificates of the
  // trade asked about (办啥证).
  ['nanhai', '台风那晚电动车泡了水 现在开不动 还能充电吗', 'flooded-ebike'],
  ['jinshui', '想去饭店后厨帮工 人家要健康证 在哪办', 'jiankangzheng'],
  ['yinzhou', '想开曹操出行 要办啥证', 'ride-hail-permits'],
  ['chaoyang', '想开网约车 要办啥证', 'wangyueche-zhengzhao'],
];

describe('refusal round (stop 33): a matter asked that the entry never names', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(FAQ_PACKS[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});
