/**
 * Round 40 (青秀, 南开 and 红谷滩 dev; docs/faq.md): the worker's job told in a concept's words the pack bridges
 * (跑滴滴的 → 网约车司机的) is still who the worker is, not the topic; a road turned into a river, clothes that will
 * not dry, a home burnt out, a phone about to shut down and insurance for seeing a doctor in everyday words; northern
 * 搁 of a vehicle parked; English for the winter break and a temperature below zero. The questions are written for
 * these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

const ALL = FAQ_PACKS;
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry, "none" (not sure / don't know) or "stations"]. */
const CASES: [Pack, string, string][] = [
  // The job told, bridged to the pack's word, is context: the pension entry, not the ride-hailing pick-up point.
  // Asked of ride-hailing, the pick-up point stays.
  ['qingxiu', '我是开滴滴的 养老保险能自己交吗', 'social-insurance-flexible'],
  ['qingxiu', '跑滴滴的 东站在哪接客', 'east-station-pickup'],
  // Everyday words for what entries name officially; a battery on fire is still the charging entry's.
  ['shushan', '马路都变成河了 还能骑过去吗', 'flooded-roads'],
  ['nankai', '家里着火了 工会有救急的钱吗', 'union-hardship'],
  ['qingxiu', '电动车充电着火了怎么办', 'charging-safety'],
  ['tianhe', '看病的保险在哪交', 'medical-insurance-resident'],
  // Regional: 搁 of a vehicle is where to park it.
  ['nankai', '步行街不让骑 车往哪搁', 'scenic-street-delivery'],
  // English.
  ['nankai', "what should I wear when it's below zero", 'winter-gear'],
];

describe('round 40: 青秀, 南开 and 红谷滩 causes on any pack', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});
