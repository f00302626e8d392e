/**
 * Copies of a ticket's card on Slack (QA7 #5): a /ticket view posted in the triage channel carries the ticket's
 * buttons. When the ticket is claimed from its card the copy is updated (no Claim left); a copy Slack will no
 * longer update (deleted) does not stop the claim, and a press of its old Claim is refused by the server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackTestApp, type SlackTestApp, type StoredMessage } from '../../helpers/fake-slack-api.js';

const worker = { id: 'U0WORKER02', name: '小李' };
const secretary = { id: 'U07MTSEC001', name: '王书记' };
const organiser = { id: 'U07ORGLI001', name: '李老师' };
const RIDERS = 'C0MTRIDERS';
const TRIAGE = 'C07TRIAGEMT';

let t: SlackTestApp;
beforeAll(async () => {
  t = await createSlackTestApp();
  await t.command(
    t.p.command(organiser, '/bind', 'meituan-yangpu', { channel: RIDERS, name: 'meituan-riders' }),
  );
  await t.settle();
});
afterAll(async () => {
  await t?.close();
});

const shown = (m: StoredMessage | undefined) => `${m?.text ?? ''}\n${JSON.stringify(m?.blocks ?? [])}`;
const current = (m: StoredMessage) => t.api.messages.get(m.channel ?? TRIAGE)!.find((x) => x.ts === m.ts)!;

/** The worker files `text` through the /report modal; returns the ticket number and its card. */
async function file(text: string): Promise<{ id: string; card: StoredMessage }> {
  await t.command(t.p.command(worker, '/report', text, { channel: RIDERS, name: 'meituan-riders' }));
  await t.api.waitFor('views.open', () => true);
  await t.settle();
  const form = t.api.views[t.api.views.length - 1]!;
  const mark = t.api.mark();
  await t.interact(
    t.p.submit(worker, form, {
      desc: { text: { type: 'plain_text_input', value: text } },
      category: { choice: { type: 'static_select', selected_option: { value: 'pay-penalty' } } },
      photos: { files: { type: 'file_input', files: [] } },
      options: { flags: { type: 'checkboxes', selected_options: [] } },
    }),
  );
  await t.api.waitFor('chat.postMessage', (p) => p.channel === TRIAGE, { after: mark });
  await t.settle();
  const card = t.api.lastMessage(TRIAGE)!;
  const id = /([A-Z]+-\d{4}-\d+)/.exec(shown(card))![1]!;
  return { id, card };
}

/** A /ticket view posted in the triage channel by `who`. */
async function viewIn(who: { id: string; name: string }, id: string): Promise<StoredMessage> {
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
    const view = await viewIn(secretary, id);
    const mark = t.api.mark();
    await t.interact(t.p.press(secretary, card, `tk:claim:${id}`));
    await t.api.waitFor('chat.update', (p) => p.channel === TRIAGE && p.ts === view.ts, { after: mark });
    await t.settle();
    expect(shown(current(view))).not.toContain(`tk:claim:${id}`);
    expect(shown(current(view))).toContain(`tk:rs:${id}`);
    expect(shown(current(card))).not.toContain(`tk:claim:${id}`);
  });

  it('a copy Slack will not update does not stop the claim; its old Claim is refused', async () => {
    const { id, card } = await file('站长又扣了我一百块，说我差评');
    const view = await viewIn(secretary, id);
    t.api.fail('chat.update', { error: 'message_not_found', when: (p) => p.ts === view.ts });
    let mark = t.api.mark();
    await t.interact(t.p.press(secretary, card, `tk:claim:${id}`));
    await t.api.waitFor('chat.update', (p) => p.ts === card.ts, { after: mark });
    await t.settle();
    expect(t.api.since(mark).some((c) => c.method === 'chat.update' && c.params.ts === view.ts)).toBe(true);
    expect(await t.app.deps.store.tickets.get(id)).toMatchObject({
      status: 'claimed',
      owner: `slack:${secretary.id}`,
    });
    expect(shown(current(card))).not.toContain(`tk:claim:${id}`);
    // The copy still shows Claim (Slack refused the update): pressing it claims nothing.
    expect(shown(current(view))).toContain(`tk:claim:${id}`);
    mark = t.api.mark();
    await t.interact(t.p.press(organiser, current(view), `tk:claim:${id}`));
    await t.settle();
    const told = t.api
      .since(mark)
      .map((c) => JSON.stringify(c.params))
      .join('\n');
    expect(told).toContain('已由');
    expect((await t.app.deps.store.tickets.events(id)).filter((e) => e.type === 'claimed')).toHaveLength(1);
  });
});
