/**
 * Edited messages on Telegram, end to end (real app, real Redis, the grammY adapter against the Bot API stand-in).
 * A private message edited into an emergency gets the numbers, however late; a question fixed within a few minutes
 * is answered again; an old question edited, an edit in a group and a live location's updates stay silent.
 */
import type { Message, Update } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

let t: TelegramTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp();
});
afterAll(async () => {
  await t?.close();
});

let nextId = 8100;
const HOUR = 3600;

/** `update` edited into `text`, as if it had been sent `agoSeconds` before the edit. */
function editedLater(update: Update, text: string, agoSeconds: number): Update {
  const edit = t.u.edited(update, text);
  const m = edit.edited_message!;
  return { ...edit, edited_message: { ...m, date: m.date - agoSeconds } as Message } as Update;
}

async function shown(update: Update): Promise<string> {
  const mark = t.api.mark();
  await t.handle(update);
  return t.api.shownTexts(mark).join('\n');
}

describe('a private message edited', () => {
  it('into an emergency gets the emergency numbers and the one-tap report, even an hour later', async () => {
    const rider = t.u.person(++nextId);
    const first = t.u.privateText(rider, '哪里能充电');
    await t.handle(first);
    const reply = await shown(editedLater(first, '我同事从楼梯摔下来了 头在流血', HOUR));
    expect(reply).toContain('120');
    expect(buttonsOf(t.api.lastMessage(rider.id)).some((b) => b.data?.endsWith(':file'))).toBe(true);
  });

  it('a question with a typo fixed at once is answered again; the same edit an hour later is not', async () => {
    const rider = t.u.person(++nextId);
    const first = t.u.privateText(rider, '附近哪里能冲');
    await t.handle(first);
    expect(await shown(t.u.edited(first, '附近哪里能充电'))).toContain('充电');
    const late = t.u.privateText(rider, '附近哪里能冲');
    await t.handle(late);
    expect(await shown(editedLater(late, '附近哪里能充电', HOUR))).toBe('');
  });

  it('a report description edited mid-report is not taken as a second description', async () => {
    const rider = t.u.person(++nextId);
    await t.handle(t.u.privateText(rider, '/report'));
    const told = t.u.privateText(rider, '国定路上井盖没了，晚上看不见');
    await t.handle(told);
    expect(await shown(t.u.edited(told, '国定路上井盖没了，晚上根本看不见'))).toBe('');
  });
});

describe('edits that stay silent', () => {
  it('an edit in a group, even into an emergency', async () => {
    const group = t.u.group(-1003000000810, '美团杨浦骑手群');
    const rider = t.u.person(++nextId);
    const first = t.u.groupText(group, rider, '@waystation_bot 哪里能充电');
    await t.handle(first);
    expect(await shown(t.u.edited(first, '@waystation_bot 我同事从楼梯摔下来了 头在流血'))).toBe('');
  });

  it("a live location's updates", async () => {
    const rider = t.u.person(++nextId);
    const live = t.u.privateText(rider, '', {
      extra: { location: { latitude: 31.299, longitude: 121.51, live_period: 900 } } as Partial<Message>,
    });
    delete (live.message as { text?: string }).text;
    await t.handle(live);
    const moved = {
      update_id: live.update_id + 1_000_000,
      edited_message: {
        ...live.message!,
        location: { latitude: 31.3, longitude: 121.511, live_period: 900 },
        edit_date: Math.floor(Date.now() / 1000),
      },
    } as Update;
    expect(await shown(moved)).toBe('');
  });
});
