/**
 * What the bot remembers about a person across updates: the language and script they last wrote in, how
 * many messages they sent the bot in a chat this minute (core/flood.ts), and the bound groups a worker was seen in
 * and the branch they chose, for a question they ask in private (core/faq/worker-branch.ts).
 */
import type { Locale } from '../content/schema.js';
import type { DialogOwner } from './dialogs.js';

/** How long the groups a worker was seen in, and the branch they chose, are kept after the last of them: 90 days. */
export const WORKER_GROUPS_KEPT_MS = 90 * 86_400_000;

/** One thing kept about where a worker belongs: a bound group they asked in or pressed in, or the branch they chose. */
export interface WorkerGroupNote {
  /** `channel:chatId` of the group; `chose` for the branch the worker named. */
  where: string;
  kind: 'asked' | 'seen' | 'chose';
  branch: string;
  /** When, epoch ms (the latest time). */
  at: number;
}

export interface PeopleRepo {
  /**
   * The language the person last wrote in; none when `client` (their client's language now) is not the one they had
   * then — they changed their app's language since, a choice that outweighs what they wrote before.
   */
  writtenLocale(channel: string, userId: string, client?: Locale): Promise<Locale | undefined>;
  /** Remember `locale`, with the client's language at the time (`client`) to tell a later change of it. */
  setWrittenLocale(channel: string, userId: string, locale: Locale, client?: Locale): Promise<void>;
  /** Count one message from a person in a chat in the minute `minute` (epoch minutes); returns the count so far. */
  countMessage(owner: DialogOwner, minute: number): Promise<number>;
  /**
   * Note a worker in a bound group (`chat`, of `branch`): `asked` for a message to the bot there, `seen` for a press.
   * An `asked` is never turned back into `seen`; everything is kept WORKER_GROUPS_KEPT_MS after the last note.
   */
  noteGroup(
    channel: string,
    userId: string,
    chat: string,
    kind: 'asked' | 'seen',
    branch: string,
    now: number,
  ): Promise<void>;
  /** What is kept about where a worker belongs (noteGroup, and the branch chosen when passing a question). */
  groupsOf(channel: string, userId: string): Promise<WorkerGroupNote[]>;
}
