/**
 * Route round 33 (docs/rounds/reports.md, 蜀山 and 五华 dev): a power cut by the landlord is no electric shock; a pack's
 * 动不了 is not every 动…不 (电动车过不去) nor 动不动就; kept in bed by a strained back is no one collapsed; a robbery
 * over with nobody hurt is urgent, and its "nobody was hurt" no accident; a pipe that fell is no weapon, and a site's
 * crane no road; a bottle smashed on a head (English) is an assault; insurance pushed on the worker is the rule, not a
 * claim; money owed with its amount or held back is pay; a temper, a skin mark, a heavy head are the body's.
 * Variants, not the eval lines, through every tuned pack and the two packs of the round; built-in knowledge only.
 * What a secretary sees: no false call-outs, and each report in the category of what it is about.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const PACKS = [...TUNEABLE_PACK_DIRS, 'packs/shushan', 'packs/wuhua'] as const;

describe.each(PACKS)('route round 33 through %s', (dir) => {
  // Nobody down, shocked or attacked now: the secretary is not called out as for an emergency.
  it.each([
    ['宿舍被房东拉闸断电了 屋里还有孩子', false],
    ['小区门口积水很深 电动车过不去', false],
    ['最近脾气越来越暴 动不动就想发火', false],
    ['扭了腰 这两天下不了床 能请病假吗', false],
    ['下班路上被人抢劫了 人没事', false],
    ['two guys robbed me on the way home, I wasn’t hurt', false],
    ['被人抢劫了 人没事 他还在后面追我', true],
    ['他被插座电了一下 现在还在抖', true],
    ['他倒在地上一动不动', true],
  ])('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });

  it('a robbery with nobody hurt is a safety report, as a shove by a guard is', async () => {
    const classifier = await classifierOn(dir);
    const safety = classifier.classify('保安推了我 还骂人').category;
    expect(classifier.classify('收工回来在路上被两个人抢走了电动车 人没受伤').category).toBe(safety);
    expect(classifier.classify('a guy mugged me outside the mall, nobody was hurt').category).toBe(safety);
  });

  it('a bottle smashed on a head is an assault, a brick that fell on one an accident', async () => {
    const classifier = await classifierOn(dir);
    const safety = classifier.classify('保安推了我 还骂人').category;
    const accident = classifier.classify('骑手被车撞了 腿骨折了').category;
    expect(
      classifier.classify('a drunk customer broke a beer bottle over my head, blood everywhere').category,
    ).toBe(safety);
    expect(classifier.classify('工地吊车上掉下一根钢管 砸到一个送外卖的 人躺地上了').category).toBe(accident);
    expect(classifier.classify('工地塔吊上掉下来一块铁板 砸中了一个骑手 人倒了').category).toBe(accident);
  });

  it('insurance pushed on the worker is the rule that forces it, not an accident claim', async () => {
    const classifier = await classifierOn(dir);
    const rule = classifier.classify('账号被封了 申诉没人理').category;
    expect(classifier.classify('公司硬要我们买他们的保险 不买不给上线').category).toBe(rule);
  });

  it('money owed with its amount, or held back, is about pay', async () => {
    const classifier = await classifierOn(dir);
    const pay = classifier.classify('老板拖欠了我三个月工资').category;
    expect(classifier.classify('站点关门了 老板还欠我们每人两千多').category).toBe(pay);
    expect(classifier.classify('运费客户压着不结 都一个多月了').category).toBe(pay);
  });

  it('a temper, a skin mark and a heavy head are the body’s', async () => {
    const classifier = await classifierOn(dir);
    const health = classifier.classify('发烧了 想去看病').category;
    expect(classifier.classify('最近脾气越来越暴 动不动就想发火 想找人聊聊').category).toBe(health);
    expect(classifier.classify('晒了一个夏天 脸上起疹子 还脱皮').category).toBe(health);
    expect(classifier.classify('这几天头昏沉沉的 嘴巴干 是不是高原反应').category).toBe(health);
  });
});
