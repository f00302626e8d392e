/**
 * What a worker gets for questions worded far from any single example (round 7, docs/rounds/faq.md): on both
 * sample packs, each line is what the bot answers — an entry (its id), "not sure" / "don't know" (no
 * answer), or a station list. The questions are written for these tests, not taken from any eval set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Asker } from '../../../src/core/faq/ask.js';
import { SAMPLE_PACK } from '../../helpers/app.js';
import { AT_MONDAY_10, PACKS, askerOn, seen } from '../../helpers/askers.js';

const opts = AT_MONDAY_10;
const NANSHAN = PACKS.nanshan;

describe('the 杨浦 sample pack (entries with example questions)', () => {
  let asker: Asker;
  beforeAll(async () => {
    asker = await askerOn(SAMPLE_PACK);
  });

  it.each([
    // Words of two example questions of one entry together (点赞任务 + 先垫钱): answered.
    ['有人叫我点赞赚钱 后来让我先充钱', 'fraud-fake-jobs'],
    // English through the glossary: screen sharing, rude, threatened.
    ['someone called and asked me to share my screen', 'fraud-fake-customer-service'],
    ['the customer was rude and threatened me', 'customer-abuse'],
    // A where-question about something of its own is no request for a rest station.
    ['孩子半夜发烧了去哪个医院', 'none'],
    // A weather forecast is outside any benefits pack.
    ['明天下雨吗', 'none'],
    ['后天下雨吗', 'none'],
  ])('%s → %s', (q, want) => {
    expect(seen(asker.ask(q, opts))).toBe(want);
  });

  it('measures how much of a question the example questions hold together, not only the closest one', () => {
    const [hit] = asker.index.search('有人叫我点赞赚钱 后来让我先充钱', 1);
    expect(hit!.entry.id).toBe('fraud-fake-jobs');
    expect(hit!.asked).toBeGreaterThan(hit!.closest);
  });

  it('does not answer from the union of example questions when the question was typed in pinyin', () => {
    // The pinyin reading is built from the pack's own words (套餐, 便宜 of the meals entry), so any
    // reading looks covered: "宽带套餐哪个便宜" is about broadband, not meals.
    expect(seen(asker.ask('kuan dai tao can na ge pian yi', opts))).toBe('none');
  });
});

describe('the 南山 pack (entries without example questions)', () => {
  let asker: Asker;
  beforeAll(async () => {
    asker = await askerOn(NANSHAN);
  });

  it.each([
    // An entry that matched only "…在哪里…" (体检报告在哪里看) no longer stands before the topic's entry.
    ['请律师在哪里找', 'legal-aid'],
    ['哪里理发便宜', 'haircut'],
    // English words the glossary lacked.
    ['how much is the rider apartment', 'rider-apartment'],
    ['someone called and asked me to share my screen', 'fraud-fake-service'],
    // Long stories that name a station or place in passing: the FAQ, not that station's card.
    [
      '我在科技园这边跑了两年顺丰，最近站点换了老板，让我们都签一份新的协议，说不签就别干了，这个协议能不能签',
      'labour-contract',
    ],
    ['在后海那边被车撞了，腿流了点血，去医院包扎了，想问这个医药费平台能不能报', 'occupational-injury-claim'],
  ])('%s → %s', (q, want) => {
    expect(seen(asker.ask(q, opts))).toBe(want);
  });

  it('still lists stations for a named station with a service or hours', () => {
    expect(seen(asker.ask('后海驿站有热水吗', opts))).toBe('stations');
    expect(seen(asker.ask('科技园驿站几点关门', opts))).toBe('stations');
  });
});
