/**
 * The kept-text upgrade, run at start-up (app.ts) until it has run for the current masking. Text kept in Redis is
 * masked when it is written, with the masking of its day; a later stop that masks more (numbers typed in pieces and
 * Chinese-numeral landlines at stop 42, a space inside a piece at stop 43) leaves what was kept before as it was —
 * every view masks again on read, but Redis still held the numbers. Rewritten here, each record in one script that
 * writes only if it still holds what was read (a replica writing meanwhile is never overwritten):
 *
 * - questions kept for passing (`{p}:faq:q:{id}`: the question, the group's name) — `maskText`, the rest as typed;
 * - tickets' summary and report text (what the triage card is drawn from) — `maskText`; a contact number the worker
 *   chose to give stays (it is for the secretary), and the events (notes, replies) are not rewritten;
 * - learned examples, confirmed and waiting drafts, /gaps lines (stop 41's pass, run again) — as the gap log keeps a
 *   question now (`gapText`, counted under `gapOf`).
 *
 * The pack's marker (`{p}:faq:numbers-hidden:{district}`) then holds `KEPT_MASKING`, so later starts skip it; a marker
 * of an older stop ("1", stop 41's) runs it again. README "Upgrading" tells how to run it again by hand.
 *
 *   await hideKeptNumbers(store, pack.settings.district.id);   // → how many were rewritten
 */
import { maskText } from '../mask.js';
import type { StorePort } from '../ports/index.js';
import { gapOf, gapText } from './setup.js';

/** The stop whose masking kept text is rewritten with: raise it when the masking masks more. */
export const KEPT_MASKING = 43;

export async function hideKeptNumbers(
  store: Pick<StorePort, 'faq' | 'tickets'>,
  district: string,
): Promise<number> {
  if ((await store.faq.keptMasking(district)) >= KEPT_MASKING) return 0;
  const n =
    (await store.faq.maskKeptQuestions(maskText)) +
    (await store.tickets.maskKept(maskText)) +
    (await store.faq.hideKeptNumbers(district, { text: gapText, key: gapOf }));
  await store.faq.setKeptMasking(district, KEPT_MASKING);
  return n;
}
