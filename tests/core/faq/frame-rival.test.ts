/**
 * Round 14 (docs/rounds/faq.md): in a pack written without example questions, titles are questions (有没有…,
 * …找谁说说), so a title can score on a worker's frame words alone. Such a runner-up is no rival for the
 * one entry that holds the topic. The questions are written for these tests, not taken from any eval set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Asker } from '../../../src/core/faq/ask.js';
import { AT_MONDAY_10, askerOn, PACKS, seen } from '../../helpers/askers.js';

const opts = AT_MONDAY_10;

describe('a runner-up that matched only the frame of the question (洪山 pack)', () => {
  let asker: Asker;
  beforeAll(async () => {
    asker = await askerOn(PACKS.hongshan);
  });

  it.each([
    // 有冇得… matches titles asking 有没有…; only the clubs entry has 骑手…一起 (活动).
    ['收工以后冇得事做，有冇得骑手一起耍的', 'rider-clubs'],
    // Symptoms without the word 中暑: only the heat entry holds 头晕/恶心, the rest share 要…么事.
    ['中午跑单热得头昏想吐，喝么事', 'heatstroke-firstaid'],
  ])('%s → %s', (q, id) => {
    expect(seen(asker.ask(q, opts))).toBe(id);
  });

  it.each([['武汉哪里的热干面好吃'], ['今晚有么好看的电影']])('%s → not answered', (q) => {
    expect(seen(asker.ask(q, opts))).toBe('none');
  });
});

describe('topics the pack lacks stay unanswered (南山 pack)', () => {
  let asker: Asker;
  beforeAll(async () => {
    asker = await askerOn(PACKS.nanshan);
  });

  // One pack word (电影, in the union card's discounts) is not enough when the rest is frame.
  it.each([['今晚有啥好看的电影'], ['在深圳买房有补贴吗']])('%s → not answered', (q) => {
    expect(seen(asker.ask(q, opts))).toBe('none');
  });
});

describe('干什么 (干嘛, 搞么事) asks what something is for, it names no topic', () => {
  let chaoyang: Asker;
  let hongshan: Asker;
  beforeAll(async () => {
    [chaoyang, hongshan] = await Promise.all([askerOn(PACKS.chaoyang), askerOn(PACKS.hongshan)]);
  });

  it('a deduction asked about with 是干嘛的 is the insurance, not the title 驿站是干嘛的', () => {
    expect(seen(chaoyang.ask('一上线就扣我两块钱，这是干嘛的', opts))).toBe('meitian-baoxianfei');
  });

  it('the stations entry still answers what a station is for', () => {
    expect(seen(chaoyang.ask('驿站是干嘛的', opts))).toBe('yizhan-shi-shenme');
  });

  it('搞么事 alone does not make a question about the crash entry (现场先做么事)', () => {
    expect(seen(hongshan.ask('跑了四个钟头就被踢下线，搞么事', opts))).not.toBe('crash-what-to-do');
  });
});
