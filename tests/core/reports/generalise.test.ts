/**
 * Routing knowledge that holds on any district's pack, checked on the Nanshan pack (packs/nanshan) and
 * the sample pack: what a report is about when it names a cause and its consequences, a place word
 * that is only where it happened, aggression in an everyday setting, and places named the way people
 * say them (a road's bare stem, English).
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import type { ContentPack } from '../../../src/core/content/schema.js';
import {
  createClassifier,
  detectArea,
  inferredAreas,
  type Classifier,
} from '../../../src/core/reports/classify.js';
import { routeReport } from '../../../src/core/reports/route.js';

const root = resolve(import.meta.dirname, '../../..');
let nanshan: ContentPack;
let yangpu: ContentPack;
let ns: Classifier;

beforeAll(async () => {
  nanshan = await loadContentPack(resolve(root, 'packs/nanshan'));
  yangpu = await loadContentPack(resolve(root, 'content'));
  ns = createClassifier(nanshan);
});

const nanshanPack = () => nanshan;
const yangpuPack = () => yangpu;

/** Where a report from `group` ends up, as the intake routes it. */
function routed(pack: ContentPack, text: string, group?: string) {
  const c = createClassifier(pack).classify(text);
  const area = detectArea(text, pack);
  return {
    ...c,
    area,
    branch: routeReport({ category: c.category, originBranch: group, area }, pack).branch,
  };
}

describe('what the report is about', () => {
  it.each([
    // An assault that draws blood is about the assault, self-harm about health.
    ['two guys jumped me and took my phone, my arm is cut open', 'safety-conflict'],
    ['被保安打得满脸血', 'safety-conflict'],
    ['我室友割腕了 地上都是血', 'health'],
    // A fall that leaves someone confused is an accident, not an illness.
    ['送货时从梯子上摔下来 后脑勺着地 现在人迷糊了', 'injury-accident'],
    // Where it happened is not what happened.
    ['a courier is having a seizure outside the station', 'health'],
    ['我孩子在驿站门口不见了 找了半小时都没找到', 'other'],
    // Aggression decides over the setting.
    ['电动车放在小区门口被人划了', 'safety-conflict'],
    // Words naming the workers or the platform say nothing about the topic.
    ['希望能多搞点骑手联谊活动', 'other'],
    ['the platform takes a bigger cut every month now', 'pay-penalty'],
    // English written with apostrophes and hyphens is read as normalised ("won't" → "won t").
    ["the compound guards won't let riders ride in", 'parking-access'],
    ['my van got rear-ended, who handles the insurance?', 'injury-accident'],
    ['the face check keeps failing so I can’t work', 'platform-rules'],
    // Structure, not a word list: a deduction with its amount, being kept out, a road splitting open.
    ['送晚了两分钟 系统扣了我三十', 'pay-penalty'],
    ['写字楼保安不让外卖员骑车进园区', 'parking-access'],
    ['沙河西路路面裂开一条大缝', 'road-hazard'],
    // Taking the worker's keys is aggression, whoever does it.
    ['保安把我电动车钥匙拔走了', 'safety-conflict'],
    ['外卖箱放在车上被人顺走了', 'safety-conflict'],
    ['送件被自行车撞了一下 手肘擦破了', 'injury-accident'],
    ["I've been feeling down for weeks and can't sleep", 'health'],
    // A falling load is an accident, not an assault; an attacker wields what hits.
    ['在仓库被掉下来的箱子砸中头 人躺着不说话', 'injury-accident'],
    ['老板拖了我们三个月的工资', 'pay-penalty'],
    ['顾客把我堵在门口不让走', 'safety-conflict'],
  ])('%s → %s', (text, category) => {
    expect(ns.classify(text).category).toBe(category);
  });
});

describe('a near miss', () => {
  // What nearly happened did not: the loose cover is the report (翻车 is a 杨浦 accident keyword).
  it('is not what the report is about', () => {
    expect(routed(yangpu, '大连路那边有个井盖翘起来了 骑过去差点翻车').category).toBe('road-hazard');
    expect(routed(yangpu, 'a loose manhole cover on Kongjiang Road, I nearly crashed').category).toBe(
      'road-hazard',
    );
  });
});

describe('places as people name them', () => {
  it('a road by its bare stem before 那边/附近, in both packs', () => {
    expect(detectArea('国定那边积水很深', yangpu)).toBe('国定路');
    expect(detectArea('鞍山一带路灯全坏了', yangpu)).toBe('鞍山新村');
    expect(detectArea('茶光那边路面塌了一个坑', nanshan)).toBe('茶光路');
  });

  it('a longer name over a shorter one it overlaps', () => {
    // 台风过后海上世界: 海上世界 (蛇口), not the 后海 that 过后 + 海上 spell.
    expect(detectArea('台风过后海上世界门口的树倒了', nanshan)).toBe('海上世界');
  });

  it("an English place name's road or lake is a place, not a hazard", () => {
    expect(routed(nanshan, 'a rider went through the windscreen of a taxi on Keyuan Road').category).toBe(
      'injury-accident',
    );
  });

  it('a Chinese place name in English', () => {
    expect(detectArea('the road by Xili Lake is flooded', nanshan)).toBe('西丽湖');
    expect(detectArea('Shenzhen University north gate is flooded', nanshan)).toBe('深圳大学');
    expect(detectArea('street lights out on Yangpu Bridge', yangpu)).toBe('杨浦大桥');
  });

  it('so a road hazard named that way reaches the street office', () => {
    expect(routed(nanshan, '茶光那边路面塌了一个坑', 'meituan-nanshan')).toMatchObject({
      category: 'road-hazard',
      branch: 'street-xili',
    });
    expect(routed(nanshan, 'huge pothole on the road by Xili Lake', 'didi-nanshan')).toMatchObject({
      category: 'road-hazard',
      branch: 'street-xili',
    });
  });
});

describe('aggression in any setting decides, in both packs', () => {
  it.each([
    // A guard at a gate, an unpaid fare, a threatened complaint: the push or the insult is the report.
    [nanshanPack, '保安拦着不让进 还推了我一把', 'safety-conflict'],
    [nanshanPack, '乘客不给钱还骂人', 'safety-conflict'],
    [yangpuPack, '乘客骂我 还说要投诉我', 'safety-threat'],
    [
      nanshanPack,
      'a guy at the loading bay threatened to smash my truck if I parked there again',
      'safety-conflict',
    ],
    // "kicked out" is housing, not a kick.
    [yangpuPack, 'Got kicked out of my room today, nowhere to sleep tonight', 'housing'],
    // Self-harm outweighs who provoked it.
    [nanshanPack, '站长骂我业绩差 我跟他说我想从楼上跳下去一了百了', 'health'],
  ])('%#: %s → %s', (pack, text, category) => {
    expect(routed(pack(), text).category).toBe(category);
  });
});

describe('the setting of a facility problem', () => {
  it('no hot water in a dorm is housing; at a station, a station problem', () => {
    expect(routed(yangpu, 'our dorm has no hot water for a week').category).toBe('housing');
    expect(routed(nanshan, 'our dorm has no hot water for a week').category).toBe('housing');
    expect(routed(nanshan, '海岸城小哥驛站沒有熱水了').category).toBe('station-facilities');
  });

  it('being kept out of a station is about the station, water outside it about the road', () => {
    expect(routed(yangpu, '建行那个接力站不让我们进去 说只给客户用')).toMatchObject({
      category: 'station-facility',
      branch: 'street-kongjiang',
    });
    expect(routed(nanshan, '西丽暖心驿站门口积水 进不去').category).toBe('road-hazard');
  });
});

describe('road hazards told through what they did', () => {
  it('others falling at a hazard make a road report; the reporter hurt, an accident', () => {
    expect(routed(yangpu, '同济门口有个大坑，好几个骑手摔了').category).toBe('road-hazard');
    expect(
      routed(yangpu, 'pothole near Daxue Road is huge, two riders fell off there this week'),
    ).toMatchObject({
      category: 'road-hazard',
      branch: 'street-wujiaochang',
    });
    expect(routed(nanshan, '上个月摔车骨折 职业伤害保障的理赔材料交上去一直没动静').category).toBe(
      'injury-accident',
    );
  });

  it('a tree blown down or a stolen manhole cover is a hazard, not an accident or a theft', () => {
    expect(routed(yangpu, '路边的树被风刮倒了横在路中间').category).toBe('road-hazard');
    expect(routed(nanshan, '茶光那边一段路井盖被偷了 晚上黑看不见')).toMatchObject({
      category: 'road-hazard',
      branch: 'street-xili',
    });
  });
});

describe('other short forms of places', () => {
  it('a stem before 那个, two-syllable pinyin, an English word shared by one street', () => {
    expect(detectArea('湾厦那个路口红绿灯坏了', nanshan)).toBe('湾厦路');
    expect(detectArea('my landlord in Xili changed the locks', nanshan)).toBe('西丽街道');
    expect(detectArea('the rest stop at Changyang Valley has no hot water', yangpu)).toBe('长阳路');
    // The district's own name is no place inside it.
    expect(detectArea('Yangpu pothole', yangpu)).toBeUndefined();
  });

  it('a street office named after the district gives no short form: 浑南 is the whole district', async () => {
    const hunnan = await loadContentPack(resolve(root, 'packs/hunnan'));
    expect(detectArea('浑南这块有个井盖没了 差点掉进去', hunnan)).toBeUndefined();
    expect(routed(hunnan, '浑南这块有个井盖没了 差点掉进去').branch).toBe('hn-center');
    // Its areas, written out, still say where.
    expect(routed(hunnan, '浑南大道有个大坑 车都颠坏了').branch).toBe('street-hunnan');
  });

  /** 浑南's pack with one more area for its first street office and one more station (a copy of its first). */
  async function hunnanWith(area: string, station: Partial<ContentPack['stations'][number]>) {
    const hunnan = await loadContentPack(resolve(root, 'packs/hunnan'));
    const office = hunnan.branches.find((b) => b.areas.length > 0)!;
    return {
      ...hunnan,
      branches: hunnan.branches.map((b) => (b === office ? { ...b, areas: [...b.areas, area] } : b)),
      stations: [{ ...hunnan.stations[0]!, aliases: [], ...station }, ...hunnan.stations],
    } satisfies ContentPack;
  }

  it('a park or station named after the district gives no short form either (观山湖公园 in 观山湖区)', async () => {
    const pack = await hunnanWith('浑南公园', { id: 'park-station', name: '浑南公园暖心驿站' });
    expect(detectArea('浑南这块有个井盖没了 差点掉进去', pack)).toBeUndefined();
    expect(detectArea('我在浑南送单 路灯坏了一排', pack)).toBeUndefined();
    expect(detectArea('浑南公园门口路灯坏了一排', pack)).toBe('浑南公园');
  });

  it('an area called after a gate (南门) is not the gate of a place named before it', async () => {
    const pack = await hunnanWith('南门', {
      id: 'gate-station',
      name: '某某驿站',
      address: '某某大学南门对面',
    });
    expect(detectArea('我在南门这边被车撞了', pack)).toBe('南门');
    expect(detectArea('医院南门口有人打架', pack)).toBeUndefined();
    // The station's address names the university's gate, not the 南门 area: it is not counted there.
    expect(inferredAreas(pack).find((p) => p.name === '某某驿站')).toBeDefined();
  });
});

describe('the fallback category', () => {
  it('its own topic (union, training, suggestions) counts in full', () => {
    expect(routed(nanshan, '建议驿站周末搞点义诊').category).toBe('other');
  });
});

describe('a fire', () => {
  it('is a housing report where workers live, a station report at a station', () => {
    expect(routed(yangpu, '小区车棚着火了 好多电瓶车在烧 楼上还有人').category).toBe('housing');
    expect(routed(nanshan, '驿站的充电柜起火了 里面还有人在休息').category).toBe('station-facilities');
  });
});

describe('costs and pain follow their cause', () => {
  it('a claim after heat stroke is health, after a fall an accident', () => {
    expect(routed(yangpu, '前几天中暑了 现在好多了 能报销医药费吗').category).toBe('health');
    expect(routed(yangpu, '摔了一跤 腿很疼 医药费能报吗').category).toBe('accident-insurance');
  });

  it('pain after a fall is the accident; pain alone is health', () => {
    expect(
      routed(nanshan, 'my knee still hurts from the fall last month, who pays the physio?').category,
    ).toBe('injury-accident');
    expect(routed(nanshan, '胃疼得厉害 跑不动了').category).toBe('health');
  });
});

describe('who fines', () => {
  it('the platform or the station: pay; the property manager: housing', () => {
    expect(routed(yangpu, '超时两分钟罚了我五十').category).toBe('pay-penalty');
    expect(routed(yangpu, '物业不让在楼道充电 罚了五十').category).toBe('housing');
  });
});

describe('aggression by the worker', () => {
  it('a complaint that the worker insulted someone is not an attack on the worker', () => {
    expect(routed(nanshan, '被顾客投诉说我骂人 平台罚了我两百').category).toBe('pay-penalty');
  });
});

describe('more structures', () => {
  it('被…打了 is an assault, 被打了差评 a rating', () => {
    expect(routed(yangpu, '送餐时在电梯里被一个大爷用拐杖打了 说我挤到他').category).toBe('safety-threat');
    expect(routed(yangpu, '又被顾客打了差评 扣了服务分').category).toBe('platform-rules');
  });

  it("a station's parking spaces are the station's", () => {
    expect(routed(nanshan, '留仙洞那个货车司机之家停车位太少了').category).toBe('station-facilities');
  });
});
