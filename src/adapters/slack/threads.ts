/**
 * The channel threads the app answered a person in, so that person's next message in the thread is a
 * follow-up for the app even without a mention (Slack users expect an app to follow a thread it answered
 * in). Only that person's: other people's chatter in the thread stays theirs. Kept in the store for a day
 * (core/ports/threads.ts), so whichever replica Slack posts the next message to knows it.
 *
 *   await threads.answered('C1', '1700.01', 'U1');  await threads.follows('C1', '1700.01', 'U1')  // → true
 */
import type { AnsweredThreadRepo } from '../../core/ports/threads.js';

/** How long a thread the app answered in stays followed: a conversation, not a subscription. */
export const FOLLOW_THREAD_MS = 24 * 3_600_000;

export interface ThreadMemory {
  /** The app answered `user` in this thread (their mention's thread). */
  answered(channel: string, thread: string, user: string): Promise<void>;
  /** True when the app answered `user` in this thread within the last day. */
  follows(channel: string, thread: string, user: string): Promise<boolean>;
}

export function threadMemory(repo: AnsweredThreadRepo): ThreadMemory {
  const chat = (channel: string) => `slack:${channel}`;
  return {
    answered: (channel, thread, user) => repo.answered(chat(channel), thread, user, FOLLOW_THREAD_MS),
    follows: (channel, thread, user) => repo.follows(chat(channel), thread, user),
  };
}
