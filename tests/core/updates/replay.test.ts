/**
 * An update taken over after its process died is handled again, once: what it had already sent is not
 * sent again, and a redelivery after it is done is dropped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Outbox } from '../../../src/core/outbox.js';
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

  it('an update still being handled here when its lease lapsed is not handled again by this process', async () => {
    // Renewals come late on a starved CPU: the lease of an update whose reply is on its way runs out. The process's
    // own recovery, and Telegram delivering it again, once each took it over and answered the worker twice.
    const update = start('lapse-1', 'rider-lapse-1');
    const real = t.console.outbox;
    let letGo!: () => void;
    const held = new Promise<void>((r) => (letGo = r));
    let sending!: () => void;
    const onItsWay = new Promise<void>((r) => (sending = r));
    const slow: Outbox = {
      ...real,
      send: async (to, card) => {
        sending();
        await held;
        return real.send(to, card);
      },
    };
    t.app.outbox.register('console', slow);
    try {
      t.take();
      const first = t.app.core.handle(update);
      await onItsWay;
      await t.app.store.redis.zadd(t.app.store.keys.updates.leases(), 0, 'console:lapse-1');
      const recovered = t.app.core.recoverUpdates();
      const again = t.app.core.handle(update);
      letGo();
      await Promise.all([first, again]);
      expect(await recovered).toBe(0);
      expect(t.take()).toHaveLength(1);
      expect(await t.app.deps.store.updates.pending()).toBe(0);
    } finally {
      t.app.outbox.register('console', real);
    }
  });
});
