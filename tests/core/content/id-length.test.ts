/**
 * Content ids are capped (schema.ts MAX_ID_LENGTH) so that every button carrying one fits Telegram's 64 bytes of
 * button data (QA10, not fixed #4: a long branch id made the transfer picker's data too long, and Telegram refused
 * the whole picker). The cap was chosen from the longest such data; these are the ones with no shorter form.
 */
import { describe, expect, it } from 'vitest';
import { assertCallbackData } from '../../../src/core/card.js';
import { MAX_ID_LENGTH } from '../../../src/core/content/schema.js';
import { action } from '../../../src/core/reports/views.js';

const longest = 'a'.repeat(MAX_ID_LENGTH);
/** The longest ticket number: a four-letter prefix and six digits. */
const TICKET = 'ABCD-2026-000123';

describe('an id at the length limit fits every button that carries it', () => {
  it.each([
    ['moving a ticket to a branch', action('tb', TICKET, longest)],
    ['binding a group', `bind:${longest}`],
    ['a branch queue page', `tq:${longest}:9990`],
    ['a branch’s figures for a month', `st:${longest}:2026-11`],
    ['a report’s category', `rp:AbCdEfGh:cat:${longest}`],
  ])('%s', (_what, data) => {
    expect(() => assertCallbackData(data)).not.toThrow();
  });

  it('an id of 42 characters would not fit the transfer', () => {
    expect(() => assertCallbackData(action('tb', TICKET, `${longest}ab`))).toThrow(/over 64 bytes/);
  });
});
