/**
 * Stations a new author named in mixed scripts (798艺术区爱心接力站, 望京SOHO暖心驿站) or that workers
 * shorten to their first syllables in pinyin (gongti for 工体北路暖心驿站): packs/chaoyang.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/faq/answer.js';
import type { Asker } from '../../../src/core/faq/ask.js';
import { leadingPinyin, mixedPinyin, scriptRuns } from '../../../src/core/stations/name-forms.js';
import { askerOn, PACKS } from '../../helpers/askers.js';

const now = new Date('2026-12-02T10:00:00+08:00');
const first = (a: Answer) => (a.kind === 'stations' ? a.results.hits[0]?.station.id : a.kind);

let asker: Asker;
beforeAll(async () => {
  asker = await askerOn(PACKS.chaoyang);
});
const ask = (q: string) => asker.ask(q, { now, timeZone: 'Asia/Shanghai' });

describe('station names in mixed scripts and short pinyin', () => {
  it('derives the forms', () => {
    expect(scriptRuns('798艺术区')).toEqual(['798', '艺术区']);
    expect(mixedPinyin('望京soho')).toEqual(['wangjing soho']);
    expect(leadingPinyin('工体北路')).toEqual(['gongti', 'gongtibei']);
  });

  it('finds a station by the digits of its name', () => {
    expect(first(ask('798的驿站几点关门'))).toBe('art798-jieli');
  });

  it('finds a station by its mixed name in pinyin, with yizhan as a station word', () => {
    expect(first(ask('wangjing soho yizhan open now?'))).toBe('wj-soho-nuanxin');
  });

  it('finds a station by the pinyin of its first syllables', () => {
    expect(first(ask('is the gongti station open on sunday'))).toBe('gongti-nuanxin');
  });
});
