/**
 * The Redis connection. This folder is the only importer of ioredis; the rest of the bot reaches Redis
 * through the repositories built on top of it (see store/index.ts).
 */
import { Redis, type RedisOptions } from 'ioredis';
import type { RedisSentinelConfig } from '../config/index.js';

export type { Redis };

/** Where Redis is: a redis:// URL, or the sentinels that know the master (Redis Sentinel). */
export type RedisTarget = string | RedisSentinelConfig;

/** Say where Redis is without a password (for errors and logs). */
export function describeTarget(target: RedisTarget): string {
  if (typeof target === 'string') return redactUrl(target);
  return `master "${target.name}" via sentinels ${target.sentinels.map((s) => `${s.host}:${s.port}`).join(',')}`;
}

function clientFor(target: RedisTarget, options: RedisOptions): Redis {
  if (typeof target === 'string') return new Redis(target, options);
  return new Redis({
    ...options,
    sentinels: target.sentinels,
    name: target.name,
    ...(target.password ? { password: target.password } : {}),
    ...(target.sentinelPassword ? { sentinelPassword: target.sentinelPassword } : {}),
    // After a failover the old master answers as a read-only replica: ask the sentinels again and resend.
    reconnectOnError: (err) => (err.message.startsWith('READONLY') ? 2 : false),
  });
}

export class RedisUnavailableError extends Error {}

/** Connect and verify with PING; fails fast with a clear message instead of retrying for ever at start-up. */
export async function connectRedis(target: RedisTarget, options: RedisOptions = {}): Promise<Redis> {
  let started = false;
  const redis = clientFor(target, {
    // Sentinels that do not know the master (or do not answer): give up at start-up with a message,
    // keep asking after it (a failover in progress).
    sentinelRetryStrategy: (times) => (!started && times > 5 ? null : Math.min(times * 200, 2000)),
    lazyConnect: true,
    maxRetriesPerRequest: 3,
    // Keep reconnecting after start-up (a Redis blip must not kill the bot), with a capped back-off.
    retryStrategy: (times) => Math.min(times * 200, 2000),
    ...options,
  });
  // Until the caller attaches its own listener, connection errors are collected, not printed by ioredis.
  let lastError: Error | undefined;
  const collect = (err: Error) => (lastError = err);
  redis.on('error', collect);
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    redis.disconnect();
    const reason = (lastError ?? (err as Error)).message;
    throw new RedisUnavailableError(
      typeof target === 'string'
        ? `Redis at ${redactUrl(target)} is unreachable: ${reason}\n  Check REDIS_URL, or unset it to let the bot start its own redis-server.`
        : `Redis ${describeTarget(target)} is unreachable: ${reason}\n  Check REDIS_SENTINELS, REDIS_SENTINEL_NAME and the passwords.`,
    );
  }
  redis.off('error', collect);
  started = true;
  return redis;
}

/** Hide a password in a redis:// URL before it is shown to anyone. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'redis://?';
  }
}

/** True when something answers PING at the URL within the timeout. */
export async function redisAnswers(url: string, timeoutMs = 500): Promise<boolean> {
  const probe = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  probe.on('error', () => {});
  try {
    await probe.connect();
    await probe.ping();
    return true;
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

/**
 * Redis's eviction policy when it is not `noeviction` (from INFO memory, which managed Redis services answer
 * where CONFIG GET is refused); undefined when it is, or cannot be read. Any other policy lets a full Redis
 * drop keys silently — with `volatile-*` the ones with a TTL: the "handled" marks that keep an update from being
 * handled twice, leases, a push's "done", a draft in progress; with `allkeys-*` tickets too.
 */
export async function evictingPolicy(redis: Redis): Promise<string | undefined> {
  try {
    const policy = /^maxmemory_policy:(\S+)/m.exec(await redis.info('memory'))?.[1];
    return policy && policy !== 'noeviction' ? policy : undefined;
  } catch {
    return undefined;
  }
}
