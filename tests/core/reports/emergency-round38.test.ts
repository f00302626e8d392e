/**
 * Emergency round 38 (docs/reports.md, "Emergency round 38"): the kinds of danger behind the misses and false alarms
 * on fresh wordings (evals/own/emergency-dev38-*) — "now" said as 这会儿 after last night's stove, a partner in the
 * bathroom who does not answer when called (叫不回应), blood spurting (飙血), a food allergen named anywhere with the
 * throat or lips swelling and swallowing hard, lips gone blue with breath short however mildly said, a child shut in a
 * car named by its make, a roof and a step off pictured, thanks for the years and no more trouble to anyone then
 * silence, "doesn't want to be here anymore" and belongings given away. Calm: a fire drill told in English, a
 * condition kept in hand with medicine and a request about work, 真是想死 about what an order pays, lips blue from the
 * cold with heating asked for. Checked on variants (not the eval lines) through every tuned pack; built-in knowledge
 * only. What a branch secretary sees: the report arrives as an emergency, or as an ordinary report.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const ROWS: [string, boolean][] = [
  // Last night's stove, and "now" said as 这会儿.
  ['昨晚宿舍烧了炉子 这会儿两个工友叫都叫不醒', true],
  // A partner who does not answer when called.
  ['男朋友躺床上喊他也不回应', true],
  // Blood spurting.
  ['胳膊被铁皮割开一道口子 一直在飙血', true],
  // A food allergen named anywhere, the mouth or throat swelling, swallowing hard.
  ['ate some shrimp at lunch, now my tongue and throat are swelling', true],
  ['the soup had peanuts in it and her lips are swollen and she can barely swallow', true],
  // Lips blue and breath short, however mildly said.
  ['有点上不来气 嘴唇发紫', true],
  ["he's short of breath and his lips are turning blue", true],
  // A child shut in a car named by its make.
  ['停车场一台bmw里关着个小孩 太阳底下晒着', true],
  // A roof and a step off pictured; thanks, no more trouble, then silence; wishing not to be here.
  ['他在楼顶上坐着 说往下一跳就什么都不用管了', true],
  ['兄弟发消息说谢谢这几年的照顾 以后不会再麻烦你们了 然后就关机了', true],
  ["he says he doesn't want to be here anymore and has been giving away his things", true],
  // …and a fit happening to someone who has epilepsy stays.
  ['我有癫痫 刚才又发作了 倒在地上抽', true],
  // Calm: a drill, a condition kept in hand, pay vented, the cold, a goodbye on going home, a roof's view.
  ['fire drill tomorrow morning, the alarm will sound and there will be some smoke', false],
  ['我有哮喘 一直吃药控制得挺好 能不能少派点爬楼的单', false],
  ['epileptic but well controlled on meds, can I skip night shifts?', false],
  // …but a seizure told in English stays.
  ['my coworker is epileptic, under control usually, but he collapsed and is seizing on the floor', true],
  ['每单才两块五 真是想死', false],
  ['嘴唇冻得发紫 站里能不能开个暖气', false],
  ['谢谢大家这两年照顾 以后不麻烦大家了 我回老家了', false],
  ['楼顶风景不错 往下看整个城市', false],
];

describe.each(TUNEABLE_PACK_DIRS)('emergency round 38 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});
