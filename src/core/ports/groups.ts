/**
 * Group bindings: which branch a chat belongs to, its locale, audience tags and the topic pushes go to.
 * The core reads and changes them through `GroupRepo`; store/groups.ts keeps them in Redis.
 *
 * A chat is named in bindings, kept questions, notices and Redis keys by its chat key, `channel:chatId`,
 * and a person (who bound a chat, voted, asked, reported or acted on a ticket) by its person key,
 * `channel:userId` — an id is unique only on its platform:
 *
 *   chatKey('telegram', '-1001234')      // 'telegram:-1001234'
 *   parseChatKey('slack:C024BE91L', '1700000000.000100')
 *     // { channel: 'slack', chatId: 'C024BE91L', threadId: '1700000000.000100' }
 *   personKey(ctx.user.channel, ctx.user.id)   // 'telegram:123456789'
 *   parsePersonKey('slack:U024BE7LH')          // { channel: 'slack', userId: 'U024BE7LH' }
 */
import type { Address, Channel } from '../types.js';

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
  /** When the bot was last added back to the group after a removal (epoch ms); names the next removal's warning. */
  activeSince?: number;
}

/**
 * The time the group's current spell of being reachable began: its binding, or the bot's last re-add after a
 * removal, whichever is later. A removal's warning is named by it, so each removal is told once (QA19).
 */
export const activeSinceOf = (g: GroupBinding): number => Math.max(g.boundAt, g.activeSince ?? 0);

export function chatKey(channel: Channel, chatId: string): string {
  return `${channel}:${chatId}`;
}

/**
 * The chat a chat key names, in the topic/thread given (a key never holds one). The id is everything after
 * the first colon: channel names have none, an id may (a console chat `:in a:b`). undefined for a key
 * with no colon.
 */
export function parseChatKey(key: string, threadId?: string): Address | undefined {
  const colon = key.indexOf(':');
  if (colon < 0) return undefined;
  return {
    channel: key.slice(0, colon) as Channel,
    chatId: key.slice(colon + 1),
    ...(threadId ? { threadId } : {}),
  };
}

/** A person's key. `channel` is a `Channel`; a ticket keeps its reporter's as a plain string. */
export function personKey(channel: string, userId: string): string {
  return `${channel}:${userId}`;
}

/**
 * The person a person key names. As with a chat key, the id is everything after the first colon; undefined
 * for a key with no colon (`system`, in ticket events).
 */
export function parsePersonKey(key: string): { channel: Channel; userId: string } | undefined {
  const colon = key.indexOf(':');
  if (colon < 0) return undefined;
  return { channel: key.slice(0, colon) as Channel, userId: key.slice(colon + 1) };
}

export interface GroupRepo {
  get(chat: string): Promise<GroupBinding | undefined>;
  /**
   * Bind (or re-bind) a chat to a branch in one atomic step (lua/group-bind-3.lua). `keep` keeps the
   * locale and/or tags of the binding being replaced (read in the same step); with nothing to keep,
   * the binding's own are used. Returns the previous branch (when it was another), whether the chat was
   * bound before (so its locale and tags could be kept), and what was bound.
   */
  bind(
    binding: GroupBinding,
    keep?: {
      locale?: boolean;
      tags?: boolean;
    },
  ): Promise<{
    previousBranch?: string;
    wasBound: boolean;
    locale: string;
    tags: string[];
  }>;
  unbind(chat: string): Promise<boolean>;
  update(
    chat: string,
    fields: Partial<Pick<GroupBinding, 'locale' | 'tags' | 'threadId' | 'active' | 'title' | 'activeSince'>>,
  ): Promise<void>;
  list(branch?: string): Promise<GroupBinding[]>;
  /**
   * A chat moved to a new id (a Telegram group upgraded to a supergroup), in one atomic step
   * (lua/group-move-19.lua): its binding (active; one the new id already has wins), its place in the branch
   * sets, its lesson progress, places (第 N 课), deliveries, quiz figures and pauses (`schedules`: the pack's schedule ids),
   * its /report link and its latest notice and lesson (for the time they had left, unless the new chat has its own)
   * go to the new key, and the move is recorded for `movedTo`. Safe to repeat. `first`: this
   * call recorded the move; `bound`: a binding moved.
   */
  move(from: string, to: string, schedules: readonly string[]): Promise<{ first: boolean; bound: boolean }>;
  /** The chat key a chat moved to, if it moved. */
  movedTo(chat: string): Promise<string | undefined>;
  /** Every recorded move: old chat key → new (a handful at most). */
  moves(): Promise<Record<string, string>>;
  /**
   * `message` (`chatKey:messageId` of a message in a moved chat) was sent afresh to the new chat and the send failed
   * with no answer: the copy may be there. Kept `ttlSeconds`, so a retry's copy says it may be a repeat.
   */
  noteUnsureResend(message: string, ttlSeconds: number): Promise<void>;
  /** Whether an earlier afresh copy of `message` may be in the new chat (`noteUnsureResend`). */
  unsureResend(message: string): Promise<boolean>;
  /** A copy of `message` is known to be in the new chat now: forget that an earlier one may be. */
  forgetUnsureResend(message: string): Promise<void>;
}
