/**
 * A long story whose topic sits among words of its own: one entry scores far above every other, so it
 * is the answer even though no example question is close (docs/faq.md, Round 8). Benefits of other
 * offices the pack never mentions are not answered from a neighbour entry. Examples written for these tests.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import { createAsker, type Answer, type Asker } from '../../../src/core/faq/ask.js';
import { loadI18n } from '../../../src/core/i18n.js';
import { serviceLabels } from '../../../src/core/stations/labels.js';
import { SAMPLE_PACK } from '../../helpers/app.js';

const opts = { now: new Date('2026-11-23T02:00:00Z'), timeZone: 'Asia/Shanghai' };
const id = (a: Answer) => (a.kind === 'faq' ? a.hit.entry.id : a.kind);

describe('stories and other offices', () => {
  let asker: Asker;
  let withoutStories: Asker;
  beforeAll(async () => {
    const pack = await loadContentPack(SAMPLE_PACK);
    const labels = serviceLabels(loadI18n(resolve(import.meta.dirname, '../../../locales')));
    asker = createAsker(pack, labels);
    withoutStories = createAsker(pack, labels, { thresholds: { storyContent: 0 } });
  });

  it('answers a long story from the entry that leads every other by far', () => {
    const q =
      '我在站点干了小半年，前阵子站长说这个月的钱下个月一起发，结果下个月又拖，现在已经拖了三个月了，这种事该找谁';
    expect(withoutStories.ask(q, opts).kind).toBe('weak');
    expect(id(asker.ask(q, opts))).toBe('wage-arrears');
  });

  it('does not answer a question about another office’s benefit from a neighbour entry', () => {
    for (const q of ['失业保险金在哪里领', '孩子读幼儿园有没有补贴', '考驾照能报销吗']) {
      expect(asker.ask(q, opts).kind, q).not.toBe('faq');
    }
  });
});
