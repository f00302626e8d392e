/**
 * Dialog state: which step of a multi-message exchange a person is at (a report draft, a resolution note).
 * Kept in Redis so a draft survives a restart; expires on its own when abandoned.
 */
import type { Redis, Result } from 'ioredis';
import type { Keys } from './keys.js';
import type { Dialog, DialogOwner, DialogRepo, LastWords } from '../core/ports/dialogs.js';
import { defineScripts } from './scripts.js';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    /** lua/value-replace-1.lua: `ttl` in seconds, or 'keep' the key's (store/faq.ts uses it so too). */
    valueReplace(key: string, read: string, value: string, ttl: number | 'keep'): Result<number, Context>;
  }
}

/** A replace that keeps losing (someone writing the same person's words without pause) is a fault, not a wait. */
const REPLACE_TRIES = 20;

/** Last words from their JSON; undefined when none or unreadable. */
function wordsOf(raw: string | null): LastWords | undefined {
  try {
    const w: unknown = raw ? JSON.parse(raw) : undefined;
    const { text, at } = (w ?? {}) as Partial<LastWords>;
    return typeof text === 'string' && typeof at === 'number' ? (w as LastWords) : undefined;
  } catch {
    return undefined;
  }
}

export function createDialogRepo(redis: Redis, keys: Keys): DialogRepo {
  defineScripts(redis, ['value-replace-1']);
  const key = (o: DialogOwner) => keys.dialog(o.channel, o.chatId, o.userId);
  const said = (o: DialogOwner) => keys.lastWords(o.channel, o.chatId, o.userId);
  return {
    async get(owner: DialogOwner): Promise<Dialog | undefined> {
      const raw = await redis.get(key(owner));
      if (!raw) return undefined;
      try {
        return JSON.parse(raw) as Dialog;
      } catch {
        return undefined;
      }
    },
    async set(owner: DialogOwner, dialog: Dialog, ttlSeconds = 7 * 86_400): Promise<void> {
      await redis.set(key(owner), JSON.stringify(dialog), 'EX', ttlSeconds);
    },
    /** Open a dialog only if the person has none (SET NX): never replaces one they just started. */
    async setIfAbsent(owner: DialogOwner, dialog: Dialog, ttlSeconds = 7 * 86_400): Promise<boolean> {
      return (await redis.set(key(owner), JSON.stringify(dialog), 'EX', ttlSeconds, 'NX')) === 'OK';
    },
    async clear(owner: DialogOwner): Promise<boolean> {
      return (await redis.del(key(owner))) > 0;
    },
    /** Read, decide, then replace only if the words are still those read (Lua); else read again and decide again. */
    async replaceLastWords(owner, next, ttlSeconds) {
      const words = said(owner);
      for (let i = 0; i < REPLACE_TRIES; i++) {
        const raw = await redis.get(words);
        const kept = next(wordsOf(raw));
        const ttl = typeof ttlSeconds === 'number' ? ttlSeconds : ttlSeconds(kept);
        if ((await redis.valueReplace(words, raw ?? '', JSON.stringify(kept), ttl)) === 1) return kept;
      }
      throw new Error(`last words changed ${REPLACE_TRIES} times while being replaced`);
    },
    async forgetLastWords(owner: DialogOwner): Promise<void> {
      await redis.del(said(owner));
    },
  };
}
