/**
 * Round 19 (docs/rounds/faq.md): workers in Zhengzhou and Xi'an type as they speak — 俺/额 for 我, 咥 for 吃, 嫑, 中不中,
 * greetings such as 喝汤了没 —, tell a long story that names a street and a phone call on the way before asking
 * about the fine, ask in English on a Chinese-only pack, and use everyday words for an appeal (翻案), a swallowed
 * grievance (受了气, 憋屈) or offering a place for a station (腾出地方). Each is read for any pack; the
 * questions are written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, PACKS, seen } from '../../helpers/askers.js';

type Pack = keyof typeof PACKS;

/** [pack, what the worker types, what the worker sees: an entry, "stations" or "none" (not sure / small talk)]. */
const CASES: [Pack, string, string][] = [
  // Henan and Shaanxi words read as plain Chinese.
  ['jinshui', '俺这个月被罚了五十 冤得很 能翻案不', 'fakuan-shensu'],
  ['yanta', '额们公司想腾出地方给骑手做驿站 找谁', 'yizhan-jianyi'],
  ['yanta', '楼下冲电行不行 会罚钱不', 'dianche-chongdian'],
  ['jinshui', '跟顾客吵了一架 受了气 憋屈得很', 'qingxu-tiaojie'],
  // Small talk in those words, or in pinyin, is a greeting: no entry.
  ['yanta', '咥了么', 'none'],
  ['jinshui', '喝汤了没', 'none'],
  ['hongshan', '过早了冇', 'none'],
  ['yanta', '嫑问额 中不中', 'none'],
  ['nanshan', 'ni hao', 'none'],
  ['yanta', 'wo e le', 'none'],
  // A long story that names where it happened and a phone call: what it asks is in its last clause.
  [
    'yanta',
    '前天去西影路一个老家属院送餐 门禁坏了进不去 给顾客打了三回电话 等了二十分钟 最后超时了 这钱会扣吗',
    'chaoshi-kouqian',
  ],
  [
    'yanta',
    '今天在太白南路那边一个写字楼送单 前台不让上 打了好几个电话没人接 超时了 会不会罚钱',
    'chaoshi-kouqian',
  ],
  // …and when the last clause asks for the station's phone, the station card answers.
  ['yanta', '前天在西影路送餐 电梯坏了 爬了十八楼 累得不行 想去西影路那个驿站歇歇 电话多少', 'stations'],
  // English on a Chinese-only pack: face checks, and how to find the nearest station.
  ['jinshui', "facial recognition won't pass", 'renlian-renzheng'],
  ['jinshui', 'how can I find the closest station', 'yizhan-zhaozuijin'],
  // The station list still answers a service near a place.
  ['jinshui', 'nearest station with hot water', 'stations'],
];

describe('Central Plains and Guanzhong words, stories naming a street, English on a Chinese-only pack', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(PACKS[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});
