/**
 * A Redis outage in the log: the first error at warn, then one summary line a minute with a count, and one
 * line when Redis is back ("redis back after 37 s, 41 errors"). Meanwhile the warn and error lines of the
 * loops that retry on their own (delivery, leases, notices, sweeps) are counted instead of written, each
 * with its stack — they all say the same thing.
 */
import { loggedError, setLogGate, type Logger } from '../core/logger.js';
import type { Redis } from './redis.js';

const SUMMARY_EVERY_MS = 60_000;

/** Errors that mean "Redis cannot be reached" (ioredis's own, and the socket's), not a bug. */
const UNREACHABLE =
  /max retries per request|Connection is closed|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EPIPE|Stream isn't writeable|LOADING|MASTERDOWN|sentinels are unreachable|connect ETIMEDOUT/i;

export function watchRedisOutage(redis: Redis, logger: Logger, now: () => number = Date.now): void {
  let down: { since: number; errors: number; lastMinute: number; timer: NodeJS.Timeout } | undefined;

  function begin(reason: string): void {
    const timer = setInterval(() => {
      if (!down) return;
      logger.warn(
        { errors: down.lastMinute, down_s: Math.round((now() - down.since) / 1000) },
        `redis still unreachable after ${Math.round((now() - down.since) / 1000)} s: ${down.lastMinute} errors in the last minute`,
      );
      down.lastMinute = 0;
    }, SUMMARY_EVERY_MS);
    timer.unref();
    // Written before the outage begins: once it has, the gate below swallows lines whose error says Redis is
    // unreachable — and this one's does when the first sign was an error (ECONNREFUSED) rather than a reconnect.
    logger.warn(
      { err: reason },
      'redis connection lost; reconnecting (one summary line a minute until it is back)',
    );
    down = { since: now(), errors: 1, lastMinute: 1, timer };
  }
  const count = () => {
    if (!down) return;
    down.errors++;
    down.lastMinute++;
  };

  redis.on('error', (err: Error) => (down ? count() : begin(err.message)));
  // A dropped connection may fail the loops' calls before the first connection error is emitted.
  redis.on('reconnecting', () => down ?? begin('connection lost'));
  redis.on('ready', () => {
    if (!down) return;
    clearInterval(down.timer);
    logger.info(
      { errors: down.errors },
      `redis back after ${Math.round((now() - down.since) / 1000)} s, ${down.errors} errors`,
    );
    down = undefined;
  });
  redis.on('end', () => {
    if (down) clearInterval(down.timer);
    down = undefined;
  });
  setLogGate(logger, (_level, args) => {
    if (!down) return false;
    const text = loggedError(args);
    if (!text || !UNREACHABLE.test(text)) return false;
    count();
    return true;
  });
}
