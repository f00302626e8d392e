/**
 * What the bot remembers about a person across updates: the language and script they last wrote in,
 * so the buttons they press next answer in it too (a press carries no words).
 */
import type { Redis } from 'ioredis';
import type { Locale } from '../core/content/schema.js';
import type { Keys } from './keys.js';
import type { PeopleRepo } from '../core/ports/people.js';

/** Forget after a month of silence: the client's own setting is the better guess by then. */
const TTL_SECONDS = 30 * 86_400;

export function createPeopleRepo(redis: Redis, keys: Keys): PeopleRepo {
  return {
    async writtenLocale(channel: string, userId: string): Promise<Locale | undefined> {
      const v = await redis.get(keys.writtenLocale(channel, userId));
      return v === 'zh-CN' || v === 'zh-TW' || v === 'en' ? v : undefined;
    },
    async setWrittenLocale(channel: string, userId: string, locale: Locale): Promise<void> {
      await redis.set(keys.writtenLocale(channel, userId), locale, 'EX', TTL_SECONDS);
    },
  };
}
