/**
 * Round 25 (docs/rounds/faq.md): pinyin typed as many short syllables is told from English by the words' shape, not
 * by how many of them are also English words. A word that is no syllable at all is English (or a loan word
 * inside pinyin); a word that splits into syllables and is no English word we know is pinyin; you, he, she,
 * can, an, me are both and count for little. The questions are written for these tests, not taken from any
 * eval set.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PinyinReader, splitSyllables } from '../../../src/core/faq/pinyin-input.js';
import { AT_WEDNESDAY_10, askerOn, PACKS, seen } from '../../helpers/askers.js';

/** The project's packs and 天河 (not in the shared list: the report tests run over every pack in it). */
const ALL = { ...PACKS, tianhe: resolve(import.meta.dirname, '../../../packs/tianhe') };
type Pack = keyof typeof ALL;

describe('round 25: the reader tells pinyin from English', () => {
  const reader = new PinyinReader([
    '有没有热水',
    '社保怎么交',
    '合同到期了',
    '喝水',
    '参加',
    '账号被封了',
    '望京',
    '驿站',
  ]);

  /** [what the worker types, how the bot reads it: Chinese, or undefined (English)]. */
  const CASES: [string, string | undefined][] = [
    // Pinyin whose syllables are English words too (you, re, she, me, he, can).
    ['you mei you re shui', '有没有热水'],
    ['she bao zen me jiao', '社保怎么交'],
    ['he tong dao qi le', '合同到期了'],
    ['he shui', '喝水'],
    ['can jia', '参加'],
    // A word that is no syllable inside pinyin: an English word or a brand.
    ['zhang hao bei feng le why', '账号被封了 why'],
    ['wangjing soho yizhan', '望京 soho 驿站'],
    // English stays English, also when all its words split into syllables.
    ['where can she get hot water', undefined],
    ['he can ban me', undefined],
    ['a man can', undefined],
    ['you can see me', undefined],
    ['can she get a bike', undefined],
    ['jiedaokou station open today', undefined],
  ];

  it.each(CASES)('%s → %s', (typed, read) => {
    expect(reader.read(typed)).toBe(read);
  });

  it('spells a one-letter syllable only as a word of its own', () => {
    expect(splitSyllables('e')).toEqual(['e']);
    expect(splitSyllables('see')).toBeUndefined();
    expect(splitSyllables('open')).toBeUndefined();
    expect(splitSyllables('zenme')).toEqual(['zen', 'me']);
  });
});

describe('round 25: what a worker typing short pinyin syllables sees', () => {
  /** [pack, what the worker types, what the worker sees: an entry, "stations", or "none" (not sure)]. */
  const CASES: [Pack, string, string][] = [
    ['hongshan', 'she bao zen me jiao', 'flexible-social-security'],
    ['tianhe', 'she bao zen me jiao', 'flexible-social-insurance'],
    ['yangpu', 'she bao zen me jiao', 'social-insurance-flexible'],
    ['hongshan', 'he tong', 'labour-relation'],
    ['tianhe', 'mei qian he tong suan bu suan lao dong guan xi', 'labour-relation'],
    // English with he, she, can stays English.
    ['tianhe', 'can he get a free haircut', 'haircut-free'],
    ['hongshan', 'where can he charge his bike', 'battery-charging-home'],
  ];

  it.each(CASES)('%s: %s → %s', async (pack, typed, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(typed, AT_WEDNESDAY_10))).toBe(expected);
  });
});
