/**
 * Reports in written Cantonese (docs/rounds/reports.md, Round 21): the classifier reads 咗 / 冇 / 唔 / 畀 / 蚊 / 抄牌 /
 * 咸湿 as the Mandarin its keywords and topic words are written in, on the Shanghai pack and the Shenzhen one
 * alike. The reports are written for these tests, not taken from any eval set.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import type { ContentPack } from '../../../src/core/content/schema.js';
import { foldCantonese } from '../../../src/core/reports/cantonese.js';
import { createClassifier } from '../../../src/core/reports/classify.js';

const root = resolve(import.meta.dirname, '../../..');
const packs = {} as Record<'yangpu' | 'nanshan', ContentPack>;

beforeAll(async () => {
  packs.yangpu = await loadContentPack(resolve(root, 'content'));
  packs.nanshan = await loadContentPack(resolve(root, 'packs/nanshan'));
});

/** The category a worker is shown ("我理解这是「…」方面的问题"). */
const categoryOf = (pack: keyof typeof packs, text: string): string =>
  createClassifier(packs[pack]).classify(text).category;

describe('reports in written Cantonese', () => {
  it.each([
    // [report, yangpu category, nanshan category]
    ['客人话冇收到餐 投诉我 扣咗五十蚊 明明我影咗相', 'pay-penalty', 'pay-penalty'],
    ['门口禁停 取个餐都畀人抄牌', 'parking', 'parking-access'],
    ['有个男乘客成日发啲咸湿嘢俾我', 'safety-threat', 'safety-conflict'],
    ['大厦保安唔俾外卖车入 要客人自己落嚟拎', 'parking', 'parking-access'],
    ['啲差佬成日抄我牌', 'parking', 'parking-access'],
    ['送餐跌亲 膝头损晒', 'accident-insurance', 'injury-accident'],
  ])('%s', (text, yangpu, nanshan) => {
    expect(categoryOf('yangpu', text)).toBe(yangpu);
    expect(categoryOf('nanshan', text)).toBe(nanshan);
  });

  it('reads the words the way Mandarin keywords are written, keeping every position', () => {
    const text = '佢喺度畀泥头车撞咗 冇俾钱 扣咗八十蚊 宿舍啲蚊好多 劳动仲裁';
    const folded = foldCantonese(text);
    expect(folded).toBe('他在度被泥头车撞了 没给钱 扣了八十块 宿舍些蚊好多 劳动仲裁');
    expect(folded.length).toBe(text.length);
  });
});
