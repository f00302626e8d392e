/**
 * Route round 36 and emergencies round 32 (docs/rounds/reports.md): the kinds of report behind the misses on the dev24 and
 * dev32 sets — someone shut in a cold store whose knocking fades, a household chemical a child drank, an e-bike on
 * charge that caught fire, boiling water thrown at someone, a farewell to one's parents and then silence; and the calm
 * ones — a banned account cried over (出人命啊, 救命), a pet that ate poison, a jab after a dog's scratch, a socket's
 * sparks and burning smell with people still charging or everyone out, a suspected break told in English, a film's
 * story asked about. Checked on variants (not the eval lines) through every tuned pack; built-in knowledge only.
 * What a branch secretary sees: the report arrives as an emergency, urgent or ordinary, in the right category.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const EMERGENCY_ROWS: [string, boolean][] = [
  // Shut in a cold store, the knocking or calling fading.
  ['朋友在冻库里被反锁了 拍门声越来越弱', true],
  ['冷库门关上了 老王还在里头 喊声越来越小', true],
  // A household chemical drunk.
  ['孩子误喝了杀虫剂 一直吐', true],
  ['娃把洗厕所的水喝了一口 嘴巴疼', true],
  // An e-bike or a battery on charge caught fire.
  ['电瓶车在楼道里着了 烟好大', true],
  // Boiling water thrown at someone, in English.
  ['the customer threw boiling water at her, she is screaming', true],
  // A farewell to one's parents, then silence.
  ['他在群里说对不起爹妈 电话也不接了', true],
  // Calm: an account banned, cried over.
  ['号被封了 救命 全家靠这个吃饭', false],
  ['个号封咗 出人命啊', false],
  // Calm: a pet that ate poison (a vet's case).
  ['我的猫吃了老鼠药 怎么办', false],
  // Calm: a jab after a scratch is no blow.
  ['被狗抓了一下 要不要去打狂犬疫苗', false],
  // Calm: a socket's sparks and smell with people still charging, or everyone out and unhurt.
  ['插座冒火花 一股焦味 大家还在那充电', false],
  ['插线板冒火星 一股焦糊味 人都跑出来了 没人受伤', false],
  // Calm: a break only suspected.
  ['tripped on the steps with a box, wrist might be broken', false],
  // Calm: a film's story, asked whether it is true.
  ['昨晚看的电视剧里骑手被车撞了 现实里真有这种事吗', false],
  // …but a person hurt now, or a fire taking hold, stays.
  ['插座着火了 还有人在充电', true],
  ['my coworker fell off the ladder, his leg is broken', true],
];

describe.each(TUNEABLE_PACK_DIRS)('route round 36 through %s', (dir) => {
  it.each(EMERGENCY_ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });

  it.each([
    '插座冒火花 一股焦味 大家还在那充电',
    '楼道里十几辆电动车都在充电 插排都烧黑了',
    '插线板冒火星 一股焦糊味 人都跑出来了 没人受伤',
  ])('a fitting that sparks or burns, nobody hurt and nothing alight, is urgent: %s', async (text) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency).toBe('urgent');
  });

  it.each([
    '昨晚看的电视剧里骑手被车撞了 现实里真有这种事吗',
    '刷到个视频 骑手叫人拿刀追 是真的不',
    // A diploma course asked about is a public service to answer, not pay.
    '想考个大专 请问开放大学有补贴吗',
    '想读开放大学 学费能不能补贴一点',
  ])('a story on a screen asked about, or a diploma course, is no category’s trouble: %s', async (text) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).category).toBe('other');
  });

  it.each([
    // A fall on steps told in English is the accident's, as 楼梯上摔了 is.
    ['tripped down the steps at the pickup point, wrist sprained', '在楼梯上摔了一跤 手腕扭了'],
    // A dog's scratch is the accident's, as its bite is.
    ['送件时狗抓了一下 破了点皮', '送件时被狗咬了一下 破了点皮'],
  ])('%s → as %s', async (told, plain) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(told).category).toBe(classifier.classify(plain).category);
  });
});

describe('Lanzhou 么 = 没 before someone falling in', () => {
  it('a manhole open that nobody has fallen into yet is urgent, not an emergency', async () => {
    const classifier = await classifierOn('packs/chengguan');
    expect(classifier.classify('那个井盖翻起来了 还么人掉进去 晚上看不见').urgency).toBe('urgent');
  });
});
