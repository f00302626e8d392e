import { describe, expect, it } from 'vitest';
import { localSessionRedis, RedisServerMissingError, startRedisServer } from '../../src/store/embedded.js';
import { connectRedis } from '../../src/store/redis.js';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('embedded redis-server', () => {
  it('says how to install redis-server or set REDIS_URL when none is installed', async () => {
    const err = await startRedisServer({ bin: 'redis-server-that-is-not-installed' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(RedisServerMissingError);
    expect((err as Error).message).toContain('apt-get install redis-server');
    expect((err as Error).message).toContain('REDIS_URL');
  });

  it('keeps data in an append-only file under the data folder, across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-embedded-'));
    try {
      const first = await startRedisServer({ dataDir: dir });
      const a = await connectRedis(first.url);
      await a.set('ws:probe', 'kept');
      await a.quit();
      await first.stop();
      expect(readdirSync(dir)).toContain('appendonlydir');

      const second = await startRedisServer({ dataDir: dir });
      const b = await connectRedis(second.url);
      expect(await b.get('ws:probe')).toBe('kept');
      await b.quit();
      await second.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lets npm run export find a running console session, and the data a stopped one left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-embedded-'));
    try {
      expect(await localSessionRedis(dir)).toEqual({ hasData: false });
      const running = await startRedisServer({ dataDir: dir });
      expect(await localSessionRedis(dir)).toEqual({ url: running.url, hasData: true });
      await running.stop();
      expect(await localSessionRedis(dir)).toEqual({ hasData: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
