/**
 * One bot process for `npm run bench -- contention`: the real app (send budget, delivery engine, update
 * claims) and the real Telegram adapter in webhook mode, against the limit-enforcing stand-in. Several
 * of these share one Redis, as replicas behind a load balancer would. Prints `ready PORT`.
 *
 *   node --import tsx bench/contention-bot.ts --redis URL --prefix P --api-root URL --token T --secret S
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createTelegramAdapter } from '../src/adapters/telegram/adapter.js';
import { createApp } from '../src/app.js';
import { createLogger } from '../src/core/logger.js';
import { createHttpServer } from '../src/http/server.js';

const { values: o } = parseArgs({
  options: {
    redis: { type: 'string' },
    prefix: { type: 'string' },
    'api-root': { type: 'string' },
    token: { type: 'string' },
    secret: { type: 'string' },
  },
});

const logger = createLogger({ level: 'silent', pretty: false });
const app = await createApp({
  contentDir: resolve(import.meta.dirname, '..', 'content'),
  redisUrl: o.redis!,
  redisPrefix: o.prefix!,
  logger,
  timezone: 'Asia/Shanghai',
  watchContent: false,
  // Idle engines look for work queued by another process every 250 ms (default 1 s).
  limits: { pollMs: 250 },
});
const http = createHttpServer({
  health: () => app.health(),
  registry: app.deps.metrics.registry,
  onError: () => {},
});
const port = await http.listen(0, '127.0.0.1');
const adapter = createTelegramAdapter({
  config: {
    token: o.token!,
    apiRoot: o['api-root']!,
    mode: 'webhook',
    webhookUrl: `http://127.0.0.1:${port}/telegram/webhook`,
    webhookSecret: o.secret!,
  },
  core: app.core,
  logger,
  metrics: app.deps.metrics,
  i18n: app.deps.i18n,
  content: () => app.deps.content.get(),
});
app.outbox.register('telegram', adapter.outbox);
app.bulkOutbox.register('telegram', adapter.bulkOutbox!);
await adapter.start(http);
await adapter.menus();
app.deps.delivery.start(['telegram']);
app.updates.start();
process.stdout.write(`ready ${port}\n`);

process.once('SIGTERM', () => {
  void (async () => {
    await adapter.stop();
    await http.close();
    await app.close();
    process.exit(0);
  })();
});
