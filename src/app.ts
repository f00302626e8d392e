/**
 * The bot without its transports: content, locales, Redis store, metrics and the core with its features.
 * main.ts adds the adapters and the HTTP server; tests build the same app against a throw-away Redis.
 */
import { resolve } from 'node:path';
import { createContentHolder } from './core/content/holder.js';
import { loadContentPack } from './core/content/loader.js';
import { createCore, type Core } from './core/dispatcher.js';
import type { CoreDeps, Feature } from './core/feature.js';
import { loadI18n } from './core/i18n.js';
import type { Logger } from './core/logger.js';
import { createMetrics } from './core/metrics.js';
import { createOutboxRouter } from './core/outbox.js';
import { groupsFeature } from './core/groups/feature.js';
import { startFeature } from './core/start/feature.js';
import { connectRedis } from './store/redis.js';
import { createStore } from './store/index.js';
import type { HealthReport } from './http/server.js';

export interface AppOptions {
  contentDir: string;
  redisUrl: string;
  logger: Logger;
  timezone: string;
  /** Key prefix in Redis (tests give each file its own). */
  redisPrefix?: string;
  localesDir?: string;
  now?: () => Date;
  defaultMetrics?: boolean;
}

export interface App {
  deps: CoreDeps;
  core: Core;
  outbox: ReturnType<typeof createOutboxRouter>;
  health(): Promise<HealthReport>;
  close(): Promise<void>;
}

/** The features, in the order they see free text. */
function features(all: () => readonly Feature[]): Feature[] {
  return [startFeature(all), groupsFeature()];
}

export async function createApp(options: AppOptions): Promise<App> {
  const pack = await loadContentPack(resolve(options.contentDir));
  const i18n = loadI18n(options.localesDir ?? resolve(import.meta.dirname, '..', 'locales'));
  const redis = await connectRedis(options.redisUrl);
  redis.on('error', (err) => options.logger.warn({ err: err.message }, 'redis connection error'));
  const store = createStore(redis, options.redisPrefix);
  const metrics = createMetrics({ defaults: options.defaultMetrics });
  const outbox = createOutboxRouter();
  const deps: CoreDeps = {
    content: createContentHolder(pack),
    i18n,
    store,
    outbox,
    logger: options.logger,
    metrics,
    timezone: options.timezone,
    now: options.now ?? (() => new Date()),
  };
  let list: Feature[] = [];
  list = features(() => list);
  const core = createCore(deps, list);

  return {
    deps,
    core,
    outbox,
    async health() {
      const checks: Record<string, string> = {};
      let ok = true;
      try {
        const ms = await Promise.race([
          store.ping(),
          new Promise<number>((_, rej) => setTimeout(() => rej(new Error('timeout')), 1000)),
        ]);
        metrics.redisLatency.observe(ms / 1000);
        checks.redis = `ok ${ms.toFixed(1)}ms`;
      } catch (err) {
        ok = false;
        checks.redis = `unreachable: ${(err as Error).message}`;
      }
      const c = deps.content.get();
      checks.content = `ok ${c.branches.length} branches, ${c.faq.length} faq, ${c.stations.length} stations`;
      return { ok, checks };
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
