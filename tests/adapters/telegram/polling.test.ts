/**
 * Long polling for real: the grammY runner fetches getUpdates from the stand-in, updates flow through
 * the adapter into the core, and stop() lets in-flight updates finish.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ALLOWED_UPDATES } from '../../../src/adapters/telegram/adapter.js';
import { createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

let t: TelegramTestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('long polling', () => {
  it('removes a leftover webhook, fetches only the updates we use, and answers', async () => {
    t = await createTelegramTestApp({ start: 'polling' });
    const rider = t.u.person(7001);
    t.api.push(t.u.privateText(rider, '/start'));
    const reply = await t.api.waitFor('sendMessage', (p) => p.chat_id === rider.id);
    expect(String(reply.params.text)).toContain('驿站助手');
    expect(t.api.callsOf('deleteWebhook')).toEqual([{ drop_pending_updates: false }]);
    expect(t.api.webhook).toBeUndefined();
    expect(t.api.lastPoll?.allowed_updates).toEqual([...ALLOWED_UPDATES]);
  });

  it('handles the updates of one chat in order, and each update once', async () => {
    t = await createTelegramTestApp({ start: 'polling' });
    const rider = t.u.person(7002, { language_code: 'en' });
    t.api.push(
      t.u.privateText(rider, '/start'),
      t.u.privateText(rider, '/help'),
      t.u.privateText(rider, '/nope'),
    );
    await t.api.waitFor('sendMessage', (p) => String(p.text).includes('/nope'));
    const texts = t.api
      .callsOf('sendMessage')
      .filter((p) => p.chat_id === rider.id)
      .map((p) => String(p.text));
    expect(texts).toHaveLength(3);
    expect(texts[0]).toContain("I'm Waystation");
    expect(texts[1]).not.toContain("I'm Waystation");
    expect(texts[2]).toContain('There is no /nope command');
    // A later update: the earlier ones were confirmed by the offset and are not served again.
    t.api.push(t.u.privateText(rider, '/cancel'));
    await t.api.waitFor('sendMessage', (p) => String(p.text).includes('cancelled'));
    expect(t.api.callsOf('sendMessage').filter((p) => p.chat_id === rider.id)).toHaveLength(4);
  });

  it('stop() waits for an update that is still being handled', async () => {
    t = await createTelegramTestApp({ start: 'polling' });
    const rider = t.u.person(7003);
    const release = t.api.hold('sendMessage');
    t.api.push(t.u.privateText(rider, '/start'));
    await t.api.waitFor('sendMessage', (p) => p.chat_id === rider.id);
    let released = false;
    const stopped = t.adapter.stop().then(() => released);
    released = true;
    release();
    // stop() resolved only after the held reply was answered and the update finished.
    expect(await stopped).toBe(true);
    expect(t.logs.filter((l) => l.msg === 'update failed')).toEqual([]);
  });

  it('setMyCommands failing is logged and start-up continues: updates are still answered', async () => {
    const { startFakeBotApi } = await import('../../helpers/fake-bot-api.js');
    const api = await startFakeBotApi();
    api.fail('setMyCommands', {
      error_code: 400,
      description: 'Bad Request: BOT_COMMAND_INVALID',
      times: 1000,
    });
    t = await createTelegramTestApp({ api, start: 'polling' });
    const rider = t.u.person(7004);
    t.api.push(t.u.privateText(rider, '/start'));
    await t.api.waitFor('sendMessage', (p) => p.chat_id === rider.id);
    await t.adapter.menus();
    const warnings = t.logs.filter((l) => l.msg === 'telegram command menu not set');
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0]).toMatchObject({ level: 40, reason: expect.stringContaining('BOT_COMMAND_INVALID') });
  });
});
