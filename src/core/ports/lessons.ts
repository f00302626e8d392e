/**
 * Lesson state: each chat's progress through the series, the lease that makes one scheduled push fire once,
 * pauses, quiz answers and their tallies, and the per-chat counts behind /lessonstats.
 */

export interface Tally {
  /** Takers per option index. */
  byOption: number[];
  takers: number;
  right: number;
}

/**
 * How a lesson's place is asked for: `record` as it goes out now (its N kept), `next` the N it would get (/schedule),
 * `shown` the N kept when it went out (the same message drawn again).
 */
export type PlaceMode = 'record' | 'next' | 'shown';

export interface ChatLessonStats {
  chat: string;
  delivered: number;
  takers: number;
  correct: number;
}

export interface LessonRepo {
  /**
   * The lesson a chat gets in push `push`: the push's earlier choice if there was one (a retry), else
   * the first candidate the chat has not had, recorded atomically. Undefined when it has had them all.
   */
  pick(push: string, chat: string, candidates: readonly string[]): Promise<string | undefined>;
  /** Give a lesson back (its send failed before anything reached the chat). */
  unpick(push: string, chat: string, lessonId: string): Promise<void>;
  /**
   * A lesson's place in its series as the chat sees it, "第 N/M 课": N counts the lessons of the series the chat had
   * before it, removed ones included (a lesson put in a removed one's slot moves on), M the series now plus the
   * removed lessons the chat had. `n` is missing when `shown` finds none kept (a message sent before places were).
   */
  place(
    chat: string,
    lessonId: string,
    series: { id: string; lessons: readonly string[] },
    mode: PlaceMode,
  ): Promise<{ n?: number; total: number }>;
  /** The lesson chosen for a chat in a push (to attribute a delivery). */
  planned(push: string, chat: string): Promise<string | null>;
  progress(chat: string): Promise<Set<string>>;
  /** Take the lease on one push; false when it is done or another process holds it. */
  lease(scheduleId: string, sendAt: number, owner: string, ms: number): Promise<boolean>;
  isDone(scheduleId: string, sendAt: number): Promise<boolean>;
  /**
   * A push of the schedule found no lesson for any group: records `sendAt` unless a run-out is recorded already
   * (SET NX), and returns the recorded one — equal to `sendAt` for the first (or a retry of it).
   */
  ranOut(scheduleId: string, sendAt: number): Promise<number>;
  /** A push found lessons again (the pack gained some): a later run-out is a new one. */
  clearRanOut(scheduleId: string): Promise<void>;
  markDone(scheduleId: string, sendAt: number): Promise<void>;
  /** Give the lease back early (the push failed and should be retried by the next tick). */
  releaseLease(scheduleId: string, sendAt: number, owner: string): Promise<void>;
  /** When the scheduler last looked at each schedule (epoch ms), by schedule id: a long gap means it was down. */
  ticked(): Promise<Record<string, number>>;
  /** Record that the scheduler looked at these schedules at `at`; a later time already recorded is kept. */
  setTicked(scheduleIds: readonly string[], at: number): Promise<void>;
  setPaused(chat: string, paused: boolean): Promise<boolean>;
  paused(): Promise<Set<string>>;
  isPaused(chat: string): Promise<boolean>;
  /** Pause or resume one schedule (its series) for one chat; true when that changed anything. */
  setSchedulePaused(chat: string, scheduleId: string, paused: boolean): Promise<boolean>;
  /** Chats that paused this schedule. */
  pausedFor(scheduleId: string): Promise<Set<string>>;
  /** Count a delivery once, however often the delivery is reported. */
  recordDelivered(chat: string, lessonId: string): Promise<boolean>;
  /** One answer per person: the first tap counts, later taps return the first answer. */
  answer(
    chat: string,
    lessonId: string,
    user: string,
    option: number,
    right: boolean,
  ): Promise<{
    first: boolean;
    option: number;
  }>;
  tally(chat: string, lessonId: string, options: number): Promise<Tally>;
  /** Delivered lessons, quiz takers and correct answers per chat. */
  stats(chats: readonly string[]): Promise<ChatLessonStats[]>;
  /** True when the chat may have a lesson on demand now (and starts the cooldown). */
  cooldown(chat: string, ms: number): Promise<boolean>;
  clearCooldown(chat: string): Promise<void>;
  cooldownLeft(chat: string): Promise<number>;
  /** A short lock per message so that edits of it (tallies, counts) are spaced out. */
  editLock(chat: string, messageId: string, ms: number): Promise<boolean>;
  editLockLeft(chat: string, messageId: string): Promise<number>;
}
