/**
 * Reports in regional wordings (eighth round): Sichuan 遭 (the passive) and 莫得, northern 咋整 and 甭,
 * written Cantonese 闹我 (scolds me), 泊车 and 俾人锁, Wuhan 冇得 and 么样, and reports whose category
 * comes from what the description says (a contract ended, a bonus never paid, points off a score).
 * Each is checked on both packs and on both packs with every keyword list stripped — descriptions only,
 * as a new district may write them — since the worker sees the category either way.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import type { ContentPack } from '../../../src/core/content/schema.js';
import { createClassifier } from '../../../src/core/reports/classify.js';

const root = resolve(import.meta.dirname, '../../..');
type PackName = 'yangpu' | 'nanshan' | 'yangpuBare' | 'nanshanBare';
const packs = {} as Record<PackName, ContentPack>;

const stripped = (p: ContentPack): ContentPack => ({
  ...p,
  categories: { ...p.categories, categories: p.categories.categories.map((c) => ({ ...c, keywords: [] })) },
});

beforeAll(async () => {
  packs.yangpu = await loadContentPack(resolve(root, 'content'));
  packs.nanshan = await loadContentPack(resolve(root, 'packs/nanshan'));
  packs.yangpuBare = stripped(packs.yangpu);
  packs.nanshanBare = stripped(packs.nanshan);
});

/** The category a worker is shown ("我理解这是「…」方面的问题"). */
function categoryOf(pack: PackName, text: string): string {
  return createClassifier(packs[pack]).classify(text).category;
}

describe('regional wordings, with and without keywords, in both packs', () => {
  it.each([
    // [text, yangpu category, nanshan category]
    ['我同事在控江路遭一辆小轿车挂倒了 人还好 保险那边咋个报', 'accident-insurance', 'injury-accident'],
    ['这个月跑了三百多单 结账的时候硬是少了两百块 咋个回事嘛', 'pay-penalty', 'pay-penalty'],
    ['钱提出来好几天了卡里还是没有 客服就一句等着', 'pay-penalty', 'pay-penalty'],
    ['说好冲够四百单有奖励 到现在一分钱冇得 么样回事', 'pay-penalty', 'pay-penalty'],
    ['商户老板嫌我催餐 喺度大声闹我 仲话以后唔准我入嚟', 'safety-threat', 'safety-conflict'],
    ['突然收到通知说我不能再跑了 跟站点的合同作废', 'account-ban', 'platform-rules'],
    ['滨江那边下大雨积了好深的水 车子都过不去', 'road-hazard', 'road-hazard'],
    ['我搭档说他心里堵得慌 天天不想说话 咋整', 'health', 'health'],
    ['老街嗰度冇地方泊电单车 一停就俾人锁', 'parking', 'parking-access'],
    ['派的全是七八公里的远单 近的一个都莫得', 'platform-rules', 'platform-rules'],
    ['被平台扣了服務分 說我提前點送達', 'platform-rules', 'platform-rules'],
    ['快递站老板换人了 之前欠的两个月提成说不认了', 'wage-arrears', 'pay-penalty'],
  ])('%s → %s / %s', (text, yangpu, nanshan) => {
    expect(categoryOf('yangpu', text)).toBe(yangpu);
    expect(categoryOf('yangpuBare', text)).toBe(yangpu);
    expect(categoryOf('nanshan', text)).toBe(nanshan);
    expect(categoryOf('nanshanBare', text)).toBe(nanshan);
  });
});

describe('an e-bike in the report says nothing about what happened (descriptions only)', () => {
  it.each([
    // Housing's description mentions charging e-bikes; the bike on the road is no housing matter.
    ['在翔殷路被一辆电瓶车蹭了 车灯碎了 对方骑着就跑了', 'accident-insurance'],
    ['控江路靠凤城路那段全是坑 电瓶车颠得要散架', 'road-hazard'],
  ])('%s → %s', (text, category) => {
    expect(categoryOf('yangpuBare', text)).toBe(category);
  });
});
