/**
 * A station's facility told in English is filed where the same told in Chinese is (QA28 #6: "The charging cabinet at
 * our station has been broken for three days" went to 道路隐患 · 🟠 紧急, its Chinese telling to 驿站设施 · 🟢 一般).
 * Checked on the sample pack and on packs of other districts, whose station categories are named differently.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import { createClassifier, type Classifier } from '../../../src/core/reports/classify.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const PACKS = {
  yangpu: 'content',
  nanshan: 'packs/nanshan',
  guanshanhu: 'packs/guanshanhu',
  jianye: 'packs/jianye',
};
const classifiers = new Map<string, Classifier>();

beforeAll(async () => {
  for (const [name, dir] of Object.entries(PACKS))
    classifiers.set(name, createClassifier(await loadContentPack(path.join(root, dir))));
});

/** English telling, and the Chinese one whose filing it should share. */
const TOLD: [string, string][] = [
  [
    'The charging cabinet at our station has been broken for three days, nobody has come to fix it.',
    '我们驿站的充电柜坏了三天了，一直没人来修',
  ],
  ['The charging cabinet is broken', '充电柜坏了'],
  ['the charging pile at the rest stop is not working', '休息点的充电桩不能用了'],
  ['The sockets at the rest station are all broken', '驿站的插座全坏了'],
  ['the air conditioner at the station has been broken all week', '驿站的空调坏了一个星期了'],
  ['the kettle at the rider station is broken, no hot water', '骑手驿站的烧水壶坏了，没热水'],
];

describe('a station facility told in English', () => {
  it.each(Object.keys(PACKS))('%s: files it with its Chinese telling, at the same urgency', (pack) => {
    const rules = classifiers.get(pack)!;
    for (const [english, chinese] of TOLD) {
      const zh = rules.classify(chinese);
      const en = rules.classify(english);
      expect({ category: en.category, urgency: en.urgency }, english).toEqual({
        category: zh.category,
        urgency: zh.urgency,
      });
    }
  });

  it('a thing said broken with nothing to say what it is about is no road hazard', () => {
    const rules = classifiers.get('yangpu')!;
    for (const text of ['My phone holder is broken', 'The door is broken', 'it has been broken for days'])
      expect(rules.classify(text), text).toMatchObject({ category: 'other', urgency: 'normal' });
    // A road hazard said so in English still is one.
    for (const text of [
      'The streetlight on our road is broken',
      'there is a broken manhole cover on the road',
    ])
      expect(rules.classify(text).category, text).toBe('road-hazard');
  });
});
