/**
 * `content:check` advice for a pack's author: most entries without example questions, and an entry whose
 * own title the bot answers with another entry.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAsker } from '../../../src/core/faq/ask.js';
import { packAdvice } from '../../../src/core/faq/pack-advice.js';
import { AT_WEDNESDAY_10, labels, packAt } from '../../helpers/askers.js';

const MINIMAL = resolve(import.meta.dirname, '../../fixtures/packs/minimal');

describe('packAdvice', () => {
  it('has nothing to say about a pack whose entries have example questions and distinct titles', async () => {
    const pack = await packAt(MINIMAL);
    expect(packAdvice(pack, createAsker(pack, labels), AT_WEDNESDAY_10)).toEqual([]);
  });

  it('asks for example questions when most entries have none', async () => {
    const base = await packAt(MINIMAL);
    const pack = { ...base, faq: base.faq.map((e) => ({ ...e, questions: [] })) };
    const advice = packAdvice(pack, createAsker(pack, labels), AT_WEDNESDAY_10);
    expect(advice[0]).toMatch(/^3 of 3 FAQ entries have no example questions/);
  });

  it('names an entry whose own title is answered with another entry', async () => {
    const base = await packAt(MINIMAL);
    const copy = { ...base.faq[0]!, id: 'health-check-again', questions: [] };
    const pack = { ...base, faq: [...base.faq, copy] };
    const advice = packAdvice(pack, createAsker(pack, labels), AT_WEDNESDAY_10);
    expect(advice).toContain(
      'faq entry "health-check-again": its own title is answered with "health-check" — say in the title or answer what sets them apart',
    );
  });
});
