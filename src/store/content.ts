/**
 * What the organisers were last told of the content pack's reloads (core/ports/content.ts): one string,
 * swapped with SET … GET so that of several processes loading the same edit exactly one tells; the pack
 * versions already checked for what they leave behind; the names branches and categories last had.
 */
import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';
import type { ContentStatusRepo } from '../core/ports/content.js';

/** Forgotten after a quiet month: an old "told" must not silence the same mistake made again much later. */
const TOLD_TTL_S = 30 * 86_400;
/** A pack version checked once a year at most: the warning is for the change, not for every restart. */
const CHECKED_TTL_S = 365 * 86_400;

export function createContentStatusRepo(redis: Redis, keys: Keys): ContentStatusRepo {
  return {
    async told(state: string): Promise<string | undefined> {
      return (await redis.set(keys.contentTold(), state, 'EX', TOLD_TTL_S, 'GET')) ?? undefined;
    },
    async firstCheckOf(digest: string): Promise<boolean> {
      return (await redis.set(keys.contentChecked(digest), '1', 'EX', CHECKED_TTL_S, 'NX')) === 'OK';
    },
    async names(kind, current) {
      const key = keys.contentNames(kind);
      const multi = redis.multi();
      if (Object.keys(current).length) multi.hset(key, current);
      const rows = (await multi.hgetall(key).exec()) ?? [];
      const [err, all] = rows[rows.length - 1] ?? [];
      if (err) throw err;
      return (all ?? {}) as Record<string, string>;
    },
  };
}
