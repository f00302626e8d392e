/**
 * A pack's `emergencyWhen` phrases, written in the author's words, are recognised when a worker says the
 * same thing in other words — and still not in a negated, past, hypothetical, worried or mild report, nor
 * when the words only brush past each other (接单率掉到…, 孩子的车被锁了).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import { createClassifier, normaliseReportText } from '../../../src/core/reports/classify.js';
import { corePhrase, emergencySignals } from '../../../src/core/reports/emergency.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const byPack = (text: string, phrase: string) =>
  emergencySignals(normaliseReportText(text), [corePhrase(normaliseReportText(phrase))]).includes('pack');

const SAME_MEANING: [string, string][] = [
  ['人倒在地上不动', '他躺地上一动不动'],
  ['流了好多血', '血流了一地'],
  ['喊不答应', '叫他半天也不答应'],
  ['人叫不醒', '怎么拍都拍不醒'],
  ['水淹到腰', '水已经漫到腰了'],
  ['屋里有煤气味', '宿舍里一股煤气味'],
  ['嘴唇发紫', '他嘴巴都紫了'],
  ['说胡话', '同事突然开始胡言乱语'],
  ['被一群人围着打', '五六个人把我兄弟围起来揍'],
  ['插座冒火花', '驿站墙上插座在冒火星'],
  ['有人掉进井里', '一个小孩掉到井里面去了'],
  ['腿压在车底下', '腿被压在货车底下'],
  ['被人拖上车', '有个女骑手被人硬拽上一辆面包车'],
  ['被一群人围住', '七八个人把我堵在巷子里'],
];
const NOT_THE_CONDITION: [string, string][] = [
  ['流了好多血', '血没流多少'],
  ['流了好多血', '上个月流了好多血 医药费怎么报'],
  ['喊不答应', '站长电话打了十几个都不答应'],
  ['嘴唇发紫', '冻得嘴唇有点发紫'],
  ['插座冒火花', '驿站的插座坏了'],
  ['屋里有煤气味', '宿舍煤气灶打不着火'],
  ['有人掉进去', '接单率掉到八成以下'],
  ['充电柜冒烟', '担心充电柜会冒烟'],
  ['孩子被锁在车里', '孩子的车被锁了'],
  ['人倒在地上不动', '要是有人倒在地上不动怎么办'],
  ['被一群人围住', '保安拦着不让进 一群人围住问东问西'],
];

describe('emergencyWhen phrases by meaning', () => {
  it.each(SAME_MEANING)('%s is recognised in 「%s」', (phrase, text) => {
    expect(byPack(text, phrase)).toBe(true);
  });
  it.each(NOT_THE_CONDITION)('%s is not read into 「%s」', (phrase, text) => {
    expect(byPack(text, phrase)).toBe(false);
  });

  it('a worker reporting an abduction in other words than the author gets the emergency treatment', async () => {
    const pack = await loadContentPack(path.join(root, 'content'));
    const withPhrase = createClassifier({
      ...pack,
      categories: {
        ...pack.categories,
        categories: pack.categories.categories.map((c) =>
          c.id === 'safety-threat' ? { ...c, emergencyWhen: ['被人拖上车'] } : c,
        ),
      },
    });
    expect(withPhrase.classify('有个女骑手被人硬拽上一辆面包车').urgency).toBe('emergency');
    expect(withPhrase.classify('有人把我的车停的位置占了 没地方停').urgency).not.toBe('emergency');
  });
});
