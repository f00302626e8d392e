import { beforeAll, describe, expect, it } from 'vitest';
import type { Classifier } from '../../../src/core/reports/classify.js';
import { PACKS } from '../../helpers/askers.js';
import { classifierOn } from '../../helpers/classifiers.js';

// Routing round 11: wordings other than the 金水 / 雁塔 dev sets' lines, checked on every pack.
type Pack = keyof typeof PACKS;
const classifiers: Partial<Record<Pack, Classifier>> = {};

beforeAll(async () => {
  for (const [name, dir] of Object.entries(PACKS) as [Pack, string][])
    classifiers[name] = await classifierOn(dir);
});

const category = (pack: Pack, text: string): string => classifiers[pack]!.classify(text).category;

/** Each pack's category for a kind of report. */
const KIND: Record<string, Record<Pack, string>> = {
  health: {
    yangpu: 'health',
    nanshan: 'health',
    hongshan: 'health',
    chaoyang: 'health-heat',
    jinshui: 'shenti-xinli',
    yanta: 'health',
  },
  threat: {
    yangpu: 'safety-threat',
    nanshan: 'safety-conflict',
    hongshan: 'safety-threat',
    chaoyang: 'threat-violence',
    jinshui: 'renshen-anquan',
    yanta: 'threat',
  },
  crash: {
    yangpu: 'accident-insurance',
    nanshan: 'injury-accident',
    hongshan: 'accident-injury',
    chaoyang: 'crash-injury',
    jinshui: 'shigu-shoushang',
    yanta: 'crash-injury',
  },
  wages: {
    yangpu: 'wage-arrears',
    nanshan: 'pay-penalty', // 南山 has no category of its own for wages held back
    hongshan: 'wage-arrears',
    chaoyang: 'wage-owed',
    jinshui: 'qianxin',
    yanta: 'wages-unpaid',
  },
  parking: {
    yangpu: 'parking',
    nanshan: 'parking-access',
    hongshan: 'access-parking',
    chaoyang: 'entry-parking',
    jinshui: 'tingche-jinmen',
    yanta: 'parking-entry',
  },
  housing: {
    yangpu: 'housing',
    nanshan: 'housing',
    hongshan: 'housing',
    chaoyang: 'housing',
    jinshui: 'zhusu',
    yanta: 'housing',
  },
  station: {
    yangpu: 'station-facility',
    nanshan: 'station-facilities',
    hongshan: 'station-issue',
    chaoyang: 'station-problem',
    jinshui: 'yizhan-sheshi',
    yanta: 'station',
  },
  other: {
    yangpu: 'other',
    nanshan: 'other',
    hongshan: 'other',
    chaoyang: 'other',
    jinshui: 'other',
    yanta: 'other',
  },
};

const cases = (kind: string, texts: string[]): [Pack, string, string][] =>
  texts.flatMap((t) =>
    (Object.keys(PACKS) as Pack[]).map((p): [Pack, string, string] => [p, t, KIND[kind]![p]]),
  );

describe('an ailment of the body is a health report, whatever the worker was doing', () => {
  it.each(
    cases('health', [
      '天天骑车 痔疮又犯了 疼得要命',
      '开车久了腰间盘突出 想问哪看病便宜',
      'sitting all day, my piles are killing me',
      '胃一直不舒服 吃不下饭',
      '送了一天单 回来一直咳 嗓子疼得说不出话',
      '最近老是心里发慌 晚上睡不踏实 不想跑了',
      'my back went out lifting boxes, where can I see someone',
    ]),
  )('%s: %s', (pack, text, want) => expect(category(pack, text)).toBe(want));
});

describe('someone attacked or threatened is a safety report, however it is said', () => {
  it.each(
    cases('threat', [
      '有人在群里放话说要来驿站堵我',
      'a customer grabbed a rider by the neck and was choking him outside the mall',
      '顾客朝我吐口水 还骂我',
      '那人说下次见到我就弄死我',
      '保安打额 额啥也没干',
      '顾客下楼就推俺 还骂俺',
    ]),
  )('%s: %s', (pack, text, want) => expect(category(pack, text)).toBe(want));
});

describe('a vehicle that overturned or hit another is a crash, wherever it happened', () => {
  it.each(
    cases('crash', [
      '高架上一辆货车翻了 司机卡在里面出不来',
      'I bumped a parked van while backing out, owner wants me to pay 2000',
      'a van flipped over on the ramp and the driver is stuck inside',
      'a truck flipped on the overpass, driver is pinned inside',
    ]),
  )('%s: %s', (pack, text, want) => expect(category(pack, text)).toBe(want));
});

describe('pay promised for later, or held back when the worker left, is wages owed', () => {
  it.each(
    cases('wages', [
      '包工头说好年底结 现在电话也不接',
      '在一个物流公司干了三个月 老板说下个月给 到现在没影',
      '干了半个月不做了 站长说一分钱都不给',
      '辞职半个月了 最后一个月的钱还没见到',
      "the contractor said he'd pay us at the end of the month, now his phone is off",
      "the boss said he'd settle up after the holiday, now he's blocked me",
      '老闆說年底一起結 現在電話都打不通',
    ]),
  )('%s: %s', (pack, text, want) => expect(category(pack, text)).toBe(want));
});

describe('praise, and a talk asked for, are not the problem of what they mention', () => {
  it.each(
    cases('other', [
      '表扬一下站长 帮我们垫了药费',
      '点赞那个小哥驿站 夏天有绿豆汤',
      '想请街道来给我们讲讲防诈骗',
    ]),
  )('%s: %s', (pack, text, want) => expect(category(pack, text)).toBe(want));

  it.each(cases('station', ['表扬是表扬 但是驿站空调还是坏的']))(
    'praise followed by a complaint is the complaint — %s: %s',
    (pack, text, want) => expect(category(pack, text)).toBe(want),
  );
});

describe('where someone is (在出租屋里) is not what the report is about', () => {
  it.each([
    ...cases('health', ['我在出租屋里发烧了 起不来', '一个骑手在宿舍里割腕了 流了好多血']),
    ...cases('housing', ['出租屋里漏水 房东不管']),
    // …and it is still the setting of a facility problem.
    ...cases('station', ['在驿站里充电的时候插座冒火']),
    ...cases('parking', [
      '在医院门口接病人 刚停就被拍了',
      '电动车停小区门口 出来就找不着了 保安说被物业拉走了',
    ]),
  ])('%s: %s', (pack, text, want) => expect(category(pack, text)).toBe(want));
});

describe('who holds a deposit decides whose matter it is', () => {
  it.each([
    ...cases('wages', ['站点押金一千 说好走的时候退 现在不认了']),
    ...cases('housing', ['房东不退押金', '公司宿舍押金不退']),
  ])('%s: %s', (pack, text, want) => expect(category(pack, text)).toBe(want));
});
