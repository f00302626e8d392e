/**
 * Round 56 (stop 39; docs/rounds/faq.md): wrong answers between neighbours. Becoming a station master (当站长,
 * 竞聘站长, "become a station master") is the promotion entry, not any entry about the boss (站长); who pays the
 * treatment after an injury (医药费找谁出, "who pays the hospital bill") is the claim, not the crash scene; "sign up
 * for the trade union" is joining it, not any sign-up. The questions are written for these tests, not taken from any
 * eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

/** [pack, what the worker types, what the worker sees: an entry, "stations", or "none" (not sure / don't know)]. */
const CASES: [keyof typeof FAQ_PACKS, string, string][] = [
  // Becoming a station master.
  ['hunnan', '干了四年外卖 想当站长 咋报名', 'station-master-plan'],
  ['qingxiu', '我想竞聘站长，要咩条件', 'station-master-path'],
  ['yubei', '想当站长 要啥子条件', 'station-master-plan'],
  ['xiaodian', '想竞聘个站长 找谁报名', 'station-master-plan'],
  ['tianshan', 'how can I become a station master', 'station-master-path'],
  // Who pays the treatment after an injury.
  ['jinshui', '让电动车给撞了 缝了三针 医药费找谁出', 'zhishang-shenqing'],
  ['hongshan', '被车刮倒了 医药费谁赔', 'occ-injury-claim-steps'],
  ['yuhang', 'who pays the hospital bill if I crash on a delivery', 'after-injury-claim'],
  // Joining the trade union.
  ['nanshan', 'How can I sign up for the trade union?', 'union-join'],
  ['hongshan', 'I want to join the trade union, how?', 'join-union'],
];

describe('round 56: neighbours that share a word', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(FAQ_PACKS[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});
