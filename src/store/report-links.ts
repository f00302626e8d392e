/**
 * `/report` links: a group's /report answers with a deep link into the private chat whose payload must
 * name the group (so the branch is known) yet stay short (Telegram allows 64 characters) and say nothing
 * readable. Each group gets one random token, stored both ways, reused for every link from that group.
 */
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';

/** Ten characters of [a-z0-9]: ~51 bits, unguessable enough for a link that only reveals a group's branch. */
function newToken(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(10)].map((b) => alphabet[b % alphabet.length]).join('');
}

export function createReportLinkRepo(redis: Redis, keys: Keys) {
  return {
    /** The token of a group (`channel:chatId`), made on first use. */
    async tokenFor(chat: string): Promise<string> {
      const existing = await redis.get(keys.reportLinkOfChat(chat));
      if (existing) return existing;
      const token = newToken();
      // Two concurrent first uses: the first SET NX wins and both return its token.
      if ((await redis.set(keys.reportLinkOfChat(chat), token, 'NX')) === 'OK') {
        await redis.set(keys.reportLink(token), chat);
        return token;
      }
      return (await redis.get(keys.reportLinkOfChat(chat))) ?? token;
    },
    /** The group a token stands for. */
    async chatOf(token: string): Promise<string | undefined> {
      if (!/^[a-z0-9]{1,32}$/.test(token)) return undefined;
      return (await redis.get(keys.reportLink(token))) ?? undefined;
    },
  };
}

export type ReportLinkRepo = ReturnType<typeof createReportLinkRepo>;
