/**
 * QA20 #1 and #2, Telegram end to end (the real app, real Redis, the grammY adapter and the Bot API stand-in).
 * #1: one sweep escalated 11 of a branch's tickets at once — 11 cards in the escalation chat and 11 notices in the
 * triage chat in one minute. Now four or more falling due together are one summary (a line and ✋/📄 buttons each)
 * and one line in the triage chat; one to three keep a card each. A press on the summary claims the ticket it names;
 * a summary whose send fails is posted when the effects are tried again.
 * #2: an emergency reached no organiser until its deadline passed. Now the escalation chat hears of it at once.
 */
import type { User } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

/** content/organisers.yaml: the escalation chat, and an organiser. */
const ESCALATION = -1009999;
const ORGANISER = 1001;
const DAY = 86_400_000;

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

/** A report filed in private: its id and the triage chat its card went to. */
async function report(rider: User, text: string): Promise<{ id: string; triage: number }> {
  await t.handle(t.u.privateText(rider, '/report'));
  await t.handle(t.u.privateText(rider, text));
  await press(rider, ':ok');
  await press(rider, ':anon:1');
  const mark = t.api.mark();
  await press(rider, ':submit');
  const card = t.api
    .since(mark)
    .find(
      (c) =>
        c.method === 'sendMessage' &&
        Number(c.params.chat_id) < 0 &&
        Number(c.params.chat_id) !== ESCALATION &&
        /[A-Z]{2}-\d{4}-\d{6}/.test(String(c.params.text)),
    )!;
  const id = /[A-Z]{2}-\d{4}-\d{6}/.exec(String(card.params.text))![0];
  return { id, triage: Number(card.params.chat_id) };
}

/** Reports of one kind (so one branch), from different riders. */
async function reports(n: number, from: number): Promise<{ id: string; triage: number }[]> {
  const out = [];
  for (let i = 0; i < n; i++)
    out.push(await report(t.u.person(from + i), `站长扣了我两百块说我超时，我根本没超时，第${i + 1}单`));
  return out;
}

const sentTo = (mark: number, chat: number) =>
  t.api.since(mark).filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === chat);

describe('the sweep escalating several of a branch at once', () => {
  it('posts one summary for 11, one line in the triage chat, and a press claims the ticket it names', async () => {
    const filed = await reports(11, 8900);
    const triage = filed[0]!.triage;
    expect(new Set(filed.map((f) => f.triage)).size).toBe(1);
    const mark = t.api.mark();
    const swept = await t.app.jobs.sweep(Date.now() + 30 * DAY);
    expect(swept.escalated).toHaveLength(11);

    const toDistrict = sentTo(mark, ESCALATION);
    expect(toDistrict).toHaveLength(1);
    const summary = String(toDistrict[0]!.params.text);
    expect(summary).toContain('11 件超时');
    for (const f of filed) expect(summary).toContain(f.id);
    const toBranch = sentTo(mark, triage).map((c) => String(c.params.text));
    expect(toBranch.filter((x) => x.includes('被督办'))).toHaveLength(0);
    expect(toBranch.filter((x) => x.includes('11 件超时工单'))).toHaveLength(1);

    // The fifth ticket's ✋ on the summary, pressed by an organiser, claims that ticket and no other.
    const message = t.api.lastMessage(ESCALATION)!;
    const target = filed[4]!.id;
    const claim = buttonsOf(message).find((b) => b.data === `tk:oc:${target}`);
    expect(claim?.text).toContain(String(Number(target.slice(-6))));
    expect(buttonsOf(message).filter((b) => b.data?.startsWith('tk:oc:'))).toHaveLength(11);
    await t.handle(t.u.press(message, t.u.person(ORGANISER), claim!.data!));
    const tickets = await t.app.deps.store.tickets.getMany(filed.map((f) => f.id));
    expect(tickets.filter((x) => x.status === 'claimed').map((x) => x.id)).toEqual([target]);
    expect(tickets.find((x) => x.id === target)!.owner).toBe(`telegram:${ORGANISER}`);

    // The summary is drawn again: that line says who holds it, its ✋ is gone, the others' stay.
    const edit = t.api
      .since(mark)
      .filter((c) => c.method === 'editMessageText' && Number(c.params.chat_id) === ESCALATION)
      .at(-1)!;
    expect(Number(edit.params.message_id)).toBe(message.message_id);
    expect(String(edit.params.text)).toContain('已由');
    const markup = JSON.stringify(edit.params.reply_markup);
    expect(markup).not.toContain(`tk:oc:${target}`);
    expect(markup).toContain(`tk:oc:${filed[5]!.id}`);
  });

  it('answers a reply to the summary with the tickets it lists, rather than taking it as about one', async () => {
    const filed = await reports(4, 8930);
    const mark = t.api.mark();
    await t.app.jobs.sweep(Date.now() + 45 * DAY);
    const summary = t.api.lastMessage(ESCALATION)!;
    expect(summary.text).toContain('4 件超时');

    const asked = t.api.mark();
    await t.handle(t.u.replyTo(summary, t.u.person(ORGANISER), '这几件现在谁在跟？'));
    const answer = sentTo(asked, ESCALATION).map((c) => String(c.params.text));
    expect(answer).toHaveLength(1);
    expect(answer[0]).toContain('这条汇总列出了 4 件工单');
    for (const f of filed) expect(answer[0]).toContain(f.id);
    expect(answer[0]).toContain(`/ticket ${Number(filed[0]!.id.slice(-6))}`);
    // Nothing was told to any ticket's branch or reporter.
    expect(t.api.since(asked).filter((c) => c.method === 'sendMessage')).toHaveLength(1);
    expect(sentTo(mark, ESCALATION)).toHaveLength(2);
  });

  it('tells a press no longer live on the summary what became of the ticket it names, not of another', async () => {
    const filed = await reports(4, 8940);
    await t.app.jobs.sweep(Date.now() + 50 * DAY);
    const summary = t.api.lastMessage(ESCALATION)!;
    expect(summary.text).toContain('4 件超时');
    const target = filed[1]!.id;
    await t.handle(t.u.press(summary, t.u.person(ORGANISER, { first_name: '李主任' }), `tk:oc:${target}`));
    // A second organiser's client still showed that ✋; the press comes with the summary as drawn now.
    const now = t.api.lastMessage(ESCALATION)!;
    expect(buttonsOf(now).some((b) => b.data === `tk:oc:${target}`)).toBe(false);
    const mark = t.api.mark();
    await t.handle(t.u.press(now, t.u.person(1002), `tk:oc:${target}`));
    const said = String(t.api.since(mark).find((c) => c.method === 'answerCallbackQuery')?.params.text);
    // Before: the summary's last ticket, "这张卡片已更新：… 现在是「待签收」".
    expect(said).toContain('已由 李主任');
    expect(said).not.toContain('现在是');
  });

  it('keeps a card each for two', async () => {
    const filed = await reports(2, 8950);
    const mark = t.api.mark();
    const swept = await t.app.jobs.sweep(Date.now() + 60 * DAY);
    expect(swept.escalated.sort()).toEqual(filed.map((f) => f.id).sort());
    const toDistrict = sentTo(mark, ESCALATION).map((c) => String(c.params.text));
    expect(toDistrict).toHaveLength(2);
    for (const f of filed) expect(toDistrict.some((x) => x.includes(`督办 ${f.id}`))).toBe(true);
    expect(
      sentTo(mark, filed[0]!.triage).filter((c) => String(c.params.text).includes('被督办')),
    ).toHaveLength(2);
  });

  it('posts the summary when the effects are tried again after its send failed', async () => {
    const filed = await reports(4, 8970);
    const mark = t.api.mark();
    t.api.fail('sendMessage', {
      error_code: 500,
      description: 'Internal Server Error',
      times: 1,
      when: (p) => Number(p.chat_id) === ESCALATION,
    });
    const swept = await t.app.jobs.sweep(Date.now() + 90 * DAY);
    expect(swept.escalated).toHaveLength(4);
    expect(sentTo(mark, ESCALATION).map((c) => c.error)).toEqual([500]);
    // Nothing was told per ticket meanwhile: the others wait for the summary.
    expect(sentTo(mark, filed[0]!.triage).filter((c) => String(c.params.text).includes('督办'))).toHaveLength(
      0,
    );

    await t.app.reports.recover();
    const posted = sentTo(mark, ESCALATION).filter((c) => !c.error);
    expect(posted).toHaveLength(1);
    expect(String(posted[0]!.params.text)).toContain('4 件超时');
    expect((await t.app.deps.store.tickets.pending()).size).toBe(0);
  });
});

describe('an emergency', () => {
  it('is told to the escalation chat at once, with ✋ for an organiser, and the claim shows there', async () => {
    const mark = t.api.mark();
    const { id, triage } = await report(t.u.person(8990), '我在江东中路被车撞了，腿一直流血站不起来');
    const heads = sentTo(mark, ESCALATION);
    expect(heads).toHaveLength(1);
    const text = String(heads[0]!.params.text);
    expect(text).toContain('特急');
    expect(text).toContain(id);
    expect(text).toContain('前响应');
    const message = t.api.lastMessage(ESCALATION)!;
    expect(buttonsOf(message).map((b) => b.data)).toContain(`tk:oc:${id}`);

    // An organiser claims it there: the heads-up loses its ✋ and says who; the branch's card says so too.
    await t.handle(t.u.press(message, t.u.person(ORGANISER), `tk:oc:${id}`));
    const edit = t.api
      .since(mark)
      .filter((c) => c.method === 'editMessageText' && Number(c.params.message_id) === message.message_id)
      .at(-1)!;
    expect(String(edit.params.text)).toContain('已由');
    expect(JSON.stringify(edit.params.reply_markup ?? {})).not.toContain('tk:oc:');
    expect(t.api.lastMessage(triage)).toBeDefined();
    expect((await t.app.deps.store.tickets.get(id))!.owner).toBe(`telegram:${ORGANISER}`);

    // A worker in that chat whose client still showed the ✋ hears whose button it is, as on a live press, not
    // "这个按钮已失效，请重新发起" (QA28).
    const stale = t.api.mark();
    await t.handle(t.u.press(t.api.lastMessage(ESCALATION)!, t.u.person(8990), `tk:oc:${id}`));
    expect(t.api.since(stale).find((c) => c.method === 'answerCallbackQuery')?.params.text).toBe(
      '这个按钮是给区里工作人员用的，您不用按。事情有进展，会私聊告诉您。',
    );
  });

  it('whose heads-up hits a passing failure: the worker gets one receipt, the escalation chat one heads-up', async () => {
    const rider = t.u.person(8991);
    await t.handle(t.u.privateText(rider, '/report'));
    await t.handle(t.u.privateText(rider, '我在江东中路被车撞了，腿一直流血站不起来'));
    await press(rider, ':ok');
    await press(rider, ':anon:1');
    const mark = t.api.mark();
    t.api.fail('sendMessage', {
      error_code: 500,
      description: 'Internal Server Error',
      times: 1,
      when: (p) => Number(p.chat_id) === ESCALATION,
    });
    await press(rider, ':submit');
    expect(sentTo(mark, ESCALATION).map((c) => c.error)).toEqual([500]);
    const receipts = () =>
      sentTo(mark, rider.id).filter((c) => /已收到|已提交|编号/.test(String(c.params.text)) && !c.error);
    expect(receipts()).toHaveLength(1);

    await t.app.reports.recover();
    const heads = sentTo(mark, ESCALATION).filter((c) => !c.error);
    expect(heads).toHaveLength(1);
    expect(String(heads[0]!.params.text)).toContain('特急');
    expect(receipts()).toHaveLength(1);
    expect((await t.app.deps.store.tickets.pending()).size).toBe(0);
  });
});
