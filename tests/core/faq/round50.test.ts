/**
 * Round 50 (dev50, stop 33; docs/rounds/faq.md): long stories read in the worker's words — the app switched off for the
 * day (收了工, 关了app) as being offline, a battery taken into the bedroom and charged overnight (充一宿), a
 * coworker down in the heat by the signs (脸通红, 叫他都不应, 晒了一下午), a crash settled for a sum (赔三百就拉倒),
 * feeling low with nobody to tell (想掉眼泪, 不知道该跟谁说) and a number to talk to (倾诉的号码), hospital papers
 * kept (住院的单子); English for heat pay, a scammer who blocked the worker, flooded underpasses and waiting for
 * passengers; a tyre a nail went through (钉子戳了, Nanjing 辣块 = where); a check-up told with 过 between. The questions are written for these tests, not taken from any eval set.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

// 建邺 and 赛罕 are asked on here only, as in round 46 (FAQ_PACKS may be extended by another round meanwhile).
const ALL = {
  ...FAQ_PACKS,
  jianye: resolve(import.meta.dirname, '../../../packs/jianye'),
  saihan: resolve(import.meta.dirname, '../../../packs/saihan'),
};
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry or "none" (not sure / don't know)]. */
const CASES: [Pack, string, string][] = [
  // Off for the day, the app closed: the off-duty injury entry, not the e-bike plate.
  ['nanhai', '收了工 关了app 路上被电动车撞了 平台管吗', 'injury-offduty'],
  // A battery carried into the bedroom and charged overnight is charging indoors.
  ['nangang', '电瓶搬进卧室充一宿 这么整行不', 'battery-charging-safety'],
  ['saihan', '电瓶搬进卧室充一宿 行不行', 'charging-safety'],
  // A coworker flushed and not answering after an afternoon in the sun: heat stroke first aid.
  ['jianye', '工友晒了一下午 脸通红 叫他都不应 咋办', 'heat-stroke'],
  // A crash the other side wants settled for a sum.
  ['jianye', '撞了个骑车的 对方说赔三百就拉倒 能这么结吗', 'accident-private-deal'],
  // Feeling low: nobody to tell is counselling; a number to pour it out to is the hotline.
  ['saihan', '这几天跑着单就想掉眼泪 不知道该跟谁说', 'counselling'],
  ['tianhe', '今天被顾客骂了 心里堵得慌 想找个倾诉的号码', 'talk-hotline'],
  // Hospital papers kept, what next: the claim steps.
  ['qingxiu', '住院的单子都留着 下一步咋弄', 'injury-claim'],
  // English: extra pay asked for the heat is the allowance, not heatstroke; a scammer who blocked the worker is no
  // account ban; underpasses that fill with water; a ride-hailing driver waiting for passengers at the airport.
  ['yuhang', 'Is there extra pay for the heat in July?', 'heat-allowance'],
  ['yuhang', 'I sent 800 yuan to a guy for a rider account and now he has blocked me', 'scammed-what-now'],
  ['jianye', 'which underpasses fill up with water when it rains', 'plum-rain-flooding'],
  ['saihan', 'where do didi drivers wait for passengers at the airport', 'airport-pickup'],
  // A nail through the tyre told with 戳, asked in Nanjing words (辣块, where); a check-up told with 过 between.
  ['jianye', '电动车前胎让钉子戳了 附近辣块能补', 'ebike-repair'],
  ['nangang', '跑单好几年没查过身子 血压也不知道高不高', 'free-health-check'],
  // Look-alikes kept: money asked after a day in the sun is the allowance; a crash with "two hundred and done" on
  // a pack whose crash entry says not to settle so.
  ['jianye', '天天晒了一下午 有没有高温补贴', 'heat-allowance'],
  ['hongshan', '刚把一个行人蹭倒了 他说给两百块算了 我该咋办', 'crash-what-to-do'],
];

describe('round 50: dev50 long stories read on any pack', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});
