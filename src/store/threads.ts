/**
 * Threads where the bot answered a person (core/ports/threads.ts): one short-lived string per person and
 * thread, so a replica other than the one that answered still knows the follow-up is for the bot.
 */
import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';
import type { AnsweredThreadRepo } from '../core/ports/threads.js';

export function createAnsweredThreadRepo(redis: Redis, keys: Keys): AnsweredThreadRepo {
  return {
    async answered(chat, thread, user, ttlMs) {
      await redis.set(keys.answeredThread(chat, thread, user), '1', 'PX', ttlMs);
    },
    async follows(chat, thread, user) {
      return (await redis.exists(keys.answeredThread(chat, thread, user))) === 1;
    },
  };
}
