/**
 * Route round 40 (docs/rounds/reports.md): the kinds of report behind the misses on the 建邺 and 赛罕 dev sets — hay fever and
 * low mood said in everyday words (鼻炎就犯 喷嚏打个不停, 人越来越闷 话都不想说), dispatch told as what it gives the worker
 * (派给我的全是…), loads grabbed on an app in northern speech (抢不着货: no robbery), a ticket said 被抄 and bikes left on the
 * carriageway (只能停马路上), bikes pushed over by a guard with an adverb between (把我们的电动车全推倒了: a thing, no
 * emergency; nor is 电动车 a shock for a pack's 被电倒了), and a pack whose English variants mention "event closures" keeping the union-and-suggestions topic for its
 * fallback. Checked on variants (not the eval lines) through every tuned pack and the two new ones; built-in knowledge
 * only. What a secretary sees: the report arrives in the category of a plain report of the same kind.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const PACKS = [...TUNEABLE_PACK_DIRS, 'packs/jianye', 'packs/saihan'];

/** Each row: a report, and a plain report of the same kind whose category it must share. */
const SAME_AS: [string, string][] = [
  ['一到春天花粉一多鼻炎就犯 戴着头盔喷嚏打个不停', '最近老是发烧 想去医院看看'],
  ['最近人越来越闷 下了班话都不想说', '最近老是发烧 想去医院看看'],
  ['这几天派给我的全是跨区的单 越跑越远', '平台派单不公平 老给别人派好单'],
  ['货运平台上的单子老是抢不着', '平台派单不公平 老给别人派好单'],
  ['在商场门口停了两分钟就被抄了', '小区门口没地方停车 停一下就贴条'],
  ['写字楼门口不让停 只能停在马路边上', '小区门口没地方停车 停一下就贴条'],
  ['门口保安把我们的电瓶车全都推倒了 说不准停', '小区门口没地方停车 停一下就贴条'],
];

describe.each(PACKS)('route round 40 through %s', (dir) => {
  it.each(SAME_AS)('%s → the category of "%s"', async (text, plain) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).category).toBe(classifier.classify(plain).category);
  });
  it('bikes pushed over by a guard, nobody hurt, is no emergency', async () => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify('门口保安把我们的电瓶车全都推倒了 说不准停').urgency).not.toBe('emergency');
    // …nor one blown over where the pack has 被电倒了 among its emergencies (建邺: the 电 of 电动车 is no shock).
    expect(classifier.classify('电动车被风吹倒了 压坏了后视镜').urgency).not.toBe('emergency');
    // …but the worker pushed down and bleeding is one.
    expect(classifier.classify('保安把我们的车全推倒了 还把我推倒了 头破了在流血').urgency).toBe('emergency');
  });
  it('grabbing loads on an app is no robbery', async () => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify('货运平台上的单子老是抢不着').urgency).toBe('normal');
  });
});

describe("route round 40: a suggestion is the fallback's, whatever the English variants say", () => {
  it.each(['建议群里每周推送一次交通安全提醒', '有骗子冒充老乡借钱 好几个工友被骗了 能不能在群里提醒一下'])(
    '建邺: %s → other',
    async (text) => {
      const classifier = await classifierOn('packs/jianye');
      expect(classifier.classify(text).category).toBe('other');
    },
  );
});
