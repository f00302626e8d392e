/**
 * The settings for running several processes: Redis Sentinel (REDIS_SENTINELS, REDIS_SENTINEL_NAME,
 * REDIS_SENTINEL_PASSWORD, REDIS_PASSWORD), the instance name and the poller lease.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env, false);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('replica and Sentinel settings', () => {
  it('reads the sentinels, master name and both passwords', () => {
    const c = loadConfig(
      {
        REDIS_SENTINELS: 'sentinel-1:26379, sentinel-2:26380,[::1]:26381',
        REDIS_SENTINEL_NAME: 'waystation',
        REDIS_PASSWORD: 'master-pw',
        REDIS_SENTINEL_PASSWORD: 'sentinel-pw',
      },
      false,
    );
    expect(c.redisSentinel).toEqual({
      sentinels: [
        { host: 'sentinel-1', port: 26379 },
        { host: 'sentinel-2', port: 26380 },
        { host: '::1', port: 26381 },
      ],
      name: 'waystation',
      password: 'master-pw',
      sentinelPassword: 'sentinel-pw',
    });
    expect(c.redisUrl).toBeUndefined();
  });

  it('defaults: no sentinel, a 10 s poller lease, the instance named by main.ts', () => {
    const c = loadConfig({}, false);
    expect(c.redisSentinel).toBeUndefined();
    expect(c.pollLeaseMs).toBe(10_000);
    expect(c.instanceId).toBeUndefined();
    expect(loadConfig({ INSTANCE_ID: 'bot-2', TELEGRAM_POLL_LEASE_MS: '3000' }, false)).toMatchObject({
      instanceId: 'bot-2',
      pollLeaseMs: 3000,
    });
  });

  it('lists every bad replica or Sentinel setting at once', () => {
    const found = problems({
      REDIS_SENTINELS: 'sentinel-1:26379,sentinel-2',
      REDIS_URL: 'redis://redis:6379',
      INSTANCE_ID: 'has space',
      TELEGRAM_POLL_LEASE_MS: '50',
    }).join('\n');
    for (const name of ['REDIS_SENTINELS', 'INSTANCE_ID', 'TELEGRAM_POLL_LEASE_MS'])
      expect(found).toContain(name);
    expect(
      problems({ REDIS_SENTINELS: 's:1', REDIS_URL: 'redis://r:6379', REDIS_SENTINEL_NAME: 'm' }),
    ).toEqual([expect.stringMatching(/^REDIS_SENTINELS and REDIS_URL are both set/)]);
    expect(problems({ REDIS_SENTINELS: 's:26379' })).toEqual([
      expect.stringMatching(/^REDIS_SENTINEL_NAME is required with REDIS_SENTINELS/),
    ]);
    expect(problems({ REDIS_SENTINEL_NAME: 'm', REDIS_SENTINEL_PASSWORD: 'p' })).toEqual([
      'REDIS_SENTINEL_NAME is set but REDIS_SENTINELS is not',
      'REDIS_SENTINEL_PASSWORD is set but REDIS_SENTINELS is not',
    ]);
    expect(problems({ REDIS_SENTINELS: 'host:99999', REDIS_SENTINEL_NAME: 'm' })).toEqual([
      expect.stringMatching(/^REDIS_SENTINELS must be a comma-separated list of host:port/),
    ]);
  });
});
