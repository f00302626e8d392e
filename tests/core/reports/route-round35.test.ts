/**
 * Route round 35 (docs/rounds/reports.md, 青秀, 南开 and 红谷滩 dev): a stretch of road all ice, a car soaking in an
 * underpass with someone in it, a fall on stairs, a box that fell on a foot, a finger caught at the loading bay; an
 * e-bike (电驴) with nowhere to park, a home's broken lift; pay owed while the rent falls due, "the station" that pays
 * or fines the worker, a deposit with no owner named; the platform's ruling and its distances; a test result, blurred
 * eyes, a cough in the dust and rows at home with someone to talk to asked for; the union's activities; a threat to
 * hit with no blow, a pipe that fell and a jump into water to save a child.
 * Variants, not the eval lines, through every tuned pack and the three packs of the round; built-in knowledge only.
 * What a secretary sees: each report in the category of what it is about, no false call-outs, emergencies kept.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const PACKS = [...TUNEABLE_PACK_DIRS, 'packs/qingxiu', 'packs/nankai', 'packs/honggutan'] as const;

describe.each(PACKS)('route round 35 through %s', (dir) => {
  it('ice on a road and a car soaking in an underpass are road reports; someone inside is an emergency', async () => {
    const classifier = await classifierOn(dir);
    const road = classifier.classify('路上井盖没了 一个大坑').category;
    expect(classifier.classify('桥下那段路全是冰 骑车根本过不去').category).toBe(road);
    const flooded = classifier.classify('下穿通道里一辆面包车泡水里了 里头还有人');
    expect(flooded.category).toBe(road);
    expect(flooded.urgency).toBe('emergency');
  });

  it('a fall on stairs, a box that fell on a foot and a finger caught are the accident’s', async () => {
    const classifier = await classifierOn(dir);
    const accident = classifier.classify('送餐路上被车撞了 腿受伤了').category;
    expect(classifier.classify('同事在小区楼梯上踩空了 摔得起不来 叫他也不应').category).toBe(accident);
    expect(classifier.classify('搬货的时候一箱水掉下来砸了我的脚 肿了').category).toBe(accident);
    expect(classifier.classify('分拣的时候手被传送带夹了一下 肿得老高').category).toBe(accident);
    // A falling thing from a building site is no weapon: the accident's, still an emergency.
    const pipe = classifier.classify('工地的钢管从上头掉下来 砸中一个骑手 人倒在地上不动了');
    expect(pipe.category).toBe(accident);
    expect(pipe.urgency).toBe('emergency');
  });

  it('an e-bike with nowhere to park is parking, not a power cut; a broken lift at home is housing', async () => {
    const classifier = await classifierOn(dir);
    const parking = classifier.classify('小区不让电动车停 只能停路边被贴条').category;
    const housing = classifier.classify('房东不退押金 还说要涨房租').category;
    expect(classifier.classify('商场门口连个停电驴的地方都没有').category).toBe(parking);
    expect(classifier.classify('写字楼都不给电驴停 要停到老远').category).toBe(parking);
    expect(classifier.classify('我住的公寓电梯坏了一个礼拜没人修').category).toBe(housing);
  });

  it('pay owed while rent falls due, and the station that pays or fines the worker, are about pay', async () => {
    const classifier = await classifierOn(dir);
    // Packs with one pay category give both to it; others keep money owed apart from fines.
    const owed = classifier.classify('老板拖欠工资两个月了 一直不发').category;
    const fined = classifier.classify('这个月工资被扣了两百块 不知道为什么').category;
    expect(classifier.classify('后天就要交房租了 上个月跑单的钱还没结').category).toBe(owed);
    expect(classifier.classify('my paycheck from the station is two weeks late').category).toBe(owed);
    expect(classifier.classify('the station keeps fining us for no reason').category).toBe(fined);
  });

  it('the platform’s ruling and its distances are its rules', async () => {
    const classifier = await classifierOn(dir);
    const platform = classifier.classify('平台派单不合理 老给我派远单').category;
    expect(classifier.classify('明明送到了 系统判我没送达').category).toBe(platform);
    expect(classifier.classify('平台总是算错距离 多跑的路不算钱').category).toBe(platform);
  });

  it('a test result, blurred eyes, a dusty cough and rows at home are health, not alarms', async () => {
    const classifier = await classifierOn(dir);
    const health = classifier.classify('最近老是头晕 想去医院看看').category;
    for (const text of [
      'my blood test came back with high blood sugar, where can I see a doctor',
      '天天跑到半夜 眼睛发花 哪里能免费查查视力',
      '这几天大风刮土 嗓子跟冒烟似的 一直咳个不停',
      '最近压力大 跟老婆天天吵架 想找个人说说',
    ]) {
      const got = classifier.classify(text);
      expect(got.category, text).toBe(health);
      expect(got.urgency, text).not.toBe('emergency');
    }
  });

  it('the union’s activities are for a person to sort, not the station’s', async () => {
    const classifier = await classifierOn(dir);
    const station = classifier.classify('驿站的饮水机坏了 没热水').category;
    expect(classifier.classify('工会的活动能不能改到周末晚上').category).not.toBe(station);
    expect(classifier.classify('能不能给我们组织个乒乓球比赛').category).not.toBe(station);
  });

  it('a threat to hit with no blow is urgent; a jump into water to save a child is no self-harm', async () => {
    const classifier = await classifierOn(dir);
    const threat = classifier.classify('保安扯着我衣服骂 还说要揍我');
    expect(threat.urgency).toBe('urgent');
    expect(classifier.classify('保安说要揍我 拿着棍子追过来了').urgency).toBe('emergency');
    const rescue = classifier.classify('河边一个小孩掉水里了 有个骑手跳下去救 两个人都没上来');
    const health = classifier.classify('最近老是头晕 想去医院看看').category;
    expect(rescue.urgency).toBe('emergency');
    expect(rescue.category).not.toBe(health);
  });
});
