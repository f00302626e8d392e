/**
 * A fourth district's pack written blind (packs/hongshan, 武汉市洪山区): the knowledge that carries to any
 * district — the city's other districts, regional words, stations named by their address. Questions are
 * written for these tests, not taken from any eval set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/faq/answer.js';
import type { Asker } from '../../../src/core/faq/ask.js';
import { AT_WEDNESDAY_10, askerOn, PACKS } from '../../helpers/askers.js';

const opts = AT_WEDNESDAY_10;
const id = (a: Answer) =>
  a.kind === 'faq' ? a.hit.entry.id : a.kind === 'stations' ? a.results.hits[0]?.station.id : a.kind;

describe('a district pack written blind (洪山)', () => {
  let asker: Asker;
  beforeAll(async () => {
    asker = await askerOn(PACKS.hongshan);
  });

  it('does not answer for another district of the same city', () => {
    // Stations there: none listed, the chat says it knows only 洪山's (tests/core/stations/other-cities.test.ts).
    const stations = asker.ask('江夏那边有没有骑手驿站', opts);
    expect(stations.kind === 'stations' && stations.results.outside && !stations.results.hits.length).toBe(
      true,
    );
    expect(['weak', 'unknown']).toContain(asker.ask('汉阳区送外卖的能免费体检吗', opts).kind);
  });

  it('still lists stations near the district’s own places', () => {
    expect(asker.ask('街道口附近有驿站吗', opts).kind).toBe('stations');
  });

  it('reads Wuhan words as their plain forms', () => {
    expect(asker.index.questionText('驿站有冇得热水')).toContain('有没有热水');
    expect(asker.index.questionText('骑行活动么样报名')).toContain('怎么报名');
    expect(asker.index.questionText('伢放假了在屋里')).toBe('孩子放假了在家里');
    // A standard word is left as it is.
    expect(asker.index.questionText('怎么样报名')).toBe('怎么样报名');
  });

  it('finds a station by what its address says is beside it', () => {
    expect(id(asker.ask('菜场对面那个驿站', opts))).toBe('wenzhi-warm');
    // 家湾 is also the end of another station's name (杨家湾): the alias 建行张家湾支行 says which.
    expect(id(asker.ask('建行张家湾那个接力站在哪', opts))).toBe('xiongchu-relay');
    // A question about stations in general names none of them.
    expect(asker.ask('驿站里能不能给手机充电', opts).kind).not.toBe('stations');
  });

  it('finds a station named in English by its street or avenue', () => {
    expect(id(asker.ask('minzu avenue station', opts))).toBe('minda-xiaoge');
    expect(id(asker.ask('wenzhi street rest station', opts))).toBe('wenzhi-warm');
    expect(id(asker.ask('luoshi south road station', opts))).toBe('luoshi-xiaoge');
  });

  it('does not let a clause of a frame and one word answer for a topic the pack lacks', () => {
    expect(asker.ask('想学做烧烤摆摊 有补贴吗', opts).kind).not.toBe('faq');
  });

  it('reads "is it true" as how a question is asked, not what it asks', () => {
    expect(id(asker.ask('读开放大学学费能报销一半是真的吗', opts))).toBe('degree-upgrade');
  });

  it('answers who runs the stations at a place from the FAQ, and lists the stations at a place', () => {
    expect(id(asker.ask('光谷广场的驿站归谁管', opts))).toBe('guanggu-is-donghu');
    expect(asker.ask('鲁巷的驿站', opts).kind).toBe('stations');
  });

  it('meets a worker who says "I sent my location" in an entry about sharing one', () => {
    expect(id(asker.ask('发个定位过去能帮我找驿站不', opts))).toBe('nearest-station-how');
  });

  it('does not recommend restaurants from an entry about cheap meals', () => {
    expect(asker.ask('热干面哪家好吃', opts).kind).not.toBe('faq');
  });

  it('does not list its stations for a place it does not know', () => {
    expect(asker.ask('汉正街旁边有驿站吗', opts).kind).not.toBe('stations');
    expect(asker.ask('汉口那边有冇得驿站', opts).kind).not.toBe('stations');
    expect(asker.ask('南湖附近有驿站吗', opts).kind).toBe('stations');
  });

  it('does not answer for other offices’ services the pack never speaks of', () => {
    expect(asker.ask('送外卖的能不能申请廉租房', opts).kind).not.toBe('faq');
    expect(asker.ask('闯红灯的违章罚款能申诉不', opts).kind).not.toBe('faq');
  });

  it('reads the tags of an entry with one example question as it reads an answer-only entry’s', () => {
    // The entry's tags say 工伤; its one example question and its answer do not.
    expect(id(asker.ask('这样也算工伤吗', opts))).toBe('occ-injury-cover');
  });
});
