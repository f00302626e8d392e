/** Notices and lessons the bot posted, by message, and the latest notice and lesson by chat (see ports/posts.ts). */
import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';
import type { PostRef, PostRepo } from '../core/ports/posts.js';

function parse(raw: string | null): PostRef | undefined {
  if (!raw) return undefined;
  try {
    const p = JSON.parse(raw) as Partial<PostRef>;
    return (p.kind === 'notice' || p.kind === 'lesson') && typeof p.id === 'string'
      ? { kind: p.kind, id: p.id, at: Number(p.at ?? 0) }
      : undefined;
  } catch {
    return undefined;
  }
}

export function createPostRepo(redis: Redis, keys: Keys): PostRepo {
  return {
    async remember(chat, messageId, post, ttlSeconds) {
      const json = JSON.stringify(post);
      const tx = redis.multi().set(keys.post(chat, messageId), json, 'EX', ttlSeconds);
      if (post.kind === 'notice') tx.set(keys.latestNotice(chat), json, 'EX', ttlSeconds);
      else tx.set(keys.latestLesson(chat), json, 'EX', ttlSeconds);
      await tx.exec();
    },
    async find(chat, messageId) {
      return parse(await redis.get(keys.post(chat, messageId)));
    },
    async latestNotice(chat) {
      return parse(await redis.get(keys.latestNotice(chat)));
    },
    async latestLesson(chat) {
      return parse(await redis.get(keys.latestLesson(chat)));
    },
  };
}
