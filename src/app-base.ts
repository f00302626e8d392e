/**
 * The part of the app that must exist before a chat adapter can take updates, kept apart from app.ts so
 * that main.ts can load it (Redis and the store) without the content pack, the features and the metrics.
 */
import type { Logger } from './core/logger.js';
import { createStore, type Store } from './store/index.js';
import { watchRedisOutage } from './store/outage.js';
import { connectRedis, type RedisTarget } from './store/redis.js';

/**
 * What a chat adapter needs before the app is built: Redis and the store on it. main.ts opens it first so
 * Telegram can start polling while the content pack, the features and the metrics (prom-client) load
 * (docs/architecture.md, "Start-up"); createApp opens its own when given none.
 */
export interface AppBase {
  store: Store;
}

export async function openAppBase(options: {
  redisUrl: RedisTarget;
  redisPrefix?: string;
  logger: Logger;
}): Promise<AppBase> {
  const redis = await connectRedis(options.redisUrl);
  // An outage is logged once, then a line a minute, not a line per reconnect attempt and retrying loop.
  watchRedisOutage(redis, options.logger);
  return { store: createStore(redis, options.redisPrefix) };
}
