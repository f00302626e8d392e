/**
 * A Redis outage as the operator reads it in the log: the first error once, no stack trace per retry of the
 * loops that keep running (delivery, notices, sweeps, lessons), and one line when Redis is back with how
 * long it was away and how many errors that made. A throw-away redis-server, stopped and started again.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { startRedisServer } from '../../src/store/embedded.js';
import { watchRedisOutage } from '../../src/store/outage.js';
import { connectRedis } from '../../src/store/redis.js';
import { captureLogger, SAMPLE_PACK, testPrefix } from '../helpers/app.js';
import { waitFor } from '../helpers/wait.js';

describe('a Redis outage in the log', () => {
  it('is said once, then summed up when Redis is back', async () => {
    let redis = await startRedisServer();
    const port = Number(new URL(redis.url).port);
    const { logger, logs } = captureLogger('info');
    const app = await createApp({
      contentDir: SAMPLE_PACK,
      redisUrl: redis.url,
      redisPrefix: testPrefix(),
      logger,
      timezone: 'Asia/Shanghai',
      watchContent: false,
    });
    // This figure alone, as /metrics shows it (a full scrape would also read the ticket gauges from Redis).
    const errors = async () =>
      Number(
        /^waystation_redis_errors_total (\d+)/m.exec(
          await app.deps.metrics.registry.getSingleMetricAsString('waystation_redis_errors_total'),
        )?.[1],
      );
    try {
      // The loops that retry on their own.
      app.deps.delivery.start(['console']);
      app.lessons.start();
      app.notices.start();
      app.jobs.start();
      const before = logs.length;
      await redis.stop();
      // Long enough for every loop to have failed a few times.
      await waitFor(async () => (await errors()) >= 5, 'five Redis errors', 30_000);
      redis = await startRedisServer({ port });
      await waitFor(
        () => logs.some((l) => /^redis back after \d+ s, \d+ errors$/.test(String(l.msg))),
        'the "redis back" line',
        30_000,
      );
      const outage = logs.slice(before);
      const loud = outage.filter((l) => Number(l.level) >= 40);
      expect(loud.map((l) => l.msg)).toEqual([
        'redis connection lost; reconnecting (one summary line a minute until it is back)',
      ]);
      expect(outage.filter((l) => (l.err as { stack?: string } | undefined)?.stack)).toEqual([]);
      const back = outage.find((l) => String(l.msg).startsWith('redis back'))!;
      expect(Number(back.errors)).toBeGreaterThanOrEqual(5);
    } finally {
      await app.close().catch(() => undefined);
      await redis.stop();
    }
  }, 60_000);

  it('is said even when the first sign is a refused connection rather than a reconnect', async () => {
    // Which comes first depends on the socket: an 'error' (ECONNREFUSED) or ioredis's 'reconnecting'. The line
    // once went missing in the first case, swallowed as one of the outage's own repeats (seen under load in CI).
    const redis = await startRedisServer();
    const client = await connectRedis(redis.url);
    const { logger, logs } = captureLogger('info');
    try {
      watchRedisOutage(client, logger);
      client.emit('error', new Error(`connect ECONNREFUSED ${new URL(redis.url).host}`));
      expect(logs.filter((l) => Number(l.level) >= 40).map((l) => l.msg)).toEqual([
        'redis connection lost; reconnecting (one summary line a minute until it is back)',
      ]);
      // Its repeats are counted, not written.
      logger.warn({ err: 'connect ECONNREFUSED 127.0.0.1' }, 'delivery tick failed');
      expect(logs.filter((l) => Number(l.level) >= 40)).toHaveLength(1);
    } finally {
      client.disconnect();
      await redis.stop();
    }
  });
});
