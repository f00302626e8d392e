/**
 * What a question asks, not only what it is about: an entry on the topic that never says what is asked
 * ("爱心餐能打包送到宿舍吗") is offered, not given as the answer; stories are read from their question.
 * The examples are written for these tests, not taken from any eval set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Asker } from '../../../src/core/faq/ask.js';
import { focusOf } from '../../../src/core/faq/focus.js';
import { SAMPLE_PACK } from '../../helpers/app.js';
import { AT_MONDAY_10, answerId as id, askerOn } from '../../helpers/askers.js';

const opts = AT_MONDAY_10;

describe('focusOf', () => {
  it('is what follows the last modal or "who / where" of the last clause', () => {
    expect(focusOf('爱心餐能送到家里吗')).toBe('送到家里吗');
    expect(focusOf('电动车坏了 找谁修')).toBe('修');
    expect(focusOf('我在五角场跑单 可以去哪里投诉')).toBe('投诉');
    expect(focusOf('体检报告怎么查')).toBe('');
  });
});

describe('the asker on what a question asks', () => {
  let asker: Asker;
  let without: Asker;
  beforeAll(async () => {
    asker = await askerOn(SAMPLE_PACK);
    without = await askerOn(SAMPLE_PACK, { thresholds: { focus: 0 } });
  });

  it('offers, not answers, an entry on the topic that never says what is asked', () => {
    for (const [q, entry] of [
      ['爱心餐能打包送到宿舍吗', 'caring-meals'],
      ['心理咨询师能帮我开点药吗', 'counselling-room'],
      ['理发券能换成现金吗', 'haircut-voucher'],
    ] as const) {
      expect(id(without.ask(q, opts)), q).toBe(entry);
      const a = asker.ask(q, opts);
      expect(a.kind, q).toBe('weak');
      expect(a.kind === 'weak' && a.candidates[0]?.entry.id, q).toBe(entry);
    }
  });

  it('judges a one-character focus only when it asks for a particular service (repair, refund, buying)', () => {
    for (const q of ['充电宝坏了 找谁修', '理发券没用完能退吗', '二手电瓶车去哪里买']) {
      expect(asker.ask(q, opts).kind, q).not.toBe('faq');
    }
    // A generic verb (查, 弄, 办) is no focus: the entry on the topic answers.
    expect(id(asker.ask('体检报告去哪里查', opts))).toBe('health-check-report');
    expect(id(asker.ask('关爱卡在哪里办', opts))).toBe('service-card');
  });

  it('still answers when the entry says what is asked', () => {
    expect(id(asker.ask('理发券下个月还能用吗', opts))).toBe('haircut-voucher');
    expect(id(asker.ask('电瓶能拿进驿站充电吗', opts))).toBe('station-ebike-charging');
    expect(id(asker.ask('带孩子去景区门票能便宜吗', opts))).toBe('scenic-half-price');
  });

  it('reads a story by its question, not by where its teller comes from', () => {
    expect(
      id(asker.ask('我老家在河南，去年来上海跑外卖，老婆孩子也跟过来了，想问孩子在这边上小学要准备啥', opts)),
    ).toBe('children-school-enrolment');
    // Another city in the question itself is still elsewhere.
    expect(asker.ask('河南老家的孩子上小学要准备啥', opts).kind).not.toBe('faq');
  });
});
