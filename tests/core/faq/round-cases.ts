/**
 * The two checks a FAQ round's test makes of the questions written for it, each asked on one pack on a Wednesday
 * at 10:00: answered outright, or offered first one tap away.
 */
import { expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen, withinOneTap } from '../../helpers/askers.js';

/** [pack, what the worker types, what the worker sees: an entry or "none" (not sure / don't know)]. */
export type RoundCase = [keyof typeof FAQ_PACKS, string, string];

/** A test a case: the worker sees the entry answered outright (or "none"). */
export function itAnswers(cases: RoundCase[]): void {
  it.each(cases)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(FAQ_PACKS[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
}

/** A test a case: not answered outright, but the entry first among the ones offered one tap away. */
export function itOffersFirst(cases: RoundCase[]): void {
  it.each(cases)('%s: %s → %s one tap away, first', async (pack, question, expected) => {
    const asker = await askerOn(FAQ_PACKS[pack]);
    expect(withinOneTap(asker, asker.ask(question, AT_WEDNESDAY_10))[0]).toBe(expected);
  });
}
