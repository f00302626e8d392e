/**
 * Round 54 (stop 38; docs/rounds/faq.md): English questions. "Pay" as a verb is paying (交 钱), not the wage
 * (工资, only "my pay", "the pay"); everyday words the glossary lacked (tunnel, bridge, black ice, sunburnt, sand and
 * masks, coal stove, gas poisoning, cool down, red warning, shipper); "covered in" ice is no insurance cover;
 * a rest stop is a station (驿站), not rest (休息); and a thing asked of the stations in English ("which station has
 * a nursing room") is a station question as 哪个驿站有母婴室 is, not a topic for the FAQ because its letters are many.
 * A contract with a landlord (房东…合同, 租房…合同) is renting. The questions are written for these tests, not
 * taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

/** [pack, what the worker types, what the worker sees: an entry, "stations", or "none" (not sure / don't know)]. */
const CASES: [keyof typeof FAQ_PACKS, string, string][] = [
  // Everyday words the glossary lacked.
  ['guanshanhu', 'are e-bikes allowed in the tunnel', 'tunnel-viaduct'],
  ['honggutan', 'which bridge can I take my scooter across', 'bridge-crossing'],
  ['nangang', 'roads are covered in black ice, how do I ride safely', 'black-ice'],
  ['tianshan', 'got sunburnt riding all day, what should I do', 'summer-sun'],
  ['longhua', 'how do I avoid getting sunburnt on deliveries', 'sun-protection'],
  ['nankai', 'sand everywhere today, where can I get a mask', 'spring-dust'],
  ['hunnan', 'is a coal stove in the room dangerous, gas poisoning?', 'co-poisoning'],
  ['nanshan', 'too hot outside, where can I cool down', 'heat-relief'],
  ['siming', 'typhoon red warning, do we still have to deliver', 'typhoon-stop-delivery'],
  // Paying, not the wage.
  ['yuhang', 'the shipper refuses to pay for carrying stuff upstairs', 'freight-shipper-dispute'],
  // How to find the nearest station: the entry saying how, as 怎么找最近的驿站 gets it; a rest stop is a station.
  ['yanta', 'how can I find the nearest rest stop', 'yizhan-fujin-zhao'],
  ['chaoyang', 'how to find a warm station near me', 'zhao-zuijin-yizhan'],
  // A thing asked of the stations in English: the stations (the card says none lists it), as in Chinese.
  ['hongshan', 'which station has a nursing room', 'stations'],
  ['yanta', 'which station has a breastfeeding room', 'stations'],
  // A contract with a landlord or for a room is renting, not the labour contract.
  ['guanshanhu', '租房的合同要看清楚哪些地方', 'rental-housing'],
  ['yanta', '房东合同还没到期就要赶人', 'zufang-yajin'],
  ['hunnan', '跟站点签合同要注意啥', 'labor-contract'],
];

describe('round 54: English questions, and a contract for a room', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(FAQ_PACKS[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});
