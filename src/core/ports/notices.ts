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
  /**
   * The chats it went to. A notice sent at once: resolved at confirmation. A scheduled one: the groups
   * the audience reached when it was confirmed until it is released, then those it reaches at its send time.
   */
  chats: string[];
  /** Group names as they were when it went out (a group unbound since keeps its name in /notices). */
  titles?: Record<string, string>;
  /** The organiser's language, for the progress message of a scheduled notice. */
  locale?: string;
  /** When it goes out (ms); equal to createdAt for "now". */
  sendAt: number;
  pin: boolean;
  ack: boolean;
  /**
   * `scheduled`: waiting for its send time, groups not yet chosen; `queued`: handed to the delivery engine;
   * `withdrawn`: taken back by an organiser (its copies deleted, or replaced where they could not be).
   */
  status: 'scheduled' | 'queued' | 'cancelled' | 'withdrawn';
  /** How many times it was corrected (`text` and `variants` are then the latest wording). */
  rev?: number;
  /** Corrected after it went out: each group's copy is marked "（已更正）". */
  corrected?: boolean;
  withdrawnAt?: number;
  /** A pinned notice's "有效期至" (ms): unpinned then. */
  expiresAt?: number;
  /**
   * Its copies were unpinned at expiresAt. The chats still waiting then, whose copies were not sent ("已过期未发"),
   * are kept by the cancel that dropped them, on the broadcast: `delivery.status('notice:{id}').cancelledFor`.
   */
  expired?: boolean;
}

export interface NoticeRepo {
  nextId(): Promise<string>;
  save(notice: NoticeRecord): Promise<void>;
  get(id: string): Promise<NoticeRecord | undefined>;
  setStatus(id: string, status: NoticeRecord['status']): Promise<void>;
  /** Ids of scheduled notices whose send time is at or before `at`, earliest first. */
  dueScheduled(at: number): Promise<string[]>;
  /**
   * A scheduled notice released at its send time (status → queued, with the chats it went to and their
   * names), or cancelled before it. Atomic, and only from `scheduled`: returns the status it had, so the
   * loser of a release/cancel race knows (`cancelled` for a release means: take back what was queued).
   */
  moveScheduled(
    id: string,
    to: 'queued' | 'cancelled',
    sentTo?: { chats: string[]; titles: Record<string, string> },
  ): Promise<NoticeRecord['status'] | undefined>;
  /**
   * New wording for a notice (atomic, lua/notice-change-1.lua): refused once it is withdrawn. Marked `corrected` when
   * it had gone out (decided in the same step, so a send racing the correction cannot leave copies unmarked); one
   * still scheduled has its text replaced outright, in the record itself (not counted as a correction).
   * Returns the status it had ('' for none) and the correction's number.
   */
  revise(
    id: string,
    wording: { text: string; variants: Partial<Record<string, string>> },
    at: number,
  ): Promise<{ before: NoticeRecord['status'] | ''; rev: number }>;
  /** Mark a notice that went out withdrawn, once (atomic). Returns the status it had ('' for none). */
  withdraw(id: string, at: number): Promise<NoticeRecord['status'] | ''>;
  /** Ids of notices whose "有效期至" is at or before `at`, not yet expired. */
  dueExpiring(at: number): Promise<string[]>;
  /** Mark a notice expired (atomic: flag set, out of the expiring index); true for the first call. */
  markExpired(id: string): Promise<boolean>;
  /** Newest first. */
  recent(limit: number): Promise<NoticeRecord[]>;
  /** First confirmation of a draft wins; a second tap (or a second process) gets false. */
  confirmOnce(draft: string): Promise<boolean>;
  /** Undo confirmOnce when nothing could be queued, so the organiser can try again. */
  unconfirm(draft: string): Promise<void>;
  /**
   * One person's "got it" in a chat (lua/notice-ack-5.lua): counted once while remembered, with the version they pressed
   * it on (`rev`: 0 for the first words, n after the n-th correction) and their name as the platform shows it, masked.
   */
  ack(
    id: string,
    chat: string,
    user: string,
    press?: { rev?: number; name?: string; at?: number },
  ): Promise<{
    first: boolean;
    count: number;
  }>;
  /** Per chat, how many pressed "got it" on each version (rev → count). */
  ackRevs(id: string): Promise<Record<string, Record<number, number>>>;
  /** Per chat, who pressed "got it" in the last 90 days before `now`, first press first. */
  ackers(
    id: string,
    chats: readonly string[],
    now: number,
  ): Promise<Record<string, { user: string; name: string; rev: number }[]>>;
  ackCounts(id: string): Promise<Record<string, number>>;
  ackCount(id: string, chat: string): Promise<number>;
}
