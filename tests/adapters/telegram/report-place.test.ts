/**
 * The place a worker pinned reaches the secretary as a pin under the report's card in the triage chat, not only as
 * "📍 31.29900, 121.51000" in its text (QA15). Telegram end to end: the real app, real Redis and the grammY adapter
 * against the Bot API stand-in.
 */
import type { User } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

let t: TelegramTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function press(rider: User, suffix: string) {
  const last = t.api.lastMessage(rider.id)!;
  const data = buttonsOf(last).find((b) => b.data?.endsWith(suffix))!.data!;
  await t.handle(t.u.press(last, rider, data));
}

async function report(rider: User, withPin: boolean) {
  await t.handle(t.u.privateText(rider, '/report'));
  await t.handle(t.u.privateText(rider, '国定路上井盖没了，晚上看不见'));
  if (withPin) await t.handle(t.u.privateLocation(rider, 31.299, 121.51));
  await press(rider, ':ok');
  await press(rider, ':anon:1');
  const mark = t.api.mark();
  await press(rider, ':submit');
  return t.api.since(mark).filter((c) => !c.error);
}

describe('the place of a report in the triage chat', () => {
  it('is a pin replying to the card', async () => {
    const calls = await report(t.u.person(8800), true);
    const card = calls.find(
      (c) => c.method === 'sendMessage' && String(c.params.text).includes('国定路上井盖'),
    );
    expect(card).toBeDefined();
    const pins = calls.filter((c) => c.method === 'sendLocation');
    expect(pins).toHaveLength(1);
    expect(pins[0]!.params).toMatchObject({
      chat_id: card!.params.chat_id,
      latitude: 31.299,
      longitude: 121.51,
    });
    // The pin is the chat's last message and the card the one just before it: the pin replies to that one.
    const chat = Number(card!.params.chat_id);
    const inChat = calls.filter((c) => Number(c.params.chat_id) === chat);
    expect(inChat.at(-2)).toBe(card);
    const pinId = t.api.lastMessage(chat)!.message_id;
    expect((pins[0]!.params.reply_parameters as { message_id: number }).message_id).toBe(pinId - 1);
  });

  it('no pin for a report without a place', async () => {
    const calls = await report(t.u.person(8801), false);
    expect(calls.filter((c) => c.method === 'sendLocation')).toEqual([]);
  });
});
