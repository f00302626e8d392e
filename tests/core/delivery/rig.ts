/**
 * The delivery engine on the test Redis (a fresh key prefix per rig) with the real Telegram outbox
 * (grammY) talking to the limit-enforcing Bot API stand-in. Only the platform edge is fake.
 *
 *   const rig = await deliveryRig({ limits: { backoffBaseMs: 20 } });
 *   rig.engine.start(['telegram']);
 *   await rig.engine.enqueue({ id: 'notice:t1', kind: 'notice', items: rig.items(groups(3)) });
 *   await rig.done('notice:t1');
 */
import { resolve } from 'node:path';
import { Api } from 'grammy';
import { inject } from 'vitest';
import { createTelegramOutbox } from '../../../src/adapters/telegram/outbox.js';
import type { Card } from '../../../src/core/card.js';
import {
  createDeliveryEngine,
  type BroadcastStatus,
  type DeliveryEngine,
  type DeliveryEngineDeps,
  type DeliveryItem,
} from '../../../src/core/delivery/engine.js';
import type { LimitsInput } from '../../../src/core/delivery/limits.js';
import { loadI18n } from '../../../src/core/i18n.js';
import { createLogger } from '../../../src/core/logger.js';
import { createMetrics, type Metrics } from '../../../src/core/metrics.js';
import { createStore, type Store } from '../../../src/store/index.js';
import { connectRedis, type Redis } from '../../../src/store/redis.js';
import {
  startLimitedBotApi,
  type LimitedBotApi,
  type LimitedBotApiOptions,
} from '../../../bench/fake-limited-bot-api.js';
import { testPrefix } from '../../helpers/app.js';

export const i18n = loadI18n(resolve(import.meta.dirname, '../../../locales'));
export const logger = createLogger({ level: 'silent', pretty: false });

/** Telegram supergroup ids, `n` of them from `from`. */
export const groups = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => String(-1001000000000 - from - i));

/** Small windows and fast back-off, so a test takes seconds. */
export const FAST: LimitsInput = {
  channels: { telegram: { global: { count: 10, windowMs: 1000 }, perChat: { count: 3, windowMs: 1000 } } },
  backoffBaseMs: 20,
  backoffMaxMs: 200,
  progressEveryMs: 300,
  pollMs: 100,
  leaseMs: 5000,
  sendTimeoutMs: 2000,
};

export interface Engine {
  engine: DeliveryEngine;
  metrics: Metrics;
  redis: Redis;
  store: Store;
}

export interface Rig extends Engine {
  api: LimitedBotApi;
  prefix: string;
  /** Another engine on the same Redis and prefix (as a second bot process would be). */
  another(): Promise<Engine>;
  items(chats: string[], card?: (chat: string) => Card, extra?: Partial<DeliveryItem>): DeliveryItem[];
  /** Resolve with the status once nothing is pending (polling Redis); fail after `timeoutMs`. */
  done(id: string, timeoutMs?: number): Promise<BroadcastStatus>;
  close(): Promise<void>;
}

export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function deliveryRig(
  o: {
    limits?: LimitsInput;
    api?: LimitedBotApiOptions;
    notifyOrganisers?: DeliveryEngineDeps['notifyOrganisers'];
  } = {},
): Promise<Rig> {
  const api = await startLimitedBotApi(o.api);
  const prefix = testPrefix();
  const engines: Engine[] = [];

  async function makeEngine(): Promise<Engine> {
    const redis = await connectRedis(inject('redisUrl'));
    const store = createStore(redis, prefix);
    const metrics = createMetrics();
    const outbox = createTelegramOutbox({
      api: new Api(api.token, { apiRoot: api.apiRoot }),
      username: () => 'waystation_bot',
      metrics,
      logger,
    });
    const engine = createDeliveryEngine({
      store,
      outbox,
      logger,
      metrics,
      i18n,
      limits: o.limits ?? FAST,
      ...(o.notifyOrganisers ? { notifyOrganisers: o.notifyOrganisers } : {}),
    });
    const e = { engine, metrics, redis, store };
    engines.push(e);
    return e;
  }

  const first = await makeEngine();
  return {
    ...first,
    api,
    prefix,
    another: makeEngine,
    items: (chats, card = (chat) => ({ text: [`通知 ${chat}`] }), extra = {}) =>
      chats.map((chatId) => ({ to: { channel: 'telegram' as const, chatId }, card: card(chatId), ...extra })),
    async done(id, timeoutMs = 15_000) {
      let status: BroadcastStatus | undefined;
      await waitUntil(
        async () => (status = await first.engine.status(id))?.pending === 0,
        timeoutMs,
        `broadcast ${id} to finish`,
      );
      return status!;
    },
    async close() {
      await Promise.all(engines.map((e) => e.engine.stop()));
      const keys = await first.redis.keys(`${prefix}:*`);
      if (keys.length) await first.redis.del(...keys);
      for (const e of engines) await e.redis.quit().catch(() => e.redis.disconnect());
      await api.close();
    },
  };
}

/** chat → accepted sendMessage texts. */
export function textsByChat(api: LimitedBotApi): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of api.accepted('sendMessage')) out.set(r.chat, [...(out.get(r.chat) ?? []), r.text ?? '']);
  return out;
}

export async function counter(metrics: Metrics, name: string): Promise<number> {
  const m = (await metrics.registry.getMetricsAsJSON()).find((x) => x.name === name);
  return (m?.values ?? []).reduce((n, v) => n + Number(v.value), 0);
}
