/**
 * Round 57 (stop 39; docs/rounds/faq.md): the stage of an ask about one object decides between the entries on it
 * (stage.ts): a fine already taken (appeal it) against a delay still ahead (report it first); someone to talk to
 * face to face against a hotline, the phone refused; an injury's claim against whether one is covered against the
 * crash scene; money for the hot months against heatstroke. And a battery swap told as a full battery is the swap,
 * not the battery's charging. The questions are written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

/** [pack, what the worker types, what the worker sees: an entry, "stations", or "none" (not sure / don't know)]. */
const CASES: [keyof typeof FAQ_PACKS, string, string][] = [
  // A fine already taken, and a delay still ahead.
  ['yubei', '商家出餐太慢 害我超时 被扣了十块 钱能要回来不', 'penalty-appeal'],
  ['yubei', '商家还没出餐 眼看要超时了 咋个提前说一声', 'delay-report'],
  ['guanshanhu', '电梯坏了爬楼 已经被罚了五块 这个能申诉吗', 'penalty-appeal'],
  ['guanshanhu', '商家半天不出餐 眼看就要超时了 咋弄才不算我的', 'delay-report'],
  // Face to face, the phone refused.
  ['nankai', '不想打电话 想找个真人当面聊聊', 'counselling-in-person'],
  ['nangang', '心里憋得慌 电话里说不出口 想找个人坐对面唠唠', 'counselling-visit'],
  // The injury: the claim, whether covered, the scene.
  ['nankai', '上周送餐被车撞了 腿缝了针 职业伤害那个待遇咋弄 要准备哪些材料', 'occ-injury-claim'],
  ['xiaodian', '送单叫三轮撞倒了 手腕骨折 这种平台管不管', 'injury-cover'],
  ['xiaodian', '刚被小轿车撞了 人还在路边 现场先做啥', 'accident-scene'],
  // Money for the hot months.
  ['longhua', '大夏天在外面晒一天 站里是不是该多给点钱', 'high-temperature-allowance'],
  // A swap told as a full battery.
  ['nankai', '电快跑没了 附近有柜子能直接换块满电的吗', 'battery-swap'],
];

describe('round 57: the stage of an ask', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(FAQ_PACKS[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});
