/**
 * Who and how much an entry speaks of: a question for a relative, or for a sum the answer never states,
 * gets "not sure" with the entry offered — not a confident answer that does not fit (docs/rounds/faq.md, Round 8).
 * The examples are written for these tests, not taken from any eval set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/faq/answer.js';
import type { Asker } from '../../../src/core/faq/ask.js';
import { SAMPLE_PACK } from '../../helpers/app.js';
import { AT_MONDAY_10, answerId as id, askerOn, PACKS } from '../../helpers/askers.js';

const opts = AT_MONDAY_10;
/** "Not sure", with the entry on the topic offered first. */
const offered = (a: Answer) => (a.kind === 'weak' ? a.candidates[0]?.entry.id : `answered ${id(a)}`);

describe('questions for someone else, or for a sum the entry does not state', () => {
  let yangpu: Asker;
  let nanshan: Asker;
  beforeAll(async () => {
    yangpu = await askerOn(SAMPLE_PACK);
    nanshan = await askerOn(PACKS.nanshan);
  });

  it('offers, not answers, an entry for the worker when the question is for a relative', () => {
    for (const [asker, q, entry] of [
      [yangpu, '我老妈也能去驿站做那个免费体检吗', 'health-check-tour'],
      [yangpu, '我女儿能用我的关爱卡领理发券吗', 'haircut-voucher'],
      [yangpu, 'Can my husband join the free skills class?', 'skills-training'],
      [nanshan, '我媳妇能一起参加免费体检不', 'health-check-free'],
    ] as const) {
      expect(offered(asker.ask(q, opts)), q).toBe(entry);
    }
  });

  it('still answers when the entry speaks of family, or the relative is only part of a story', () => {
    expect(id(yangpu.ask('带老婆孩子去景区能买半价票吗', opts))).toBe('scenic-half-price');
    expect(id(yangpu.ask('儿子考上大学了学费不够 有助学金吗', opts))).toBe('children-study-grant');
    expect(
      id(yangpu.ask('我老婆在老家带孩子，我一个人在这边跑单，最近压力太大了，心理热线电话多少', opts)),
    ).toBe('mental-health-hotline');
  });

  it('offers, not answers, when the question asks a price or payout the answer never states', () => {
    expect(offered(nanshan.ask('深圳医保二档一个月交多少钱', opts))).toBe('medical-insurance');
    expect(offered(nanshan.ask('灵活就业养老退休以后每月能领多少', opts))).toBe('pension-flexible');
  });

  it('answers a price question when the answer states a sum or says it is free', () => {
    expect(id(nanshan.ask('骑手公寓一个床位多少钱', opts))).toBe('rider-apartment');
    expect(id(yangpu.ask('急救培训要交多少钱', opts))).toBe('first-aid-training');
    // Asked together with where: the entry answers that part.
    expect(id(nanshan.ask('灵活就业交养老要交多少 去哪里办', opts))).toBe('pension-flexible');
  });
});
