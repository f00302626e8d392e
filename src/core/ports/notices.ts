/**
 * Organisers notices: the record of each notice, the list for /notices, "got it" acknowledgements per
 * chat, and the guard that makes a confirmation count once.
 */

export interface NoticeAudience {
  all: boolean;
  branches: string[];
  industries: string[];
  tags: string[];
}

export interface NoticeRecord {
  id: string;
  /** `channel:userId` of the organiser. */
  by: string;
  /** The organiser's private chat, where progress is reported. */
  byChat: string;
  createdAt: number;
  /** Main text (zh-CN unless the organiser wrote in another language). */
  text: string;
  /** Per-locale texts the organiser gave (`[en]`, `[zh-TW]` blocks). */
  variants: Partial<Record<string, string>>;
  /** A platform file id, valid on `photoChannel` only. */
  photo?: string;
  photoChannel?: string;
  audience: NoticeAudience;
  /** The chats resolved at confirmation. */
  chats: string[];
  /** When it goes out (ms); equal to createdAt for "now". */
  sendAt: number;
  pin: boolean;
  ack: boolean;
  status: 'queued' | 'cancelled';
}

export interface NoticeRepo {
  nextId(): Promise<string>;
  save(notice: NoticeRecord): Promise<void>;
  get(id: string): Promise<NoticeRecord | undefined>;
  setStatus(id: string, status: NoticeRecord['status']): Promise<void>;
  /** Newest first. */
  recent(limit: number): Promise<NoticeRecord[]>;
  /** First confirmation of a draft wins; a second tap (or a second process) gets false. */
  confirmOnce(draft: string): Promise<boolean>;
  /** Undo confirmOnce when nothing could be queued, so the organiser can try again. */
  unconfirm(draft: string): Promise<void>;
  ack(
    id: string,
    chat: string,
    user: string,
  ): Promise<{
    first: boolean;
    count: number;
  }>;
  ackCounts(id: string): Promise<Record<string, number>>;
  ackCount(id: string, chat: string): Promise<number>;
}
