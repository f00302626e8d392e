/**
 * Stop 41's upgrade: questions kept by a release before stop 40 — a learned example and a draft made from a gap
 * logged then, the gaps themselves — held a worker's words with the pieces of an ID number in them
 * ("我身份证号是，110101，19900307，12"), in Redis, though /gaps and the export hid them on read. Seeded here as that
 * release wrote them; the app's start rewrites them (core/faq/upgrade.ts), once, each in one script; what an
 * organiser sees and what a worker is answered stay as before. Real app and Redis.
 */
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Redis } from 'ioredis';
import { connectRedis } from '../../../src/store/redis.js';
import { gapId } from '../../../src/store/faq.js';
import { questionKey } from '../../../src/core/faq/normalize.js';
import { maskText } from '../../../src/core/mask.js';
import { hideKeptNumbers } from '../../../src/core/faq/upgrade.js';
import { testPrefix } from '../../helpers/app.js';
import { buttonData, startHarness, type FaqHarness } from './harness.js';

const PIECES = '110101，19900307，12';
const LEARNED = `大篷车啥时候开到我们站点，我身份证号是，${PIECES}`;
const GAP = `我身份证号是，${PIECES}，丢了怎么补办`;
const DRAFTED = `身份证，${PIECES}，骑手证丢了怎么补`;
const WAITING = `身份证 110101 19900307 12 骑手卡怎么办`;
/** As a release before stop 40 counted and learned a question: maskText, then normalised. */
const oldKey = (q: string) => questionKey(maskText(q)).slice(0, 200);

const prefix = testPrefix();
let redis: Redis;
let h: FaqHarness | undefined;

afterAll(async () => {
  await h?.close();
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

/** Every key, field, member and value under the prefix, as one text. */
async function everything(): Promise<string> {
  const out: string[] = [];
  for (const key of (await redis.keys(`${prefix}:*`)).sort()) {
    const type = await redis.type(key);
    out.push(key);
    if (type === 'hash') out.push(JSON.stringify(await redis.hgetall(key)));
    else if (type === 'zset') out.push(JSON.stringify(await redis.zrange(key, 0, -1, 'WITHSCORES')));
    else if (type === 'string') out.push((await redis.get(key)) ?? '');
    else if (type === 'list') out.push(JSON.stringify(await redis.lrange(key, 0, -1)));
    else if (type === 'set') out.push(JSON.stringify((await redis.smembers(key)).sort()));
  }
  return out.join('\n');
}

async function seedAsBeforeStop40(): Promise<void> {
  const p = `${prefix}:faq`;
  const draft = (id: string, question: string) =>
    JSON.stringify({ id, title: '骑手证补办', answer: '到站点找站长。', question, by: 'console:org', at: 1 });
  await redis
    .multi()
    .hset(
      `${p}:learned:yangpu`,
      oldKey(LEARNED),
      JSON.stringify({ entry: 'health-check-tour', text: LEARNED, by: 'console:org', at: 1 }),
    ) // prettier-ignore
    .set(`${p}:learned:yangpu:version`, '1')
    .hset(`${p}:gap:${gapId(oldKey(LEARNED))}`, {
      q: oldKey(LEARNED),
      text: LEARNED,
      asked: 1,
      status: 'learned',
    })
    .zadd(`${p}:gaps`, 3, oldKey(GAP))
    .hset(`${p}:gap:${gapId(oldKey(GAP))}`, { q: oldKey(GAP), text: GAP, asked: 3, status: 'open', at: 1 })
    .hset(`${p}:drafts:yangpu`, 'draft-0a0a0a0a', draft('draft-0a0a0a0a', DRAFTED))
    .set(`${p}:draft:draft-0b0b0b0b`, draft('draft-0b0b0b0b', WAITING), 'EX', 86_400)
    .exec();
}

describe('questions kept before stop 40, after the upgrade', () => {
  it('no longer hold the pieces of an ID number anywhere in Redis', async () => {
    redis = await connectRedis(inject('redisUrl'));
    await seedAsBeforeStop40();
    expect(await everything()).toContain('19900307');
    h = await startHarness({ prefix, keepKeys: true });
    const after = await everything();
    expect(after).not.toMatch(/19900307|110101/);
    expect(after).toContain('我身份证号是，******');
    // The draft awaiting confirmation keeps its day to be confirmed in.
    expect(await redis.ttl(`${prefix}:faq:draft:draft-0b0b0b0b`)).toBeGreaterThan(86_000);
    // The gap kept its count, under its hidden question.
    expect(await redis.zrange(`${prefix}:faq:gaps`, 0, -1, 'WITHSCORES')).toEqual([
      questionKey(`我身份证号是，******，丢了怎么补办`),
      '3',
    ]);
  });

  it('answer and show as before: the learned wording, /gaps, the export', async () => {
    await h!.type(':dm', ':as rider-g3 zh-CN', '大篷车啥时候开到我们站点');
    expect(buttonData(h!.take()[0])[0]).toBe('fb:health-check-tour:up');
    await h!.type(':as org-li zh-CN', '/gaps');
    const gaps = h!.take()[0]!.text;
    expect(gaps).toContain('我身份证号是，******，丢了怎么补办');
    expect(gaps).toContain('3');
    await h!.type('/gaps export');
    const yaml = h!.take()[0]!.text;
    expect(yaml).toContain('身份证，******，骑手证丢了怎么补');
    expect(yaml).not.toMatch(/19900307/);
  });

  it('runs once, and again (or twice at once) changes nothing', async () => {
    const before = await everything();
    await h!.close();
    h = await startHarness({ prefix, keepKeys: true });
    expect(await everything()).toBe(before);
    await redis.del(`${prefix}:faq:numbers-hidden:yangpu`);
    const twice = await Promise.all([
      hideKeptNumbers(h.app.deps.store, 'yangpu'),
      hideKeptNumbers(h.app.deps.store, 'yangpu'),
    ]);
    expect(twice).toEqual([0, 0]);
    expect(await everything()).toBe(before);
  });
});

describe('a question an older replica keeps after the upgrade', () => {
  it('is shown hidden all the same (the views hide on read)', async () => {
    const gone = `我身份证号是，${PIECES}，老条目`;
    await redis.hset(
      `${prefix}:faq:learned:yangpu`,
      oldKey(gone),
      JSON.stringify({ entry: 'an-entry-removed', text: gone, by: 'console:org', at: 2 }),
    );
    await redis.incr(`${prefix}:faq:learned:yangpu:version`);
    await h!.type(':dm', ':as org-li zh-CN', '/gaps');
    const gaps = h!.take()[0]!.text;
    expect(gaps).toContain('· 我身份证号是，******，老条目 → an-entry-removed');
    expect(gaps).not.toMatch(/19900307/);
  });
});
