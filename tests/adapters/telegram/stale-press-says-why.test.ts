/**
 * A secretary presses ✋ 签收 on a card a colleague's claim has already redrawn: Telegram sends the press with the
 * card's new buttons, which no longer carry it. The press now says what happened — "已由 … 签收", as the press that
 * loses a simultaneous race hears — not only "这个按钮已失效，请重新发起。" (QA20 #6). Telegram end to end: the real
 * app, real Redis, the grammY adapter and the Bot API stand-in.
 */
import type { Message } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

let t: TelegramTestApp;
const GROUP = -1001000008870;
beforeAll(async () => {
  t = await createTelegramTestApp();
  // The meituan riders' group, so reports land at the meituan branch (secretaries 2001 and 2011).
  await t.handle(t.u.groupText(t.u.group(GROUP, '美团杨浦骑手群'), t.u.person(1001), '/bind meituan-yangpu'));
});
afterAll(async () => {
  await t?.close();
});

const TRIAGE = -1002001;
const answerOf = (mark: number) =>
  t.api.since(mark).find((c) => c.method === 'answerCallbackQuery')?.params.text;

/** A worker's report at the meituan branch; its card as the triage chat shows it now. */
async function fileReport(worker: number): Promise<Message> {
  const rider = t.u.person(worker);
  const press = async (suffix: string) => {
    const last = t.api.lastMessage(rider.id)!;
    await t.handle(t.u.press(last, rider, buttonsOf(last).find((b) => b.data?.endsWith(suffix))!.data!));
  };
  await t.handle(t.u.groupText(t.u.group(GROUP, '美团杨浦骑手群'), rider, '/report'));
  const link = buttonsOf(t.api.lastMessage(GROUP)!).find((b) => b.url)!.url!;
  await t.handle(t.u.privateText(rider, `/start ${/start=(.*)$/.exec(link)![1]}`));
  await t.handle(t.u.privateText(rider, '超时罚款50元不合理，站长不讲理'));
  await press(':ok');
  await press(':anon:1');
  const mark = t.api.mark();
  await press(':submit');
  const sent = t.api.since(mark).find((c) => c.method === 'sendMessage' && Number(c.params.chat_id) < 0)!;
  expect(Number(sent.params.chat_id)).toBe(TRIAGE);
  return t.api.lastMessage(TRIAGE)!;
}

describe('a press on a card redrawn meanwhile', () => {
  it('says who claimed it', async () => {
    const card = await fileReport(8870);
    const claim = buttonsOf(card).find((b) => b.data?.startsWith('tk:claim:'))!.data!;
    await t.handle(t.u.press(card, t.u.person(2001, { first_name: '王书记' }), claim));
    // The colleague's client still showed 签收; the press arrives on the card as it is now.
    const now = t.api.lastMessage(TRIAGE)!;
    expect(buttonsOf(now).some((b) => b.data === claim)).toBe(false);
    const mark = t.api.mark();
    await t.handle(t.u.press(now, t.u.person(2011), claim));
    expect(answerOf(mark)).toContain('已由 王书记 签收');
  });

  it('the claimer pressing again is told they hold it', async () => {
    const card = await fileReport(8871);
    const claim = buttonsOf(card).find((b) => b.data?.startsWith('tk:claim:'))!.data!;
    const sec = t.u.person(2001, { first_name: '王书记' });
    await t.handle(t.u.press(card, sec, claim));
    const mark = t.api.mark();
    await t.handle(t.u.press(t.api.lastMessage(TRIAGE)!, sec, claim));
    expect(answerOf(mark)).toBe('您已经签收了');
  });
});
