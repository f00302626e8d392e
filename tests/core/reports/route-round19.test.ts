import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentPack } from '../../../src/core/content/schema.js';
import { detectArea, type Classifier } from '../../../src/core/reports/classify.js';
import { routeReport } from '../../../src/core/reports/route.js';
import { PACKS, packAt } from '../../helpers/askers.js';
import { classifierOn } from '../../helpers/classifiers.js';

// Route round 19: urgent and emergency reports told without the category's words (other wordings than the
// emergency-dev12 sets' lines), on every tuned pack and 天河. What a secretary sees is the category and the
// branch whose queue the report lands in.
const ALL = { ...PACKS, tianhe: resolve(import.meta.dirname, '../../../packs/tianhe') } as const;
type Pack = keyof typeof ALL;
const loaded: Partial<Record<Pack, { pack: ContentPack; classifier: Classifier }>> = {};

beforeAll(async () => {
  for (const [name, dir] of Object.entries(ALL) as [Pack, string][])
    loaded[name] = { pack: await packAt(dir), classifier: await classifierOn(dir) };
});

const category = (pack: Pack, text: string): string => loaded[pack]!.classifier.classify(text).category;

/** "category → branch", as the report reaches the queue from a group of `origin`. */
function seen(name: Pack, origin: string, text: string): string {
  const { pack, classifier } = loaded[name]!;
  const c = classifier.classify(text).category;
  const area = detectArea(text, pack, c);
  return `${c} → ${routeReport({ category: c, originBranch: origin, area }, pack).branch}`;
}

/** Each pack's category for a kind of report. */
const KIND: Record<
  'crash' | 'threat' | 'health' | 'road' | 'parking' | 'housing' | 'other',
  Record<Pack, string>
> = {
  housing: {
    yangpu: 'housing',
    nanshan: 'housing',
    hongshan: 'housing',
    chaoyang: 'housing',
    jinshui: 'zhusu',
    yanta: 'housing',
    tianhe: 'housing-dorm',
  },
  crash: {
    yangpu: 'accident-insurance',
    nanshan: 'injury-accident',
    hongshan: 'accident-injury',
    chaoyang: 'crash-injury',
    jinshui: 'shigu-shoushang',
    yanta: 'crash-injury',
    tianhe: 'crash-injury',
  },
  threat: {
    yangpu: 'safety-threat',
    nanshan: 'safety-conflict',
    hongshan: 'safety-threat',
    chaoyang: 'threat-violence',
    jinshui: 'renshen-anquan',
    yanta: 'threat',
    tianhe: 'personal-safety',
  },
  health: {
    yangpu: 'health',
    nanshan: 'health',
    hongshan: 'health',
    chaoyang: 'health-heat',
    jinshui: 'shenti-xinli',
    yanta: 'health',
    tianhe: 'health-illness',
  },
  road: {
    yangpu: 'road-hazard',
    nanshan: 'road-hazard',
    hongshan: 'road-danger',
    chaoyang: 'road-danger',
    jinshui: 'lumian-yinhuan',
    yanta: 'road',
    tianhe: 'road-danger',
  },
  parking: {
    yangpu: 'parking',
    nanshan: 'parking-access',
    hongshan: 'access-parking',
    chaoyang: 'entry-parking',
    jinshui: 'tingche-jinmen',
    yanta: 'parking-entry',
    tianhe: 'parking-entry',
  },
  other: {
    yangpu: 'other',
    nanshan: 'other',
    hongshan: 'other',
    chaoyang: 'other',
    jinshui: 'other',
    yanta: 'other',
    tianhe: 'other',
  },
};

const cases = (kind: keyof typeof KIND, texts: string[]): [Pack, string, string][] =>
  (Object.keys(ALL) as Pack[]).flatMap((pack) =>
    texts.map((t): [Pack, string, string] => [pack, t, KIND[kind][pack]]),
  );

describe('an injury at work told by what happened to the body', () => {
  it.each(
    cases('crash', [
      '分拣线把我工友的袖子卷进去了 手拉不出来',
      '仓库的货架倒下来压住一个理货员',
      '后厨热油泼到我手上 起了一大片泡',
      '他小腿骨头都戳出来了',
      '一个外卖员连人带车冲进河里了',
      '卷帘门落下来 有人卡在下面',
      // Shanghainese: 拨 is the passive (拨汽车撞了 = 被汽车撞了).
      '阿拉同事拨汽车撞了 腿也断了',
      // A 泥头车 is a lorry in a crash, not spoil on the road.
      '同事被泥头车刮倒了 腿卡在车底下',
      '搬货的时候被夹在两辆货车中间',
      // Burns are injuries…
      '后厨煤气罐炸了 师傅手上烧伤一大片',
    ]),
  )('%s: %s', (pack, text, want) => expect(category(pack, text)).toBe(want));

  // …but a fire where workers live stays housing's.
  it.each(cases('housing', ['宿舍里电瓶炸了 有人被烧伤']))('%s: %s', (pack, text, want) =>
    expect(category(pack, text)).toBe(want),
  );

  it.each(cases('road', ['台风把树刮倒了 砸到一个骑手 压在下面']))(
    'someone pinned by the road hazard the report names is the hazard’s report — %s: %s',
    (pack, text, want) => expect(category(pack, text)).toBe(want),
  );
});

describe('aggression told as what was done', () => {
  it.each(
    cases('threat', [
      '有个男的在电梯里摸我 我好怕',
      '下班路上一个男的一路跟到我家楼下',
      '保安揪住我同事就打',
      '有人拿钢管砸我们的人',
      '小区保安辣门口拿棍子打阿拉兄弟',
      // Locked in by whoever hired the worker.
      '包工头把我锁在工地的屋里 手机也收了',
      // A crowd crush, and those hurt in it.
      '地铁口人挤人 有个大姐被挤倒踩了好几脚',
    ]),
  )('%s: %s', (pack, text, want) => expect(category(pack, text)).toBe(want));
});

describe('a farewell with pills ready, bleeding from an illness, an asthma attack: health reports', () => {
  it.each(
    cases('health', [
      '兄弟们再见了 安眠药我都准备好了',
      '同事突然吐了好多血 站都站不稳',
      '老婆怀孕五个月 下身一直流血',
      "my friend is having an asthma attack and can't breathe",
    ]),
  )('%s: %s', (pack, text, want) => expect(category(pack, text)).toBe(want));
});

describe('drills, films, first-aid classes and pets are not the worker’s own trouble', () => {
  it.each(
    cases('other', [
      '下周站里搞消防演练 谁想参加',
      '刚看了个视频 有个骑手被车撞飞了 太吓人了',
      '我家猫被车撞了 附近哪有宠物医院',
      '想报个急救培训班 学学心肺复苏',
      '打游戏的时候被人砍死了 气人',
    ]),
  )('%s: %s', (pack, text, want) => expect(category(pack, text)).toBe(want));

  it.each([
    // News of the worker's own trouble is that trouble; a dog that bit the worker is an injury.
    ...cases('parking', ['看到新闻说明年起外卖车不让进小区了']),
    ...cases('crash', ['我家狗给我咬了一口 流血了']),
    // Kept out is access, not locked in.
    ...cases('parking', ['把我们关在门外 不让进去送餐']),
  ])('%s: %s', (pack, text, want) => expect(category(pack, text)).toBe(want));
});

describe('the queue a secretary finds the report in', () => {
  it.each([
    ['tianhe', 'sf-tianhe', '仓库货架冧咗 压住个理货员', 'crash-injury → sf-tianhe'],
    ['tianhe', 'meituan-tianhe', '有个男的在电梯里摸我 一路跟我进楼梯间', 'personal-safety → meituan-tianhe'],
    ['tianhe', 'didi-tianhe', '拜拜各位 药我已经准备好了 唔使搵我', 'health-illness → district-tianhe'],
    ['tianhe', 'meituan-tianhe', '驿站有冇急救班 想学心肺复苏', 'other → meituan-tianhe'],
    ['yangpu', 'sf-yangpu', '卷帘门落下来 有人卡辣下头', 'accident-insurance → sf-yangpu'],
    ['yangpu', 'meituan-yangpu', '小区保安拿棍子辣敲阿拉兄弟', 'safety-threat → meituan-yangpu'],
    ['yangpu', 'meituan-yangpu', '今天跑了六十单 累死了', 'other → meituan-yangpu'],
    ['jinshui', 'jd-jinshui', '库里货架塌了 压住俩分拣工', 'shigu-shoushang → jd-jinshui'],
    ['hongshan', 'mt-riders-hs', '后厨滚油泼到他膀子上 皮都烫脱了', 'accident-injury → mt-riders-hs'],
  ] as [Pack, string, string, string][])('%s, from %s: %s', (pack, origin, text, want) =>
    expect(seen(pack, origin, text)).toBe(want),
  );
});
