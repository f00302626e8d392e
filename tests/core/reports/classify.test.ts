import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import type { Category, ContentPack } from '../../../src/core/content/schema.js';
import {
  areaAt,
  createClassifier,
  detectArea,
  normaliseReportText,
  type Classifier,
} from '../../../src/core/reports/classify.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

let sample: ContentPack;
let minimal: ContentPack;
let rules: Classifier;

beforeAll(async () => {
  sample = await loadContentPack(path.join(root, 'content'));
  minimal = await loadContentPack(path.join(root, 'tests/fixtures/packs/minimal'));
  rules = createClassifier(sample);
});

const cat = (id: string, keywords: string[], urgency: Category['urgency'] = 'normal'): Category => ({
  id,
  name: id,
  description: '测试类别',
  keywords,
  urgency,
  emergencyWhen: [],
});

/** The minimal pack with the given categories (plus `other`) and urgency lists. */
function packWith(
  categories: Category[],
  extra: { emergency?: string[]; urgent?: string[] } = {},
): ContentPack {
  return {
    ...minimal,
    categories: {
      precedence: [],
      categories: [...categories, cat('other', ['其他'])],
      emergencyKeywords: extra.emergency ?? [],
      urgentKeywords: extra.urgent ?? [],
    },
  };
}

describe('normaliseReportText', () => {
  it('folds traditional, full-width and variant characters into one form', () => {
    expect(normaliseReportText('帳號被凍結！！')).toBe(normaliseReportText('账号被冻结'));
    expect(normaliseReportText('ＰＯＴＨＯＬＥ')).toBe('pothole');
    expect(normaliseReportText('著火了')).toBe('着火了');
  });
});

describe('emergency detection (sample pack)', () => {
  it.each([
    ['刚被车撞了，腿在流血，起不来', 'accident-insurance'],
    ['騎手被車撞倒了，流了很多血', 'accident-insurance'],
    ['他拿刀威胁我，我躲在店里', 'safety-threat'],
    ['有人被打了，快来人', 'safety-threat'],
    ['There was an accident, the rider is injured and bleeding', 'accident-insurance'],
  ])('%s → emergency', (text, category) => {
    const r = rules.classify(text);
    expect(r.urgency).toBe('emergency');
    expect(r.category).toBe(category);
  });

  it.each([
    '摔车了，人没受伤，就是车坏了',
    '撞了一下，还好没有受伤',
    '沒有人受傷，車撞壞了',
    'Had a crash this morning, nobody was injured',
    '差点被车撞，吓死了',
  ])('negated or averted: %s → not an emergency', (text) => {
    expect(rules.classify(text).urgency).not.toBe('emergency');
  });

  it.each([
    '不小心摔倒受伤了',
    '无缘无故被打了',
    '不知道他有没有受伤，躺着不动',
    '别人受伤了',
    '伤口一直不停流血',
  ])('negator look-alikes do not cancel it: %s', (text) => {
    expect(rules.classify(text).urgency).toBe('emergency');
  });

  it('a negated urgent word does not raise urgency', () => {
    expect(rules.classify('平台扣钱的事不是很急，有空看看').urgency).toBe('normal');
    expect(rules.classify('平台扣钱的事很急').urgency).toBe('urgent');
  });

  it('a negation in another clause does not cancel the emergency', () => {
    expect(rules.classify('没有人管，他受伤了躺在路边').urgency).toBe('emergency');
  });

  it('an emergency word inside a longer everyday phrase does not count (被打了差评)', () => {
    const r = rules.classify('昨天被打了差评，申诉也没用');
    expect(r.urgency).not.toBe('emergency');
  });

  it('emergency marks a report whatever its category', () => {
    const r = rules.classify('国定路井盖没了，一个骑手掉下去受伤了');
    expect(r.category).toBe('road-hazard');
    expect(r.urgency).toBe('emergency');
    expect(r.matched).toEqual(['井盖没了', '受伤了']);
  });
});

describe('categories (sample pack)', () => {
  it.each([
    ['平台乱扣钱，超时一分钟罚五块', 'pay-penalty', 'normal'],
    ['帳號被封了，申訴沒用', 'account-ban', 'normal'],
    ['老板跑路了，三个月工资没发', 'wage-arrears', 'urgent'],
    ['there is a big pothole near the bridge', 'road-hazard', 'urgent'],
    ['小區保安不讓外賣進', 'parking', 'normal'],
    ['暖心驿站的饮水机坏了，没热水', 'station-facility', 'normal'],
    ['被房东赶出来了，今晚没地方住', 'housing', 'urgent'],
  ])('%s → %s (%s)', (text, category, urgency) => {
    const r = rules.classify(text);
    expect(r.category).toBe(category);
    expect(r.urgency).toBe(urgency);
    expect(r.confidence).toBeGreaterThan(0);
  });

  it('text that matches nothing goes to other with confidence 0', () => {
    expect(rules.classify('你好')).toEqual({
      category: 'other',
      urgency: 'normal',
      confidence: 0,
      matched: [],
    });
    expect(rules.classify('')).toMatchObject({ category: 'other', confidence: 0 });
    expect(rules.classify('👍👍').category).toBe('other');
  });

  it('copes with a 10,000-character report', () => {
    const long = `${'今天跑单好累。'.repeat(1400)}井盖没了`;
    // A huge report is classified (into some category of the pack) rather than throwing; speed is benched.
    const r = rules.classify(long);
    expect(sample.categories.categories.map((c) => c.id)).toContain(r.category);
  });
});

describe('scoring (fixture categories)', () => {
  it('the longer, more specific phrase wins an overlap (差评扣钱 over 差评)', () => {
    const c = createClassifier(packWith([cat('rules', ['差评']), cat('pay', ['差评扣钱'])]));
    expect(c.classify('顾客差评扣钱太狠了').category).toBe('pay');
    expect(c.classify('顾客给了差评').category).toBe('rules');
  });

  it('several hits add up against one stronger hit', () => {
    const c = createClassifier(packWith([cat('a', ['井盖没了']), cat('b', ['房东', '押金', '宿舍'])]));
    expect(c.classify('井盖没了').category).toBe('a');
    expect(c.classify('宿舍门口井盖没了，房东还不退押金').category).toBe('b');
  });

  it('a keyword matches with one or two extra characters inside, at less weight', () => {
    // Words outside the built-in topics (topics.ts), so that only the keywords decide.
    const c = createClassifier(packWith([cat('ripe', ['苹果没熟']), cat('fruit', ['苹果'])]));
    const r = c.classify('苹果还没熟');
    expect(r.category).toBe('ripe');
    expect(r.matched).toEqual(['苹果没熟']);
    expect(c.classify('苹果到底什么时候才能没熟').category).toBe('fruit');
  });

  it('Latin keywords match whole words, with English endings', () => {
    const c = createClassifier(packWith([cat('road', ['pothole']), cat('ban', ['ban'])]));
    expect(c.classify('Potholes everywhere on Dalian Road').category).toBe('road');
    expect(c.classify('my account got a ban').category).toBe('ban');
    expect(c.classify('I ate a banana').category).toBe('other');
  });

  it('an urgency phrase does not hide the topic word inside it (孩子生病 / 生病)', () => {
    const c = createClassifier(packWith([cat('health', ['生病'])], { urgent: ['孩子生病'] }));
    expect(c.classify('孩子生病了').category).toBe('health');
    expect(c.classify('孩子生病了').urgency).toBe('urgent');
  });

  it('starts from the category urgency; urgent keywords raise it, never lower it', () => {
    const c = createClassifier(
      packWith([cat('road', ['井盖'], 'urgent'), cat('pay', ['罚款'])], {
        urgent: ['马上'],
        emergency: ['受伤'],
      }),
    );
    expect(c.classify('井盖坏了').urgency).toBe('urgent');
    expect(c.classify('罚款').urgency).toBe('normal');
    expect(c.classify('罚款的事马上处理').urgency).toBe('urgent');
    expect(c.classify('罚款 受伤').urgency).toBe('emergency');
    expect(c.keywordUrgency('井盖坏了')).toBeUndefined();
    expect(c.keywordUrgency('有人受伤')).toBe('emergency');
  });

  it('other keywords count half, so a real topic wins', () => {
    const pack: ContentPack = {
      ...minimal,
      categories: {
        precedence: [],
        categories: [cat('pay', ['扣钱']), cat('other', ['问一下'])],
        emergencyKeywords: [],
        urgentKeywords: [],
      },
    };
    const c = createClassifier(pack);
    expect(c.classify('问一下为什么扣钱').category).toBe('pay');
    expect(c.classify('问一下为什么').category).toBe('other');
  });

  it('refuses a pack without the fallback category', () => {
    const pack: ContentPack = {
      ...minimal,
      categories: {
        precedence: [],
        categories: [cat('pay', ['扣钱'])],
        emergencyKeywords: [],
        urgentKeywords: [],
      },
    };
    expect(() => createClassifier(pack)).toThrow(/"other"/);
  });
});

describe('detectArea', () => {
  it('finds a street named in the text, in either script', () => {
    expect(detectArea('国定路上有个大坑', sample)).toBe('国定路');
    expect(detectArea('國定路上有個大坑', sample)).toBe('国定路');
    expect(detectArea('控江路靖宇路口的井盖松了', sample)).toBe('控江路');
  });

  it('maps a landmark to the area its names give', () => {
    expect(detectArea('复旦门口的井盖坏了', sample)).toBe('邯郸路'); // alias 邯郸路
    expect(detectArea('五角场万达广场门口', sample)).toBe('五角场'); // name contains 五角场
    expect(detectArea('合生匯後門那條路', sample)).toBe('五角场');
    expect(detectArea('滨江那边路面坑坑洼洼', sample)).toBe('杨浦滨江');
    expect(detectArea('there is a pothole on Changyang Road', sample)).toBe('长阳路');
    expect(detectArea('near the KIC building', sample)).toBe('创智天地');
    expect(detectArea('the rest station at Wanda', sample)).toBe('五角场');
  });

  it('gives no area for a place outside every street, or none named', () => {
    expect(detectArea('同济门口有个大坑', sample)).toBeUndefined();
    expect(detectArea('路边施工没有围挡', sample)).toBeUndefined();
    expect(detectArea('kick the ball', sample)).toBeUndefined();
    expect(detectArea('Yangpu district', sample)).toBeUndefined();
  });

  it('the place named first wins', () => {
    expect(detectArea('平凉路有个坑，我住五角场', sample)).toBe('平凉路');
  });

  it('a landmark with no area in its names takes the nearest linked landmark within 1 km', () => {
    const pack: ContentPack = {
      ...minimal,
      places: [
        { id: 'near', name: '近处广场', aliases: [], lat: 31.3005, lon: 121.5 },
        { id: 'far', name: '远处公园', aliases: [], lat: 31.4, lon: 121.5 },
        { id: 'linked', name: '测试路口', aliases: ['测试路'], lat: 31.3, lon: 121.5 },
      ],
    };
    expect(detectArea('近处广场的井盖没了', pack)).toBe('测试路');
    expect(detectArea('远处公园的井盖没了', pack)).toBeUndefined();
    expect(areaAt(31.3001, 121.5001, pack)).toBe('测试路');
    expect(areaAt(31.4, 121.5, pack)).toBeUndefined();
  });
});
