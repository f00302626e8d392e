/**
 * Warming up asked as a verb (能暖和暖和的地方, 哪个驿站能暖和一下, 暖暖手) finds stations with heating; the weather's 暖和
 * (今天挺暖和的) does not ask for one. Found using the bot on a winter city's pack (stop 32).
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/faq/answer.js';
import { askerOn, FAQ_PACKS } from '../../helpers/askers.js';

const opts = { now: new Date('2026-12-02T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

describe.each([FAQ_PACKS.hunnan, FAQ_PACKS.yangpu])('on %s', (pack) => {
  it.each(['附近有能暖和暖和的地方没', '哪个驿站能暖和一下', '哪儿能暖暖手'])(
    '"%s" lists stations with heating',
    async (q) => {
      const a: Answer = (await askerOn(pack)).ask(q, opts);
      expect(a.kind).toBe('stations');
      if (a.kind === 'stations') expect(a.results.hits[0]?.station.services).toContain('warming');
    },
  );

  it('the weather’s 暖和 asks for no station', async () => {
    expect((await askerOn(pack)).ask('今天挺暖和的', opts).kind).not.toBe('stations');
  });
});
