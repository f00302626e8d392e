/**
 * A full Redis (noeviction) on Telegram, with the send budget on as in production: every reply first takes a send
 * slot through a script that writes, which a full Redis refuses. A worker's question and a report's words sent
 * while full are told "saved" — and that line does reach them — then answered once each when room is made.
 * fixD covered the console, which takes no slots. Its own redis-server, since the test fills it up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type EmbeddedRedis } from '../../../src/store/embedded.js';
import { createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { fillRedis } from '../../helpers/full-redis.js';

const dir = mkdtempSync(join(tmpdir(), 'ws-tg-full-'));
let redis: EmbeddedRedis;
let t: TelegramTestApp | undefined;

beforeAll(async () => {
  redis = await startRedisServer();
});
afterEach(async () => {
  await t?.close();
  t = undefined;
});
afterAll(async () => {
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** What the bot sent one chat since `mark`. */
const sentTo = (t: TelegramTestApp, chat: number, mark: number) =>
  t.api
    .since(mark)
    .filter((c) => c.method === 'sendMessage' && !c.error && Number(c.params.chat_id) === chat)
    .map((c) => String(c.params.text));

describe('a full Redis on Telegram (send slots taken, as in production)', () => {
  it('a question and a report sent while full: each told "saved", then answered once when room is made', async () => {
    t = await createTelegramTestApp({
      redisUrl: redis.url,
      pacing: true,
      spoolFile: join(dir, 'spool', 'updates.jsonl'),
    });
    const asker = t.u.person(7301, { language_code: 'en' });
    const reporter = t.u.person(7302);
    // What the asker gets when nothing is wrong, from another person.
    let mark = t.api.mark();
    await t.handle(t.u.privateText(t.u.person(7300, { language_code: 'en' }), 'where can I charge my phone'));
    const answer = sentTo(t, 7300, mark);
    expect(answer.join('\n')).toContain('charging');
    await t.handle(t.u.privateText(reporter, '/report'));

    const full = await fillRedis(t.app.store.redis);
    mark = t.api.mark();
    try {
      await t.handle(t.u.privateText(asker, 'where can I charge my phone'));
      await t.handle(t.u.privateText(reporter, '站长扣我工资不给理由'));
    } finally {
      await full.free();
    }
    expect(sentTo(t, 7301, mark)).toEqual([expect.stringContaining('Received and saved')]);
    expect(sentTo(t, 7302, mark)).toEqual([expect.stringContaining('已收到并保存')]);
    expect(t.app.deps.spool!.size()).toBe(2);

    // Room again: the spool's replay answers each once; recovery finds nothing more.
    mark = t.api.mark();
    expect(await t.app.core.drainSpool()).toBe(2);
    await t.app.updates.recover();
    expect(await t.app.core.drainSpool()).toBe(0);
    expect(sentTo(t, 7301, mark)).toEqual(answer);
    expect(sentTo(t, 7302, mark)).toEqual([expect.stringContaining('我理解这是')]);
    const logged = JSON.stringify(t.logs);
    expect(logged).toContain('redis out of memory: update spooled');
    expect(logged).toContain('send budget unavailable: sending without a slot');
  });
});
