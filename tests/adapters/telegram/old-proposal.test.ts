/**
 * The ✅ on an old category proposal (stop 38: it still answered after a skip): once a newer proposal was sent, or the
 * worker skipped the category ("跳过"), a press on the old card is told it was replaced and changes nothing. Telegram end
 * to end (the real app, real Redis, the grammY adapter and the Bot API stand-in).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from 'grammy/types';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { pressIn } from '../../helpers/telegram-report.js';

let t: TelegramTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp();
});
afterAll(async () => t?.close());

const okOn = (m: Message) => buttonsOf(m).find((b) => b.data?.endsWith(':ok'))!.data!;
/** What the bot answered a press with (the toast), since `mark`. */
const toasts = (mark: number) =>
  t.api
    .since(mark)
    .filter((c) => c.method === 'answerCallbackQuery')
    .map((c) => String(c.params.text ?? ''));
const stepOf = async (user: number) =>
  (await t.app.deps.store.dialogs.get({ channel: 'telegram', chatId: String(user), userId: String(user) }))
    ?.step;

describe('✅ on a proposal no longer current', () => {
  it('after “跳过”: told it was replaced; the report stays skipped, at the step it reached', async () => {
    const rider = t.u.person(8897);
    await t.handle(t.u.privateText(rider, '/report'));
    await t.handle(t.u.privateText(rider, '站长扣了我200块钱，说我超时'));
    const proposal = t.api.lastMessage(rider.id)!;
    expect(proposal.text).toContain('我理解这是「');
    await t.handle(t.u.privateText(rider, '跳过'));
    expect(t.api.lastMessage(rider.id)!.text).toContain('要匿名反映吗');

    const mark = t.api.mark();
    await t.handle(t.u.press(proposal, rider, okOn(proposal)));
    expect(toasts(mark).join('\n')).toContain('这条分类建议已经被后面的消息替代了');
    expect(t.api.since(mark).filter((c) => c.method === 'sendMessage')).toHaveLength(0);
    expect(await stepOf(rider.id)).toBe('anon');

    await pressIn(t, rider.id, rider, ':anon:1');
    await pressIn(t, rider.id, rider, ':submit');
    const id = /[A-Z]{2}-\d{4}-\d{6}/.exec(t.api.lastMessage(rider.id)!.text ?? '')![0];
    expect(await t.app.deps.store.tickets.get(id)).toMatchObject({
      category: 'other',
      categorySkipped: true,
    });
  });

  it('after a newer proposal: the old ✅ is refused, the new one goes on', async () => {
    const rider = t.u.person(8898);
    await t.handle(t.u.privateText(rider, '/report'));
    await t.handle(t.u.privateText(rider, '站点的充电柜坏了'));
    const first = t.api.lastMessage(rider.id)!;
    expect(first.text).toContain('我理解这是「');
    await t.handle(t.u.privateText(rider, '而且站长还扣了我200块钱，说我超时'));
    const second = t.api.lastMessage(rider.id)!;
    expect(second.message_id).not.toBe(first.message_id);
    expect(second.text).toContain('我理解这是「');

    const mark = t.api.mark();
    await t.handle(t.u.press(first, rider, okOn(first)));
    expect(toasts(mark).join('\n')).toContain('被后面的消息替代了');
    expect(await stepOf(rider.id)).toBe('category');

    await t.handle(t.u.press(second, rider, okOn(second)));
    expect(await stepOf(rider.id)).toBe('anon');
    expect(t.api.lastMessage(rider.id)!.text).toContain('要匿名反映吗');
  });
});
