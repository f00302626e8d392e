/**
 * Chat bindings: which branch a group belongs to, its locale, audience tags and the topic pushes go to.
 * Stored per chat (not per topic), so a binding made in any topic binds the whole forum.
 */
import type { Redis, Result } from 'ioredis';
import type { Keys } from './keys.js';
import type { GroupBinding, GroupRepo } from '../core/ports/groups.js';
import { defineScripts } from './scripts.js';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    groupBind(
      group: string,
      all: string,
      branchSet: string,
      ...args: string[]
    ): Result<[string, string, string], Context>;
    groupUnbind(
      group: string,
      all: string,
      chat: string,
      prefix: string,
      suffix: string,
    ): Result<number, Context>;
    hashUpdate(key: string, ...fieldsAndValues: string[]): Result<number, Context>;
    groupMove(...keysThenArgs: string[]): Result<[number, number], Context>;
  }
}

export function createGroupRepo(redis: Redis, keys: Keys): GroupRepo {
  defineScripts(redis, ['group-bind-3', 'group-unbind-2', 'hash-update-1', 'group-move-19']);

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
      ...(h.activeSince ? { activeSince: Number(h.activeSince) } : {}),
    };
  }

  return {
    async get(chat: string): Promise<GroupBinding | undefined> {
      return decode(await redis.hgetall(keys.group(chat)));
    },

    /**
     * Bind (or re-bind) a chat to a branch in one atomic step (lua/group-bind-3.lua). `keep` keeps the
     * locale and/or tags of the binding being replaced (read in the same step); with nothing to keep,
     * the binding's own are used. Returns the previous branch (when it was another), whether the chat
     * was bound before, and what was bound.
     */
    async bind(
      binding: GroupBinding,
      keep: { locale?: boolean; tags?: boolean } = {},
    ): Promise<{ previousBranch?: string; wasBound: boolean; locale: string; tags: string[] }> {
      const fields: Record<string, string> = {
        threadId: binding.threadId ?? '',
        title: binding.title ?? '',
        boundBy: binding.boundBy,
        boundAt: String(binding.boundAt),
        active: binding.active ? '1' : '0',
      };
      const [previous, locale, tags] = await redis.groupBind(
        keys.group(binding.chat),
        keys.groups(),
        keys.branchGroups(binding.branch),
        binding.chat,
        binding.branch,
        ...keys.branchGroupsAffix(),
        keep.locale ? '' : binding.locale,
        binding.locale,
        keep.tags ? '' : JSON.stringify(binding.tags),
        ...Object.entries(fields).flat(),
      );
      return {
        ...(previous && previous !== binding.branch ? { previousBranch: previous } : {}),
        wasBound: previous !== '',
        locale,
        tags: JSON.parse(tags) as string[],
      };
    },

    async unbind(chat: string): Promise<boolean> {
      return (
        (await redis.groupUnbind(keys.group(chat), keys.groups(), chat, ...keys.branchGroupsAffix())) === 1
      );
    },

    async update(
      chat: string,
      fields: Partial<
        Pick<GroupBinding, 'locale' | 'tags' | 'threadId' | 'active' | 'title' | 'activeSince'>
      >,
    ): Promise<void> {
      const h: Record<string, string> = {};
      if (fields.locale !== undefined) h.locale = fields.locale;
      if (fields.tags !== undefined) h.tags = JSON.stringify(fields.tags);
      if (fields.threadId !== undefined) h.threadId = fields.threadId;
      if (fields.title !== undefined) h.title = fields.title;
      if (fields.active !== undefined) h.active = fields.active ? '1' : '0';
      if (fields.activeSince !== undefined) h.activeSince = String(fields.activeSince);
      // Only update a chat that is bound; never create half a binding.
      if (Object.keys(h).length) await redis.hashUpdate(keys.group(chat), ...Object.entries(h).flat());
    },

    async move(from: string, to: string, schedules: readonly string[]) {
      const [first, bound] = await redis.groupMove(
        keys.group(from),
        keys.group(to),
        keys.groups(),
        keys.chatsMoved(),
        keys.lessonProgress(from),
        keys.lessonProgress(to),
        keys.lessonDelivered(from),
        keys.lessonDelivered(to),
        keys.lessonStats(from),
        keys.lessonStats(to),
        keys.lessonsPaused(),
        keys.reportLinkOfChat(from),
        keys.reportLinkOfChat(to),
        keys.lessonPlaces(from),
        keys.lessonPlaces(to),
        keys.latestNotice(from),
        keys.latestNotice(to),
        keys.latestLesson(from),
        keys.latestLesson(to),
        from,
        to,
        ...keys.branchGroupsAffix(),
        keys.lessonsPausedSchedulePrefix(),
        keys.reportLinkPrefix(),
        ...schedules,
      );
      return { first: first === 1, bound: bound === 1 };
    },

    async movedTo(chat: string): Promise<string | undefined> {
      return (await redis.hget(keys.chatsMoved(), chat)) ?? undefined;
    },

    moves: () => redis.hgetall(keys.chatsMoved()),

    async noteUnsureResend(message: string, ttlSeconds: number): Promise<void> {
      await redis.set(keys.resendUnsure(message), '1', 'EX', ttlSeconds);
    },
    async unsureResend(message: string): Promise<boolean> {
      return (await redis.exists(keys.resendUnsure(message))) === 1;
    },
    async forgetUnsureResend(message: string): Promise<void> {
      await redis.del(keys.resendUnsure(message));
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
