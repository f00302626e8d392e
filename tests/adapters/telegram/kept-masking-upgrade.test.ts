/**
 * Text kept before stop 42 — a question kept for passing, a ticket's summary and report text (what its triage card is
 * drawn from) — was masked with the masking of its day: a number typed in pieces ("138 12，345678"), or a landline in
 * Chinese numerals, stayed in Redis as typed although every view masks again on read. The start-up upgrade
 * (core/faq/upgrade.ts) rewrites it once with today's masking, each record in one script; a store where stop 41's pass
 * ran (marker "1") gets it too. Real app, real Redis, real grammY against the Bot API stand-in.
 */
import type { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { hideKeptNumbers, KEPT_MASKING } from '../../../src/core/faq/upgrade.js';
import { connectRedis } from '../../../src/store/redis.js';
import { createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { report, TRIAGE } from '../../helpers/telegram-report.js';

/** As a release before stop 42 kept them: the pieces and the numeral landline as typed. */
const OLD_REPORT = '站长扣了我两百块不给说法，电话 138 12，345678，座机 零二一 六五四三二一零九';
const OLD_QUESTION = '驿站能帮忙代收快递吗，13812，345678';
const HIDDEN = ['345678', '六五四三二一零九', '13812'];

let redis: Redis;
let t: TelegramTestApp | undefined;
afterAll(async () => {
  await t?.close();
  await redis?.quit();
});

/** Every value under the prefix, as one text. */
async function everything(prefix: string): Promise<string> {
  const out: string[] = [];
  for (const key of (await redis.keys(`${prefix}:*`)).sort()) {
    const type = await redis.type(key);
    if (type === 'hash') out.push(key, JSON.stringify(await redis.hgetall(key)));
    else if (type === 'string') out.push(key, (await redis.get(key)) ?? '');
    else if (type === 'list') out.push(key, JSON.stringify(await redis.lrange(key, 0, -1)));
  }
  return out.join('\n');
}

describe('text kept before stop 42, after the upgrade', () => {
  it('holds the numbers masked in Redis: the kept question, the ticket’s summary and text; the rest as typed', async () => {
    redis = await connectRedis(inject('redisUrl'));
    const first = await createTelegramTestApp();
    const prefix = first.prefix;
    // A ticket, then made to hold what a release before stop 42 kept; a question passed as that release kept it.
    const id = await report(first, TRIAGE, first.u.person(7501), '站长扣了我两百块不给说法');
    const faq = first.app.deps.store.faq;
    const now = Date.now();
    const asked = await faq.savePending({
      question: OLD_QUESTION,
      chat: 'telegram:7502',
      user: 'telegram:7502',
      at: now,
    });
    expect((await faq.pass(asked, now, [], 'district-yangpu')).result).toBe('ok');
    const [passed] = await faq.forwarded('district-yangpu', 1);
    expect(passed?.question).toBe(OLD_QUESTION);
    await first.close({ keepData: true });

    const body = JSON.parse((await redis.get(`${prefix}:ticket:${id}:body`))!) as Record<string, unknown>;
    await redis
      .multi()
      .set(`${prefix}:ticket:${id}:body`, JSON.stringify({ ...body, text: OLD_REPORT }))
      .hset(`${prefix}:ticket:${id}`, 'summary', OLD_REPORT.slice(0, 30))
      .set(`${prefix}:faq:numbers-hidden:yangpu`, '1') // stop 41's pass ran
      .exec();
    expect(await everything(prefix)).toContain('345678');

    t = await createTelegramTestApp({ prefix });
    const after = await everything(prefix);
    for (const h of HIDDEN) expect(after).not.toContain(h);
    const ticket = (await t.app.deps.store.tickets.get(id))!;
    expect(ticket.text).toBe('站长扣了我两百块不给说法，电话 138****5678，座机 021-****09');
    expect(ticket.summary).toContain('138****');
    const [kept] = await t.app.deps.store.faq.forwarded('district-yangpu', 1);
    expect(kept?.question).toBe('驿站能帮忙代收快递吗，138****5678');
    expect(await redis.get(`${prefix}:faq:numbers-hidden:yangpu`)).toBe(String(KEPT_MASKING));
  });

  it('runs once: a restart, or running it again by hand, changes nothing', async () => {
    const prefix = t!.prefix;
    const before = await everything(prefix);
    await t!.close({ keepData: true });
    t = await createTelegramTestApp({ prefix });
    expect(await everything(prefix)).toBe(before);
    await redis.del(`${prefix}:faq:numbers-hidden:yangpu`);
    const twice = await Promise.all([
      hideKeptNumbers(t.app.deps.store, 'yangpu'),
      hideKeptNumbers(t.app.deps.store, 'yangpu'),
    ]);
    expect(twice).toEqual([0, 0]);
    expect(await everything(prefix)).toBe(before);
  });
});
