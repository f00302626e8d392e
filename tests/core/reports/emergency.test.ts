/**
 * Emergencies from built-in knowledge (emergency.ts): acute danger to a person now is an emergency in
 * any pack — even one whose categories list no keywords at all — in zh-CN, zh-TW and English.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import type { ContentPack } from '../../../src/core/content/schema.js';
import { createClassifier, normaliseReportText } from '../../../src/core/reports/classify.js';
import { emergencySignals } from '../../../src/core/reports/emergency.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let v2: ContentPack;

beforeAll(async () => {
  // Categories with descriptions and (almost) no keywords, no emergencyKeywords: only built-in knowledge.
  v2 = await loadContentPack(path.join(root, 'tests/fixtures/packs/v2-format'));
});

const signals = (text: string) => emergencySignals(normaliseReportText(text));

describe('built-in emergency signals', () => {
  it.each([
    ['同事头上一直在流血，叫不醒', ['bleeding', 'unconscious']],
    ['師傅突然胸口痛，喘不上氣', ['breathing']],
    ['兄弟中暑晕倒在路边了', ['heat-stroke', 'unconscious']],
    ['有人拿刀在店门口砍人', ['violence']],
    ['我真的不想活了', ['self-harm']],
    ['电瓶车在楼道里着火了', ['fire']],
    ['电梯卡住了人被困在里面', ['trapped']],
    ['a customer punched me and my nose is bleeding', ['bleeding', 'violence']],
    ['my coworker collapsed and is not breathing', ['unconscious']],
    ['he says he wants to kill himself', ['self-harm']],
  ])('%s → %j', (text, expected) => {
    expect(signals(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    '人没受伤也没流血，就是车坏了',
    '差点被车撞，吓死了',
    '夏天怎么防中暑',
    '被打了差评，扣了五十',
    '体检查出血压高',
    '上个月被车撞了，保险到现在还没赔',
    'nobody was bleeding, just the bike is broken',
    '累得想死',
  ])('not an emergency: %s', (text) => {
    expect(signals(text)).toEqual([]);
  });

  it('makes a report an emergency in a pack without emergency keywords, and puts it in the fitting category', () => {
    const c = createClassifier(v2);
    expect(c.classify('路上有个大坑，有人掉进去了').urgency).toBe('emergency'); // the category's emergencyWhen
    expect(c.classify('同事被车撞了，腿在流血').urgency).toBe('emergency');
    expect(c.keywordUrgency('He collapsed and is not breathing')).toBe('emergency');
    expect(c.classify('井盖没了，好危险').urgency).toBe('urgent');
    expect(c.classify('这周罚款太多了').urgency).toBe('normal');
  });

  it('bad input is classified without a crash', () => {
    const c = createClassifier(v2);
    for (const text of [
      '',
      '1',
      '？',
      'a',
      '3号',
      'ｗｕｊｉａｏｃｈａｎｇ',
      '五角场 jinggai 坏了',
      '🙂🙂',
      'x'.repeat(5000),
    ])
      expect(['road-hazard', 'pay-penalty', 'other']).toContain(c.classify(text).category);
  });
});
