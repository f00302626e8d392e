/**
 * Round 36 (城关 and 渝北 dev, docs/rounds/faq.md): stations named with a job word after them (盘旋路环卫休息室外卖小哥能进吗), a
 * station whose road is named after the railway station (火车站东路), a city the pack names only in an answer (定西), and a
 * service asked near a place the pack does not know (杨家坪那边, 老白渡那边; not 小区附近, 学校那边); joining as becoming a member, what joining
 * brings, a charged battery swapped in, another job described, diabetes as blood sugar; English halal food and the
 * service card; of two level entries for a question told in several clauses, the one holding far more of it (a lift
 * out of order and a late order: reporting ahead, not appealing a fine). The questions are written for these tests,
 * not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

const ALL = FAQ_PACKS;
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry, "none" (not sure / don't know) or "stations"]. */
const CASES: [Pack, string, string][] = [
  // A station's own name before a job word is the station, not the worker's trade.
  ['chengguan', '盘旋路环卫休息室骑手能用吗', 'stations'],
  ['chengguan', '盘旋路环卫休息室外卖小哥能进吗', 'stations'],
  // 火车 inside the station's name asks for no timetable.
  ['chengguan', '火车站东路快递驿站周六开不开', 'stations'],
  // Somewhere else: a city the pack names only in an answer; a service near a place the pack does not know.
  ['chengguan', '定西跑外卖的能领防寒包吗', 'none'],
  // …unless it is where the worker's insurance is from, used here; with no "here" it is that city's matter.
  ['chengguan', '定西的医保在兰州看病能报吗', 'out-of-province-medical'],
  ['chengguan', '上海的医保政策是啥', 'none'],
  ['yubei', '杨家坪那边哪里能充电', 'none'],
  ['yangpu', '老白渡那边哪里能充电', 'none'],
  // …but a kind of place every town has, near the worker, still lists the stations.
  ['yangpu', '小区附近哪里能充电', 'stations'],
  ['yubei', '学校那边哪里能上厕所', 'stations'],
  ['nanshan', '单位附近哪里能热饭', 'stations'],
  // Joining said as becoming a member; what joining brings as what one enjoys.
  ['chengguan', '我们跑外卖的能当会员不', 'union-join'],
  ['chengguan', '入了会能享受到什么', 'union-benefits'],
  // A charged battery swapped in; another job described; diabetes as blood sugar, on two packs.
  ['chengguan', '不想自己充电了 哪里能直接换满电的', 'battery-swap'],
  ['chengguan', '干不动了 想换个轻松点的活', 'job-fair'],
  ['chengguan', '我有糖尿病 想找地方自己查查', 'health-corner'],
  ['yanta', '我有糖尿病 驿站能自己查吗', 'jiankang-xiaowu'],
  // English: halal food, the service card.
  ['chengguan', 'any halal food near the station?', 'halal-meals'],
  ['yubei', 'how to apply for the service card', 'service-card'],
  // Told, then asked: the entry holding far more of it, not the one sharing the frame (超时, 平台).
  ['yubei', '電梯停了只能走樓梯 怎麼報備才不算超時', 'delay-report'],
];

describe('round 36: 城关 and 渝北 words on any pack', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});
