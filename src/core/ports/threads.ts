/**
 * The threads where the bot answered a person, shared by every process on the Redis: on a platform whose
 * group replies live in threads (Slack), that person's next message in the thread is for the bot even
 * without a mention. Another replica may receive that next message, so this cannot live in memory.
 */
export interface AnsweredThreadRepo {
  /** The bot answered `user` in this thread of this chat; remembered for `ttlMs`. */
  answered(chat: string, thread: string, user: string, ttlMs: number): Promise<void>;
  /** True while the bot's answer to `user` in this thread is remembered. */
  follows(chat: string, thread: string, user: string): Promise<boolean>;
}
