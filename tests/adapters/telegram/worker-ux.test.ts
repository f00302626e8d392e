/**
 * What a worker sees on Telegram around an answer: in a group the answer quotes the asker's message;
 * in a private chat a station answer without a location offers a one-tap "send my location" button.
 */
import type { Message } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

let t: TelegramTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp();
});
afterAll(async () => {
  await t?.close();
});

const sentAfter = (mark: number) => t.api.since(mark).filter((c) => c.method === 'sendMessage');

describe('answers in a group', () => {
  it('quote the question they answer, and still go out if it was deleted', async () => {
    const chat = t.u.group(-1003000000001, '骑手群');
    const rider = t.u.person(9101);
    const mark = t.api.mark();
    const question = t.u.groupText(chat, rider, '@waystation_bot 哪里能热饭');
    await t.handle(question);
    const [answer] = sentAfter(mark);
    expect(answer?.params.reply_parameters).toEqual({
      message_id: (question.message as Message).message_id,
      allow_sending_without_reply: true,
    });
    // No private-chat keyboard in a group: the hint tells how to share a location in private.
    expect(JSON.stringify(answer?.params.reply_markup ?? {})).not.toContain('request_location');
    expect(String(answer?.params.text)).toContain('📎');
  });
});

describe('station answers in a private chat', () => {
  it('offer a one-tap location button, and the shared location gets the nearest stations', async () => {
    const rider = t.u.person(9102);
    const mark = t.api.mark();
    await t.handle(t.u.privateText(rider, '哪里能热饭'));
    const sent = sentAfter(mark);
    expect(sent.some((c) => c.params.reply_parameters)).toBe(false);
    const offer = sent.find((c) => JSON.stringify(c.params.reply_markup ?? {}).includes('request_location'));
    expect(offer?.params.reply_markup).toEqual({
      keyboard: [[{ text: '📍 发送我的位置', request_location: true }]],
      resize_keyboard: true,
      one_time_keyboard: true,
    });
    expect(String(offer?.params.text)).toContain('发送我的位置');
    // The station card itself carries no 📎 instructions here: the button does it.
    expect(sent.some((c) => String(c.params.text).includes('📎'))).toBe(false);

    const next = t.api.mark();
    await t.handle(
      t.u.privateText(rider, '', {
        extra: { text: undefined, location: { latitude: 31.299, longitude: 121.51 } },
      }),
    );
    expect(t.api.shownTexts(next).join('\n')).toContain('（有微波炉）');
  });
});
