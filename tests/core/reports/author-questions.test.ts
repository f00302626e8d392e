/**
 * Questions two authors asked after writing a pack for a district nobody had seen from content/README.md alone,
 * answered through the real place finder and router on a small pack of their kind (a district in 石家庄, its
 * street offices, a landmark no office covers): where a report lands, what a secretary then sees in the triage
 * chat of that branch.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import type { ContentPack } from '../../../src/core/content/schema.js';
import { createClassifier, detectArea } from '../../../src/core/reports/classify.js';
import { routeReport } from '../../../src/core/reports/route.js';
import { createAsker } from '../../../src/core/faq/ask.js';
import { normalize } from '../../../src/core/faq/normalize.js';
import { StationQueryReader } from '../../../src/core/stations/query.js';
import { labels } from '../../helpers/askers.js';

const root = path.resolve(import.meta.dirname, '../../..');
const minimal = path.join(root, 'tests/fixtures/packs/minimal');

const PACK_YAML = `district: { id: shijiazhuang-test, name: 石家庄市裕华区 }
ticketPrefix: TS
emergencyNumbers:
  - { name: 急救, number: '120' }
deadlines:
  normal: { respondHours: 24, resolveHours: 168 }
  urgent: { respondHours: 4, resolveHours: 48 }
  emergency: { respondHours: 1, resolveHours: 24 }
`;

const BRANCHES = `branches:
  - id: district-test
    name: 裕华区新就业群体党群服务中心
    kind: district
    secretaries: { console: [sec-center] }
    triage: { console: { chat: triage-center } }
  - id: riders-test
    name: 美团骑手党支部
    industry: delivery
    secretaries: { console: [sec-riders] }
    triage: { console: { chat: triage-riders } }
  - id: street-test
    name: 裕强街道
    kind: street
    areas: [裕强, { name: 河北师范大学, aliases: [河北师大, 师大] }, 体育南大街, 石家庄市第三医院]
    secretaries: { console: [sec-yuqiang] }
    triage: { console: { chat: triage-yuqiang } }
  - id: street-jiantong
    name: 建通街道
    kind: street
    areas: [建通, 东岗路]
    secretaries: { console: [sec-jiantong] }
    triage: { console: { chat: triage-jiantong } }
  - id: street-dongyuan
    name: 东苑街道
    kind: street
    areas: [东苑, { name: 石家庄东站, aliases: [东站] }]
    secretaries: { console: [sec-dongyuan] }
    triage: { console: { chat: triage-dongyuan } }
  # A street office named after the district's own road (裕华路 in 裕华区).
  - id: street-yuhualu
    name: 裕华路街道
    kind: street
    areas: [裕华路, 建设南大街]
    secretaries: { console: [sec-yuhualu] }
    triage: { console: { chat: triage-yuhualu } }
`;

const PLACES = `places:
  - { id: third-hospital, name: 石家庄市第三医院, aliases: [市三院], lat: 38.0213, lon: 114.5208 }
  - { id: east-station, name: 石家庄东站, aliases: [高铁东站], lat: 38.0302, lon: 114.5948 }
  - { id: donggang-road, name: 东岗路, lat: 38.0069, lon: 114.5463 }
  # Far from every place an office covers: placed in no area.
  - { id: expressway-exit, name: 京港澳高速南出口, aliases: [高速南口], lat: 37.9521, lon: 114.6402 }
`;

const STATIONS = `stations:
  - id: test-warm-1
    name: 体育南大街暖心驿站
    kind: warm-station
    address: 裕华区体育南大街与东岗路交口
    lat: 38.0083
    lon: 114.5218
    hours: 24h
    services: [hot-water, rest, charging]
    branch: street-test
  - id: test-relay-1
    name: 石家庄东站司机之家
    kind: service-site
    address: 裕华区石家庄东站北广场蓄车场
    lat: 38.0311
    lon: 114.5952
    hours: 24h
    services: [hot-water, rest, parking]
    branch: riders-test
  - id: union-station
    name: 裕华区职工服务驿站
    kind: service-station
    address: 裕华区槐安东路88号
    lat: 38.0195
    lon: 114.5301
    hours: 24h
    services: [hot-water, rest]
    branch: district-test
`;

/** road-hazard to the office of the place named; pay only to the reporter's own branch; a catch-all. */
const ROUTING = `rules:
  - { category: pay-penalty, to: origin }
  - { category: road-hazard, to: area }
  - { category: '*', to: district-test }
`;

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((t) => rm(t, { recursive: true, force: true })));
});

/** The minimal fixture pack with these files replaced, loaded as the bot loads it. */
async function packWith(files: Record<string, string>): Promise<ContentPack> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ws-authors-'));
  temps.push(dir);
  await cp(minimal, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return loadContentPack(dir);
}

const FILES = {
  'pack.yaml': PACK_YAML,
  'branches.yaml': BRANCHES,
  'places.yaml': PLACES,
  'stations.yaml': STATIONS,
  'routing.yaml': ROUTING,
};

let pack: ContentPack;
beforeAll(async () => {
  pack = await packWith(FILES);
});

/** Where a report lands: classified, located and routed as filing does. */
function landing(text: string, p = pack, originBranch?: string): { area?: string; branch: string } {
  const { category } = createClassifier(p).classify(text);
  const area = detectArea(text, p, category);
  return {
    ...(area ? { area } : {}),
    branch: routeReport({ category, ...(area ? { area } : {}), ...(originBranch ? { originBranch } : {}) }, p)
      .branch,
  };
}

describe('a report naming a place in no area falls through to the next rule', () => {
  it('to: area is skipped when the place is in no office’s areas: the catch-all takes it', () => {
    expect(landing('京港澳高速南出口有个大坑')).toEqual({ branch: 'district-test' });
    expect(landing('高速南口井盖没了', pack, 'riders-test')).toEqual({ branch: 'district-test' });
    // The same report on a street an office lists goes to that office.
    expect(landing('东岗路有个大坑')).toEqual({ area: '东岗路', branch: 'street-jiantong' });
  });

  it('to: origin with no group (a private chat) is skipped: the catch-all takes it', () => {
    expect(landing('平台乱罚款 扣钱')).toEqual({ branch: 'district-test' });
    expect(landing('平台乱罚款 扣钱', pack, 'riders-test')).toEqual({ branch: 'riders-test' });
  });

  it('with no catch-all, a report no rule takes goes to the reporter’s branch, else the district', async () => {
    const bare = await packWith({
      ...FILES,
      'routing.yaml': `rules:\n  - { category: pay-penalty, to: origin }\n  - { category: road-hazard, to: area }\n`,
    });
    expect(landing('京港澳高速南出口有个大坑', bare)).toEqual({ branch: 'district-test' });
    expect(landing('京港澳高速南出口有个大坑', bare, 'riders-test')).toEqual({ branch: 'riders-test' });
    expect(landing('平台乱罚款 扣钱', bare)).toEqual({ branch: 'district-test' });
  });
});

describe('a short form that is the city’s or district’s own name locates nothing', () => {
  it.each([
    // 石家庄 of 石家庄东站 and of 石家庄市第三医院: the whole city, not that landmark's office.
    ['石家庄这边路面塌了个大坑', undefined, 'district-test'],
    ['石家庄市里到处是坑 井盖也没了', undefined, 'district-test'],
    ['石家庄东站门口有个大坑', '石家庄东站', 'street-dongyuan'],
    ['石家庄市第三医院门口路面塌了', '石家庄市第三医院', 'street-test'],
    // 裕华 of 裕华路街道 in 裕华区: the whole district; 裕华路 is the office's road.
    ['裕华这边井盖没了', undefined, 'district-test'],
    ['裕华区好多路面坑坑洼洼', undefined, 'district-test'],
    ['裕华路上井盖没了', '裕华路', 'street-yuhualu'],
    ['裕华路街道门口有个大坑', '裕华路', 'street-yuhualu'],
  ])('%s → %s, %s', (text, area, branch) => {
    expect(landing(text)).toEqual({ ...(area ? { area } : {}), branch });
  });

  it('a part several places in different areas begin with locates nothing, named city or not', async () => {
    // pack.yaml without the city: 石家庄 is still no landmark's short form, as 石家庄东站 and 石家庄市第三医院 share it.
    const noCity = await packWith({ ...FILES, 'pack.yaml': PACK_YAML.replace('石家庄市裕华区', '裕华区') });
    expect(landing('石家庄这边路面塌了个大坑', noCity)).toEqual({ branch: 'district-test' });
    expect(landing('石家庄东站门口有个大坑', noCity)).toEqual({
      area: '石家庄东站',
      branch: 'street-dongyuan',
    });
  });

  it('the station finder does not take the city or district for a station', async () => {
    const asker = createAsker(pack, labels);
    const at = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };
    const anchor = (q: string) => new StationQueryReader(pack, labels).read(normalize(q)).anchor?.name;
    expect(anchor('石家庄哪里有驿站')).toBeUndefined();
    expect(anchor('裕华区附近有驿站吗')).toBeUndefined();
    expect(anchor('石家庄东站附近有驿站吗')).toBe('石家庄东站');
    expect(anchor('东站司机之家几点开门')).toBe('石家庄东站司机之家');
    const a = asker.ask('石家庄东站司机之家几点开门', at);
    expect(a.kind === 'stations' && a.results.hits[0]?.station.id).toBe('test-relay-1');
    // The district named alone is here, all of it: the stations are listed, not "which place is that?".
    expect(asker.ask('裕华这边有驿站吗', at).kind).toBe('stations');
    expect(asker.ask('石家庄哪里能充电', at).kind).toBe('stations');
  });
});

describe('a two-character alias inside other words', () => {
  it.each([
    ['在师大门口有个大坑', '河北师范大学', 'street-test'],
    ['河北师大东门路面塌陷', '河北师范大学', 'street-test'],
    ['师大家属院门口井盖没了', '河北师范大学', 'street-test'],
    ['师大那边路灯坏了一排', '河北师范大学', 'street-test'],
    ['东站门口有个大坑', '石家庄东站', 'street-dongyuan'],
  ])('%s names the place: %s, %s', (text, area, branch) => {
    expect(landing(text)).toEqual({ area, branch });
  });

  it.each([
    // 律师 + 大概, 老师 + 大概, 工程师 + 大哥: no 师大 here; 房东 + 站: no 东站.
    '律师大概说路面这个坑没人管',
    '孩子老师大概也是走这条路 路面塌了好大一个坑',
    '工程师大哥说这个井盖早就松了',
    '房东站在楼下说路面塌了个坑',
  ])('%s names no place: the catch-all takes it', (text) => {
    expect(landing(text)).toEqual({ branch: 'district-test' });
  });
});

describe('a place naming two areas: the first named wins', () => {
  it.each([
    // A crossroads of two offices' roads: the road named first, as a worker names the one they are on.
    ['体育南大街东岗路口红绿灯坏了', '体育南大街', 'street-test'],
    ['东岗路体育南大街路口红绿灯坏了', '东岗路', 'street-jiantong'],
    ['体育南大街与东岗路交叉口井盖没了', '体育南大街', 'street-test'],
    ['东岗路和体育南大街交口有个大坑', '东岗路', 'street-jiantong'],
    // A landmark and a road: the same — the first named.
    ['市三院门口东岗路上有个大坑', '石家庄市第三医院', 'street-test'],
    // A station's name gives way to a street written out, wherever it stands.
    ['体育南大街暖心驿站旁边东岗路上井盖没了', '东岗路', 'street-jiantong'],
  ])('%s → %s, %s', (text, area, branch) => {
    expect(landing(text)).toEqual({ area, branch });
  });

  it('a crossroads listed as one office’s area goes there whichever road is written first', async () => {
    const crossing = await packWith({
      ...FILES,
      'branches.yaml': BRANCHES.replace(
        'areas: [建通, 东岗路]',
        'areas: [建通, 东岗路, { name: 体育南大街东岗路口, aliases: [东岗路体育南大街路口] }]',
      ),
    });
    for (const text of ['体育南大街东岗路口红绿灯坏了', '东岗路体育南大街路口红绿灯坏了'])
      expect(landing(text, crossing).branch).toBe('street-jiantong');
    expect(landing('体育南大街中段有个大坑', crossing).branch).toBe('street-test');
  });
});

describe('English and pinyin with general English around them', () => {
  let dalian: ContentPack;
  beforeAll(async () => {
    dalian = await packWith({
      ...FILES,
      'pack.yaml': PACK_YAML.replace('石家庄市裕华区', '大连市甘井子区'),
      'branches.yaml': `${BRANCHES.split('  - id: street-test')[0]}  - id: street-test
    name: 红旗街道
    kind: street
    areas: [红旗西路, 西山水库]
    secretaries: { console: [sec-hongqi] }
    triage: { console: { chat: triage-hongqi } }
  - id: street-zhoushuizi
    name: 周水子街道
    kind: street
    areas: [周水子, 迎客路, 大连北站]
    secretaries: { console: [sec-zhoushuizi] }
    triage: { console: { chat: triage-zhoushuizi } }
`,
      'places.yaml': `places:
  - { id: square, name: 周水子广场, aliases: [周水子地铁站], lat: 38.956, lon: 121.562 }
  - { id: north-station, name: 大连北站, aliases: [Dalian North Station], lat: 39.001, lon: 121.599 }
  - { id: wanda, name: 万达广场, aliases: [Wanda Plaza, 迎客路万达], lat: 38.958, lon: 121.566 }
`,
      'stations.yaml': STATIONS.replaceAll('branch: street-test', 'branch: street-zhoushuizi'),
    });
  });

  it.each([
    ['pothole on Hongqi West Road, someone fell', '红旗西路', 'street-test'],
    ['Hongqi West Rd has a big pothole', '红旗西路', 'street-test'],
    ['big pothole on Hongqi Road West', '红旗西路', 'street-test'],
    ['pothole on Yingke Road', '迎客路', 'street-zhoushuizi'],
    ['manhole cover missing on Yingke Rd', '迎客路', 'street-zhoushuizi'],
    ['Zhoushuizi subway exit has a huge pothole', '周水子', 'street-zhoushuizi'],
    ['pothole outside Zhoushuizi metro station', '周水子', 'street-zhoushuizi'],
    ['pothole near Wanda', '迎客路', 'street-zhoushuizi'],
    ['pothole near Dalian North Railway Station', '大连北站', 'street-zhoushuizi'],
    ['the road by Xishan Reservoir has collapsed', '西山水库', 'street-test'],
  ])('%s → %s, %s', (text, area, branch) => {
    expect(landing(text, dalian)).toEqual({ area, branch });
  });

  it.each([
    ['pothole on Tiyu South Street', '体育南大街'],
    ['pothole on Tiyu South St', '体育南大街'],
    ['pothole on Donggang Rd', '东岗路'],
  ])('a street with its direction, abbreviated or not: %s → %s', (text, area) => {
    expect(landing(text).area).toBe(area);
  });
});
