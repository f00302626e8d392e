/**
 * Group bindings: which branch a chat belongs to, its locale, audience tags and the topic pushes go to.
 * The core reads and changes them through `GroupRepo`; store/groups.ts keeps them in Redis.
 */

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

export interface GroupRepo {
  get(chat: string): Promise<GroupBinding | undefined>;
  /**
   * Bind (or re-bind) a chat to a branch in one atomic step (lua/group-bind-3.lua). `keep` keeps the
   * locale and/or tags of the binding being replaced (read in the same step); with nothing to keep,
   * the binding's own are used. Returns the previous branch and what was bound.
   */
  bind(
    binding: GroupBinding,
    keep?: {
      locale?: boolean;
      tags?: boolean;
    },
  ): Promise<{
    previousBranch?: string;
    locale: string;
    tags: string[];
  }>;
  unbind(chat: string): Promise<boolean>;
  update(
    chat: string,
    fields: Partial<Pick<GroupBinding, 'locale' | 'tags' | 'threadId' | 'active' | 'title'>>,
  ): Promise<void>;
  list(branch?: string): Promise<GroupBinding[]>;
}
