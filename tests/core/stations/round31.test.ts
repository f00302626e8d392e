/**
 * Stations round 31 (docs/faq.md, "Stations round 31"): services in workers' everyday words (冲个澡, 哪个驿站有药, a
 * punctured tyre beside a station word), water to drink where there is hot water, the city's pinyin alone naming no
 * station. New wordings on several packs, not the dev44–46 questions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Answer, type Asker } from '../../../src/core/faq/ask.js';
import { askerOn, FAQ_PACKS } from '../../helpers/askers.js';

const opts = { now: new Date('2026-12-02T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };
const first = (a: Answer) => (a.kind === 'stations' ? a.results.hits[0]?.station.id : a.kind);

type Pack = keyof typeof FAQ_PACKS;

/** Questions answered with a station list: the first station. */
const FOUND: [Pack, string, string][] = [
  // a wash after a day's riding, as workers say it
  ['hongshan', '骑了一天车 哪个驿站能冲个澡', 'wenzhi-warm'],
  // medicine asked for as "has it"
  ['hongshan', '头疼 哪个驿站有药', 'zhuodaoquan-party'],
  // a punctured tyre beside a station word
  ['yanta', '轮胎扎了 哪个驿站能帮我补胎', 'yz-mingdemen'],
  // the city's pinyin still names a station beside a station word
  ['jinshui', 'Zhengzhou Bank relay station hours', 'jieli-nongda'],
];

/** The city's pinyin alone in an English question names no station (it used to list 太原南站司机之家 first). */
const NOT_A_STATION: [Pack, string][] = [
  ['xiaodian', "What should I do when I'm hurt on a delivery in Taiyuan?"],
  ['nankai', "What should I do when I'm hurt on a delivery in Nankai?"],
];

describe('stations round 31', () => {
  const askers = new Map<string, Asker>();
  beforeAll(async () => {
    const packs = new Set<Pack>([
      ...FOUND.map(([p]) => p),
      ...NOT_A_STATION.map(([p]) => p),
      'yangpu',
      'nanshan',
    ]);
    for (const p of packs) askers.set(p, await askerOn(FAQ_PACKS[p]));
  });

  it.each(FOUND)('%s: %s → %s', (pack, q, station) => {
    expect(first(askers.get(pack)!.ask(q, opts))).toBe(station);
  });

  it.each(NOT_A_STATION)('%s: %s → no station', (pack, q) => {
    expect(askers.get(pack)!.ask(q, opts).kind).not.toBe('stations');
  });

  it('finds water to drink at a station with hot water', () => {
    // 南山工会户外劳动者服务站 lists hot water, not drinking water; it is the nearest to 南山文体中心.
    const a = askers.get('nanshan')!.ask('南山文体中心旁边哪里能喝水', opts);
    expect(first(a)).toBe('union-outdoor-nanshan');
  });

  it('leaves a punctured tyre with no station word to a tyre shop', () => {
    const a = askers.get('nanshan')!.ask('车胎爆了 附近哪有补胎的店', opts);
    expect(a.kind).not.toBe('stations');
  });
});
