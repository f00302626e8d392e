/**
 * Words a worker with open reports sends unasked, which the FAQ cannot place ("回复：是昨天下午…"), are offered to those
 * reports — "📎 补充到 <id>", newest first — beside the FAQ's own ways out (QA20 #5: only "答不上来 … 📨 转给支部" was
 * offered, and the branch never heard). A confident answer is unchanged. Telegram end to end: the real app, real
 * Redis, the grammY adapter and the Bot API stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { pressIn, report } from '../../helpers/telegram-report.js';

const TRIAGE = -1002000; // district-yangpu: a private report with no group goes there
let t: TelegramTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp();
});
afterAll(async () => {
  await t?.close();
});

const UNASKED = '回复：是昨天下午三点多，在东站后门那边';

describe('words the FAQ cannot place, from a worker with open reports (QA20 #5)', () => {
  it('are offered to the open reports, newest first; one tap relays them to the branch', async () => {
    const rider = t.u.person(8880);
    const older = await report(t, TRIAGE, rider, '站长扣了我两百块说我超时，我根本没超时', [':anon:1']);
    const newer = await report(t, TRIAGE, rider, '东站蓄车场保安乱收费，一次收二十块', [':anon:1']);
    const said = t.u.privateText(rider, UNASKED);
    await t.handle(said);
    const reply = t.api.lastMessage(rider.id)!;
    // Still the FAQ's "not sure" reply, with its way on (in private, to the worker's branch, which a worker who only
    // ever wrote in private names when passing it: 转给支部, stop 42)…
    expect(reply.text).toMatch(/不太确定|答不上来/);
    const labels = buttonsOf(reply).map((b) => b.text);
    expect(labels.some((l) => l.includes('转给支部'))).toBe(true);
    // …and the open reports, newest first, before it.
    const adds = labels.filter((l) => l.startsWith('📎 补充到'));
    expect(adds).toHaveLength(2);
    expect(adds[0]).toContain(newer);
    expect(adds[1]).toContain(older);
    expect(reply.text).toContain('补充给您正在办理的反映');

    const addOlder = buttonsOf(reply).find((b) => b.data?.endsWith(`:${older}`))!.data!;
    const mark = t.api.mark();
    await pressIn(t, rider.id, rider, `:${older}`);
    const relayed = t.api
      .since(mark)
      .filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === TRIAGE)
      .map((c) => String(c.params.text))
      .join('\n');
    expect(relayed).toContain(`📎 ${older} 报告人补充`);
    expect(relayed).toContain('是昨天下午三点多，在东站后门那边');
    // The offer is replaced by what was done: no button left to add the words twice.
    const done = t.api.lastMessage(rider.id)!;
    expect(done.text).toContain(`已补充到 ${older}`);
    expect(buttonsOf(done)).toEqual([]);

    // Added so, the words follow the worker's edit of them too.
    const relayedId = t.api.lastMessage(TRIAGE)!.message_id;
    await t.handle(t.u.edited(said, '回复：是昨天下午四点多，在东站后门那边'));
    const edits = t.api
      .callsOf('editMessageText')
      .filter((p) => Number(p.chat_id) === TRIAGE && Number(p.message_id) === relayedId);
    expect(String(edits[edits.length - 1]?.text)).toContain('四点多，在东站后门那边（已修改）');

    // A second tap on the offer (sent before the first one's answer replaced it) adds nothing twice.
    const again = t.api.mark();
    await t.handle(t.u.press(reply, rider, addOlder));
    const after = t.api.since(again);
    expect(after.filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === TRIAGE)).toEqual(
      [],
    );
    const toast = after.filter((c) => c.method === 'answerCallbackQuery').map((c) => String(c.params.text));
    expect(toast.join('\n')).toContain(`已经补充到 ${older}`);
  });

  it('a confident answer is unchanged; with no report open, "not sure" offers no report', async () => {
    const rider = t.u.person(8881);
    await report(t, TRIAGE, rider, '站长扣了我两百块说我超时，我根本没超时', [':anon:1']);
    await t.handle(t.u.privateText(rider, '附近哪里能充电'));
    expect(buttonsOf(t.api.lastMessage(rider.id)).some((b) => b.text.includes('补充到'))).toBe(false);

    const other = t.u.person(8882);
    await t.handle(t.u.privateText(other, UNASKED));
    const reply = t.api.lastMessage(other.id)!;
    expect(reply.text).toMatch(/不太确定|答不上来/);
    expect(buttonsOf(reply).some((b) => b.text.includes('补充到'))).toBe(false);
    expect(reply.text).not.toContain('补充给您正在办理的反映');
  });
});
