/**
 * Dialog state: which step of a multi-message exchange a person is at (a report draft, a resolution note).
 * Kept in Redis so a draft survives a restart; expires on its own when abandoned.
 */
import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';
import type { Dialog, DialogOwner, DialogRepo, LastWords } from '../core/ports/dialogs.js';

export function createDialogRepo(redis: Redis, keys: Keys): DialogRepo {
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
    async keepLastWords(owner: DialogOwner, words: LastWords, ttlSeconds: number): Promise<void> {
      await redis.set(said(owner), JSON.stringify(words), 'EX', ttlSeconds);
    },
    async forgetLastWords(owner: DialogOwner): Promise<void> {
      await redis.del(said(owner));
    },
    async lastWords(owner: DialogOwner): Promise<LastWords | undefined> {
      const raw = await redis.get(said(owner));
      try {
        const w: unknown = raw ? JSON.parse(raw) : undefined;
        const { text, at } = (w ?? {}) as Partial<LastWords>;
        return typeof text === 'string' && typeof at === 'number' ? (w as LastWords) : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
