/**
 * Round 47 (dev48 on twelve packs, stop 32; docs/rounds/faq.md): a bed for the night told by where one sleeps or what one
 * can pay, a lawyer one has no money for, pay not settled, a class that costs nothing, a restaurant slow to hand
 * over the food told with the minutes waited, and remarks on the weather with a question back to the bot. The
 * questions are written for these tests, not taken from any eval set.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { smallTalk } from '../../../src/core/faq/smalltalk.js';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

const ALL = {
  ...FAQ_PACKS,
  cangshan: resolve(import.meta.dirname, '../../../packs/cangshan'),
  jianye: resolve(import.meta.dirname, '../../../packs/jianye'),
  saihan: resolve(import.meta.dirname, '../../../packs/saihan'),
};
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry or "none" (not sure / don't know)]. */
const CASES: [Pack, string, string][] = [
  // A bed for the night, by where one sleeps or the price.
  ['cangshan', '刚到福州 今晚睡哪都不知道', 'rental-housing'],
  ['saihan', '一个人租房太贵了 有没有几个人合住的便宜地方', 'rider-apartment'],
  ['hongshan', '工资低 住得起的地方有冇得', 'cheap-beds'],
  ['yanta', '刚来西安 晚上睡哪儿都没着落', 'qishou-gongyu'],
  // A lawyer one has no money for.
  ['hongshan', '想找个律师 没钱请 有冇得免费的', 'free-lawyer'],
  ['xiaodian', '律师费太贵了 有没有不要钱的律师', 'legal-aid'],
  ['chaoyang', '想打官司 律师费掏不出来', 'falv-yuanzhu'],
  // Pay not settled.
  ['longhua', '老板两个月的工钱没结 人也找不到', 'unpaid-wages'],
  ['longhua', '干到月底走的 钱没结', 'unpaid-wages'],
  ['xiaodian', '站长压着不给我上个月的钱', 'unpaid-wages'],
  // A class that costs nothing.
  ['xiaodian', '想学修车 有没有不用钱的课', 'skills-training'],
  ['nanshan', '想学做饭 有冇不要钱的班', 'skills-training'],
  // The restaurant slow, with the minutes waited: the appeal entry.
  ['cangshan', '出餐慢了半小时 又扣我钱', 'penalty-appeal'],
  ['yanta', '出餐慢了十五分钟 最后罚的是我', 'chaoshi-kouqian'],
  ['xiaodian', '商家磨蹭了三十分钟才出餐 结果罚我 能申诉不', 'fine-appeal'],
  // A question about the cold with a remark on it is still a question.
  ['saihan', '冷得要命 骑车手冻僵了 哪能领手套', 'cold-gear'],
];

describe('round 47: dev48 causes on any pack', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});

describe('round 47: a remark on the weather, with a question back to the bot, is small talk', () => {
  it.each(['冷死了 你那边冷不', '今天热得要命', '今儿个热死了 你那里热吗'])('%s', (text) => {
    expect(smallTalk(text)).toBe('greeting');
  });
  it("a remark with a question of the worker's own is not", () => {
    expect(smallTalk('热死了 哪里能领防暑的药')).toBeUndefined();
  });
});
