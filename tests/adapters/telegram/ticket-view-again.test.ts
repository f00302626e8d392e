/**
 * /ticket asked again (stop 43): each view carries the ticket's buttons, and each /ticket posted one more live copy —
 * a secretary scrolling up pressed an old one. Now a view replaces the ticket's older views in the same chat: the old
 * one is edited to say the ticket was opened again below, with no buttons, and a press its client still shows acts on
 * nothing and says where to act. Views in other chats, and the card, stay live. Telegram end to end (the real app,
 * real Redis, the grammY adapter and the Bot API stand-in), zh-CN and zh-TW; English on Slack
 * (tests/adapters/slack/ticket-view-again.test.ts).
 */
import type { Message } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { report, TRIAGE } from '../../helpers/telegram-report.js';

let t: TelegramTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp();
});
afterAll(async () => t?.close());

const SECRETARY = 2000;
const answerOf = (mark: number) =>
  String(t.api.since(mark).find((c) => c.method === 'answerCallbackQuery')?.params.text ?? '');
const editsOf = (mark: number, chat: number, message: Message) =>
  t.api.editsOf(chat, message.message_id, mark);

/** `/ticket id` in `chat` (private: the secretary's own); the view it posted, with its buttons. */
async function view(
  chat: number,
  who: ReturnType<TelegramTestApp['u']['person']>,
  id: string,
): Promise<Message> {
  const text = `/ticket ${id}`;
  await t.handle(
    chat === who.id ? t.u.privateText(who, text) : t.u.groupText(t.u.group(chat, '区级工单群'), who, text),
  );
  const shown = t.api.lastMessage(chat)!;
  expect(buttonsOf(shown).some((b) => b.data === `tk:claim:${id}`)).toBe(true);
  return shown;
}

describe('/ticket again in the same chat', () => {
  it('zh-CN: the older view says it was opened again below and loses its buttons; a press on it does nothing', async () => {
    const id = await report(t, TRIAGE, t.u.person(8431), '站长扣了我两百块，说我超时，我没有超时');
    const card = t.api.lastMessage(TRIAGE)!;
    const secretary = t.u.person(SECRETARY, { first_name: '王书记', language_code: 'zh-CN' });
    const first = await view(SECRETARY, secretary, id);
    const inTriage = await view(TRIAGE, secretary, id);
    let mark = t.api.mark();
    const second = await view(SECRETARY, secretary, id);
    // The older view in the same chat is told where the live one is, and keeps no buttons.
    const retired = editsOf(mark, SECRETARY, first).at(-1);
    expect(String(retired?.params.text)).toContain(`⤵️ ${id} 已在下面重新打开`);
    expect(JSON.stringify(retired?.params.reply_markup ?? null)).not.toContain('tk:');
    // The view in the triage chat is another chat's: untouched.
    expect(editsOf(mark, TRIAGE, inTriage)).toHaveLength(0);

    // A client still showing the old view's ✋ 签收: refused, said plainly, nothing changes.
    mark = t.api.mark();
    await t.handle(t.u.press(first, secretary, `tk:claim:${id}`));
    expect(answerOf(mark)).toContain('这张卡片已不是最新的，这次没有执行');
    expect((await t.app.deps.store.tickets.get(id))?.status).toBe('new');

    // The live view acts, and the card and the other chat's view follow.
    mark = t.api.mark();
    await t.handle(t.u.press(second, secretary, `tk:claim:${id}`));
    expect(await t.app.deps.store.tickets.get(id)).toMatchObject({
      status: 'claimed',
      owner: 'telegram:2000',
    });
    const cardNow = editsOf(mark, TRIAGE, card).at(-1);
    expect(String(cardNow?.params.text)).toContain('签收人：王书记');
    expect(JSON.stringify(editsOf(mark, TRIAGE, inTriage).at(-1)?.params.reply_markup)).not.toContain(
      'tk:claim:',
    );
  });

  it('zh-TW: the same, in traditional characters', async () => {
    const id = await report(t, TRIAGE, t.u.person(8432), '驿站的饮水机坏了一个星期了');
    const secretary = t.u.person(SECRETARY, { first_name: '王書記', language_code: 'zh-TW' });
    const first = await view(SECRETARY, secretary, id);
    let mark = t.api.mark();
    await view(SECRETARY, secretary, id);
    expect(String(editsOf(mark, SECRETARY, first).at(-1)?.params.text)).toContain(
      `⤵️ ${id} 已在下面重新打開`,
    );
    mark = t.api.mark();
    await t.handle(t.u.press(first, secretary, `tk:rs:${id}`));
    expect(answerOf(mark)).toContain('這張卡片已不是最新的，這次沒有執行');
    // No prompt was opened by the stale press.
    expect(t.api.since(mark).filter((c) => c.method === 'sendMessage')).toHaveLength(0);
  });
});
