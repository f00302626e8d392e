/**
 * Round 60 (stop 41; docs/rounds/faq.md): the asked clause against the told premise. A clause that tells something
 * feared or supposed (万一以后要打官司, 怕哪天…, 以后可能要…) asks nothing and is a premise, as a negated one (没签合同) is:
 * the question is asked against it, not about it, so the lawsuit one fears gives way to the arbitration or the
 * evidence asked. A question word that asks nothing — "anyone", "any", "some day" (跟谁都没签过, 冇签么子合同, 怕哪天)
 * — does not make a told clause a question. A line break reads as the comma it stands for (大篷车⏎啥时候开到我们站点 is
 * 大篷车，啥时候开到我们站点). The questions are written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { asks, supposed } from '../../../src/core/faq/clauses.js';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, withinOneTap } from '../../helpers/askers.js';
import { itAnswers, type RoundCase } from './round-cases.js';

const CASES: RoundCase[] = [
  // The lawsuit feared, the arbitration or the evidence asked.
  ['longhua', '万一以后要跟公司打官司，仲裁申请去哪交', 'labour-arbitration'],
  ['yuelu', '万一以后要跟站点打官司，仲裁要交钱不', 'laodong-zhongcai'],
  ['tianhe', '万一以后要跟站点打官司，仲裁要交钱不', 'labour-arbitration'],
  ['chaoyang', '万一哪天要跟公司打官司，现在平时该保存点什么', 'weiquan-zhengju'],
  // No contract with anyone, told with an indefinite: the injury's cover is asked.
  ['hongshan', '我冇签么子合同，下雨天送餐摔伤了腿，有冇得人赔', 'occ-injury-cover'],
  ['hongshan', '跟谁都没签过合同，送餐摔伤了腿，有冇得人赔', 'occ-injury-cover'],
];

describe('round 60: a premise feared or supposed, and question words that ask nothing', () => {
  itAnswers(CASES);

  it('reads an indefinite as no question, and a question word as one', () => {
    for (const told of ['跟谁都没签过合同', '冇签么子合同', '啥也没给过', '怕哪天跟公司闹翻'])
      expect(asks(told)).toBe(false);
    for (const asked of ['谁能签合同', '哪天开门', '签了什么合同', '有没有人管'])
      expect(asks(asked)).toBe(true);
  });

  it('reads a fear or a supposition as a premise, and 以后 after a verb as what happened', () => {
    for (const told of ['万一以后要打官司', '怕哪天跟公司闹翻', '以后可能要上法院', '要是被辞了'])
      expect(supposed(told)).toBe(true);
    for (const told of ['收工以后去超市被撞了', '主要是没钱', '号被封了']) expect(supposed(told)).toBe(false);
  });

  it.each([
    ['yangpu', '大篷车', '啥时候开到我们站点'],
    ['hongshan', '我冇签合同', '下雨天送餐摔伤了腿', '有冇得人赔'],
    ['longhua', '万一以后要跟公司打官司', '仲裁申请去哪交'],
  ] as const)('%s: a line break reads as a comma', async (pack, ...lines) => {
    const asker = await askerOn(FAQ_PACKS[pack]);
    const shown = (text: string) => {
      const a = asker.ask(text, AT_WEDNESDAY_10);
      return [a.kind, ...withinOneTap(asker, a)];
    };
    expect(shown(lines.join('\n'))).toEqual(shown(lines.join('，')));
    expect(shown(lines.join('\r\n'))).toEqual(shown(lines.join('，')));
  });
});
