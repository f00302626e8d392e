/**
 * Round 26 (余杭 dev, docs/rounds/faq.md): entry questions on a district nobody tuned on. A mental-health hotline asked
 * by name keeps its "mental" beside the hotline, money sent to someone found out as a cheat is the
 * already-scammed entry, wages held for months are unpaid wages, a deduction asked back is the appeal, a curse
 * in front of others is being cursed at, a monthly battery-swap plan and a deal "worth it" meet the battery
 * entry, a slip of 援 (缓助) still finds legal aid, and English pay that does not add up or delivery times to
 * negotiate meet their entries. The questions are written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

const ALL = FAQ_PACKS;
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry, or "none" (not sure / small talk)]. */
const CASES: [Pack, string, string][] = [
  // A hotline for the mind, where the pack's hotline entry says 心理援助热线 and its legal aid a 服务热线; a
  // counsellor met face to face stays the counsellor.
  ['yuhang', '心理热线是多少', 'mind-hotline'],
  ['yuhang', '心里难受 心理热线打哪个', 'mind-hotline'],
  ['yuhang', '我想找心理咨询师当面聊', 'counsellor-appointment'],
  ['nanshan', '心理热线', 'counselling-hotline'],
  ['nanshan', '我想当面找心理咨询师', 'counselling-in-person'],
  ['tianhe', '心理热线', 'talk-hotline'],
  // Money already sent to a cheat; wages held for months; a deduction asked back.
  ['yuhang', '给人转了三千 后来才发现是骗子', 'scammed-what-now'],
  ['jinshui', '给人转了三千 后来才发现是骗子', 'zha-beipianle'],
  ['yuhang', '包工头拖了三个月工资不发', 'unpaid-wages-help'],
  ['jinshui', '包工头拖了三个月工资不发', 'qianxin-taoxin'],
  ['hongshan', '老板拖了两个月工资', 'unpaid-wages-help'],
  ['yuhang', '超时扣的钱能退回来吗', 'fine-appeal'],
  // Cursed at in front of others.
  ['yuhang', '顾客当着好多人面骂我', 'after-a-bad-customer'],
  ['yangpu', '顾客当着好多人面骂我', 'customer-abuse'],
  // A monthly plan for battery swaps, told as worth it; a slip of 援.
  ['yuhang', '换电有没有包月的 哪个划算', 'battery-repair-deals'],
  ['yuhang', '想找法律缓助', 'legal-aid'],
  ['jinshui', '法律缓助找谁', 'falv-yuanzhu'],
  // English: pay that does not add up; delivery times to negotiate with the platform.
  ['yuhang', "my earnings don't add up, what do I do", 'earnings-mismatch'],
  ['chaoyang', "what if my weekly pay doesn't add up", 'shouru-mingxi'],
  ['yuhang', 'can riders negotiate delivery times with the platform', 'say-on-the-rules'],
  ['chaoyang', 'can riders negotiate delivery times with the platform', 'paidan-guize'],
];

describe('round 26: entry questions in workers’ words on a district nobody tuned on', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});
