/**
 * Every other city of the country is somewhere else (the national list, not a hand list): a worker asking
 * about a benefit or a station in the next city, or their home town, is told this district's pack does not
 * cover it — while a street of this city named after another city (长春路, 包头路 in 杨浦) is still here.
 * Questions are written for these tests, not taken from any eval set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Asker } from '../../../src/core/faq/ask.js';
import { otherCities, otherCityDistricts } from '../../../src/core/stations/districts.js';
import { AT_WEDNESDAY_10, askerOn, PACKS, seen } from '../../helpers/askers.js';
import { buttonData, startHarness, type FaqHarness } from '../faq/harness.js';

const opts = AT_WEDNESDAY_10;
const askers: Partial<Record<keyof typeof PACKS, Asker>> = {};

beforeAll(async () => {
  for (const p of ['yangpu', 'hongshan', 'chaoyang'] as const) askers[p] = await askerOn(PACKS[p]);
});

describe('another city named in a question', () => {
  it.each([
    ['hongshan', '孝感有没有免费体检'],
    ['hongshan', '宜昌有没有骑手公寓'],
    ['chaoyang', '廊坊的骑手公寓咋申请'],
    ['chaoyang', '保定有没有骑手食堂'],
    ['yangpu', '盐城的骑手公寓怎么申请'],
  ] as const)('%s: “%s” is not answered from this district’s pack', (pack, q) => {
    expect(seen(askers[pack]!.ask(q, opts))).toBe('none');
  });

  it.each([
    ['yangpu', '长春路附近有驿站吗'],
    ['yangpu', '抚顺路附近哪里能充电'],
    ['chaoyang', '朝阳这边有驿站吗'],
  ] as const)('%s: “%s” names a street or the district itself, and gets stations', (pack, q) => {
    expect(seen(askers[pack]!.ask(q, opts))).toBe('stations');
  });
});

describe('the other cities of the national list', () => {
  it('leaves out the pack’s own city, also when another city shares the district’s name', () => {
    const fromChaoyang = otherCities('北京市朝阳区');
    expect(fromChaoyang).not.toContain('北京');
    // 朝阳市 is a city of Liaoning; for 北京市朝阳区 the word names the district itself.
    expect(fromChaoyang).not.toContain('朝阳');
    expect(fromChaoyang).toContain('廊坊');
  });

  it('says an autonomous prefecture by its place name, and an everyday word only in full', () => {
    const cities = otherCities('河南省郑州市金水区');
    expect(cities).toEqual(expect.arrayContaining(['开封', '新乡', '延边', '恩施', '喀什']));
    expect(cities).not.toContain('来宾');
    expect(cities).toContain('来宾市');
  });
});

describe('the districts of other cities (round 29)', () => {
  it('names them in full, but not the pack’s own district nor a name any town has', () => {
    const fromHongshan = otherCityDistricts('武汉市洪山区');
    expect(fromHongshan).toEqual(expect.arrayContaining(['西湖区', '海淀区', '天河区', '朝阳区']));
    // Its own city's districts are the neighbours' list; 老城区, 城东区 say where in any town.
    expect(fromHongshan).not.toContain('洪山区');
    expect(fromHongshan).not.toContain('武昌区');
    expect(fromHongshan).not.toContain('老城区');
    expect(fromHongshan).not.toContain('城东区');
    // 北京市朝阳区 is its own 朝阳区, whichever other city has one too.
    expect(otherCityDistricts('北京市朝阳区')).not.toContain('朝阳区');
  });

  it.each([
    ['hongshan', '海淀区有没有骑手公寓'],
    ['chaoyang', '西湖区哪里能免费体检'],
  ] as const)('%s: “%s” is not answered from this district’s pack', (pack, q) => {
    expect(seen(askers[pack]!.ask(q, opts))).toBe('none');
  });
});

describe('stations asked for in another city', () => {
  let h: FaqHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it.each(['苏州有驿站吗', '浦东哪里有驿站', '苏州哪里能充电'])(
    '“%s” is told which district the bot knows, with the list of its stations',
    async (q) => {
      await h.type(':dm', ':as rider-chat zh-CN', q);
      const [line] = h.take();
      expect(line?.text).toContain('我只知道上海市杨浦区的驿站');
      expect(buttonData(line)).toEqual(['stn:all:0']);
    },
  );

  it('the answer for another city lists none of this district’s stations', () => {
    const a = askers.hongshan!.ask('宜昌那边有驿站吗', opts);
    expect(a.kind === 'stations' && a.results.outside && a.results.hits.length === 0).toBe(true);
  });

  it('a question about a benefit there is still only "not sure"', () => {
    expect(seen(askers.yangpu!.ask('苏州有没有骑手公寓', opts))).toBe('none');
  });
});
