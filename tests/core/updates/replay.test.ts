/**
 * An update taken over after its process died is handled again, once: what it had already sent is not
 * sent again, and a redelivery after it is done is dropped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../../../src/core/types.js';
import { createTestApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const start = (updateId: string, chatId: string): IncomingMessage => ({
  type: 'message',
  updateId,
  chat: { address: { channel: 'console', chatId }, kind: 'private' },
  from: { channel: 'console', id: chatId, name: chatId, languageCode: 'zh-CN' },
  messageId: `m-${updateId}`,
  text: '/start',
  addressed: true,
  command: { name: 'start', args: '' },
});

/** As a process killed mid-update leaves it: claimed, with a lease that has run out. */
async function leftBehind(update: IncomingMessage): Promise<void> {
  const updates = t.app.deps.store.updates;
  expect(await updates.claim('console', update.updateId, JSON.stringify(update), 1)).toBe('claimed');
  await new Promise((r) => setTimeout(r, 5));
}

describe('taking over an unfinished update', () => {
  it('handles an update whose process died before replying, once', async () => {
    const update = start('replay-1', 'rider-replay-1');
    await leftBehind(update);
    t.take();

    expect(await t.app.core.recoverUpdates()).toBe(1);
    const sent = t.take();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain('驿站助手');

    // Telegram delivers it again after the restart: it is done, so nothing more is sent.
    await t.app.core.handle(update);
    expect(t.take()).toEqual([]);
    expect(await t.app.deps.store.updates.pending()).toBe(0);
  });

  it('does not send again a reply that went out before the process died', async () => {
    const update = start('replay-2', 'rider-replay-2');
    await leftBehind(update);
    // The welcome had gone out (and was remembered) when the process was killed.
    await t.app.deps.store.updates.rememberReply(
      'console',
      'replay-2',
      0,
      JSON.stringify({ address: update.chat.address, messageId: 'sent-before' }),
    );
    t.take();

    expect(await t.app.core.recoverUpdates()).toBe(1);
    expect(t.take()).toEqual([]);
    expect(await t.app.deps.store.updates.pending()).toBe(0);
  });
});
