/**
 * Round 53 (stop 38; docs/rounds/faq.md): an injury told (摔了, 骨裂, 滑倒) with its bills kept and the next step asked
 * is the claim, not what the injury scheme is; whether anyone covers it after telling there is no contract is the
 * cover, not the contract; situations told by what the worker sees or feels — a road like a mirror, hands gone stiff,
 * a bed for some hundreds a month, a roof for nothing, the day's fee "carried off" as work starts. The questions are
 * written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

/** [pack, what the worker types, what the worker sees: an entry or "none" (not sure / don't know)]. */
const CASES: [keyof typeof FAQ_PACKS, string, string][] = [
  // Hurt, papers kept, what next: how to claim.
  ['nanshan', '上周送餐摔了一跤 膝盖缝了六针 发票病历都留着 接下来找谁报', 'occupational-injury-claim'],
  ['yuhang', '送件路上滑倒了 手腕骨折 医院的单子都在 下一步要交啥', 'after-injury-claim'],
  ['siming', '送餐路上摔伤了 病历发票都有 要去哪里交材料', 'injury-claim'],
  ['wuhua', '跑单滑倒摔断了手 医院单据都在 要走啥手续', 'injury-claim-steps'],
  // No contract, hurt: is anyone covering it — the cover.
  ['yinzhou', '我没签合同 送外卖路上摔了 有没有人管', 'injury-cover-basics'],
  ['chengguan', '没签过合同 路上摔了一跤 谁兜着', 'occupational-injury-cover'],
  // Ice by how the road looks or feels.
  ['nangang', '路面跟镜子似的 咋骑', 'black-ice'],
  ['hunnan', '桥面亮晶晶的 骑车要注意啥', 'icy-road-riding'],
  ['tianshan', '早上那条路跟镜子一样 还能骑不', 'icy-road-riding'],
  ['chengguan', '坡上溜得很 咋骑不摔', 'icy-road'],
  // Cold hands by their effect.
  ['tianshan', '骑了一趟 手都僵了 咋保暖', 'winter-gear'],
  // Lodging by its price, or free.
  ['hongshan', '一个月五百块的铺有冇得', 'cheap-beds'],
  // A battery drained in the cold, told by its effect: its range, not the cold on the body.
  ['nangang', '电瓶是不是冻坏了 满电跑不远', 'battery-cold'],
  ['hunnan', '跑了一半就没电了 天太冷了吧', 'battery-winter'],
  // The school break told by its month: the winter programme.
  ['nankai', '过年前后学校放假 孩子没人看 有托管吗', 'child-winter-care'],
  // The day's insurance taken as work starts.
  ['yanta', '头一单就被划走两块 这是啥', 'yiwai-xian-meidan'],
  ['yuhang', '每天一开工就被划走两块钱 这是啥', 'per-order-insurance'],
];

describe('round 53: injuries, cover and situations told by their effect', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(FAQ_PACKS[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});
