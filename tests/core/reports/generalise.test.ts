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
import { createClassifier, detectArea, type Classifier } from '../../../src/core/reports/classify.js';
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
