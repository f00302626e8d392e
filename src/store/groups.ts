/**
 * Chat bindings: which branch a group belongs to, its locale, audience tags and the topic pushes go to.
 * Stored per chat (not per topic), so a binding made in any topic binds the whole forum.
 */
import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';

export interface GroupBinding {
  /** `channel:chatId`, e.g. `telegram:-1001234`. */
  chat: string;
  branch: string;
  locale: string;
  tags: string[];
  /** Forum topic / thread that scheduled pushes target, if any. */
  threadId?: string;
  title?: string;
  boundBy: string;
  boundAt: number;
  active: boolean;
}

export function chatKey(channel: string, chatId: string): string {
  return `${channel}:${chatId}`;
}

export function createGroupRepo(redis: Redis, keys: Keys) {
  function decode(h: Record<string, string>): GroupBinding | undefined {
    if (!h.chat || !h.branch) return undefined;
    return {
      chat: h.chat,
      branch: h.branch,
      locale: h.locale ?? 'zh-CN',
      tags: h.tags ? (JSON.parse(h.tags) as string[]) : [],
      threadId: h.threadId || undefined,
      title: h.title || undefined,
      boundBy: h.boundBy ?? '',
      boundAt: Number(h.boundAt ?? 0),
      active: h.active !== '0',
    };
  }

  return {
    async get(chat: string): Promise<GroupBinding | undefined> {
      return decode(await redis.hgetall(keys.group(chat)));
    },

    /** Bind (or re-bind) a chat to a branch in one atomic step, moving it between branch sets. */
    async bind(binding: GroupBinding): Promise<{ previousBranch?: string }> {
      const previous = await redis.hget(keys.group(binding.chat), 'branch');
      const tx = redis.multi();
      if (previous && previous !== binding.branch) tx.srem(keys.branchGroups(previous), binding.chat);
      tx.del(keys.group(binding.chat));
      tx.hset(keys.group(binding.chat), {
        chat: binding.chat,
        branch: binding.branch,
        locale: binding.locale,
        tags: JSON.stringify(binding.tags),
        threadId: binding.threadId ?? '',
        title: binding.title ?? '',
        boundBy: binding.boundBy,
        boundAt: String(binding.boundAt),
        active: binding.active ? '1' : '0',
      });
      tx.sadd(keys.groups(), binding.chat);
      tx.sadd(keys.branchGroups(binding.branch), binding.chat);
      await tx.exec();
      return previous && previous !== binding.branch ? { previousBranch: previous } : {};
    },

    async unbind(chat: string): Promise<boolean> {
      const branch = await redis.hget(keys.group(chat), 'branch');
      if (!branch) return false;
      await redis
        .multi()
        .del(keys.group(chat))
        .srem(keys.groups(), chat)
        .srem(keys.branchGroups(branch), chat)
        .exec();
      return true;
    },

    async update(
      chat: string,
      fields: Partial<Pick<GroupBinding, 'locale' | 'tags' | 'threadId' | 'active' | 'title'>>,
    ): Promise<void> {
      const h: Record<string, string> = {};
      if (fields.locale !== undefined) h.locale = fields.locale;
      if (fields.tags !== undefined) h.tags = JSON.stringify(fields.tags);
      if (fields.threadId !== undefined) h.threadId = fields.threadId;
      if (fields.title !== undefined) h.title = fields.title;
      if (fields.active !== undefined) h.active = fields.active ? '1' : '0';
      // Only update a chat that is bound; never create half a binding.
      if (Object.keys(h).length && (await redis.exists(keys.group(chat))))
        await redis.hset(keys.group(chat), h);
    },

    async list(branch?: string): Promise<GroupBinding[]> {
      const chats = await redis.smembers(branch ? keys.branchGroups(branch) : keys.groups());
      if (!chats.length) return [];
      const pipe = redis.pipeline();
      for (const c of chats) pipe.hgetall(keys.group(c));
      const rows = (await pipe.exec()) ?? [];
      return rows.map(([, h]) => decode(h as Record<string, string>)).filter((g): g is GroupBinding => !!g);
    },
  };
}

export type GroupRepo = ReturnType<typeof createGroupRepo>;
