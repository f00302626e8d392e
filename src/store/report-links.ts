/**
 * `/report` links: a group's /report answers with a deep link into the private chat whose payload must
 * name the group (so the branch is known) yet stay short (Telegram allows 64 characters) and say nothing
 * readable. Each group gets one random token, stored both ways, reused for every link from that group.
 */
import { randomBytes } from 'node:crypto';
import type { Redis, Result } from 'ioredis';
import type { Keys } from './keys.js';
import type { KeptWords, ReportLinkRepo } from '../core/ports/report-links.js';
import { defineScripts } from './scripts.js';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    reportLink(
      ofChat: string,
      candidate: string,
      token: string,
      chat: string,
    ): Result<string | null, Context>;
  }
}

/** Ten characters of [a-z0-9]: ~51 bits, unguessable enough for a link that only reveals a group's branch. */
function newToken(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(10)].map((b) => alphabet[b % alphabet.length]).join('');
}

export function createReportLinkRepo(redis: Redis, keys: Keys): ReportLinkRepo {
  defineScripts(redis, ['report-link-2']);
  return {
    /** The token of a group (`channel:chatId`), made on first use. */
    async tokenFor(chat: string): Promise<string> {
      // One script reads and writes both ways (lua/report-link-2.lua); a drawn token that is already
      // another group's is drawn again.
      for (;;) {
        const candidate = newToken();
        const token = await redis.reportLink(
          keys.reportLinkOfChat(chat),
          keys.reportLink(candidate),
          candidate,
          chat,
        );
        if (token) return token;
      }
    },
    /** The group a token stands for. */
    async chatOf(token: string): Promise<string | undefined> {
      if (!/^[a-z0-9]{1,32}$/.test(token)) return undefined;
      return (await redis.get(keys.reportLink(token))) ?? undefined;
    },
    async keepWords(person: string, words: KeptWords, ttlSeconds: number): Promise<void> {
      await redis.set(keys.reportWords(person), JSON.stringify(words), 'EX', ttlSeconds);
    },
    async takeWords(person: string): Promise<KeptWords | undefined> {
      // GETDEL: one command, so two taps of the link cannot both start a report with the words.
      const raw = await redis.getdel(keys.reportWords(person));
      if (!raw) return undefined;
      try {
        const parsed = JSON.parse(raw) as Partial<KeptWords>;
        if (typeof parsed.text !== 'string') return undefined;
        return {
          text: parsed.text,
          ...(typeof parsed.chat === 'string' ? { chat: parsed.chat } : {}),
          ...(typeof parsed.missing === 'number' ? { missing: parsed.missing } : {}),
        };
      } catch {
        return undefined;
      }
    },
  };
}
