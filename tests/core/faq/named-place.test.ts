/**
 * QA8 #7: on 大连甘井子's pack, a driver asking 「北站蓄車場晚上可以停多久？會被罰嗎？」 (or the same in simplified) got the
 * entry on queueing at 周水子机场 — it shares 蓄车场 and 网约车 with the question — instead of the entry on picking up at
 * 大连北站. The place a question names decides between entries about different places of the pack (their titles
 * name them); an entry about the whole district is not put behind one about another place. 渝北's pack, with an
 * entry on 江北机场 and one on 重庆北站, shows the same on a tuned pack. The questions are the QA's and new ones written
 * for this test, not from any eval set.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Asker } from '../../../src/core/faq/ask.js';
import { AT_WEDNESDAY_10, answerId as id, askerOn, FAQ_PACKS } from '../../helpers/askers.js';

const opts = AT_WEDNESDAY_10;
const GANJINGZI = resolve(import.meta.dirname, '../../../packs/ganjingzi');

describe('the place a question names', () => {
  let ganjingzi: Asker;
  let yubei: Asker;
  beforeAll(async () => {
    ganjingzi = await askerOn(GANJINGZI);
    yubei = await askerOn(FAQ_PACKS.yubei);
  });

  it("answers the entry about that place, not another place's entry sharing more words (甘井子)", () => {
    expect(id(ganjingzi.ask('北站蓄車場晚上可以停多久？會被罰嗎？', opts))).toBe('north-station-taxi');
    expect(id(ganjingzi.ask('北站蓄车场晚上可以停多久？会被罚吗？', opts))).toBe('north-station-taxi');
    expect(id(ganjingzi.ask('北站蓄车场晚上能停多久？会罚款不', opts))).toBe('north-station-taxi');
  });

  it('still answers the other place by its own name', () => {
    expect(id(ganjingzi.ask('周水子机场蓄车场晚上能停多久', opts))).toBe('airport-pickup');
    expect(id(yubei.ask('机场接客停哪里 会被罚款吗', opts))).toBe('airport-pickup');
  });

  it('on a tuned pack too: 重庆北站 over the entry on 江北机场 (渝北)', () => {
    expect(id(yubei.ask('北站接客停哪里 会被罚款吗', opts))).toBe('station-pickup');
    expect(id(yubei.ask('重庆北站网约车接客停哪里 免费停多久', opts))).toBe('station-pickup');
  });
});
