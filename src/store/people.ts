/**
 * What the bot remembers about a person across updates: the language and script they last wrote in,
 * so the buttons they press next answer in it too (a press carries no words); and how many messages they
 * sent the bot in a chat this minute, so a flood is answered once (core/flood.ts); the bound groups a worker was
 * seen in and the branch they chose (one hash, people-group-1.lua and faq-pass-2.lua write it).
 */
import type { Redis, Result } from 'ioredis';
import type { Locale } from '../core/content/schema.js';
import type { Keys } from './keys.js';
import { WORKER_GROUPS_KEPT_MS, type PeopleRepo, type WorkerGroupNote } from '../core/ports/people.js';
import { defineScripts } from './scripts.js';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    peopleFlood(count: string, ttlSeconds: number): Result<number, Context>;
    peopleGroup(
      groups: string,
      chat: string,
      kind: string,
      branch: string,
      now: number,
      keptMs: number,
    ): Result<number, Context>;
  }
}

/** Forget after a month of silence: the client's own setting is the better guess by then. */
const TTL_SECONDS = 30 * 86_400;

export function createPeopleRepo(redis: Redis, keys: Keys): PeopleRepo {
  defineScripts(redis, ['people-flood-1', 'people-group-1']);
  return {
    async writtenLocale(channel: string, userId: string, client?: Locale): Promise<Locale | undefined> {
      // "zh-CN en": written in zh-CN from an English client; a value kept before stop 41 has no client.
      const [v, then] = ((await redis.get(keys.writtenLocale(channel, userId))) ?? '').split(' ');
      if (client && then && then !== client) return undefined;
      return v === 'zh-CN' || v === 'zh-TW' || v === 'en' ? v : undefined;
    },
    async setWrittenLocale(channel: string, userId: string, locale: Locale, client?: Locale): Promise<void> {
      const value = client ? `${locale} ${client}` : locale;
      await redis.set(keys.writtenLocale(channel, userId), value, 'EX', TTL_SECONDS);
    },
    async countMessage(owner, minute: number): Promise<number> {
      const key = keys.peopleFlood(owner.channel, owner.chatId, owner.userId, minute);
      // Kept two minutes: the window, and a margin for clocks of replicas a little apart.
      return Number(await redis.peopleFlood(key, 120));
    },
    async noteGroup(channel, userId, chat, kind, branch, now): Promise<void> {
      await redis.peopleGroup(
        keys.workerGroups(channel, userId),
        chat,
        kind,
        branch,
        now,
        WORKER_GROUPS_KEPT_MS,
      );
    },
    async groupsOf(channel: string, userId: string): Promise<WorkerGroupNote[]> {
      const h = await redis.hgetall(keys.workerGroups(channel, userId));
      return Object.entries(h).flatMap(([where, v]) => {
        const [kind, branch, at] = v.split(' ');
        if ((kind !== 'asked' && kind !== 'seen' && kind !== 'chose') || !branch) return [];
        return [{ where, kind, branch, at: Number(at) || 0 }];
      });
    },
  };
}
