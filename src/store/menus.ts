/**
 * What each platform's command menus looked like when last published, so a start (or a replica) that
 * would publish the same menus again makes no calls. One hash per channel: menu key → content hash.
 */
import type { Redis } from 'ioredis';
import type { MenuState } from '../core/menus.js';
import type { Keys } from './keys.js';

export function createMenuStateRepo(redis: Redis, keys: Keys): MenuState {
  return {
    published: async (channel) => new Map(Object.entries(await redis.hgetall(keys.publishedMenus(channel)))),
    async record(channel, key, hash) {
      await redis.hset(keys.publishedMenus(channel), key, hash);
    },
    async forget(channel, key) {
      await redis.hdel(keys.publishedMenus(channel), key);
    },
  };
}
