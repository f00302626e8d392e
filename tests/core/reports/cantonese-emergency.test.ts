/**
 * Written Cantonese read once for the whole report side (docs/rounds/reports.md, Emergency round 19): the emergency
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
  // Down and not answering, cannot breathe or speak, shocked, fallen into a drain, a pod swallowed, foaming.
  ['有个阿伯喺路边瞓低咗 叫极都唔应', true],
  ['佢抖唔到气 面都紫埋', true],
  ['个同事畀电亲 而家瞓喺地下', true],
  ['我跌咗落坑渠 爬唔返上嚟', true],
  ['我个仔食咗啲洗衣珠 依家呕紧', true],
  ['佢喺水度浸紧 唔识游水', true],
  ['佢突然抽筋 口吐白泡', true],
  ['条友打到我头爆', true],
  ['我阿爷跌低 头撞到地上 而家讲唔出嘢', true],
  ['佢话要跳落去', true],
  ['电梯困咗人 入面有个阿婆', true],
  ['有个小朋友唔见咗 搵咗成个钟', true],
  // 冧咗 (collapsed), 出唔到声, 好耐 (a long time), 唔使搵我 with pills ready, 镬 (wok).
  ['个棚冧咗 压住个师傅 佢喺下面出唔到声', true],
  ['班人揪住佢喺地下打 打咗好耐都唔停', true],
  ['多谢大家照顾 安眠药我已经买好 唔使搵我', true],
  ['个镬翻咗 滚油淋落佢手臂 块皮甩晒', true],
  // Lying down for a rest, a lift with a box in it, speechless with anger.
  ['我瞓低咗一阵 好返啲', false],
  ['电梯卡住了 里面有个箱子', false],
  ['佢气得讲唔出嘢', false],
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
    expect(foldCantonese('头先着地 全系列 收入去年 地下车库 话费')).toBe(
      '头先着地 全系列 收入去年 地下车库 话费',
    );
  });
});
