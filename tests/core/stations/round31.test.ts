/**
 * Stations round 31 (docs/rounds/faq.md, "Stations round 31"): services in workers' everyday words (冲个澡, 哪个驿站有药, a
 * punctured tyre beside a station word), water to drink where there is hot water, the city's pinyin alone naming no
 * station; a landmark beside a station as its address says; places outside the district; parking with a ticket and a
 * station asked to be set up are the FAQ's. New wordings on several packs, not the dev44–46 questions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/faq/answer.js';
import type { Asker } from '../../../src/core/faq/ask.js';
import { resolve } from 'node:path';
import { askerOn, FAQ_PACKS } from '../../helpers/askers.js';

const opts = { now: new Date('2026-12-02T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };
const first = (a: Answer) => (a.kind === 'stations' ? a.results.hits[0]?.station.id : a.kind);

const PACKS = { ...FAQ_PACKS, cangshan: resolve(import.meta.dirname, '../../../packs/cangshan') };
type Pack = keyof typeof PACKS;

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
  // a landmark written out in one station's address only (鹭江道100号第一码头旁)
  ['siming', '第一码头边上那个服务站几点关', 'union-lujiang'],
  // a place and what is beside it, as the station's address says (华工五山校区北门对面)
  ['tianhe', '华工北门对面那个驿站周末几点关门', 'wushan-warm'],
  // a lorry to park and a wash
  ['jinshui', '哪里能停货车 顺便冲个澡', 'siji-sanhuan'],
];

/** A station asked for somewhere the pack has none: no station of the pack is listed. */
const ELSEWHERE: [Pack, string][] = [
  // another district the pack's entries name (去台江走哪座桥), but no place or station
  ['cangshan', '台江万达那个驿站几点开门'],
  // landmarks of the city's other districts, for the cities added this round
  ['qingxiu', '南宁火车站旁边那个骑手之家在哪'],
  ['wuhua', '昆明站附近那个暖心驿站几点关门'],
];

/** Not a station question: the FAQ answers (the entry). */
const FAQ: [Pack, string, string][] = [
  // parking with a ticket is where riders may park, not a station's car park
  ['yangpu', '五角场那边一停车就被贴条 送外卖的车到底停哪', 'delivery-parking-spots'],
  // a station asked to be set up, where the pack has an entry on that
  ['chaoyang', '望京那边歇脚的地方太少了 可不可以再建一个', 'yizhan-jianyi'],
  // the other district named by an entry's question is still the FAQ's when no station is asked for
  ['cangshan', '去台江走哪座桥', 'bridge-crossing'],
];

/** The city's pinyin alone in an English question names no station (it used to list 太原南站司机之家 first). */
const NOT_A_STATION: [Pack, string][] = [
  ['xiaodian', "What should I do when I'm hurt on a delivery in Taiyuan?"],
  ['nankai', "What should I do when I'm hurt on a delivery in Nankai?"],
];

describe('stations round 31', () => {
  const askers = new Map<string, Asker>();
  beforeAll(async () => {
    const packs = new Set<Pack>(
      [...FOUND, ...NOT_A_STATION, ...ELSEWHERE, ...FAQ].map(([p]) => p).concat('nanshan'),
    );
    for (const p of packs) askers.set(p, await askerOn(PACKS[p]));
  });

  it.each(FOUND)('%s: %s → %s', (pack, q, station) => {
    expect(first(askers.get(pack)!.ask(q, opts))).toBe(station);
  });

  it.each(NOT_A_STATION)('%s: %s → no station', (pack, q) => {
    expect(askers.get(pack)!.ask(q, opts).kind).not.toBe('stations');
  });

  it.each(ELSEWHERE)('%s: %s → no station of the pack', (pack, q) => {
    const a = askers.get(pack)!.ask(q, opts);
    expect(a.kind === 'stations' ? a.results.hits.length : 0).toBe(0);
    expect(a.kind).not.toBe('faq');
  });

  it.each(FAQ)('%s: %s → %s', (pack, q, entry) => {
    const a = askers.get(pack)!.ask(q, opts);
    expect(a.kind === 'faq' ? a.hit.entry.id : a.kind).toBe(entry);
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
