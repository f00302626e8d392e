/**
 * The web board's sign-in: single-use links the bot sends in private, and sessions. Secrets are 32 random
 * bytes (base64url) handed to the person; Redis keeps only their SHA-256, with a TTL. A link is consumed
 * with one GETDEL, so two tabs opening it at once cannot both sign in.
 *
 *   const secret = await store.board.createLink({ channel: 'telegram', id: '42', locale: 'zh-CN' }, 600);
 *   const who = await store.board.consumeLink(secret);   // once; undefined the second time
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';
import type { BoardUser, BoardSession, BoardRepo } from '../core/ports/board.js';

const secret = () => randomBytes(32).toString('base64url');
const hash = (s: string) => createHash('sha256').update(s).digest('hex');
/** Anything not shaped like one of our secrets is refused before Redis is asked. */
const SHAPE = /^[A-Za-z0-9_-]{43}$/;

function parse<T>(raw: string | null): T | undefined {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}

export function createBoardRepo(redis: Redis, keys: Keys): BoardRepo {
  return {
    async createLink(user: BoardUser, ttlSeconds: number): Promise<string> {
      const s = secret();
      await redis.set(keys.boardLink(hash(s)), JSON.stringify(user), 'EX', ttlSeconds);
      return s;
    },
    /** The link's user, once; undefined when forged, expired or already used. */
    async consumeLink(s: string): Promise<BoardUser | undefined> {
      if (!SHAPE.test(s)) return undefined;
      return parse<BoardUser>(await redis.getdel(keys.boardLink(hash(s))));
    },
    async createSession(user: BoardUser, ttlSeconds: number): Promise<{ id: string; session: BoardSession }> {
      const id = secret();
      const session = { user, csrf: secret() };
      await redis.set(keys.boardSession(hash(id)), JSON.stringify(session), 'EX', ttlSeconds);
      return { id, session };
    },
    async session(id: string): Promise<BoardSession | undefined> {
      if (!SHAPE.test(id)) return undefined;
      return parse<BoardSession>(await redis.get(keys.boardSession(hash(id))));
    },
    async endSession(id: string): Promise<void> {
      if (SHAPE.test(id)) await redis.del(keys.boardSession(hash(id)));
    },
  };
}
