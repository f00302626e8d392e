/**
 * Round 61 (stop 42; docs/rounds/faq.md): the right entry ranked second or lower. A worker telling who they are —
 * no contract with anyone (没签合同, 没有劳动合同, 跟站点没签合同), or working crowd-sourced (我是众包的, 跑众包的) — says
 * who asks, as 跑外卖的 does, not what is asked: the union, the injury's cover asked after it is the question, not the
 * contract entry. A concept told in two halves a clause apart (lexicon.yaml `conceptPairs`): a lawyer, and no money
 * for one (想请个律师 可是兜里没钱, 律师费出不起), is legal aid, not the wages or the arbitration the story tells; money
 * asked for the hot months (七八月…应该有笔钱, 夏天…能多拿多少) is the heat allowance. The
 * questions are written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { askedSide, INJURY } from '../../../src/core/faq/stage.js';
import { itAnswers, type RoundCase } from './round-cases.js';

const STATUS: RoundCase[] = [
  // No contract, told before the ask.
  ['shushan', '我没有劳动合同 路上被车撞了 有人管吗', 'injury-protection'],
  ['nanhai', '没签合同 送单路上摔伤了 有没有保障', 'injury-cover'],
  ['guanshanhu', '没签劳动合同也能入会吗', 'union-join'],
  ['longhua', '跟站点没签合同 送餐摔伤了 平台管不管', 'occupational-injury-cover'],
  ['chaoyang', '我没签过合同 能不能加入工会', 'ruhui'],
  ['nankai', '没签劳动合同的外卖员能入工会吗', 'union-join'],
  // Crowd-sourced, told as who asks.
  ['xiaodian', '我是众包的 跑单摔了腿 国家那个保障有我的份吗', 'injury-cover'],
  ['siming', '我跑众包的 能不能入工会', 'union-join'],
];

const PAIRS: RoundCase[] = [
  ['nankai', '老板不给工钱 想请个律师 可是兜里没钱', 'legal-aid'],
  ['honggutan', '被公司辞退了 想找个律师 又怕贵', 'legal-aid'],
  ['longhua', '站点不结工资 想找懂法的人问问 但是没钱', 'legal-aid'],
  ['xiaodian', '想请律师打官司，律师费出不起', 'legal-aid'],
  ['siming', '工伤的事想找律师 太贵了 有免费的吗', 'legal-aid'],
  // Money asked for the hot months is the heat allowance; a pack without one is not sure.
  ['jinshui', '七八月天天在外头晒 应该有笔钱吧', 'gaowen-butie'],
  ['shushan', '夏天跑外卖每个月能多拿多少', 'heat-allowance'],
  ['nanshan', '三十多度还在外面送 有没有额外补贴', 'none'],
];

describe('round 61: who asks, told before the ask', () => {
  itAnswers(STATUS);

  it('reads "is there protection" as asking whether one is covered', () => {
    expect(askedSide(INJURY, '没签合同 送单路上摔伤了 有没有保障')).toBe(1);
  });
});

describe('round 61: a concept told in two halves', () => {
  itAnswers(PAIRS);
});
