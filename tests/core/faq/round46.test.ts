/**
 * Round 46 (建邺 and 赛罕 dev, stop 32; docs/rounds/faq.md): 南京's and 呼和浩特's places of other districts and counties,
 * house prices and whether a flight goes are beyond the pack; workers' words for an underpass, a child's hospital, a
 * QQ scam, a long-haul driver, an account stopped, a dispute dragged out, a small truck and a home washed away; English "fast lane" and "knock down a pedestrian". The questions are written for these tests, not taken
 * from any eval set.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/faq/answer.js';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

// 建邺 and 赛罕 are asked on here only (not added to FAQ_PACKS, which another round may extend at the same time).
const ALL = {
  ...FAQ_PACKS,
  jianye: resolve(import.meta.dirname, '../../../packs/jianye'),
  saihan: resolve(import.meta.dirname, '../../../packs/saihan'),
};
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry, "none" (not sure / don't know) or "stations"]. */
const CASES: [Pack, string, string][] = [
  // Another district's landmark: the pack knows nothing of it.
  ['jianye', '夫子庙那边网约车在哪上客', 'none'],
  // …while the pack's own places stay its own.
  ['jianye', '散场的时候网约车停哪接人', 'ridehail-pickup'],
  // House prices and flights: no entry knows them.
  ['saihan', '巨华世纪城那块房价多少', 'none'],
  ['jianye', '河西现在多少钱一平', 'none'],
  ['saihan', '下这么大雪航班会不会停飞', 'none'],
  ['saihan', '机场接客去哪排队', 'airport-pickup'],
  // Workers' words: an underpass, a child's hospital, a QQ to add and pay, a long-haul driver, an account stopped.
  ['jianye', '暴雨天哪个地道容易淹', 'plum-rain-flooding'],
  ['jianye', '下雨天哪个涵洞会积水', 'plum-rain-flooding'],
  ['jianye', '娃晚上咳嗽 附近看小孩的医院是哪家', 'hospitals-nearby'],
  ['jianye', '有人打电话说我保险到期了 让我加个QQ交钱', 'anti-fraud'],
  ['saihan', '跑长途的在哪能洗个澡睡一觉', 'driver-home'],
  ['saihan', '平台无缘无故把我停了七天 咋申诉', 'account-appeal'],
  // A dispute dragged out (扯皮) as a labour dispute; a small truck (小货).
  ['saihan', '跟老板扯皮好几个月了 想去仲裁要钱不', 'labour-arbitration'],
  ['jianye', '跟站点扯皮扯不清 能去哪告', 'labour-arbitration'],
  ['jianye', '小货白天能进河西吗', 'truck-pass'],
  ['jianye', '老家房子被大水冲了 工会能补点不', 'union-hardship'],
  ['qingxiu', '屋企房子被洪水冲了 工会可以帮下手冇', 'union-hardship'],
  // English: a pedestrian knocked down, a hospital's fast lane.
  ['jianye', 'What if I knock down a pedestrian on a delivery?', 'ebike-third-party'],
  ['saihan', 'Is there a fast lane for us at the hospital?', 'medical-green-channel'],
];

describe('round 46: 建邺 and 赛罕 dev causes on any pack', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});

/** A stations answer that lists none, saying the pack knows only its own district's stations. */
const outside = (a: Answer) =>
  a.kind === 'stations' && a.results.outside === true && a.results.hits.length === 0;

describe('round 46: stations at another district of 南京 or 呼和浩特', () => {
  it.each([
    ['jianye', '南京南站附近有没有骑手驿站'],
    ['jianye', '新街口那边有驿站吗'],
    ['saihan', '土左旗那边有没有司机之家'],
    ['saihan', '大召附近有暖心驿站吗'],
  ] as [Pack, string][])('%s: %s lists no station of the pack', async (pack, question) => {
    const asker = await askerOn(ALL[pack]);
    expect(outside(asker.ask(question, AT_WEDNESDAY_10))).toBe(true);
  });
});
