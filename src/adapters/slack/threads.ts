/**
 * The channel threads the app answered a person in, so that person's next message in the thread is a
 * follow-up for the app even without a mention (Slack users expect an app to follow a thread it answered
 * in). Only that person's: other people's chatter in the thread stays theirs. Kept in memory for a day
 * (a restart or another replica forgets; a mention still works), at most `max` threads.
 *
 *   threads.answered('C1', '1700.01', 'U1');  threads.follows('C1', '1700.01', 'U1')  // → true
 */
export interface ThreadMemory {
  /** The app answered `user` in this thread (their mention's thread). */
  answered(channel: string, thread: string, user: string): void;
  /** True when the app answered `user` in this thread within the last day. */
  follows(channel: string, thread: string, user: string): boolean;
}

export function createThreadMemory(
  options: { ttlMs?: number; max?: number; now?: () => number } = {},
): ThreadMemory {
  const ttl = options.ttlMs ?? 24 * 3_600_000;
  const max = options.max ?? 10_000;
  const now = options.now ?? Date.now;
  const seen = new Map<string, number>();
  const key = (channel: string, thread: string, user: string) => `${channel}:${thread}:${user}`;
  return {
    answered(channel, thread, user) {
      const k = key(channel, thread, user);
      seen.delete(k);
      if (seen.size >= max) seen.delete(seen.keys().next().value!);
      seen.set(k, now());
    },
    follows(channel, thread, user) {
      const at = seen.get(key(channel, thread, user));
      return at !== undefined && now() - at < ttl;
    },
  };
}
