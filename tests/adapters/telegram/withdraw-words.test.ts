/**
 * A worker whose report is open and who tells the bot it no longer needs handling ("不用处理了，已经解决了，撤销吧" — the
 * nudge asks them to say so) is offered to add those words to the report, so the branch hears it (QA20: the FAQ
 * answered with "路上出了事故先做什么"). Telegram end to end: the real app, real Redis, the grammY adapter and the
 * Bot API stand-in.
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

async function report(rider: User, text: string): Promise<{ id: string; triage: number }> {
  await t.handle(t.u.privateText(rider, '/report'));
  await t.handle(t.u.privateText(rider, text));
  await press(rider, ':ok');
  await press(rider, ':anon:1');
  const mark = t.api.mark();
  await press(rider, ':submit');
  const card = t.api.since(mark).find((c) => c.method === 'sendMessage' && Number(c.params.chat_id) < 0)!;
  const id = /[A-Z]{2}-\d{4}-\d{6}/.exec(String(card.params.text))![0];
  return { id, triage: Number(card.params.chat_id) };
}

describe('a worker who takes an open report back in words', () => {
  it('is offered to add them to the report, and the branch hears it', async () => {
    const rider = t.u.person(8850);
    const { id, triage } = await report(rider, '站长扣了我两百块说我超时，我根本没超时');
    const mark = t.api.mark();
    await t.handle(t.u.privateText(rider, '不用处理了，已经解决了，撤销吧'));
    const offer = t.api.lastMessage(rider.id)!;
    expect(offer.text).toContain('您有正在办理的反映');
    expect(buttonsOf(offer).some((b) => b.text.includes(`补充到 ${id}`))).toBe(true);
    // Not an answer from the FAQ.
    expect(t.api.shownTexts(mark).join('\n')).not.toContain('事故');
    await press(rider, `fu:add:${id}`);
    const relayed = t.api
      .since(mark)
      .filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === triage)
      .map((c) => String(c.params.text))
      .join('\n');
    expect(relayed).toContain(id);
    expect(relayed).toContain('不用处理了，已经解决了，撤销吧');
  });

  it('with no report open, the same words change nothing here', async () => {
    const rider = t.u.person(8851);
    const mark = t.api.mark();
    await t.handle(t.u.privateText(rider, '不用处理了'));
    expect(t.api.shownTexts(mark).join('\n')).not.toContain('您有正在办理的反映');
  });
});
