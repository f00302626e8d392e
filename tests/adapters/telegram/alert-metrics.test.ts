/**
 * The figures an operator alerts on, as /metrics shows them: replies that did not reach the worker (by
 * reason, 429 on its own), and Redis connection errors. The real app and adapter against the Bot API
 * stand-in; a throw-away redis-server for the outage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app.js';
import { createLogger } from '../../../src/core/logger.js';
import { startRedisServer } from '../../../src/store/embedded.js';
import { SAMPLE_PACK, testPrefix } from '../../helpers/app.js';
import { createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { waitFor } from '../../helpers/wait.js';

let t: TelegramTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp({ limits: { interactiveWaitMs: 1_000 } });
});
afterAll(async () => {
  await t?.close();
});

const scrape = async (metrics: { registry: { metrics(): Promise<string> } }) => metrics.registry.metrics();

describe('/metrics: replies that failed', () => {
  it('counts a refused reply by reason, and a 429 that could not be waited for as rate-limited', async () => {
    const u = t.u;
    const kicked = u.person(9501);
    t.api.fail('sendMessage', {
      error_code: 403,
      description: 'Forbidden: bot was blocked by the user',
      when: (p) => Number(p.chat_id) === kicked.id,
    });
    await t.handle(u.privateText(kicked, '/start'));
    expect(await scrape(t.app.deps.metrics)).toMatch(
      /waystation_replies_failed_total\{channel="telegram",reason="forbidden"\} 1/,
    );

    const busy = u.person(9502);
    t.api.fail('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 120',
      retry_after: 120,
      when: (p) => Number(p.chat_id) === busy.id,
    });
    await t.handle(u.privateText(busy, '/start'));
    expect(await scrape(t.app.deps.metrics)).toMatch(
      /waystation_replies_failed_total\{channel="telegram",reason="rate-limited"\} 1/,
    );
  });
});

describe('/metrics: Redis errors', () => {
  it('counts connection errors while Redis is away', async () => {
    const redis = await startRedisServer();
    const app = await createApp({
      contentDir: SAMPLE_PACK,
      redisUrl: redis.url,
      redisPrefix: testPrefix(),
      logger: createLogger({ level: 'silent', pretty: false }),
      timezone: 'Asia/Shanghai',
      watchContent: false,
    });
    try {
      expect(await scrape(app.deps.metrics)).toMatch(/^waystation_redis_errors_total 0$/m);
      await redis.stop();
      // This figure alone, as /metrics shows it (a full scrape would also read the ticket gauges from Redis).
      const figure = () => app.deps.metrics.registry.getSingleMetricAsString('waystation_redis_errors_total');
      await waitFor(
        async () => /^waystation_redis_errors_total [1-9]/m.test(await figure()),
        'a Redis error counted',
        15_000,
      );
    } finally {
      app.store.redis.disconnect();
      await redis.stop();
    }
  });
});
