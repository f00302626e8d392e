/**
 * Words relayed into Slack show exactly as they were written: a worker's "*急* 工资_没发_" on the triage
 * card, in the answer relayed to the triage channel, and a secretary's question relayed to the worker's
 * DM keep every *, _, ~ and ` — nothing turns bold, italic, struck or code — while our own formatting (the
 * bold ticket number, the buttons) stays. Read as a person reads it (`shownText`: formatting drawn as ⟦…⟧).
 */
import { describe, expect, it } from 'vitest';
import { shownText } from '../../helpers/fake-slack-api.js';
import {
  dm,
  dmOf,
  fileBySlack,
  secretaryWrites,
  TRIAGE,
  cardOf,
  useSlackRiders,
} from '../../core/reports/slack-loop.js';

const t = useSlackRiders();

const worker = { id: 'U0LITERAL1', name: '小吴' };
const REPORT = '*急* 工资_没发_ ~三个月~ `老板`说下周';

/** No part of the words was drawn as formatting: they appear whole, markers and all, nothing in ⟦…⟧. */
function keptLiterally(shown: string, words: string): void {
  expect(shown).toContain(words);
  expect(shown).not.toMatch(/⟦(急|没发|三个月|老板|具体|哪个|杨浦三站|4500|不给)⟧/);
}

describe('relayed words in Slack', () => {
  let id = '';

  it('the triage card shows the report as written, its number still bold', async () => {
    id = await fileBySlack(t, worker, REPORT);
    const card = shownText((await cardOf(t, id)).blocks);
    keptLiterally(card, REPORT);
    expect(card).toContain(`⟦${id}⟧`);
  });

  it('a question relayed to the worker’s DM keeps its markers', async () => {
    const question = '请说明 *具体* 金额，_哪个_ 站点？';
    await secretaryWrites(t, id, 'ask', question);
    const asked = dmOf(t, worker).findLast((m) => m.text.includes('金额'))!;
    keptLiterally(shownText(asked.blocks), question);
  });

  it('the worker’s answer relayed to the triage channel keeps its markers', async () => {
    const answer = '*杨浦三站* 共_4500_元 ~不给~';
    await dm(t, worker, answer);
    const relayed = t.api.messages.get(TRIAGE)!.findLast((m) => m.text.includes('4500'))!;
    keptLiterally(shownText(relayed.blocks), answer);
  });
});
