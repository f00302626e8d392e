/**
 * Reports whose category the descriptions decide though they share words with another category (seventh
 * round): a parking ticket versus a platform fine, pay short by an amount after a bad rating, wages held
 * back for weeks, a customer who will not let the worker go, the heart racing, too little time for an
 * order, a crowded room and charging an e-bike where one lives. Checked on both packs, and on 杨浦's pack
 * with every keyword list stripped (descriptions only, as a new district may write it).
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import type { ContentPack } from '../../../src/core/content/schema.js';
import { createClassifier } from '../../../src/core/reports/classify.js';

const root = resolve(import.meta.dirname, '../../..');
const packs: Record<'yangpu' | 'nanshan' | 'stripped', ContentPack> = {} as never;

beforeAll(async () => {
  packs.yangpu = await loadContentPack(resolve(root, 'content'));
  packs.nanshan = await loadContentPack(resolve(root, 'packs/nanshan'));
  const y = packs.yangpu;
  packs.stripped = {
    ...y,
    categories: { ...y.categories, categories: y.categories.categories.map((c) => ({ ...c, keywords: [] })) },
  };
});

/** The category a worker is shown ("我理解这是「…」方面的问题"). */
function categoryOf(pack: keyof typeof packs, text: string): string {
  return createClassifier(packs[pack]).classify(text).category;
}

describe('the category the descriptions decide, in both packs', () => {
  it.each([
    // [text, yangpu category, nanshan category]
    ['在路边等乘客 被拍了违停 罚了两百', 'parking', 'parking-access'],
    ['电动车停人行道上 违停罚款五十', 'parking', 'parking-access'],
    ['站长说超时太多 罚了我三十', 'pay-penalty', 'pay-penalty'],
    ['被投诉了一次 这个月提成少了三百', 'pay-penalty', 'pay-penalty'],
    ['外包公司的钱说月底发 已经拖了两个月', 'wage-arrears', 'pay-penalty'],
    ['顾客非说少了个菜 把我堵在楼道里不让我走', 'safety-threat', 'safety-conflict'],
    ['跑完单心跳特别快 胸口发紧', 'health', 'health'],
    ['手上晒伤的地方发炎了 去哪看便宜点', 'health', 'health'],
    ['送达时间只给二十分钟 取餐还要排队 根本来不及', 'platform-rules', 'platform-rules'],
    ['公司宿舍八个人一间 连个放东西的地方都没有', 'housing', 'housing'],
    ['房东不让电瓶车上楼充电 只能推到外面去', 'housing', 'housing'],
  ])('%s → %s / %s', (text, yangpu, nanshan) => {
    expect(categoryOf('yangpu', text)).toBe(yangpu);
    expect(categoryOf('nanshan', text)).toBe(nanshan);
  });
});

describe('the same reports with descriptions only (杨浦 keywords stripped)', () => {
  it.each([
    ['在路边等乘客 被拍了违停 罚了两百', 'parking'],
    ['被投诉了一次 这个月提成少了三百', 'pay-penalty'],
    ['顾客非说少了个菜 把我堵在楼道里不让我走', 'safety-threat'],
    ['送达时间只给二十分钟 取餐还要排队 根本来不及', 'platform-rules'],
    ['公司宿舍八个人一间 连个放东西的地方都没有', 'housing'],
    ['手上晒伤的地方发炎了 去哪看便宜点', 'health'],
  ])('%s → %s', (text, category) => {
    expect(categoryOf('stripped', text)).toBe(category);
  });
});

describe('what stays where it was', () => {
  it.each([
    // A platform's fine, even for parking, is pay (违规停车 is no ticket); a lift ban is still access.
    ['平台说我违规停车被投诉 罚了五十', 'pay-penalty', 'pay-penalty'],
    ['写字楼不让外卖骑手上楼 只能在大堂等', 'parking', 'parking-access'],
    ['天天晚上睡不着 压力太大了', 'health', 'health'],
  ])('%s → %s / %s', (text, yangpu, nanshan) => {
    expect(categoryOf('yangpu', text)).toBe(yangpu);
    expect(categoryOf('nanshan', text)).toBe(nanshan);
  });
});
