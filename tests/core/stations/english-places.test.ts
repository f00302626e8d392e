/**
 * Places asked about in English on a pack whose English aliases start with the city's name (packs/siming):
 * "Xiamen station" is the railway station 厦门站, not 厦门大学 — the "Xiamen" left of "Xiamen University"
 * is the city, and a railway station is said "<city> station" as often as "<city> railway station".
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/faq/answer.js';
import type { Asker } from '../../../src/core/faq/ask.js';
import { railwayEnglish } from '../../../src/core/stations/name-forms.js';
import { askerOn } from '../../helpers/askers.js';

const SIMING = resolve(import.meta.dirname, '../../../packs/siming');
const now = new Date('2026-12-02T10:00:00+08:00');
const near = (a: Answer) => (a.kind === 'stations' ? a.query.anchor?.name : a.kind);

let asker: Asker;
beforeAll(async () => {
  asker = await askerOn(SIMING);
});
const ask = (q: string) => asker.ask(q, { now, timeZone: 'Asia/Shanghai' });

describe('places named in English', () => {
  it('says a railway station the ways visitors do', () => {
    expect(railwayEnglish('厦门站')).toEqual([
      'xiamen station',
      'xiamen railway station',
      'xiamen train station',
    ]);
    expect(railwayEnglish('厦门火车站')).toContain('xiamen station');
    expect(railwayEnglish('杭州西站')).toEqual([]);
  });

  it('reads "Xiamen station" as the railway station, not the university', () => {
    expect(near(ask('where can I rest near Xiamen station'))).toBe('厦门站');
    expect(near(ask('any rest station near Xiamen Railway Station?'))).toBe('厦门站');
  });

  it('still finds the university by its full English name', () => {
    expect(near(ask('any rest station near Xiamen University?'))).toBe('厦门大学');
  });
});
