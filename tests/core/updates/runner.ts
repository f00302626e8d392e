/**
 * A bot process for the kill-and-resume test of update handling: the real app and the real Telegram
 * adapter (grammY runner, long polling) against a Bot API stand-in, with a short update lease. Prints
 * `ready` once polling. The test SIGKILLs it at chosen points and starts another.
 *
 *   node --import tsx tests/core/updates/runner.ts --redis URL --prefix P --api-root URL --token T [--lease-ms 1500]
 */
import { parseArgs } from 'node:util';
import { createTelegramAdapter } from '../../../src/adapters/telegram/adapter.js';
import { createApp } from '../../../src/app.js';
import { createLogger } from '../../../src/core/logger.js';
import { createHttpServer } from '../../../src/http/server.js';
import { rootPath } from '../../../src/paths.js';

const { values: o } = parseArgs({
  options: {
    redis: { type: 'string' },
    prefix: { type: 'string' },
    'api-root': { type: 'string' },
    token: { type: 'string' },
    'lease-ms': { type: 'string', default: '1500' },
  },
});

const logger = createLogger({ level: 'silent', pretty: false });
const app = await createApp({
  contentDir: rootPath('content'),
  redisUrl: o.redis!,
  redisPrefix: o.prefix!,
  logger,
  timezone: 'Asia/Shanghai',
  watchContent: false,
  pacing: false,
  updateLeaseMs: Number(o['lease-ms']),
});
const adapter = createTelegramAdapter({
  config: { token: o.token!, apiRoot: o['api-root']!, mode: 'polling' },
  core: app.core,
  logger,
  metrics: app.deps.metrics,
  i18n: app.deps.i18n,
  content: () => app.deps.content.get(),
});
app.outbox.register('telegram', adapter.outbox);
const http = createHttpServer({
  health: () => app.health(),
  registry: app.deps.metrics.registry,
  onError: () => {},
});
await adapter.start(http);
app.updates.start();
process.stdout.write('ready\n');
