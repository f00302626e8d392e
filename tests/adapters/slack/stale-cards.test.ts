/**
 * Copies of a ticket's card on Slack (QA7 #5): a /ticket view posted in the triage channel carries the ticket's
 * buttons. When the ticket is claimed from its card the copy is updated (no Claim left); a copy Slack will no
 * longer update (deleted) does not stop the claim, and a press of its old Claim is refused by the server.
 */
import { describe, expect, it } from 'vitest';
import { type Person, type StoredMessage } from '../../helpers/fake-slack-api.js';
import {
  fileToCard,
  ORGANISER,
  SECRETARY,
  shown,
  TRIAGE,
  useSlackRiders,
} from '../../core/reports/slack-loop.js';

const worker = { id: 'U0WORKER02', name: '小李' };

const t = useSlackRiders();

const current = (m: StoredMessage) => t.api.messages.get(m.channel ?? TRIAGE)!.find((x) => x.ts === m.ts)!;

/** The worker files `text` through the /report modal; returns the ticket number and its card. */
const file = (text: string) =>
  fileToCard(t, worker, { words: text, category: 'pay-penalty' }, { args: text });

/** A /ticket view posted in the triage channel by `who`. */
async function viewIn(who: Person, id: string): Promise<StoredMessage> {
  const mark = t.api.mark();
  await t.command(t.p.command(who, '/ticket', id, { channel: TRIAGE, name: 'triage-meituan' }));
  await t.api.waitFor('chat.postMessage', (p) => p.channel === TRIAGE, { after: mark });
  await t.settle();
  const view = t.api.lastMessage(TRIAGE)!;
  expect(shown(view)).toContain(`tk:claim:${id}`);
  return view;
}

describe('copies of a ticket card on Slack', () => {
  it('a /ticket view loses its Claim when the ticket is claimed from the card', async () => {
    const { id, card } = await file('站长扣了我两百块，说我超时了');
    const view = await viewIn(SECRETARY, id);
    const mark = t.api.mark();
    await t.interact(t.p.press(SECRETARY, card, `tk:claim:${id}`));
    await t.api.waitFor('chat.update', (p) => p.channel === TRIAGE && p.ts === view.ts, { after: mark });
    await t.settle();
    expect(shown(current(view))).not.toContain(`tk:claim:${id}`);
    expect(shown(current(view))).toContain(`tk:rs:${id}`);
    expect(shown(current(card))).not.toContain(`tk:claim:${id}`);
  });

  it('a copy Slack will not update does not stop the claim; its old Claim is refused', async () => {
    const { id, card } = await file('站长又扣了我一百块，说我差评');
    const view = await viewIn(SECRETARY, id);
    t.api.fail('chat.update', { error: 'message_not_found', when: (p) => p.ts === view.ts });
    let mark = t.api.mark();
    await t.interact(t.p.press(SECRETARY, card, `tk:claim:${id}`));
    await t.api.waitFor('chat.update', (p) => p.ts === card.ts, { after: mark });
    await t.settle();
    expect(t.api.since(mark).some((c) => c.method === 'chat.update' && c.params.ts === view.ts)).toBe(true);
    expect(await t.app.deps.store.tickets.get(id)).toMatchObject({
      status: 'claimed',
      owner: `slack:${SECRETARY.id}`,
    });
    expect(shown(current(card))).not.toContain(`tk:claim:${id}`);
    // The copy still shows Claim (Slack refused the update): pressing it claims nothing.
    expect(shown(current(view))).toContain(`tk:claim:${id}`);
    mark = t.api.mark();
    await t.interact(t.p.press(ORGANISER, current(view), `tk:claim:${id}`));
    await t.settle();
    const told = t.api
      .since(mark)
      .map((c) => JSON.stringify(c.params))
      .join('\n');
    expect(told).toContain('已由');
    expect((await t.app.deps.store.tickets.events(id)).filter((e) => e.type === 'claimed')).toHaveLength(1);
  });
});
