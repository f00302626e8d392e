/**
 * A photo sent alone as the "没解决" reason (stop 39): the worker presses ❌ 没解决 and answers the question with a
 * screenshot, no words. Before, only words reopened the ticket and the photo was dropped with the question asked
 * again. Telegram end to end (the real app, real Redis, the grammY adapter and the Bot API stand-in): the ticket
 * reopens, the photo joins its evidence and follows the triage chat's "未解决" message, and the worker is told it went.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { pressIn, report, secretary, TRIAGE } from '../../helpers/telegram-report.js';

let t: TelegramTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp();
});
afterAll(async () => t?.close());

describe('❌ 没解决 answered with a photo alone', () => {
  it('reopens the ticket, keeps the photo as evidence, shows it to the branch and tells the worker', async () => {
    const rider = t.u.person(8895);
    const id = await report(t, TRIAGE, rider, '站长扣了我200块钱，说我超时，我根本没超时');
    await pressIn(t, TRIAGE, secretary(t), `tk:rs:${id}`);
    await t.handle(t.u.replyTo(t.api.lastMessage(TRIAGE)!, secretary(t), '已和站长沟通，罚款会退回'));
    expect((await t.app.deps.store.tickets.get(id))?.status).toBe('resolved');

    await pressIn(t, rider.id, rider, `tw:no:${id}`);
    expect(t.api.lastMessage(rider.id)!.text).toContain('还有什么没解决');
    const mark = t.api.mark();
    await t.handle(t.u.privatePhoto(rider, 'still-fined-1'));

    const ticket = await t.app.deps.store.tickets.get(id);
    expect(ticket?.status).not.toBe('resolved');
    expect(ticket?.evidence.filter((f) => f.fileId === 'still-fined-1' && f.addedAt)).toHaveLength(1);
    const told = t.api
      .since(mark)
      .filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === rider.id)
      .map((c) => String(c.params.text))
      .join('\n');
    expect(told).toContain(`已重新提交给承办支部（${id}）`);
    expect(told).toContain('您发的 1 张照片也一起转过去了');
    expect(told).not.toContain('还有什么没解决');

    const toTriage = t.api.since(mark).filter((c) => Number(c.params.chat_id) === TRIAGE);
    const said = toTriage.filter((c) => c.method === 'sendMessage').map((c) => String(c.params.text));
    expect(said.join('\n')).toContain(`${id} 报告人表示问题未解决`);
    expect(said.join('\n')).toContain('附件 1 个');
    const photos = toTriage.filter((c) => c.method === 'sendPhoto' || c.method === 'sendMediaGroup');
    expect(JSON.stringify(photos.map((c) => c.params))).toContain('still-fined-1');

    // The history says what the reason brought.
    const viewed = t.api.mark();
    await t.handle(t.u.privateText(secretary(t), `/ticket ${id}`));
    const view = t.api
      .since(viewed)
      .filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === 2000)
      .map((c) => String(c.params.text))
      .join('\n');
    expect(view).toContain('表示未解决：📷');
  });
});
