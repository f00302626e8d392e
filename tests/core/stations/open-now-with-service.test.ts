/**
 * "现在有开着的有热水的驿站吗", "is there a station open now with hot water": a station word, something had on the spot
 * and "open now", with no place — the stations that have it, nearest open first once a place is given. No entry
 * says what is open now. Asked without "now" ("驿站能充电吗"), it stays the pack's entry on what stations offer.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, FAQ_PACKS, answerId, askerOn } from '../../helpers/askers.js';

describe('a station open now with a service, no place named', () => {
  it.each([
    ['hongshan', '现在有开着的有热水的驿站吗'],
    ['yangpu', 'is there a station open now with hot water'],
    ['chaoyang', '这会儿还开着的能充电的驿站有吗'],
    ['tianhe', '而家有冇开紧门嘅驿站有热水'],
  ] as const)('%s: "%s" lists stations', async (pack, question) => {
    const asker = await askerOn(FAQ_PACKS[pack]);
    expect(answerId(asker.ask(question, AT_WEDNESDAY_10))).toBe('stations');
  });

  it('without "now", a general question about stations is the pack’s entry', async () => {
    const asker = await askerOn(FAQ_PACKS.yangpu);
    expect(answerId(asker.ask('驿站能给电瓶车充电吗', AT_WEDNESDAY_10))).not.toBe('stations');
  });
});
