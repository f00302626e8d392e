/**
 * Round 22 (dev24, docs/rounds/faq.md): entry questions on packs without example questions. A circumstance told
 * before the question (没签合同) no longer decides it; trouble on the road asks about the work-injury cover; a
 * phone to call when feeling low is the hotline; everyday words for wages gone, nowhere to sleep, a hospital
 * stay or an emptied purse meet their entries, and a pack with no plate entry does not answer a plate question
 * with its charging entry. The questions are written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, PACKS, seen } from '../../helpers/askers.js';

type Pack = keyof typeof PACKS;

/** [pack, what the worker types, what the worker sees: an entry, or "none" (not sure / small talk)]. */
const CASES: [Pack, string, string][] = [
  // A plate question where the pack has no plate entry (its answers say 对方车牌, 工牌照片, 登记)…
  ['jinshui', '电瓶车上牌去哪办', 'none'],
  ['yanta', '电动车咋上牌', 'none'],
  // …and where it has one.
  ['chaoyang', '电动车上牌要带啥', 'diandongche-shangpai'],
  // A missing contract told first, the question after it: the question's entry.
  ['hongshan', '跑快递的 冇签劳动合同 想入工会', 'join-union'],
  ['hongshan', '没签合同的 能入工会吗', 'join-union'],
  ['jinshui', '俺没签合同 能入会不', 'ruhui'],
  // …while the contract itself asked about is still the contract's entry.
  ['hongshan', '没签合同 算不算劳动关系', 'labour-relation'],
  ['hongshan', '老板天天管我 我算不算他的员工', 'labour-relation'],
  // Trouble on the road and who covers it: the work-injury cover.
  ['jinshui', '路上出点事 有啥兜底没', 'zhishang-canbao'],
  ['hongshan', '我冇签合同 骑车摔伤了 有冇得人赔', 'occ-injury-cover'],
  ['hongshan', '冇得劳动合同 跑单受了伤 国家管不管', 'occ-injury-cover'],
  // A phone to call when feeling low is the hotline; a counsellor met face to face is the other entry.
  ['jinshui', '最近心里堵 有没有能打过去聊聊的', 'xinli-rexian'],
  ['jinshui', '想约个咨询师当面谈谈', 'xinli-mianjian'],
  // …and a phone number after a crash is still the crash's entry.
  ['nanshan', '出车祸了先打哪个电话', 'accident-first-steps'],
  // Everyday words: nowhere to sleep, wages gone with the foreman, a hospital stay, savings gone.
  ['jinshui', '俺刚到这没地方住', 'qishou-gongyu'],
  ['yanta', '包工头把工钱卷跑咧 找谁', 'qianxin-zenme-tao'],
  ['yanta', '额在医院躺了十来天 工会管不管', 'yiliao-huzhu'],
  ['chaoyang', '家里有人生病 家底掏空了 能找谁帮', 'kunnan-bangfu'],
  // A greeting with a regional "you" is small talk, not the meals entry.
  ['jinshui', '恁吃了吗', 'none'],
];

describe('round 22: entry questions in workers’ words on packs without example questions', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(PACKS[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});
