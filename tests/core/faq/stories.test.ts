/**
 * A long story whose topic sits among words of its own: one entry scores far above every other, so it
 * is the answer even though no example question is close (docs/rounds/faq.md, Round 8). Benefits of other
 * offices the pack never mentions are not answered from a neighbour entry. Examples written for these tests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Asker } from '../../../src/core/faq/ask.js';
import { SAMPLE_PACK } from '../../helpers/app.js';
import { AT_MONDAY_10, answerId as id, askerOn } from '../../helpers/askers.js';

const opts = AT_MONDAY_10;

describe('stories and other offices', () => {
  let asker: Asker;
  let withoutStories: Asker;
  beforeAll(async () => {
    asker = await askerOn(SAMPLE_PACK);
    withoutStories = await askerOn(SAMPLE_PACK, { thresholds: { storyContent: 0 } });
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
