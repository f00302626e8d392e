/**
 * What a worker sees on Telegram around an answer: in a group the answer quotes the asker's message;
 * in a private chat a station answer without a location offers a one-tap "send my location" button.
 * A worker who types "返回" or "取消" in a report, or taps 🔁 by mistake, gets back or out (QA22).
 */
import type { Message } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

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

describe('a report written with one finger', () => {
  /** Tap the button labelled `label` on the newest message in the rider's chat that has it. */
  async function tap(rider: { id: number }, label: string) {
    const message = t.api.lastMessage(rider.id)!;
    const button = buttonsOf(message).find((b) => b.text.includes(label));
    if (!button?.data)
      throw new Error(
        `no button ${label}: ${buttonsOf(message)
          .map((b) => b.text)
          .join(' | ')}`,
      );
    await t.handle(t.u.press(message, t.u.person(rider.id), button.data));
  }

  it('goes back from the category list, and "返回" typed is not part of the report', async () => {
    const rider = t.u.person(9103);
    await t.handle(t.u.privateText(rider, '/report'));
    await t.handle(t.u.privateText(rider, '站长扣我200块钱不说理由'));
    await tap(rider, '换一个分类');
    // The list of categories has a way back and a way out, as every other step has.
    const list = buttonsOf(t.api.lastMessage(rider.id)).map((b) => b.text);
    expect(list).toEqual(expect.arrayContaining(['‹ 返回', '✖️ 取消']));
    await tap(rider, '返回');
    expect(t.api.shownTexts().at(-1)).toContain('对吗');
    // Typed instead of tapped: the question again, and the words stay out of the report.
    await t.handle(t.u.privateText(rider, '不对 我按错了'));
    await tap(rider, '对，下一步');
    await tap(rider, '匿名反映');
    const confirm = t.api.shownTexts().at(-1)!;
    expect(confirm).toContain('站长扣我200块钱不说理由');
    expect(confirm).not.toContain('按错了');
  });

  it('"取消" typed drops the report, as the ✖️ button does', async () => {
    const rider = t.u.person(9104);
    await t.handle(t.u.privateText(rider, '/report'));
    await t.handle(t.u.privateText(rider, '站长扣我200块钱不说理由'));
    const mark = t.api.mark();
    await t.handle(t.u.privateText(rider, '取消'));
    expect(t.api.shownTexts(mark)).toEqual(['已取消，没有提交。']);
    // Nothing is waiting: the next words are a question again, not more of a report.
    const next = t.api.mark();
    await t.handle(t.u.privateText(rider, '哪里能热饭'));
    expect(t.api.shownTexts(next).join('\n')).not.toContain('已补充到您的反映里');
  });
});
