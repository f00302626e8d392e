/**
 * A photo sent alone as the "没解决" reason (stop 39): the worker presses ❌ 没解决 and answers the question with a
 * screenshot, no words. Before, only words reopened the ticket and the photo was dropped with the question asked
 * again. Telegram end to end (the real app, real Redis, the grammY adapter and the Bot API stand-in): the ticket
 * reopens, the photo joins its evidence and follows the triage chat's "未解决" message, and the worker is told it went.
 * QA31: a document goes on to the triage chat as a file too, and an album's other photos join the reopened ticket.
 */
import type { Update } from 'grammy/types';
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

  it('a document sent as the reason follows the triage chat’s message too, as a file (QA31 #5)', async () => {
    const rider = t.u.person(8896);
    const id = await report(t, TRIAGE, rider, '站长扣了我200块钱，说我超时，我根本没超时');
    await pressIn(t, TRIAGE, secretary(t), `tk:rs:${id}`);
    await t.handle(t.u.replyTo(t.api.lastMessage(TRIAGE)!, secretary(t), '已和站长沟通，罚款会退回'));
    await pressIn(t, rider.id, rider, `tw:no:${id}`);
    t.api.addFile('fine-slip', Buffer.from('%PDF-1.4 fine slip'), { path: 'documents/fine-slip.pdf' });
    const mark = t.api.mark();
    await t.handle({
      update_id: 77001,
      message: {
        message_id: 77001,
        date: Math.floor(Date.now() / 1000),
        chat: t.u.privateChat(rider),
        from: rider,
        document: { file_id: 'fine-slip', file_unique_id: 'u-fine-slip', file_name: 'fine-slip.pdf' },
      },
    } as Update);
    const told = t.api.shownTexts(mark).join('\n');
    expect(told).toContain('您发的 1 个文件也一起转过去了');
    const toTriage = t.api.since(mark).filter((c) => Number(c.params.chat_id) === TRIAGE);
    const said = toTriage.filter((c) => c.method === 'sendMessage').map((c) => String(c.params.text));
    expect(said.join('\n')).toContain(`${id} 报告人表示问题未解决`);
    expect(said.join('\n')).toContain(`${id} 补充的文件 1/1`);
    const docs = toTriage.filter((c) => c.method === 'sendDocument');
    expect(docs.map((c) => c.params.document)).toEqual([{ file: 'fine-slip.pdf' }]);
    expect(said.join('\n')).not.toContain('看板查看');
  });

  it('an album sent as the reason: its other photos join the reopened ticket, no question asked (QA31 #3)', async () => {
    const rider = t.u.person(8897);
    const id = await report(t, TRIAGE, rider, '站长扣了我200块钱，说我超时，我根本没超时');
    await pressIn(t, TRIAGE, secretary(t), `tk:rs:${id}`);
    await t.handle(t.u.replyTo(t.api.lastMessage(TRIAGE)!, secretary(t), '已和站长沟通，罚款会退回'));
    await pressIn(t, rider.id, rider, `tw:no:${id}`);
    const mark = t.api.mark();
    for (const [i, fileId] of ['album-1', 'album-2', 'album-3'].entries())
      await t.handle({
        update_id: 78001 + i,
        message: {
          message_id: 78001 + i,
          date: Math.floor(Date.now() / 1000),
          chat: t.u.privateChat(rider),
          from: rider,
          media_group_id: 'fine-album',
          photo: [{ file_id: fileId, file_unique_id: `u-${fileId}`, width: 800, height: 600 }],
          ...(i === 0 ? { caption: '还是扣着' } : {}),
        },
      } as Update);

    const ticket = await t.app.deps.store.tickets.get(id);
    expect(ticket?.status).not.toBe('resolved');
    expect(ticket?.evidence.filter((f) => f.fileId.startsWith('album-')).map((f) => f.fileId)).toEqual([
      'album-1',
      'album-2',
      'album-3',
    ]);
    // The worker sees one line, its count redrawn to the album's; never asked whether to add them.
    const shown = t.api.shownTexts(mark).join('\n');
    expect(shown).not.toContain('要补充进去吗');
    const told = t.api.lastMessage(rider.id)!.text ?? '';
    expect(told).toContain(`已重新提交给承办支部（${id}）`);
    expect(told).toContain('您发的 3 张照片也一起转过去了');
    // The branch sees all three photos.
    const toTriage = JSON.stringify(
      t.api
        .since(mark)
        .filter((c) => Number(c.params.chat_id) === TRIAGE)
        .map((c) => c.params),
    );
    for (const fileId of ['album-1', 'album-2', 'album-3']) expect(toTriage).toContain(fileId);

    // The next message is read as any message is (not taken as part of the album).
    const after = t.api.mark();
    await t.handle(t.u.privateText(rider, '附近哪里能充电'));
    expect(t.api.shownTexts(after).join('\n')).toContain('充电');
  });
});
