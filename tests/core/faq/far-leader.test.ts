/**
 * An entry written as an answer (no or few example questions) that one worker's wording never comes close
 * to, yet far ahead of every other entry, is the answer (docs/rounds/faq.md, Round 9). Entries with many examples,
 * and single clauses of a question, still need a close example. Examples written for these tests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import { createAsker, type Asker } from '../../../src/core/faq/ask.js';
import { NO_TRANSFER } from '../../../src/core/faq/transfer.js';
import { SAMPLE_PACK } from '../../helpers/app.js';
import { AT_MONDAY_10, answerId as id, askerOn, PACKS, labels } from '../../helpers/askers.js';

const NANSHAN = PACKS.nanshan;
const opts = AT_MONDAY_10;

describe('an answer-only entry far ahead of the rest', () => {
  let nanshan: Asker;
  let nanshanOff: Asker;
  let yangpu: Asker;
  beforeAll(async () => {
    const pack = await loadContentPack(NANSHAN);
    // Both without the shipped word bridges (Round 35), which were learned partly from 南山's dev questions and
    // answer some of these on their own: what is measured here is the lead rule.
    nanshan = createAsker(pack, labels, { transfer: NO_TRANSFER });
    // Without either lead rule (Round 16's clear leader answers some of these too), nor the fitted decision (the
    // model refitted at stop 41 answers two of them on its own).
    nanshanOff = createAsker(pack, labels, {
      thresholds: { leader: 0, clearLead: 0, fitted: 2 },
      transfer: NO_TRANSFER,
    });
    yangpu = await askerOn(SAMPLE_PACK);
  });

  const answered: [string, string][] = [
    ['站点老板俩月没发钱了 人也找不着', 'wage-arrears'],
    ['老板三个月没发钱了', 'wage-arrears'],
    ['有人加我微信说做任务返佣金 能做吗', 'fraud-part-time'],
    ['做任务返佣金靠谱吗', 'fraud-part-time'],
  ];

  it.each(answered)('answers %s with %s instead of "not sure"', (q, entry) => {
    expect(nanshanOff.ask(q, opts).kind).not.toBe('faq');
    expect(id(nanshan.ask(q, opts))).toBe(entry);
  });

  it('does not answer a topic the pack lacks from an entry with many examples', () => {
    expect(yangpu.ask('新能源车购置补贴怎么领', opts).kind).not.toBe('faq');
  });

  it('does not answer from a clause that leads on its frame only (怎么弄回来 is not 钱被骗了)', () => {
    expect(id(nanshan.ask('顾客投诉我态度不好 被扣了钱 怎么弄回来', opts))).not.toBe('fraud-what-to-do');
  });
});
