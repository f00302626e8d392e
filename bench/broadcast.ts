/**
 * Broadcast benchmark: a notice to N groups (default 1,000) through the delivery engine and the real
 * Telegram outbox (grammY), against a local Bot API stand-in that enforces Telegram's limits (30 message
 * requests a second in all, 20 a minute per chat) and answers 429 with retry_after when they are exceeded.
 * The floor is N / 30 seconds. The organiser's progress message is kept too, as in production, and its
 * edits count against the same limits.
 *
 *   npm run bench -- broadcast                 # 1,000 groups
 *   npm run bench -- broadcast --groups 100    # a quick run
 *   npm run bench -- broadcast --engines 2     # two engines (as two bot processes would) on one Redis
 *   npm run bench -- broadcast --verbose       # also list every refused request
 *
 * Last line: `broadcast groups=1000 seconds=… floor=33.3 ratio=… rejected429=… duplicates=… missed=…`
 */
import { resolve } from 'node:path';
import { Api } from 'grammy';
import { createTelegramOutbox } from '../src/adapters/telegram/outbox.js';
import { bold } from '../src/core/card.js';
import { createDeliveryEngine, type DeliveryEngine } from '../src/core/delivery/engine.js';
import { loadI18n } from '../src/core/i18n.js';
import { createLogger } from '../src/core/logger.js';
import { createMetrics } from '../src/core/metrics.js';
import { startRedisServer } from '../src/store/embedded.js';
import { createStore } from '../src/store/index.js';
import { connectRedis, type Redis } from '../src/store/redis.js';
import { startLimitedBotApi, TELEGRAM_LIMITS } from './fake-limited-bot-api.js';
import { flag } from './args.js';
import { out } from './app.js';
import type { BenchPart } from './index.js';

export const broadcastBench: BenchPart = {
  name: 'broadcast',
  description:
    'a notice to 1,000 groups through the delivery engine against a Bot API stand-in enforcing Telegram limits',
  run: broadcast,
};

async function broadcast(args: string[]): Promise<void> {
  const groups = flag(args, 'groups', 1000);
  const engines = flag(args, 'engines', 1);

  const redisServer = await startRedisServer();
  const api = await startLimitedBotApi({ limits: TELEGRAM_LIMITS });
  const i18n = loadI18n(resolve(import.meta.dirname, '..', 'locales'));
  const logger = createLogger({ level: 'silent', pretty: false });
  const connections: Redis[] = [];
  const running: DeliveryEngine[] = [];
  try {
    for (let e = 0; e < engines; e++) {
      const redis = await connectRedis(redisServer.url);
      connections.push(redis);
      const metrics = createMetrics();
      const outbox = createTelegramOutbox({
        api: new Api(api.token, { apiRoot: api.apiRoot }),
        username: () => 'bench_bot',
        metrics,
        logger,
      });
      const engine = createDeliveryEngine({
        store: createStore(redis, 'bench'),
        outbox,
        logger,
        metrics,
        i18n,
      });
      engine.start(['telegram']);
      running.push(engine);
    }
    const [engine] = running as [DeliveryEngine];

    const chats = Array.from({ length: groups }, (_, i) => String(-1001000000000 - i));
    const card = {
      text: [
        bold('【通知】夏季高温防护'),
        '\n',
        '7月起各暖心驿站延长开放至22:00，提供免费饮用水、充电和防暑药品。骑行途中请注意补水休息。',
      ],
      buttons: [[{ label: '收到', data: 'ack:N1' }]],
    };
    out(
      `broadcast: a notice to ${groups} groups, ${engines} engine(s), stand-in limits 30/s overall and 20/min per chat`,
    );
    const started = performance.now();
    await engine.enqueue({
      id: 'notice:N1',
      kind: 'notice',
      items: chats.map((chatId) => ({ to: { channel: 'telegram' as const, chatId }, card })),
      progress: { to: { channel: 'telegram', chatId: '1001' }, locale: 'zh-CN', title: '通知 N1' },
    });
    for (;;) {
      const s = await engine.status('notice:N1');
      if (s && s.pending === 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const seconds = (performance.now() - started) / 1000;
    // Let the last progress edit land before counting requests.
    await new Promise((r) => setTimeout(r, 300));

    const status = (await engine.status('notice:N1'))!;
    const delivered = api.deliveries();
    let duplicates = 0;
    let missed = 0;
    for (const chat of chats) {
      const n = delivered.get(chat) ?? 0;
      if (n === 0) missed++;
      duplicates += Math.max(0, n - 1);
    }
    const floor = groups / 30;
    const edits = api.accepted('editMessageText').length;
    out(`  sent ${status.sent}, failed ${status.failed.length}, progress message edited ${edits} times`);
    out(`  most message requests in any 1 s: ${api.maxInWindow(TELEGRAM_LIMITS.global)} (limit 30)`);
    out(
      `  most into one chat in any 60 s: ${api.maxInWindow(TELEGRAM_LIMITS.perChat, { perChat: true })} (limit 20)`,
    );
    out(`  ${seconds.toFixed(2)} s against a floor of ${floor.toFixed(1)} s`);
    out(
      `broadcast groups=${groups} seconds=${seconds.toFixed(1)} floor=${floor.toFixed(1)} ratio=${(seconds / floor).toFixed(2)} ` +
        `rejected429=${api.rejected429} duplicates=${duplicates} missed=${missed}`,
    );
    if (args.includes('--verbose')) {
      for (const r of api.requests.filter((x) => x.status !== 200))
        out(`  refused: ${r.method} ${r.chat} at ${(r.at - api.requests[0]!.at).toFixed(0)} ms: ${r.status}`);
    }
    if (duplicates || missed) process.exitCode = 1;
  } finally {
    await Promise.all(running.map((e) => e.stop()));
    for (const r of connections) r.disconnect();
    await api.close();
    await redisServer.stop();
  }
}
