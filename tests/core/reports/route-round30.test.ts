/**
 * Route round 30 (docs/rounds/reports.md, dev21 on 杨浦, 洪山, 金水 and 天河): a stated near deadline and a hazard nobody
 * is hurt by yet are urgent whatever the pack's own words; a socket sparking with nobody near is no fire; a bike
 * parked is no power cut, a ban with its reason is the ban, a deposit for kit after quitting is owed like wages, a
 * fine with the bike towed is parking, a vehicle held until paid is a threat, English pay cuts are pay, an offer to
 * start a volunteer group is no trouble, and English place kinds (Normal University, City) locate a report.
 * Variants, not the eval lines, through every tuned pack and 天河; built-in knowledge only. What a secretary
 * sees: the report arrives urgent or not, in the category of what it is about, at the right street.
 */
import { describe, expect, it } from 'vitest';
import { detectArea, normaliseReportText } from '../../../src/core/reports/classify.js';
import { readDialects } from '../../../src/core/reports/dialect.js';
import { urgentCause } from '../../../src/core/reports/urgency.js';
import { packAt } from '../../helpers/askers.js';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const PACKS = [...TUNEABLE_PACK_DIRS, 'packs/tianhe'] as const;

describe.each(PACKS)('route round 30 through %s', (dir) => {
  // Urgent by the words alone, before the category's own level: a deadline stated, or a hazard caught in time.
  it.each([
    '工资拖了两个月 房东说明天中午之前不交房租就让我走',
    '账号被限制了 礼拜五之前解不开就排不上班',
    '站长讲后天就要把押金扣掉 我还没办离职',
    '接单软件一直闪退 今晚再不修好明天早高峰就跑不了',
    'The station boss says we have to clear out our lockers by tomorrow',
    '宿舍楼道的插线板烧焦了 还好没人碰到',
    '驿站的热水器漏电 手碰到麻了一下 人没事',
    '小区门口那根电线垂下来了 还没有人碰到',
  ])('%s → urgent, no emergency', async (text) => {
    const classifier = await classifierOn(dir);
    expect(classifier.keywordUrgency(text)).toBe('urgent');
    expect(classifier.classify(text).urgency).toBe('urgent');
  });

  it.each([
    ['宿舍的插座冒烟了 幸好旁边没人', false],
    ['驿站充电口打火花 好在没人被电到', false],
    ['驿站插座冒火花 有个骑手被电到了 倒在地上不动', true],
  ])('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });

  // Each report lands where the plain wording of its matter does.
  it.each([
    ['商场门口没地方停电动车', '电动车没地方停'],
    ['账号被封了 说我取消订单太多 可那是商家的问题', '账号被封了'],
    ['辞职了 头盔和餐箱的押金三百一直不退', '老板拖欠工资不发'],
    ['电瓶车在路边停了一下就被拖走了 还要罚款一百', '电动车被拖走了'],
    ['物业保安把我的电动车扣了 说交一百块才还', '保安推了我 还骂人'],
    ['The fleet cut the rate per delivery again, we earn way less now', '单价又降了 收入少了'],
  ])('%s → as %s', async (told, plain) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(told).category).toBe(classifier.classify(plain).category);
  });

  it.each([
    '我们几个想组织个志愿者小队 帮驿站打扫卫生',
    'We would like to set up a volunteer team for the rest station',
  ])('%s → an offer of time, no trouble: other', async (text) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).category).toBe('other');
  });
});

// Not a deadline: an event planned (a drill), a daily rule's hour, a past promise not kept; no hazard: a scrape
// with nobody hurt, a fear with nothing caught yet said. The built-in reading raises none of them.
describe('the built-in urgent reading leaves alone', () => {
  it.each([
    '明天站里搞消防演练 大家都要去吗',
    '新规定每天早上七点前必须打卡',
    '每周一上午之前要交周报',
    '说好今天发工资 结果今天没发',
    '今天前面路口有个坑',
    '两辆车蹭了一下 没人受伤 保险怎么走',
    '宿舍楼道里好多电瓶车在充电 感觉迟早要出事',
    'my landlord wants me out by Friday',
  ])('%s', (text) => {
    expect(urgentCause(readDialects(normaliseReportText(text)))).toBeUndefined();
  });
});

describe('English place kinds', () => {
  it.each([
    ['packs/hongshan', 'Got a ticket outside Huazhong Normal University east gate', '华中师范大学'],
    ['packs/jinshui', 'No place to park at Zhenghong City, security chases us off', '正弘城'],
  ])('%s: %s → %s', async (dir, text, area) => {
    expect(detectArea(text, await packAt(dir))).toBe(area);
  });
});
