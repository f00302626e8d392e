/**
 * Webhook mode: the adapter mounts /telegram/webhook on the app's HTTP server and registers it with
 * Telegram; only requests carrying the secret token are handled.
 */
import type { Update } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_UPDATES, WEBHOOK_PATH } from '../../../src/adapters/telegram/adapter.js';
import { createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

const SECRET = 'wh-secret_0123456789';
let t: TelegramTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp({ start: 'webhook', webhookSecret: SECRET });
});
afterAll(async () => {
  await t?.close();
});

function post(update: Update, secret?: string) {
  return fetch(`${t.httpUrl}${WEBHOOK_PATH}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(secret !== undefined ? { 'x-telegram-bot-api-secret-token': secret } : {}),
    },
    body: JSON.stringify(update),
  });
}

describe('webhook mode', () => {
  it('registers the webhook with its secret and only the updates we use, keeping pending updates', () => {
    expect(t.api.callsOf('setWebhook')).toEqual([
      {
        url: `${t.httpUrl}${WEBHOOK_PATH}`,
        secret_token: SECRET,
        allowed_updates: [...ALLOWED_UPDATES],
        drop_pending_updates: false,
      },
    ]);
    expect(t.api.callsOf('deleteWebhook')).toEqual([]);
  });

  it('a request with the right secret is accepted and handled', async () => {
    const rider = t.u.person(8001);
    const mark = t.api.mark();
    const res = await post(t.u.privateText(rider, '/start'), SECRET);
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    const reply = await t.api.waitFor('sendMessage', (p) => p.chat_id === rider.id, { after: mark });
    expect(String(reply.params.text)).toContain('驿站助手');
  });

  it('a wrong or missing secret is refused with 401 and not handled', async () => {
    const rider = t.u.person(8002);
    const mark = t.api.mark();
    const wrong = await post(t.u.privateText(rider, '/start'), 'not-the-secret');
    const missing = await post(t.u.privateText(rider, '/help'));
    const prefix = await post(t.u.privateText(rider, '/help'), SECRET.slice(0, -1));
    expect([wrong.status, missing.status, prefix.status]).toEqual([401, 401, 401]);
    await Promise.all([wrong.arrayBuffer(), missing.arrayBuffer(), prefix.arrayBuffer()]);
    // A later, authorised update from the same person is answered: the refused ones left no trace.
    await (await post(t.u.privateText(rider, '/cancel'), SECRET)).arrayBuffer();
    await t.api.waitFor('sendMessage', (p) => p.chat_id === rider.id, { after: mark });
    expect(t.api.since(mark).map((c) => c.method)).toEqual(['sendMessage']);
    expect(t.api.shownTexts(mark)).toEqual([expect.stringContaining('已取消')]);
  });

  it('the same update delivered twice through the webhook is answered once', async () => {
    const rider = t.u.person(8003);
    const update = t.u.privateText(rider, '/help');
    const mark = t.api.mark();
    for (const u of [update, t.u.again(update)]) expect((await post(u, SECRET)).status).toBe(200);
    await t.api.waitFor('sendMessage', (p) => p.chat_id === rider.id, { after: mark });
    expect(t.api.since(mark).filter((c) => c.method === 'sendMessage')).toHaveLength(1);
  });

  it('while stopping, updates are turned away with 503 so Telegram delivers them again later', async () => {
    await t.adapter.stop();
    const rider = t.u.person(8004);
    const mark = t.api.mark();
    const res = await post(t.u.privateText(rider, '/start'), SECRET);
    expect(res.status).toBe(503);
    await res.arrayBuffer();
    expect(t.api.since(mark)).toEqual([]);
  });
});
