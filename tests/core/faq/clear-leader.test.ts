/**
 * Round 16 (docs/rounds/faq.md): in a pack written without example questions, a worker who describes the
 * situation (手指头没知觉, 晕乎乎想吐) shares few words with the answer-worded entry, so its share of the
 * question's content stays low although it is far ahead of every other entry. Such a clear leader is
 * answered when it holds at least two distinct words of the question; a leader on one word (驾照, 医保)
 * stays "not sure". The questions are written for these tests, not taken from any eval set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Asker } from '../../../src/core/faq/ask.js';
import { AT_WEDNESDAY_10, askerOn, PACKS, seen } from '../../helpers/askers.js';

const opts = AT_WEDNESDAY_10;

describe('a clear leader found by two words of the question is answered', () => {
  let askers: Record<'chaoyang' | 'hongshan' | 'nanshan', Asker>;
  beforeAll(async () => {
    const [chaoyang, hongshan, nanshan] = await Promise.all([
      askerOn(PACKS.chaoyang),
      askerOn(PACKS.hongshan),
      askerOn(PACKS.nanshan),
    ]);
    askers = { chaoyang, hongshan, nanshan };
  });

  it.each([
    // 钟头, 没知觉, 开水…: the cold entry's answer speaks of fingers going numb, not the title's 冻手冻脚.
    ['chaoyang', '早上出门骑了一个多钟头，手指头冻僵了没知觉，能拿开水冲吗', 'dongtian-fanghan'],
    // Symptoms in a worker's words: the heat entry's answer has 想吐 and 出汗, its title only 中暑.
    ['hongshan', '中午等单晒得发晕想吐，浑身冒汗，么样缓一下', 'heatstroke-firstaid'],
    // 点赞 and 充值 both sit in the task-scam entry's answer; nothing else comes close.
    ['nanshan', '朋友拉我进群点赞，一个给三块，现在叫我先充值接大单', 'fraud-part-time'],
  ] as const)('%s: %s → %s', (pack, q, id) => {
    expect(seen(askers[pack].ask(q, opts))).toBe(id);
  });

  it.each([
    // One word (退休, 医保, 找人) far ahead of the rest is a topic the pack lacks, not a clear leader.
    ['chaoyang', '男的几岁能退休'],
    ['chaoyang', '驾照分不够了能找人帮扣吗'],
    ['hongshan', '医保卡搞丢了么样办'],
    ['hongshan', '驾照的分能找人消吗'],
  ] as const)('%s: %s → not answered', (pack, q) => {
    expect(seen(askers[pack].ask(q, opts))).toBe('none');
  });
});
