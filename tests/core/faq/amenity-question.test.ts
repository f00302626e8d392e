/**
 * "驿站能洗澡吗", "驿站有热水不": a worker asking whether stations have an amenity, with no place named, gets the
 * stations that have it, not "not sure" among entries about what a station is (found using the bot on 朝阳, stop
 * 30). An entry that names the amenity still answers; a detail of a service nobody gives is still refused.
 * "有地方休息吗" (is there somewhere to rest) asks where, as "哪里能休息" does (岳麓). Questions written for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/faq/answer.js';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

const listed = (a: Answer) => (a.kind === 'stations' ? a.results.hits.map((h) => h.station) : []);

describe('asking whether stations have an amenity', () => {
  it.each(['驿站能洗澡吗', '你们这个驿站能洗澡不', '驿站有没有地方洗个澡'])(
    '"%s" lists the stations with a shower',
    async (question) => {
      const asker = await askerOn(FAQ_PACKS.chaoyang);
      const answer = asker.ask(question, AT_WEDNESDAY_10);
      expect(seen(answer)).toBe('stations');
      expect(listed(answer).length).toBeGreaterThan(0);
      for (const station of listed(answer)) expect(station.services).toContain('shower');
    },
  );

  it('still refuses a detail of a service that no entry gives', async () => {
    const asker = await askerOn(FAQ_PACKS.chaoyang);
    expect(seen(asker.ask('驿站的心理咨询师是男的还是女的', AT_WEDNESDAY_10))).toBe('none');
  });
});

describe('"is there somewhere to…" asks where', () => {
  it.each(['晚上有地方休息吗', '半夜有地方歇脚吗', '有没有地方坐一会'])(
    '"%s" lists stations',
    async (question) => {
      const asker = await askerOn(FAQ_PACKS.yuelu);
      expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe('stations');
    },
  );

  it('but somewhere to complain is no station', async () => {
    const asker = await askerOn(FAQ_PACKS.yuelu);
    expect(seen(asker.ask('有没有地方投诉', AT_WEDNESDAY_10))).not.toBe('stations');
  });
});
