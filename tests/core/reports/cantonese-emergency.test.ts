/**
 * Written Cantonese read once for the whole report side (docs/reports.md, Emergency round 19): the emergency
 * detector reads the classifier's table (`reports/cantonese.ts`) before its own phrases, so a branch secretary
 * sees the same reading the category came from — 晕低 / 唔郁 / 起唔到身 as a person down, 差啲 as "nearly",
 * 琴日…而家冇嘢 as over. Written for these tests, not taken from any eval set; through every tuned pack.
 */
import { describe, expect, it } from 'vitest';
import { foldCantonese } from '../../../src/core/reports/cantonese.js';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const ROWS: [string, boolean][] = [
  // A person down, bleeding or cut, in written Cantonese.
  ['头先佢晕低咗 而家仲未醒', true],
  ['佢流紧血 好多血', true],
  ['我同事畀人斩咗两刀', true],
  ['佢成身都系血 躺喺度', true],
  ['佢遇溺 捞上嚟冇反应', true],
  ['我阿妈跌亲 起唔到身', true],
  ['佢跌低咗 郁唔到', true],
  ['佢讲嘢讲唔清 半边面唔郁得', true],
  ['个后生仔畀机器卷咗只手入去 拎唔出', true],
  // Nearly, over, or a class: 差啲 is 差点, 琴日 is 昨天, 冇嘢 is 没事, 点样救 is what a class teaches.
  ['差啲畀泥头车撞到 好彩闪开咗', false],
  ['琴日佢晕低咗 而家冇嘢喇', false],
  ['驿站今日搞急救培训 教点样救触电嘅人 几点开始', false],
  ['驿站今天搞急救培训 教怎么救触电的人 几点开始', false],
  // 畀 that gives (a call, money) is no blow.
  ['畀电话我 我喺门口等', false],
];

describe.each(TUNEABLE_PACK_DIRS)('written Cantonese emergencies through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});

describe('one Cantonese table', () => {
  it('reads the danger words the classifier and the detector share, keeping every position', () => {
    const text = '佢喺冻房入面冇出嚟 叫佢唔郁 头先晕低 畀机器卷住 畀电话我';
    const folded = foldCantonese(text);
    expect(folded).toBe('他在冷库里面没出来 叫他不动 刚才晕倒 被机器卷住 给电话我');
    expect(folded.length).toBe(text.length);
  });

  it('keeps Mandarin that looks like Cantonese', () => {
    expect(foldCantonese('头先着地 全系列 收入去年')).toBe('头先着地 全系列 收入去年');
  });
});
