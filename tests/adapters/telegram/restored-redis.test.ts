/**
 * Redis restored from an older snapshot (QA21): the ticket counter goes back with it, so the next report gets the
 * number of a ticket that was lost, whose card is still in the triage chat with its buttons. A press on that old
 * card must not act on the new report that now has its number. Real app, real Redis (the snapshot is a DUMP of the
 * test's keys, put back as an RDB restore would), the grammY adapter against the Bot API stand-in.
 */
import type { Message, User } from 'grammy/types';
import type { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { connectRedis } from '../../../src/store/redis.js';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

const ORGANISER = 1001;

let t: TelegramTestApp | undefined;
let redis: Redis | undefined;
afterAll(async () => {
  await t?.close();
  await redis?.quit();
});

async function press(t: TelegramTestApp, rider: User, suffix: string) {
  const last = t.api.lastMessage(rider.id)!;
  const data = buttonsOf(last).find((b) => b.data?.endsWith(suffix))!.data!;
  await t.handle(t.u.press(last, rider, data));
}

/** A worker files a report in private; returns its card in the triage chat. */
async function report(t: TelegramTestApp, rider: User, text: string): Promise<Message> {
  await t.handle(t.u.privateText(rider, '/report'));
  await t.handle(t.u.privateText(rider, text));
  await press(t, rider, ':ok');
  await press(t, rider, ':anon:1');
  const mark = t.api.mark();
  await press(t, rider, ':submit');
  const sent = t.api
    .since(mark)
    .find((c) => c.method === 'sendMessage' && !c.error && String(c.params.text).includes('<b>JN-'));
  const chat = Number(sent!.params.chat_id);
  return t.api.lastMessage(chat)!;
}

type Snapshot = [key: string, value: Buffer, ttl: number][];

async function snapshot(prefix: string): Promise<Snapshot> {
  const out: Snapshot = [];
  for (const key of await redis!.keys(`${prefix}:*`))
    out.push([key, (await redis!.dumpBuffer(key))!, await redis!.pttl(key)]);
  return out;
}

async function restore(prefix: string, snap: Snapshot): Promise<void> {
  const now = await redis!.keys(`${prefix}:*`);
  if (now.length) await redis!.del(...now);
  for (const [key, value, ttl] of snap) await redis!.restore(key, Math.max(ttl, 0), value, 'REPLACE');
}

const answerOf = (t: TelegramTestApp, mark: number) =>
  t.api.since(mark).find((c) => c.method === 'answerCallbackQuery')?.params.text;

describe('a triage card whose ticket was lost in a restore', () => {
  it('its buttons do not act on the new report that got its number', async () => {
    redis = await connectRedis(inject('redisUrl'));
    t = await createTelegramTestApp();
    await report(t, t.u.person(8811), '站点老板扣了我三百块押金不退');
    const yesterday = await snapshot(t.prefix);
    const lost = await report(t, t.u.person(8812), '站长扣了我两百块押金一直不给退');
    const id = /JN-\d{4}-\d{6}/.exec(lost.text ?? '')?.[0];
    expect(id).toMatch(/-000002$/);

    // The bot stops, Redis is put back to the snapshot, the bot starts again (same chats, same update ids).
    const { api, prefix, u } = t;
    await t.close({ keepData: true, keepApi: true });
    await restore(prefix, yesterday);
    t = await createTelegramTestApp({ api, prefix });
    t.u = u;
    const rider = t.u.person(8813);
    const fresh = await report(t, rider, '车队长扣了我五百块押金不给退');
    expect(fresh.text).toContain(id);
    expect(fresh.chat.id).toBe(lost.chat.id);

    // The organiser presses 签收 on the old card: refused, said why; the new report stays unclaimed, its worker untold.
    const organiser = t.u.person(ORGANISER);
    const claim = (m: Message) => buttonsOf(m).find((b) => b.text.includes('签收'))!.data!;
    const mark = t.api.mark();
    await t.handle(t.u.press(lost, organiser, claim(lost)));
    expect(answerOf(t, mark)).toContain('这张卡片已失效');
    expect(t.api.sentTexts(mark)).toEqual([]);
    expect((await t.app.deps.store.tickets.get(id!))?.status).toBe('new');

    // The new report's own card still works.
    const next = t.api.mark();
    await t.handle(t.u.press(fresh, organiser, claim(fresh)));
    expect(answerOf(t, next)).toBe('已签收');
    expect(t.api.shownTexts(next)).toContainEqual(expect.stringContaining(`${id} 已由区里督办人员签收`));
  });
});
