/**
 * A place an English question names by its pinyin (QA12 #1): "Is there a rest station in Luzhi open now?" got the
 * entry on riding in old towns, because the pack knows 甪直古镇 and two 甪直 stations but no "Luzhi" alone. The short
 * name of an old town or a sight (甪直 of 甪直古镇, 陆巷 of 陆巷古村) and an area several stations are named after
 * (燕儿窝 of 燕儿窝快递小哥驿站 and 燕儿窝货车司机驿站) are now known in pinyin too: with a station word, the stations there.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { areaForms } from '../../../src/core/content/names.js';
import type { Answer } from '../../../src/core/faq/answer.js';
import type { Asker } from '../../../src/core/faq/ask.js';
import { AT_WEDNESDAY_10, FAQ_PACKS, askerOn } from '../../helpers/askers.js';

const WUZHONG = resolve(import.meta.dirname, '../../../packs/wuzhong');

/** The stations listed first, by name; or the kind of answer when it is no list. */
const listed = (a: Answer): string[] =>
  a.kind === 'stations' ? a.results.hits.slice(0, 2).map((h) => h.station.name) : [a.kind];

describe('an old town or a sight by its short name', () => {
  it('drops 古镇, 古村, 景区 as it drops 街道 and 镇', () => {
    expect(areaForms('甪直古镇')).toEqual(expect.arrayContaining(['甪直', 'luzhi']));
    expect(areaForms('陆巷古村')).toContain('陆巷');
    expect(areaForms('西樵山风景区')).toContain('西樵山');
  });
});

describe('English questions naming a place in pinyin', () => {
  let wuzhong: Asker;
  let tianshan: Asker;
  let yuhang: Asker;
  beforeAll(async () => {
    [wuzhong, tianshan, yuhang] = await Promise.all([
      askerOn(WUZHONG),
      askerOn(FAQ_PACKS.tianshan),
      askerOn(FAQ_PACKS.yuhang),
    ]);
  });

  it('"a rest station in Luzhi open now" lists the stations at 甪直, not an entry', () => {
    const a = wuzhong.ask('Is there a rest station in Luzhi open now?', AT_WEDNESDAY_10);
    expect(listed(a)).toEqual(['甪直古镇暖心驿站', '甪直工业区新就业群体服务站点']);
    expect(a.kind === 'stations' && a.located).toBe(true);
    expect(listed(wuzhong.ask('any rest station near Luzhi?', AT_WEDNESDAY_10))[0]).toBe('甪直古镇暖心驿站');
  });

  it('an area several stations are named after, said in pinyin', () => {
    for (const q of ['stations near Yanerwo', 'is there a rest station in Yanerwo open now'])
      expect(listed(tianshan.ask(q, AT_WEDNESDAY_10)).every((n) => n.startsWith('燕儿窝'))).toBe(true);
  });

  it("a station's whole name in pinyin still beats the short part it starts with (Xixi of Xixi Bafang)", () => {
    const a = yuhang.ask('where is the rider rest station in Xixi Bafang City mall', AT_WEDNESDAY_10);
    expect(listed(a)[0]).toBe('西溪八方城暖心驿站');
  });
});
