/**
 * Round 52 (stop 38; docs/rounds/faq.md): fewer orders than a coworker or than before, told by the counts (人家一天
 * 七十单 俺才三十单) or as the system singling the worker out (系统是不是针对我), asks how dispatch works. The
 * questions are written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

/** [pack, what the worker types, what the worker sees: an entry or "none" (not sure / don't know)]. */
const CASES: [keyof typeof FAQ_PACKS, string, string][] = [
  ['honggutan', '隔壁的一天跑五十单 我一天才十来单 是不是系统针对我', 'dispatch-rules'],
  ['hunnan', '人家一天七十单 俺才三十单 系统是不是针对俺', 'dispatch-rules'],
  ['tianhe', '系统系咪针对我 点解我日日先得二十单', 'dispatch-rules'],
  ['wuhua', '同站的一天六十多单 我才二十几单', 'dispatch-rules'],
  // Look-alike kept: the station master singling the worker out with far orders is the far-orders entry.
  ['hongshan', '站长是不是针对我 老给我派远单', 'dispatch-too-far'],
];

describe('round 52: fewer orders told by the counts', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(FAQ_PACKS[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});
