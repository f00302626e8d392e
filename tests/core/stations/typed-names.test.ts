/**
 * Station names as workers type or say them (docs/rounds/faq.md, "Stations round (stop 19)"): one homophone from
 * pinyin input in a name of three characters or more (燕装社区 for 燕庄社区), a numbered ring road in
 * English (north 3rd ring for 北三环), the road its address names (雁翔路 for 等驾坡暖心驿站), a pinyin
 * name split another way (dianzi zhengjie, Ci'en Road). New wordings, not the dev set's questions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/faq/answer.js';
import type { Asker } from '../../../src/core/faq/ask.js';
import { addressRoads, ringRoadEnglish } from '../../../src/core/stations/name-forms.js';
import { soundAlike } from '../../../src/core/stations/sound-alike.js';
import { askerOn, PACKS } from '../../helpers/askers.js';

const opts = { now: new Date('2026-12-02T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };
const first = (a: Answer) => (a.kind === 'stations' ? a.results.hits[0]?.station.id : a.kind);

const TABLE: [keyof typeof PACKS, string, string][] = [
  // one homophone in the name
  ['jinshui', '燕装社区那个驿站能充电不', 'xiaoge-yanzhuang'],
  ['jinshui', '国鸡路暖心驿站周日开门不', 'warm-guoji'],
  ['yanta', '翠花路那个接力站有厕所没', 'yz-cuihua-bank'],
  ['yanta', '等家坡驿站几点关门', 'yz-dengjiapo'],
  ['yangpu', '定海鹿那个驿站几点开', 'warm-dinghai-logistics'],
  ['yangpu', '平凉鹿驿站有热水吗', 'warm-pingliang-road'],
  // the road of its address, when the name does not say it
  ['jinshui', '东明路那个驿站能歇脚不', 'xiaoge-yanzhuang'],
  ['yanta', '雁翔路那个驿站礼拜天开不', 'yz-dengjiapo'],
  ['yanta', 'Zhuque Avenue station open on Sunday?', 'yz-mingdemen'],
  // a pinyin name split where the pack's form is not
  ['yanta', 'Dianzi Zhengjie station, any lockers?', 'yz-dianzi-zhengjie'],
  ['yanta', "is the Ci'en Road station open now", 'yz-ciensi'],
  // another station's name as the road of this one (长安南路 is also the tower station's road)
  ['yanta', '长安南路电视塔那个驿站有药没', 'yz-tvtower'],
  // 骑手站, 小哥站 as station words
  ['yanta', '电子二路的骑手站晚上几点开', 'yz-dianzi-erlu'],
  // a numbered ring road in English
  ['jinshui', 'is the north 3rd ring drivers home open at night', 'siji-sanhuan'],
  ['jinshui', 'shower at the truck stop on 3rd ring north?', 'siji-sanhuan'],
];

describe('station names typed with a homophone or said in English', () => {
  const askers = new Map<string, Asker>();
  beforeAll(async () => {
    for (const p of new Set(TABLE.map(([p]) => p))) askers.set(p, await askerOn(PACKS[p]));
  });

  it.each(TABLE)('%s: %s → %s', (pack, q, station) => {
    expect(first(askers.get(pack)!.ask(q, opts))).toBe(station);
  });

  it('reads the roads of an address', () => {
    expect(addressRoads('雁塔区朱雀大街南段明德门小区北门', '西安市雁塔区')).toEqual(['朱雀大街']);
    expect(addressRoads('金水区花园路与农业路交叉口东南角', '郑州市金水区')).toEqual(['花园路', '农业路']);
    expect(addressRoads('雁塔区雁塔西路158号', '西安市雁塔区')).toEqual(['雁塔西路']);
  });

  it('names the ring road as drivers say it', () => {
    expect(ringRoadEnglish('北三环货车司机')).toContain('north 3rd ring');
    expect(ringRoadEnglish('北三环货车司机')).toContain('3rd ring north');
    expect(ringRoadEnglish('丰庆路北三环')).toEqual([]);
  });

  it('reads no name when the homophone could mean two stations, or nothing is one character off', () => {
    const forms = [
      { form: '翠华路', anchor: { id: 'a' } },
      { form: '翠花路', anchor: { id: 'b' } },
    ];
    expect(soundAlike('翠桦路驿站', forms)).toBeUndefined();
    expect(soundAlike('翠华路驿站', [forms[0]!])).toBeUndefined();
    expect(soundAlike('脆华路驿站', [forms[0]!])?.anchor.id).toBe('a');
  });
});
