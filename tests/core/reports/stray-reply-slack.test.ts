/**
 * On Slack a secretary answers in a thread: a thread under a ticket's card is staff talking about that
 * ticket (no hint), a thread under another bot message (here a relayed question's notice) reaches nobody
 * and gets the hint (stop 33). Through the Slack stand-in: real app, real Redis.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_USER, createSlackTestApp, type SlackTestApp } from '../../helpers/fake-slack-api.js';
import { clock, T0 } from './helpers.js';
import { bindRiders, cardOf, fileBySlack, SECRETARY, TRIAGE } from './slack-loop.js';

const c = clock();
let t: SlackTestApp;
beforeAll(async () => {
  c.set(T0);
  t = await createSlackTestApp({ now: c.now });
  await bindRiders(t);
});
afterAll(async () => {
  await t?.close();
});

const worker = { id: 'U0STRAY01', name: '小周' };

/** What the bot posts in the triage channel after `write`. */
async function posted(write: () => Promise<unknown>): Promise<string[]> {
  const before = t.api.messages.get(TRIAGE)?.length ?? 0;
  await write();
  await t.settle();
  return (t.api.messages.get(TRIAGE) ?? []).slice(before).map((m) => m.text ?? '');
}

describe('a thread reply in the triage channel', () => {
  it("under a ticket's card gets no hint; under the /queue list it does", async () => {
    const id = await fileBySlack(t, worker, '站长扣了我两百块工资 说我超时了');
    const card = await cardOf(t, id);
    const underCard = await posted(() =>
      t.event(
        t.p.channelMessage(SECRETARY, TRIAGE, '这个我来跟', { thread_ts: card.ts, parent_user_id: BOT_USER }),
      ),
    );
    expect(underCard.join('\n')).not.toContain('不会转给任何人');

    await t.command(t.p.command(SECRETARY, '/queue', '', { channel: TRIAGE, name: 'triage-meituan' }));
    await t.settle();
    const queue = t.api.lastMessage(TRIAGE)!;
    expect(queue.ts).not.toBe(card.ts);
    const underQueue = await posted(() =>
      t.event(
        t.p.channelMessage(SECRETARY, TRIAGE, '你好，请把订单号发我', {
          thread_ts: queue.ts,
          parent_user_id: BOT_USER,
        }),
      ),
    );
    expect(underQueue.join('\n')).toContain('不会转给任何人');
  });
});
