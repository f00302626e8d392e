/**
 * Binding a group on Telegram, and the bot being added to or removed from one: the real app, real Redis,
 * the real grammY bot and adapter against the Bot API stand-in. Telegram user 1001 is an organiser in the
 * sample pack (content/organisers.yaml).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

const ORGANISER = 1001;

let t: TelegramTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** Each test talks in its own chats: the throttler paces each chat, so separate chats keep tests quick. */
let nextId = 26000;
const worker = (extra: Parameters<TelegramTestApp['u']['person']>[1] = {}) => t.u.person(++nextId, extra);
const newGroup = (title = '美团杨浦骑手群') => t.u.group(-1001000000000 - ++nextId, title);

describe('/bind', () => {
  it('an organiser binds a group; the binding survives a restart', async () => {
    const g = newGroup();
    const organiser = t.u.person(ORGANISER);
    const mark = t.api.mark();
    await t.handle(t.u.groupText(g, organiser, '/bind meituan-yangpu'));
    expect(t.api.shownTexts(mark)).toEqual([
      expect.stringContaining('已绑定：本群属于 美团外卖杨浦骑手支部'),
    ]);

    // A new process on the same Redis prefix sees the binding (Telegram's update ids keep increasing).
    const again = await createTelegramTestApp({ prefix: t.prefix });
    try {
      const m2 = again.api.mark();
      await again.handle(t.u.groupText(g, worker(), '/group'));
      expect(again.api.shownTexts(m2)[0]).toContain('支部：美团外卖杨浦骑手支部');
    } finally {
      await again.close({ keepData: true });
    }
  });

  it('is refused for a worker, and nothing is bound', async () => {
    const g = newGroup();
    const mark = t.api.mark();
    await t.handle(t.u.groupText(g, worker(), '/bind meituan-yangpu'));
    expect(t.api.shownTexts(mark)).toEqual([expect.stringContaining('由组织者操作')]);
    expect(await t.app.deps.store.groups.get(`telegram:${g.id}`)).toBeUndefined();
  });

  it('without arguments offers branch buttons; a press by a non-organiser is refused, one by the organiser binds', async () => {
    const g = newGroup('顺丰群');
    const organiser = t.u.person(ORGANISER);
    await t.handle(t.u.groupText(g, organiser, '/bind'));
    const offer = t.api.lastMessage(g.id)!;
    const buttons = buttonsOf(offer);
    expect(buttons.length).toBeGreaterThan(3);
    const sf = buttons.find((b) => b.data === 'bind:sf-yangpu');
    expect(sf).toBeDefined();

    let mark = t.api.mark();
    await t.handle(t.u.press(offer, worker(), sf!.data!));
    expect(t.api.since(mark).map((c) => c.method)).toEqual(['answerCallbackQuery']);
    expect(t.api.since(mark)[0]!.params).toMatchObject({
      show_alert: true,
      text: expect.stringContaining('由组织者操作'),
    });
    expect(await t.app.deps.store.groups.get(`telegram:${g.id}`)).toBeUndefined();

    mark = t.api.mark();
    await t.handle(t.u.press(offer, organiser, sf!.data!));
    const edit = t.api.since(mark).find((c) => c.method === 'editMessageText');
    expect(edit?.params).toMatchObject({ chat_id: g.id, message_id: offer.message_id });
    expect(String(edit?.params.text)).toContain('顺丰杨浦营业部支部');
    expect(t.api.since(mark).filter((c) => c.method === 'answerCallbackQuery')).toHaveLength(1);
    expect((await t.app.deps.store.groups.get(`telegram:${g.id}`))?.branch).toBe('sf-yangpu');
  });

  it('pressing the same button twice (same card) is quietly fine', async () => {
    const g = newGroup();
    const organiser = t.u.person(ORGANISER);
    await t.handle(t.u.groupText(g, organiser, '/bind'));
    const offer = t.api.lastMessage(g.id)!;
    await t.handle(t.u.press(offer, organiser, 'bind:eleme-yangpu'));
    const mark = t.api.mark();
    await t.handle(t.u.press(offer, organiser, 'bind:eleme-yangpu'));
    // The second edit is "not modified" on the server: ignored, no apology.
    const calls = t.api.since(mark);
    expect(calls.find((c) => c.method === 'editMessageText')?.error).toBe(400);
    expect(calls.filter((c) => c.method === 'answerCallbackQuery').map((c) => c.params.show_alert)).toEqual([
      undefined,
    ]);
    expect(calls.filter((c) => c.method === 'sendMessage')).toEqual([]);
  });

  it('a press on a card that can no longer be edited answers with a new message (ctx.show)', async () => {
    const g = newGroup();
    const organiser = t.u.person(ORGANISER);
    await t.handle(t.u.groupText(g, organiser, '/bind'));
    const offer = t.api.lastMessage(g.id)!;
    const mark = t.api.mark();
    // As if the card had been deleted: Telegram refuses the edit ("message to edit not found").
    await t.handle(t.u.press({ ...offer, message_id: 987654 }, organiser, 'bind:eleme-yangpu'));
    const calls = t.api.since(mark);
    expect(calls.find((c) => c.method === 'editMessageText')?.error).toBe(400);
    expect(t.api.shownTexts(mark)).toEqual([expect.stringContaining('已绑定')]);
    expect((await t.app.deps.store.groups.get(`telegram:${g.id}`))?.branch).toBe('eleme-yangpu');
  });
});

describe('the bot added to or removed from a group', () => {
  it('greets a new group and asks the organiser who added it to /bind it', async () => {
    const g = newGroup();
    const mark = t.api.mark();
    await t.handle(t.u.botMembership(g, t.u.person(ORGANISER), true));
    const [text] = t.api.shownTexts(mark);
    expect(text).toContain('我是驿站助手');
    expect(text).toContain('/bind');
  });

  it('removed from a bound group, the group is marked inactive; re-added, it is active again', async () => {
    const g = newGroup();
    const organiser = t.u.person(ORGANISER);
    await t.handle(t.u.groupText(g, organiser, '/bind didi-yangpu'));
    const chat = `telegram:${g.id}`;
    await t.handle(t.u.botMembership(g, organiser, false));
    expect((await t.app.deps.store.groups.get(chat))?.active).toBe(false);
    const mark = t.api.mark();
    await t.handle(t.u.botMembership(g, organiser, true));
    expect((await t.app.deps.store.groups.get(chat))?.active).toBe(true);
    // A bound group is welcomed but not asked to bind again.
    expect(t.api.shownTexts(mark)[0]).not.toContain('/bind');
  });
});
