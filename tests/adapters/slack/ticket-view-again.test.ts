/**
 * /waystation ticket asked again on Slack, in English (stop 43; zh-CN and zh-TW on Telegram:
 * tests/adapters/telegram/ticket-view-again.test.ts): the older view in the same conversation is edited to say the
 * ticket was opened again below, without buttons, and a press Slack still delivers from it acts on nothing.
 */
import { describe, expect, it } from 'vitest';
import type { StoredMessage } from '../../helpers/fake-slack-api.js';
import { fileToCard, SECRETARY, shown, useSlackRiders } from '../../core/reports/slack-loop.js';

const worker = { id: 'U0WORKER43', name: '小周' };
const t = useSlackRiders();

const current = (m: StoredMessage) => t.api.messages.get(m.channel!)!.find((x) => x.ts === m.ts)!;

/** `/waystation ticket id` in the secretary's DM with the app; the view it posted. */
async function viewInDm(id: string): Promise<StoredMessage> {
  const dm = t.api.imOf(SECRETARY.id);
  const mark = t.api.mark();
  await t.command(t.p.command(SECRETARY, '/waystation', `ticket ${id}`, { channel: dm }));
  await t.api.waitFor('chat.postMessage', () => true, { after: mark });
  await t.settle();
  const view = t.api.lastMessage(dm)!;
  expect(shown(view)).toContain(`tk:claim:${id}`);
  return { ...view, channel: view.channel ?? dm };
}

describe('/waystation ticket again on Slack', () => {
  it('en: the older view points below and loses its buttons; its Claim is refused, plainly', async () => {
    t.api.users.set(SECRETARY.id, { name: SECRETARY.name, locale: 'en-US' });
    const text = '站长扣了我两百块，说我超时，我没有超时';
    const { id } = await fileToCard(t, worker, { words: text, category: 'pay-penalty' }, { args: text });
    const first = await viewInDm(id);
    const second = await viewInDm(id);
    const old = shown(current(first));
    expect(old).toContain(`${id} was opened again below`);
    expect(old).not.toContain('tk:');

    let mark = t.api.mark();
    await t.interact(t.p.press(SECRETARY, first, `tk:claim:${id}`));
    await t.settle();
    expect(JSON.stringify(t.api.since(mark))).toContain(
      'This card is no longer the current one; nothing was done',
    );
    expect((await t.app.deps.store.tickets.get(id))?.status).toBe('new');

    mark = t.api.mark();
    await t.interact(t.p.press(SECRETARY, second, `tk:claim:${id}`));
    await t.settle();
    expect((await t.app.deps.store.tickets.get(id))?.status).toBe('claimed');
  });
});
