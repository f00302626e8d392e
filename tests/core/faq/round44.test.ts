/**
 * Round 44 (dev44 on 观山湖, 小店, 龙华 and 天山; docs/rounds/faq.md): an entry that says 暖气, 空调, 冷气 or 喝水 names the
 * amenity a question reads from those words; a province told without 是 (我河南的，…在这边) is where the worker comes
 * from; workers' words for a tyre with a nail in it, brakes that do not hold, a cut lock, crying alone, a passenger on
 * the back seat, 回民 food, insurance never bought, water up to the knee; Guizhou 凌冻 and 门房; a raise of the
 * delivery fee no entry answers. The questions are written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

type Pack = keyof typeof FAQ_PACKS;

/** [pack, what the worker types, what the worker sees: an entry, "none" (not sure / don't know) or "stations"]. */
const CASES: [Pack, string, string][] = [
  // The amenity a question names is named by an entry that says the thing itself (暖气, 冷气, 喝水).
  ['xiaodian', '家里暖气片冰冰的 房东也不理', 'heating-problems'],
  ['longhua', '热死人了 哪里有冷气吹一下', 'cooling-points'],
  ['tianhe', '环卫工能进驿站喝水吗', 'station-who-can-use'],
  // …and a question for a place's amenity the entry never names still goes to the stations.
  ['longhua', '太热了 附近哪有冷气能歇一下', 'stations'],
  // A province told without 是, with "here": where the worker comes from.
  ['xiaodian', '我河南的，老家的医保在这边住院能报吗', 'medical-insurance'],
  ['yanta', '我甘肃的，医保在这边看病能用吗', 'kanbing-baoxiao'],
  // …and without "here" it is still somewhere else.
  ['xiaodian', '河南的骑手能免费体检吗', 'none'],
  // Workers' words.
  ['tianshan', '一分钱保险都没买过 跑单摔伤了有人赔吗', 'injury-protection'],
  ['longhua', '楼下电驴的锁被剪断了 车也没了', 'ebike-theft'],
  ['longhua', '路上水到小腿了 电动车能过吗', 'flooded-road'],
  ['guanshanhu', '明天凌冻 路上会结冰不', 'freezing-rain-ice'],
  // A raise of the delivery fee: no entry says when or whether.
  ['xiaodian', '平台啥时候涨配送费', 'none'],
];

describe('round 44: dev44 causes on any pack', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(FAQ_PACKS[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});
