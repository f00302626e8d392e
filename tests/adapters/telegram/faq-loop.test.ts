/**
 * The pass-on loop on Telegram (real grammY and adapter, Bot API stand-in): the branch secretary's answer
 * reaches the worker's group as a reply to the worker's own message.
 */
import type { Message } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

const ORGANISER = 1001;
const SECRETARY = 2001; // meituan-yangpu (content/branches.yaml)
const TRIAGE = -1002001;

let t: TelegramTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('a passed question answered from the triage chat', () => {
  it('reaches the worker as a reply to their message', async () => {
    const group = t.u.group(-1001000007001, '美团杨浦骑手群');
    await t.handle(t.u.groupText(group, t.u.person(ORGANISER), '/bind meituan-yangpu'));
    const worker = t.u.person(7001);
    const asked = t.u.groupText(group, worker, '@waystation_bot 驿站能帮忙代收快递吗');
    await t.handle(asked);
    const unsure = t.api.lastMessage(group.id)!;
    const pass = buttonsOf(unsure).find((b) => b.data?.startsWith('faq:pass:'))!;
    await t.handle(t.u.press(unsure, worker, pass.data!));

    const card = t.api.lastMessage(TRIAGE)!;
    const reply = buttonsOf(card).find((b) => b.data?.startsWith('fq:r:'))!;
    await t.handle(t.u.press(card, t.u.person(SECRETARY), reply.data!));
    const prompt = t.api.lastMessage(TRIAGE) as Message;
    const mark = t.api.mark();
    await t.handle(t.u.replyTo(prompt, t.u.person(SECRETARY), '可以，找站长登记就行。'));
    const toGroup = t.api
      .since(mark)
      .find((c) => c.method === 'sendMessage' && c.params.chat_id === group.id);
    expect(String(toGroup?.params.text)).toContain('可以，找站长登记就行。');
    expect(toGroup?.params.reply_parameters).toEqual({
      message_id: asked.message!.message_id,
      allow_sending_without_reply: true,
    });
  });
});
