/**
 * A worker edits, in their private chat, words already relayed to the triage chat — their answer to a secretary's
 * question, or an addition to their report — and the secretary reads the new words: the relayed message is edited
 * in place, marked "（已修改）"; where Telegram will not edit it, a short line under the card says so. Telegram end to
 * end: the real app, real Redis, the grammY adapter and the Bot API stand-in.
 */
import type { Update, User } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { pressIn, report, type ReportStep } from '../../helpers/telegram-report.js';

const TRIAGE = -1002000; // district-yangpu: a private report with no group goes there
let t: TelegramTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** Not anonymous; where asked, the secretary does not get the worker's account (so questions come through the bot). */
const NAMED: ReportStep[] = [':anon:0', { ifOffered: ':contact:0' }];

const secretary = () => t.u.person(2000, { first_name: '王书记' });

/** The message the bot relayed the worker's words in: the last it sent in the triage chat. */
function relayed(words: string): { id: number; text: string } {
  const m = t.api.lastMessage(TRIAGE)!;
  expect(m.text, 'the words relayed').toContain(words);
  return { id: m.message_id, text: m.text ?? '' };
}

/** What the triage chat shows now for the message `id`. */
const shownNow = (id: number) => {
  const edits = t.api
    .callsOf('editMessageText')
    .filter((p) => Number(p.chat_id) === TRIAGE && Number(p.message_id) === id);
  return edits.length ? String(edits[edits.length - 1]!.text) : undefined;
};

async function askAndAnswer(rider: User, id: string, answer: string): Promise<Update> {
  const cardMessage = t.api.lastMessage(TRIAGE)!;
  const ask = buttonsOf(cardMessage).find((b) => b.data === `tk:ask:${id}`) ? cardMessage : undefined;
  expect(ask, 'the ask button on the card').toBeDefined();
  await t.handle(t.u.press(ask!, secretary(), `tk:ask:${id}`));
  const prompt = t.api.lastMessage(TRIAGE)!;
  await t.handle(t.u.replyTo(prompt, secretary(), '是哪一天哪一单？'));
  expect(t.api.lastMessage(rider.id)!.text).toContain('是哪一天哪一单');
  const said = t.u.privateText(rider, answer);
  await t.handle(said);
  return said;
}

describe('a worker edits words already relayed to the branch', () => {
  it('an answer to a question: the relayed message now reads the new words, marked edited', async () => {
    const rider = t.u.person(8870, { first_name: '小刘' });
    const id = await report(t, TRIAGE, rider, '站长扣了我两百块说我超时，我根本没超时', NAMED);
    const said = await askAndAnswer(rider, id, '是前天下午三点那单');
    const relayedId = relayed('前天下午三点').id;

    const before = t.api.mark();
    await t.handle(t.u.edited(said, '是昨天下午三点那单，订单尾号 3521'));
    const now = shownNow(relayedId);
    expect(now).toContain('昨天下午三点那单，订单尾号 3521');
    expect(now).toContain('（已修改）');
    expect(now).toContain(`${id} 小刘回复`);
    expect(now).not.toContain('前天');
    // Nothing new posted in the triage chat; the worker is told the edit went on.
    expect(
      t.api.since(before).filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === TRIAGE),
    ).toEqual([]);
    expect(t.api.lastMessage(rider.id)!.text).toContain(`已把修改后的内容转告支部（${id}）`);
    // The history has it too.
    await t.handle(t.u.privateText(secretary(), `/ticket ${id}`));
    expect(t.api.shownTexts(before).join('\n')).toContain('修改了说过的话：是昨天下午三点那单');
  });

  it('an addition (📎 补充到): edited in place; where Telegram refuses the edit, a line under the card', async () => {
    const rider = t.u.person(8871, { first_name: '小陈' });
    const id = await report(t, TRIAGE, rider, '东站蓄车场保安乱收费，一次收二十块', NAMED);
    const said = t.u.privateText(rider, '补充一下，是上周五晚上收的');
    await t.handle(said);
    await pressIn(t, rider.id, rider, `fu:add:${id}`);
    const first = relayed('上周五晚上');
    expect(first.text).toContain(`${id} 小陈补充`);
    const relayedId = first.id;

    await t.handle(t.u.edited(said, '补充一下，是上周六晚上收的'));
    expect(shownNow(relayedId)).toContain('是上周六晚上收的（已修改）');

    // Too old to edit (Telegram refuses): the new words go under the card instead.
    t.api.fail('editMessageText', {
      error_code: 400,
      description: "Bad Request: message can't be edited",
      when: (p) => Number(p.message_id) === relayedId,
    });
    const mark = t.api.mark();
    await t.handle(t.u.edited(said, '补充一下，是上周六晚上九点收的'));
    const line = t.api
      .since(mark)
      .filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === TRIAGE)
      .map((c) => String(c.params.text));
    expect(line).toHaveLength(1);
    expect(line[0]).toContain(`（已修改）${id} 小陈把刚才的话改成了`);
    expect(line[0]).toContain('上周六晚上九点');
  });

  it('an edit of a message never relayed goes on as before (a question fixed at once is answered again)', async () => {
    const rider = t.u.person(8872);
    const first = t.u.privateText(rider, '附近哪里能冲');
    await t.handle(first);
    const mark = t.api.mark();
    await t.handle(t.u.edited(first, '附近哪里能充电'));
    expect(t.api.shownTexts(mark).join('\n')).toContain('充电');
    expect(t.api.shownTexts(mark).join('\n')).not.toContain('已把修改后的内容');
  });
});
