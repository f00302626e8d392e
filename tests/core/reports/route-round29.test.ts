/**
 * Route round 29 (docs/rounds/reports.md, dev20 on 浑南, 南山, 朝阳 and 雁塔): what a report is about when it tells a
 * cause and a harm (a worker hurt in their own fall at a hazard, made ill by a cold dorm, goods to pay for after a
 * fall that hurt them), cold injuries, a door on a hand, orders counted as breaches and not paid, others who fell
 * told verb first, a title in English ("station boss"), an offer of one's time and a proposal (no trouble at all);
 * calm: a graze, a blood-pressure reading, a threat for next time, a lasting complaint with a doctor to pay for.
 * Variants, not the eval lines, through every tuned pack and 浑南; built-in knowledge only. What a secretary sees:
 * the report arrives as an emergency or an ordinary one, in the category of what it is about.
 */
import { describe, expect, it } from 'vitest';
import { normaliseReportText } from '../../../src/core/reports/classify.js';
import { frameOf } from '../../../src/core/reports/frames.js';
import { packAt } from '../../helpers/askers.js';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const PACKS = [...TUNEABLE_PACK_DIRS, 'packs/hunnan'] as const;

const ROWS: [string, boolean][] = [
  // A crash or a fall that left a graze is urgent, not an emergency — unless something worse is told.
  ['被一辆电瓶车撞了 膝盖擦破了皮', false],
  ['下雨路滑摔了一跤 手掌蹭破皮了', false],
  ['被车撞了 腿擦伤了 现在起不来', true],
  // A blood-pressure or blood-sugar reading is no blood lost.
  ['体检报告出来了 血压一百七 要紧吗', false],
  ['查出来血糖有点高 能去哪复查', false],
  // A threat for the next time the worker comes keeps them away; carried out now it is violence.
  ['小区保安说我下次再来就揍我', false],
  ['保安说再来就弄我 现在拿着棍子追我', true],
  // A lasting complaint with a doctor to find or pay for is health, not an attack now.
  ['胸口最近老是隐隐作痛 想去医院又怕花钱 有补贴吗', false],
  ['天天在外面晒 头晕想吐 是不是中暑了 哪里看病便宜', false],
  ['同事突然胸口疼 喘不上气 哪里看医生', true],
];

describe.each(PACKS)('route round 29 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });

  // Each report lands where the plain wording of its matter does.
  it.each([
    ['手指被卷帘门夹了一下 肿起来了', '骑车摔了 手受伤了'],
    ['送货时车门夹到脚 走路都疼', '骑车摔了 手受伤了'],
    ['手脚都长冻疮了 有的地方化脓了', '最近老生病 身体不舒服'],
    ['站长把我上周的单全算成违规了 钱一分没给', '站长罚了我两百块'],
    ["My site manager hasn't paid me for two months", "My boss hasn't paid me for two months"],
    ['桥下那段路结冰了 今天摔了好几个外卖员', '桥下那段路结冰了 好几个外卖员摔了'],
    ['路上摔车了 腿都摔破了 商家还要我赔那份餐', '路上摔车了 腿受伤了'],
    ['路上摔了一跤 汤洒了 商家要我赔', '汤洒了 商家要我赔'],
  ])('%s → as %s', async (told, plain) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(told).category).toBe(classifier.classify(plain).category);
  });

  it.each([
    '周末想去驿站当志愿者 怎么报名',
    'I want to volunteer at the rider centre, who do I ask?',
    '建议驿站放个微波炉 中午能热饭',
  ])('%s → an offer or a proposal, no trouble: other', async (text) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).category).toBe('other');
  });

  it('a proposal after something broken is that thing’s report', async () => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify('驿站的微波炉坏了 建议换个新的').category).toBe(
      classifier.classify('驿站的微波炉坏了').category,
    );
  });

  // A cause and a harm, each a category's own: the one the pack's precedence puts first.
  it.each([
    ['井盖松了 我骑过去一下摔了 膝盖磕破了', '井盖松了 没人修', '骑车摔了 膝盖受伤了'],
    ['宿舍没暖气 屋里太冷 我都冻感冒了', '宿舍没暖气 屋里太冷', '感冒了 一直咳嗽'],
  ])('%s → the first by precedence of its cause and its harm', async (told, cause, harm) => {
    const classifier = await classifierOn(dir);
    const { precedence } = (await packAt(dir)).categories;
    const both = [classifier.classify(cause).category, classifier.classify(harm).category];
    const first = [...both].sort((x, y) => precedence.indexOf(x) - precedence.indexOf(y))[0];
    expect(classifier.classify(told).category).toBe(first);
  });
});

describe('a proposal that tells a danger or a fault is a report, not an offer', () => {
  it.each([
    ['建议驿站放个微波炉 中午能热饭', 'not-ours'],
    ['建议路口加个红绿灯 太危险了 好几次差点被撞', undefined],
    ['驿站没有急救箱 建议配一个', undefined],
  ])('%s → frame %s', (text, frame) => {
    expect(frameOf(normaliseReportText(text))).toBe(frame);
  });
});
