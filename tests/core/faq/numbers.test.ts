/**
 * A question about a hotline number is answered by the entry that introduces the number, not by one whose
 * title shares the question's frame (是干嘛的) or one that mentions the number in passing; the sample pack and
 * packs/chaoyang.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Asker } from '../../../src/core/faq/ask.js';
import { namedNumbers } from '../../../src/core/faq/numbers.js';
import { AT_WEDNESDAY_10, answerId as id, askerOn, PACKS } from '../../helpers/askers.js';

const opts = AT_WEDNESDAY_10;

let sample: Asker;
let chaoyang: Asker;
beforeAll(async () => {
  sample = await askerOn(PACKS.yangpu);
  chaoyang = await askerOn(PACKS.chaoyang);
});

describe('hotline numbers', () => {
  it('reads service numbers, not amounts or ages', () => {
    expect(namedNumbers('12348是干啥的')).toEqual(['12348']);
    expect(namedNumbers('出事了打122还是110')).toEqual(['122', '110']);
    expect(namedNumbers('被骗了20000块 孩子12岁')).toEqual([]);
  });

  it('answers with the entry that introduces the number', () => {
    expect(id(chaoyang.ask('12348是哪儿的电话', opts))).toBe('falv-yuanzhu');
    expect(id(sample.ask('12348 干啥用的', opts))).toBe('legal-aid');
  });

  it('does not guess among entries that only mention the number in passing', () => {
    const a = chaoyang.ask('12333是干嘛的', opts);
    expect(a.kind).not.toBe('faq');
  });
});
