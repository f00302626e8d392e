/**
 * Round 43 (仓山 dev; docs/rounds/faq.md): the pack's own province named where `pack.yaml` leaves it out (福建师大 for
 * 福州市仓山区, 湖北 for 武汉市洪山区) is here, not somewhere else; 福州's well-known places of other districts are
 * elsewhere for a station question; a crash, a battery, rain and flooding told in workers' own words; a thing done
 * on the phone as done in an app; a procedure the entry never names (入学手续 of a grant). The questions are written
 * for these tests, not taken from any eval set.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

// 仓山 is asked on here only (not added to FAQ_PACKS, which another round extends at the same time).
const ALL = { ...FAQ_PACKS, cangshan: resolve(import.meta.dirname, '../../../packs/cangshan') };
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry, "none" (not sure / don't know) or "stations"]. */
const CASES: [Pack, string, string][] = [
  // The pack's own province is here.
  ['cangshan', '福建师范大学的外卖放在哪里', 'campus-delivery'],
  ['hongshan', '我是湖北本地的 跑外卖能自己交养老保险吗', 'flexible-social-security'],
  ['wuhua', '云南的骑手能免费体检吗', 'health-check'],
  // Another province is still somewhere else.
  ['cangshan', '广东的骑手能免费体检吗', 'none'],
  // A crash, a battery, rain and flooding told in the worker's own words.
  ['cangshan', '刚才一辆小车把我刮倒了 司机扶都不扶就开走了', 'accident-hit-and-run'],
  ['cangshan', '电池摸着有点胀 还能用吗', 'battery-safety'],
  ['cangshan', '电动车电就剩一格了 哪里有柜子能换', 'battery-swap'],
  ['siming', '雨大得吓人 想找个屋檐躲一下', 'typhoon-shelter'],
  ['cangshan', '哪条路最容易水漫上来', 'rainstorm-flood'],
  // Done on the phone is done in the app the entry names; 自已 is 自己.
  ['cangshan', '跟电动车蹭了一下 人都没事 能不能自已在手机上处理', 'accident-quick-settle'],
  // English: a fee for the time kept waiting.
  ['cangshan', 'My customer refuses to pay the waiting fee, what can I do', 'freight-dispute'],
  // The procedure of something the entry never names (a school's enrolment asked of a grant): not sure.
  ['cangshan', '孩子要上初中了 怎么办入学手续', 'none'],
  ['hongshan', '孩子上小学怎么办入学手续', 'none'],
  ['cangshan', '孩子考上大学了 助学金要办什么手续', 'child-study-aid'],
];

describe('round 43: 仓山 dev causes on any pack', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});

describe('round 43: another district of 福州', () => {
  it.each(['福州站旁边有没有驿站', '三坊七巷附近有骑手之家吗'])(
    '"%s" lists none of 仓山\'s stations',
    async (question) => {
      const answer = (await askerOn(ALL.cangshan)).ask(question, AT_WEDNESDAY_10);
      expect(answer.kind).toBe('stations');
      if (answer.kind === 'stations') expect(answer.results.hits).toEqual([]);
    },
  );
});
