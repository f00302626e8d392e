/**
 * QA29: a full Redis whose maxmemory-policy evicts drops keys without a word — with `volatile-lru` (the default
 * of several managed services) the "handled" marks, leases and a draft in progress; with `allkeys-lru` tickets.
 * The bot says so at start, naming the policy and what to set; with `noeviction` it says nothing.
 * A throw-away redis-server of its own (the policy is server-wide).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { startRedisServer, type EmbeddedRedis } from '../../src/store/embedded.js';
import { captureLogger, SAMPLE_PACK, testPrefix } from '../helpers/app.js';
import { connectRedis } from '../../src/store/redis.js';

let server: EmbeddedRedis;
beforeAll(async () => {
  server = await startRedisServer();
});
afterAll(async () => server.stop());

async function startupWarnings(policy: string): Promise<string[]> {
  const admin = await connectRedis(server.url);
  await admin.config('SET', 'maxmemory-policy', policy);
  await admin.quit();
  const { logger, logs } = captureLogger('warn');
  const app = await createApp({
    contentDir: SAMPLE_PACK,
    redisUrl: server.url,
    logger,
    timezone: 'Asia/Shanghai',
    redisPrefix: testPrefix(),
  });
  await app.close();
  return logs.map((l) => String(l.msg));
}

describe("Redis's eviction policy", () => {
  it('is named at start when it lets a full Redis drop keys, with what to set instead', async () => {
    const warned = (await startupWarnings('volatile-lru')).filter((m) => m.includes('maxmemory-policy'));
    expect(warned).toEqual([expect.stringContaining('volatile-lru')]);
    expect(warned[0]).toContain('noeviction');
    expect((await startupWarnings('allkeys-lru')).join('\n')).toContain('allkeys-lru');
  });

  it('is not mentioned when it is noeviction', async () => {
    expect((await startupWarnings('noeviction')).join('\n')).not.toContain('maxmemory-policy');
  });
});
