/**
 * QA29: a notice's "收到" kept who pressed it, for good (one set per group, no expiry). Now the counts are kept and
 * who pressed is remembered 90 days after their press, as long as a finished broadcast's record; a press after that
 * counts again. A set written before this change still counts its people and gets an expiry on the next press.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.js';
import { bindGroup, clockAt, delivered, lessonApp, MONDAY_10 } from '../lessons/fixtures.js';
import { waitFor } from '../../helpers/wait.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const DAY_MS = 86_400_000;
const toasts = (t: TestApp) => t.console.transcript.filter((l) => l.kind === 'toast').map((l) => l.text);

/** Keys of this app that hold `text` and never expire. */
async function keptForGoodWith(t: TestApp, text: string): Promise<string[]> {
  const { redis, keys } = t.app.store;
  const found: string[] = [];
  for (const key of await redis.keys(`${keys.prefix}:*`)) {
    if ((await redis.pttl(key)) !== -1) continue;
    const type = await redis.type(key);
    const dump =
      type === 'string'
        ? [key, await redis.get(key)]
        : type === 'hash'
          ? [key, ...Object.entries(await redis.hgetall(key)).flat()]
          : type === 'set'
            ? [key, ...(await redis.smembers(key))]
            : type === 'zset'
              ? [key, ...(await redis.zrange(key, 0, -1))]
              : type === 'list'
                ? [key, ...(await redis.lrange(key, 0, -1))]
                : [key];
    if (dump.some((s) => s?.includes(text))) found.push(key);
  }
  return found;
}

async function sendNotice(): Promise<TestApp> {
  t = await lessonApp(clockAt(MONDAY_10));
  await bindGroup(t, 'riders-a', 'riders-test');
  await bindGroup(t, 'couriers-a', 'couriers-test');
  await t.type(':as org-test', ':dm');
  await t.type('/notice', '今晚驿站停电检修，请到别处充电。', ':press 1', ':press 5', ':press 4');
  await delivered(t, 'notice:n1');
  return t;
}

describe('a notice\'s "收到"', () => {
  it('keeps the counts for good and who pressed for 90 days; a press after that counts again', async () => {
    const t = await sendNotice();
    const { redis, keys } = t.app.store;
    await t.type(':as rider-7731', ':in riders-a', ':press 1');
    expect(toasts(t).at(-1)).toContain('已确认收到');
    await t.type(':press 1');
    expect(toasts(t).at(-1)).toContain('你已经确认过了');
    await t.type(':as rider-7732', ':press 1', ':in couriers-a', ':press 1');

    // An operator scanning Redis finds nobody's id kept for good; the counts are.
    expect(await keptForGoodWith(t, 'rider-773')).toEqual([]);
    const acked = keys.noticeAcked('n1', 'console:riders-a', 'rider-7731');
    const ttl = await redis.pttl(acked);
    expect(ttl).toBeGreaterThan(89 * DAY_MS);
    expect(ttl).toBeLessThanOrEqual(90 * DAY_MS);
    expect(await redis.pttl(keys.noticeAckCounts('n1'))).toBe(-1);
    expect(await t.app.deps.store.notices.ackCounts('n1')).toEqual({
      'console:riders-a': 2,
      'console:couriers-a': 1,
    });

    // 90 days on, the press is forgotten (here made to expire now): pressing again counts again.
    await redis.pexpire(acked, 1);
    await waitFor(async () => (await redis.exists(acked)) === 0, 'the press forgotten');
    await t.type(':as rider-7731', ':in riders-a', ':press 1');
    expect(toasts(t).at(-1)).toContain('已确认收到');
    expect(await t.app.deps.store.notices.ackCount('n1', 'console:riders-a')).toBe(3);
  });

  it('still counts people a set written before this change holds, and gives that set an expiry', async () => {
    const t = await sendNotice();
    const { redis, keys } = t.app.store;
    // As notice-ack-2 left them: one set per group, the count in the hash, no expiry.
    const old = keys.noticeAcks('n1', 'console:riders-a');
    await redis.sadd(old, 'rider-7731');
    await redis.hset(keys.noticeAckCounts('n1'), 'console:riders-a', 1);

    await t.type(':as rider-7731', ':in riders-a', ':press 1');
    expect(toasts(t).at(-1)).toContain('你已经确认过了');
    await t.type(':as rider-7732', ':press 1');
    expect(toasts(t).at(-1)).toContain('已确认收到');
    expect(await t.app.deps.store.notices.ackCount('n1', 'console:riders-a')).toBe(2);
    expect(await keptForGoodWith(t, 'rider-773')).toEqual([]);
    expect(await redis.pttl(old)).toBeGreaterThan(89 * DAY_MS);
  });
});
