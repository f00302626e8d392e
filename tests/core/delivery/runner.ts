/**
 * A bot process reduced to its delivery engine, for the kill-and-resume test: it connects to Redis,
 * optionally enqueues a broadcast, works the queue, and exits 0 once the broadcast has finished.
 * The test SIGKILLs one runner mid-broadcast and starts another to finish the job.
 *
 *   node --import tsx tests/core/delivery/runner.ts --redis URL --prefix P --api-root URL --token T \
 *     --broadcast notice:crash --groups 60 [--enqueue] [--lease-ms 1500] [--hold]
 *
 * Prints `enqueued N` after enqueuing and `done sent=N` when the broadcast has finished. With `--hold`
 * it prints `ready` once connected and set up, and starts working the queue only when a line arrives
 * on stdin — so a test can have the successor warm before it kills the first process.
 */
import { parseArgs } from 'node:util';
import { Api } from 'grammy';
import { createTelegramOutbox } from '../../../src/adapters/telegram/outbox.js';
import { createDeliveryEngine } from '../../../src/core/delivery/engine.js';
import { loadI18n } from '../../../src/core/i18n.js';
import { createLogger } from '../../../src/core/logger.js';
import { createMetrics } from '../../../src/core/metrics.js';
import { rootPath } from '../../../src/paths.js';
import { createStore } from '../../../src/store/index.js';
import { connectRedis } from '../../../src/store/redis.js';

const { values: o } = parseArgs({
  options: {
    redis: { type: 'string' },
    prefix: { type: 'string' },
    'api-root': { type: 'string' },
    token: { type: 'string' },
    broadcast: { type: 'string', default: 'notice:crash' },
    groups: { type: 'string', default: '60' },
    enqueue: { type: 'boolean', default: false },
    'lease-ms': { type: 'string', default: '1500' },
    hold: { type: 'boolean', default: false },
  },
});

const leaseMs = Number(o['lease-ms']);
const logger = createLogger({ level: 'silent', pretty: false });
const redis = await connectRedis(o.redis!);
const metrics = createMetrics();
const engine = createDeliveryEngine({
  store: createStore(redis, o.prefix),
  outbox: createTelegramOutbox({
    api: new Api(o.token!, { apiRoot: o['api-root']! }),
    username: () => 'waystation_bot',
    metrics,
    logger,
  }),
  logger,
  metrics,
  i18n: loadI18n(rootPath('locales')),
  limits: {
    channels: {
      telegram: { global: { count: 20, windowMs: 1000 }, perChat: { count: 20, windowMs: 60_000 } },
    },
    leaseMs,
    sendTimeoutMs: Math.floor(leaseMs * 0.8),
    pollMs: 100,
  },
});
if (o.hold) {
  process.stdout.write('ready\n');
  await new Promise((r) => process.stdin.once('data', r));
  process.stdin.pause();
}
engine.start(['telegram']);

const id = o.broadcast!;
if (o.enqueue) {
  const chats = Array.from({ length: Number(o.groups) }, (_, i) => String(-1001000000000 - i));
  const { queued } = await engine.enqueue({
    id,
    kind: 'notice',
    items: chats.map((chatId) => ({
      to: { channel: 'telegram', chatId },
      card: { text: [`通知 ${chatId}`] },
    })),
  });
  process.stdout.write(`enqueued ${queued}\n`);
}
for (;;) {
  const s = await engine.status(id);
  if (s && s.pending === 0) {
    await engine.stop();
    process.stdout.write(`done sent=${s.sent}\n`);
    await redis.quit();
    process.exit(0);
  }
  await new Promise((r) => setTimeout(r, 50));
}
