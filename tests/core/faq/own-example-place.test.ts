/**
 * QA8: on 大连甘井子's pack, a driver asking "北站能停车接人吗" or "北站在哪拉活" — the example questions of the
 * entry on picking up at 大连北站 — got a list of stations near 北站. A question that is one of the FAQ's own
 * examples almost word for word answers its entry even when it names a place, as a "where" question without
 * a place already did; a place with a station word or a service, in words of no entry, still lists stations.
 * The questions are the pack's own examples and new ones written for this test, not from any eval set.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Asker } from '../../../src/core/faq/ask.js';
import { AT_WEDNESDAY_10, answerId as id, askerOn, PACKS } from '../../helpers/askers.js';

const opts = AT_WEDNESDAY_10;
const GANJINGZI = resolve(import.meta.dirname, '../../../packs/ganjingzi');

describe("the FAQ's own example question naming a place", () => {
  let asker: Asker;
  let yangpu: Asker;
  beforeAll(async () => {
    asker = await askerOn(GANJINGZI);
    yangpu = await askerOn(PACKS.yangpu);
  });

  it('answers its entry, not the stations near the place', () => {
    expect(id(asker.ask('北站能停车接人吗', opts))).toBe('north-station-taxi');
    expect(id(asker.ask('北站在哪拉活', opts))).toBe('north-station-taxi');
  });

  it('a place with a station word or a service in other words still lists the stations there', () => {
    expect(id(asker.ask('北站附近有驿站吗', opts))).toBe('stations');
    expect(id(asker.ask('北站哪里能充电', opts))).toBe('stations');
    expect(id(yangpu.ask('五角场附近', opts))).toBe('stations');
    expect(id(yangpu.ask('五角场附近哪里能充电', opts))).toBe('stations');
  });
});
