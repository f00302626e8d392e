/**
 * 🏷️ (stop 39): a secretary files a ticket under the right category — the worker skipped the question (其他,
 * "报告人未选分类") or chose the wrong one. Telegram end to end (the real app, real Redis, the grammY adapter and the
 * Bot API stand-in): the card is redrawn, the history says who changed it from what to what, /stats counts it under
 * the new category, the worker hears nothing; someone of another branch is refused; a category whose reports go to
 * another branch says so and offers ↪️ 转派, without moving the ticket.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from 'grammy/types';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { pressIn, secretary, submit, TRIAGE } from '../../helpers/telegram-report.js';

let t: TelegramTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp();
});
afterAll(async () => t?.close());

/** A report whose worker skipped the category question: filed under 其他 in the district. */
async function skipped(rider: User, text: string): Promise<string> {
  await t.handle(t.u.privateText(rider, '/report'));
  await t.handle(t.u.privateText(rider, text));
  await t.handle(t.u.privateText(rider, '跳过'));
  await pressIn(t, rider.id, rider, ':anon:1');
  return submit(t, TRIAGE, rider);
}

const sentTo = (mark: number, chat: number) =>
  t.api.since(mark).filter((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === chat);
describe('🏷️ a secretary sets a ticket’s category', () => {
  it('from 其他 to the right one: the card, the history and /stats follow; the worker is not told', async () => {
    const rider = t.u.person(8890);
    const id = await skipped(rider, '站长扣了我200块钱，说我超时');
    expect((await t.app.deps.store.tickets.get(id))?.category).toBe('other');
    await t.handle(t.u.privateText(secretary(t), '/stats'));
    expect(t.api.lastMessage(2000)!.text).toContain('其他 1');

    // Someone of another branch pressing a forged button changes nothing.
    const eleme = t.u.person(2002, { first_name: '饿了么书记' });
    await t.handle(t.u.press(t.api.lastMessage(TRIAGE)!, eleme, `tk:cs:${id}:pay-penalty`));
    expect((await t.app.deps.store.tickets.get(id))?.category).toBe('other');

    await pressIn(t, TRIAGE, secretary(t), `tk:cat:${id}`);
    const picker = t.api.lastMessage(TRIAGE)!;
    expect(picker.text).toContain(`把 ${id} 改到哪个类别`);
    expect(buttonsOf(picker).map((b) => b.text)).toContain('薪酬与罚款');
    expect(buttonsOf(picker).map((b) => b.text)).not.toContain('其他');

    const mark = t.api.mark();
    await pressIn(t, TRIAGE, secretary(t), `tk:cs:${id}:pay-penalty`);
    const ticket = await t.app.deps.store.tickets.get(id);
    expect(ticket).toMatchObject({ category: 'pay-penalty', branch: 'district-yangpu', status: 'new' });
    // The picker says what was done; the card reads the new category and no longer "报告人未选分类".
    const edits = t.api
      .since(mark)
      .filter((c) => c.method === 'editMessageText' && Number(c.params.chat_id) === TRIAGE)
      .map((c) => String(c.params.text));
    expect(edits.join('\n')).toContain(`${id} 的类别已由 王书记 从「其他」改为「薪酬与罚款」`);
    const card = edits.find((e) => e.includes(id) && !e.includes('已由 王书记'));
    expect(card).toContain('薪酬与罚款');
    expect(card).not.toContain('报告人未选分类');
    // Same branch: nothing offered, and the worker is not bothered.
    expect(sentTo(mark, TRIAGE)).toHaveLength(0);
    expect(sentTo(mark, rider.id)).toHaveLength(0);

    await t.handle(t.u.privateText(secretary(t), `/ticket ${id}`));
    expect(t.api.lastMessage(2000)!.text).toContain('王书记 改类别：其他 → 薪酬与罚款');
    await t.handle(t.u.privateText(secretary(t), '/stats'));
    const stats = t.api.lastMessage(2000)!.text ?? '';
    expect(stats).toContain('薪酬与罚款 1');
    expect(stats).not.toContain('其他 1');

    // The worker's own view does not list it as a step.
    await t.handle(t.u.privateText(rider, '/mytickets'));
    await pressIn(t, rider.id, rider, `tw:v:${id}`);
    expect(t.api.lastMessage(rider.id)!.text).not.toContain('改类别');

    // The same category again: said, nothing changes.
    await t.handle(t.u.press(t.api.lastMessage(TRIAGE)!, secretary(t), `tk:cs:${id}:pay-penalty`));
    const events = await t.app.deps.store.tickets.events(id);
    expect(events.filter((e) => e.type === 'recategorised')).toHaveLength(1);
  });

  it('a category whose reports go to another branch: said, ↪️ offered, the ticket stays until transferred', async () => {
    const rider = t.u.person(8891);
    const id = await skipped(rider, '国定路上有个大坑，好几个骑手摔了车');
    expect((await t.app.deps.store.tickets.get(id))?.branch).toBe('district-yangpu');
    await pressIn(t, TRIAGE, secretary(t), `tk:cat:${id}`);
    await pressIn(t, TRIAGE, secretary(t), `tk:cs:${id}:road-hazard`);
    const offer = t.api.lastMessage(TRIAGE)!;
    expect(offer.text).toContain('「道路隐患」这类问题通常由');
    expect(offer.text).toContain('仍在本支部');
    expect((await t.app.deps.store.tickets.get(id))?.branch).toBe('district-yangpu');

    await pressIn(t, TRIAGE, secretary(t), `tk:tb:${id}:street-wujiaochang`);
    expect(t.api.lastMessage(TRIAGE)!.text).toContain('原因');
    await t.handle(t.u.replyTo(t.api.lastMessage(TRIAGE)!, secretary(t), '国定路的路面归街道管'));
    expect((await t.app.deps.store.tickets.get(id))?.branch).toBe('street-wujiaochang');
  });
});
