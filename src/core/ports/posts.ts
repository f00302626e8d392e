/**
 * What the bot posted into a group that workers may reply to with a question: a notice or a lesson. Each
 * sent message is remembered by (chat, message id), and the group's latest notice and lesson by chat, for a while.
 */
export interface PostRef {
  kind: 'notice' | 'lesson';
  /** The notice id (`n12`) or the lesson id. */
  id: string;
  at: number;
}

export interface PostRepo {
  /** Remember a sent post (and, for a notice, that it is the chat's latest) — one atomic step. */
  remember(chat: string, messageId: string, post: PostRef, ttlSeconds: number): Promise<void>;
  /** The post a message of the bot's is, if remembered. */
  find(chat: string, messageId: string): Promise<PostRef | undefined>;
  /** The latest notice posted in a chat, if remembered. */
  latestNotice(chat: string): Promise<PostRef | undefined>;
  /** The latest lesson posted in a chat (pushed or `/lesson`), if remembered. */
  latestLesson(chat: string): Promise<PostRef | undefined>;
}
