/**
 * Route round 31 (docs/rounds/reports.md, 城关 and 渝北 dev): an assault the emergency reading finds decides over the gate it
 * happened at; scaffolding of a building site that falls on someone is an accident, not the road's; a fire in a
 * restaurant is no worker's category; a footway's railing down is nobody down; a nosebleed that keeps coming back is
 * an ailment, not blood lost now; an order cancelled and counted as the worker's breach, and a bad-weather mode not
 * switched on, are the platform's rules; driven off a pick-up point is parking; a wish for something new is no
 * trouble; a threat for next time is urgent, not an emergency; "东路" alone names no area.
 * Variants, not the eval lines, through every tuned pack, 城关 and 渝北; built-in knowledge only. What a secretary
 * sees: the report arrives in the category of what it is about, at the right level, at the right place.
 */
import { describe, expect, it } from 'vitest';
import { areaFormMap } from '../../../src/core/content/names.js';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const PACKS = [...TUNEABLE_PACK_DIRS, 'packs/chengguan', 'packs/yubei'] as const;

describe.each(PACKS)('route round 31 through %s', (dir) => {
  // Each report lands where the plain wording of its matter does.
  it.each([
    ['物业保安把我摁在地上打 头都破了 一直在流血', '保安推了我 还骂人'],
    ['工地的脚手架倒下来 压住了一个骑手', '骑手被车撞了 腿骨折了'],
    ['这阵子风沙大 鼻子老是流血', '最近老是头晕 身体不舒服'],
    ['平台把我接的单取消了 还算我违约', '派单不公平 系统老给我派远单'],
    ['下大雪了 平台还不开恶劣天气模式', '派单不公平 系统老给我派远单'],
    ['地铁口接人的地方老被赶走 车都没法停', '电动车没地方停'],
    ['门卫说下回再看见我就打断我的手', '保安推了我 还骂人'],
    ['驿站能不能多放几张桌子 吃饭的时候挤不下', '驿站的微波炉坏了'],
  ])('%s → as %s', async (told, plain) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(told).category).toBe(classifier.classify(plain).category);
  });

  it.each([
    '路口那家饭店着火了 里面还有个送餐的小哥没出来',
    '驿站可不可以放一些报纸杂志',
    '希望多举办几次篮球赛',
    'yi zhan ke bu ke yi zeng jia li fa',
  ])('%s → nobody’s category of its own: other', async (text) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).category).toBe('other');
  });

  // Nobody down, nobody bleeding now, nobody hit yet: the secretary is not called out as for an emergency.
  it.each([
    ['人行道上的栏杆倒了一大片', false],
    ['这阵子风沙大 鼻子老是流血', false],
    ['门卫说下回再看见我就打断我的手', false],
    ['鼻子流血止不住 满脸都是', true],
    ['物业保安把我摁在地上打 头都破了 一直在流血', true],
  ])('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});

describe('a direction and a kind name no area', () => {
  it('火车站东路 beside 火车站 gives no 东路 (东岗东路 is elsewhere)', () => {
    const forms = areaFormMap([{ areas: ['火车站', '火车站东路'] }]);
    expect(forms.get('东路')).toBeUndefined();
    expect(forms.get('火车站东路')).toBe('火车站东路');
  });
});
