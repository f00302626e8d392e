/**
 * What the organisers were last told of the content pack's reloads (core/ports/content.ts): one string,
 * swapped with SET … GET so that of several processes loading the same edit exactly one tells.
 */
import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';
import type { ContentStatusRepo } from '../core/ports/content.js';

/** Forgotten after a quiet month: an old "told" must not silence the same mistake made again much later. */
const TOLD_TTL_S = 30 * 86_400;

export function createContentStatusRepo(redis: Redis, keys: Keys): ContentStatusRepo {
  return {
    async told(state: string): Promise<string | undefined> {
      return (await redis.set(keys.contentTold(), state, 'EX', TOLD_TTL_S, 'GET')) ?? undefined;
    },
  };
}
