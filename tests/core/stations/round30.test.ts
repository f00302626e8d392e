/**
 * Stations round 30 (docs/rounds/faq.md, "Stations round 30"): a well-known place of another district of the pack's city
 * is no station of the pack's; a name or a station word typed with homophones; 空调 and English verbs for services;
 * a service's place before "beside"; English names from an address's landmark or a directional bus or railway
 * station; services in pinyin. New wordings on other packs, not the dev30 questions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/faq/answer.js';
import type { Asker } from '../../../src/core/faq/ask.js';
import { PinyinReader } from '../../../src/core/faq/pinyin-input.js';
import { otherDistrictLandmarks } from '../../../src/core/stations/landmarks.js';
import { addressLandmarks, transportEnglish } from '../../../src/core/stations/name-forms.js';
import { askerOn, PACKS } from '../../helpers/askers.js';

const opts = { now: new Date('2026-12-02T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };
const first = (a: Answer) => (a.kind === 'stations' ? a.results.hits[0]?.station.id : a.kind);

const FOUND: [keyof typeof PACKS, string, string][] = [
  // two homophones in a name of three characters or more, one character as written
  ['yanta', '脆花路那个接力站有厕所没', 'yz-cuihua-bank'],
  ['yanta', '等加破驿站几点关门', 'yz-dengjiapo'],
  // a station word typed with a homophone, with "where"
  ['hongshan', '虎泉街那个接立站在哪', 'huquan-relay'],
  ['yangpu', '黄兴公园小哥接立站在哪', 'volunteer-huangxing-park'],
  // the thing for the service, and English verbs
  ['yangpu', '大桥街道驿站有空调没', 'warm-daqiao-community'],
  ['yangpu', 'dinghai road rider point, can I charge my phone?', 'warm-dinghai-logistics'],
  // a service word typed in pinyin
  ['yangpu', 'pingliang lu yizhan you reshui ma', 'warm-pingliang-road'],
];

/** Another district's landmark with a station word: no station of the pack is offered. */
const ELSEWHERE: [keyof typeof PACKS, string][] = [
  ['yangpu', '外滩那个暖心驿站有热水吗'],
  ['hongshan', '黄鹤楼旁边那个驿站几点开门'],
  ['hongshan', '汉口火车站司机之家在哪'],
];

describe('stations round 30', () => {
  const askers = new Map<string, Asker>();
  beforeAll(async () => {
    for (const p of new Set([...FOUND, ...ELSEWHERE].map(([p]) => p))) askers.set(p, await askerOn(PACKS[p]));
  });

  it.each(FOUND)('%s: %s → %s', (pack, q, station) => {
    expect(first(askers.get(pack)!.ask(q, opts))).toBe(station);
  });

  it.each(ELSEWHERE)('%s: %s → no station of the pack', (pack, q) => {
    const a = askers.get(pack)!.ask(q, opts);
    expect(a.kind === 'stations' ? a.results.hits.length : 0).toBe(0);
    expect(a.kind).not.toBe('faq');
  });

  it('keeps a benefits question told at another district’s landmark', () => {
    expect(first(askers.get('yangpu')!.ask('在外滩送外卖摔伤了 保险怎么报', opts))).toBe('faq');
  });

  it('reads a service’s place before "beside" as where the station is', () => {
    const a = askers.get('yangpu')!.ask('五角场停车场旁边的驿站几点开', opts);
    expect(a.kind === 'stations' ? a.query.services : a.kind).not.toContain('parking');
  });

  it('lists only the other districts of the same city', () => {
    const chaoyang = otherDistrictLandmarks('北京市朝阳区');
    expect(chaoyang).toEqual(expect.arrayContaining(['中关村', '北京西站', '西单']));
    expect(chaoyang).not.toContain('三里屯');
    expect(otherDistrictLandmarks('广东省广州市天河区')).toContain('北京路');
    expect(otherDistrictLandmarks('上海市杨浦区')).not.toContain('北京路');
    expect(otherDistrictLandmarks('拉萨市城关区')).toEqual([]);
  });

  it('names bus and railway stations by direction in English, and an address by its landmark', () => {
    expect(transportEnglish('汽车西站')).toContain('west coach station');
    expect(transportEnglish('杭州东站')).toContain('hangzhou east station');
    expect(transportEnglish('东站路')).toEqual([]);
    expect(addressLandmarks('天河区黄埔大道西暨南大学南门西侧', '广东省广州市天河区')).toEqual(['暨南大学']);
  });

  it('reads pinyin as the longest words, wherever they start', () => {
    expect(new PinyinReader(['有慰问品', '微波炉']).read('you weibolu ma')).toBe('有微波炉 ma');
  });
});
