/**
 * /start on Telegram: the real app, real Redis, the real grammY bot and adapter against the Bot API
 * stand-in. The greeting's language follows the person's language_code; in a group it answers there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

let t: TelegramTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** Each test talks in its own chats: the throttler paces each chat, so separate chats keep tests quick. */
let nextId = 16000;
const worker = (extra: Parameters<TelegramTestApp['u']['person']>[1] = {}) => t.u.person(++nextId, extra);
const newGroup = (title = '美团杨浦骑手群') => t.u.group(-1001000000000 - ++nextId, title);

describe('/start', () => {
  it('greets in zh-CN by default, in private', async () => {
    const me = worker();
    const mark = t.api.mark();
    await t.handle(t.u.privateText(me, '/start'));
    const [sent] = t.api.since(mark);
    expect(sent?.method).toBe('sendMessage');
    expect(sent?.params).toMatchObject({ chat_id: me.id, parse_mode: 'HTML' });
    expect(t.api.shownTexts(mark)[0]).toContain('我是驿站助手');
  });

  it('answers in English for language_code en, and in zh-TW for zh-hant and zh-TW', async () => {
    const mark = t.api.mark();
    await t.handle(t.u.privateText(worker({ language_code: 'en' }), '/start'));
    await t.handle(t.u.privateText(worker({ language_code: 'zh-hant' }), '/start'));
    await t.handle(t.u.privateText(worker({ language_code: 'zh-TW' }), '/start'));
    const [en, hant, tw] = t.api.shownTexts(mark);
    expect(en).toContain("I'm Waystation");
    expect(hant).toContain('我是驛站助手');
    expect(tw).toContain('我是驛站助手');
  });

  it('in a group it answers in the group and says the group is not bound yet', async () => {
    const g = newGroup();
    const mark = t.api.mark();
    await t.handle(t.u.groupText(g, worker(), '/start'));
    const calls = t.api.since(mark);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.params.chat_id).toBe(g.id);
    expect(t.api.shownTexts(mark)[0]).toContain('本群还没有绑定支部');
  });
});
