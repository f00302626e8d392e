/**
 * Round 49 (南岗, 南海 and 鄞州 dev, stop 33; docs/rounds/faq.md): a hometown the worker is not going back to (过年不打算回湖南了,
 * 留在这边), how far a cover goes (能管到什么程度) asked as a frame, which place is good to eat with the food named between
 * (哪家烧烤好吃), a rainstorm forecast and a school's catchment; workers' words for more pay (Cantonese 俾多啲钱, 热头 the
 * sun), too long in the sun, feeling light-headed, a bike gone overnight, the ride-hailing platforms by name, a container
 * truck told by its load, a safety talk and orders cut by the system (降权). The questions are written for these tests,
 * not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

type Pack = keyof typeof FAQ_PACKS;

/** [pack, what the worker types, what the worker sees: an entry or "none" (not sure / don't know)]. */
const CASES: [Pack, string, string][] = [
  // Not going back home for the new year, staying here: the home province is where the worker is from, not what is asked.
  ['nanhai', '今年唔打算回广西了 留喺呢边跑单 过年有冇嘢派', 'cny-home-trip'],
  ['nanhai', '过年不打算回四川 就在这边送外卖 有啥福利', 'cny-home-trip'],
  // How far the cover goes is asked of the cover.
  ['nangang', '职业伤害保障能赔到啥程度', 'occupational-injury-cover'],
  // Cantonese: more money for working under the sun (热头); orders cut by the system; a safety talk.
  ['nanhai', '八月份公司要唔要俾多啲钱 顶住个热头好辛苦', 'heat-allowance'],
  ['nanhai', '最近单少咗好多 系咪被降权', 'dispatch-drop'],
  ['nanhai', '南海边度有安全讲座听', 'safe-riding-class'],
  // Ningbo: a ride-hailing platform by its name; a bike gone by the next day; a container truck by its load; too long in the sun.
  ['yinzhou', '想开曹操出行 要办啥证', 'ride-hail-permits'],
  ['yinzhou', '电动车停楼下第二天就不见了 咋办', 'ebike-theft'],
  ['yinzhou', '拉柜子的车右转的时候怎么躲', 'truck-blind-spot'],
  ['yinzhou', '太阳底下晒太久 头晕想吐', 'heatstroke-first-aid'],
  // Where to eat with the dish named between, a rainstorm tomorrow, a school's catchment: no pack says them.
  ['nangang', '哈西哪家锅包肉好吃', 'none'],
  ['nanhai', '桂城哪家烧鹅好吃', 'none'],
  ['yinzhou', '明天会不会下暴雨', 'none'],
  ['nangang', '小孩上初中怎么划片', 'none'],
  // Look-alikes kept: a Shanghainese greeting asking whether it is cold is small talk.
  ['yangpu', '侬好呀，今朝冷伐', 'none'],
];

describe('round 49: 南岗, 南海 and 鄞州 dev causes on any pack', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(FAQ_PACKS[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});
