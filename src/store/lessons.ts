/**
 * Lesson state in Redis: each chat's progress through the series (no repeats, survives restarts), the
 * lease that makes one scheduled push fire once across processes, pauses, quiz answers and their
 * tallies, and the per-chat counts behind /lessonstats.
 */
import type { Redis, Result } from 'ioredis';
import type { Keys } from './keys.js';
import type { Tally, ChatLessonStats, LessonRepo, PlaceMode } from '../core/ports/lessons.js';
import { defineScripts } from './scripts.js';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    lessonPick(
      plan: string,
      progress: string,
      chat: string,
      planTtl: number,
      ...candidates: string[]
    ): Result<string | null, Context>;
    quizAnswer(
      answers: string,
      tally: string,
      stats: string,
      user: string,
      option: number,
      right: 0 | 1,
      ttl: number,
    ): Result<[number, string], Context>;
    hashAdvance(hash: string, value: string, ...fields: string[]): Result<number, Context>;
    lessonRanOut(mark: string, sendAt: number): Result<string, Context>;
    lessonPlace(
      places: string,
      progress: string,
      lesson: string,
      series: string,
      mode: PlaceMode,
      ...lessons: string[]
    ): Result<[number, number], Context>;
  }
}

/** How long answers and tallies are kept (a lesson message is rarely answered after this). */
const QUIZ_TTL_S = 180 * 86_400;
/** A push's plan and its "done" mark outlive any catch-up window by far. */
const PUSH_TTL_S = 3 * 86_400;

export function createLessonRepo(redis: Redis, keys: Keys): LessonRepo {
  defineScripts(redis, [
    'lesson-pick-2',
    'lesson-ran-out-1',
    'lesson-place-2',
    'quiz-answer-3',
    'delivery-release-1',
    'hash-advance-1',
  ]);

  return {
    /**
     * The lesson a chat gets in push `push`: the push's earlier choice if there was one (a retry), else
     * the first candidate the chat has not had, recorded atomically. Undefined when it has had them all.
     */
    async pick(push: string, chat: string, candidates: readonly string[]): Promise<string | undefined> {
      if (!candidates.length) return undefined;
      const id = await redis.lessonPick(
        keys.lessonPlan(push),
        keys.lessonProgress(chat),
        chat,
        PUSH_TTL_S,
        ...candidates,
      );
      return id ?? undefined;
    },
    /** Give a lesson back (its send failed before anything reached the chat). */
    async unpick(push: string, chat: string, lessonId: string): Promise<void> {
      await redis
        .multi()
        .srem(keys.lessonProgress(chat), lessonId)
        .hdel(keys.lessonPlan(push), chat)
        .hdel(keys.lessonPlaces(chat), lessonId)
        .exec();
    },
    /** "第 N/M 课" for a chat, in one step (`lesson-place-2.lua`). */
    async place(chat, lessonId, series, mode) {
      const [n, total] = await redis.lessonPlace(
        keys.lessonPlaces(chat),
        keys.lessonProgress(chat),
        lessonId,
        series.id,
        mode,
        ...series.lessons,
      );
      return { ...(n > 0 ? { n } : {}), total };
    },
    /** The lesson chosen for a chat in a push (to attribute a delivery). */
    planned(push: string, chat: string): Promise<string | null> {
      return redis.hget(keys.lessonPlan(push), chat);
    },
    async progress(chat: string): Promise<Set<string>> {
      return new Set(await redis.smembers(keys.lessonProgress(chat)));
    },

    /** Take the lease on one push; false when it is done or another process holds it. */
    async lease(scheduleId: string, sendAt: number, owner: string, ms: number): Promise<boolean> {
      return (await redis.set(keys.lessonFire(scheduleId, sendAt), owner, 'PX', ms, 'NX')) === 'OK';
    },
    async isDone(scheduleId: string, sendAt: number): Promise<boolean> {
      return (await redis.get(keys.lessonFire(scheduleId, sendAt))) === 'done';
    },
    /** One step (`lesson-ran-out-1.lua`): a clear between a separate set and read left nothing to read. */
    async ranOut(scheduleId: string, sendAt: number): Promise<number> {
      return Number(await redis.lessonRanOut(keys.lessonRanOut(scheduleId), sendAt));
    },
    async clearRanOut(scheduleId: string): Promise<void> {
      await redis.del(keys.lessonRanOut(scheduleId));
    },
    async markDone(scheduleId: string, sendAt: number): Promise<void> {
      await redis.set(keys.lessonFire(scheduleId, sendAt), 'done', 'EX', PUSH_TTL_S);
    },
    /** Give the lease back early (the push failed and should be retried by the next tick). */
    async releaseLease(scheduleId: string, sendAt: number, owner: string): Promise<void> {
      // Compare-and-delete in one script: the lease may have passed to another process meanwhile.
      await redis.deliveryRelease(keys.lessonFire(scheduleId, sendAt), owner);
    },

    async ticked(): Promise<Record<string, number>> {
      const h = await redis.hgetall(keys.lessonsTicked());
      return Object.fromEntries(Object.entries(h).map(([id, at]) => [id, Number(at)]));
    },
    async setTicked(scheduleIds: readonly string[], at: number): Promise<void> {
      // Only forward, in one step: a replica's tick for an earlier time must not undo a later one.
      if (scheduleIds.length) await redis.hashAdvance(keys.lessonsTicked(), String(at), ...scheduleIds);
    },

    async setPaused(chat: string, paused: boolean): Promise<boolean> {
      const changed = paused
        ? await redis.sadd(keys.lessonsPaused(), chat)
        : await redis.srem(keys.lessonsPaused(), chat);
      return changed > 0;
    },
    async paused(): Promise<Set<string>> {
      return new Set(await redis.smembers(keys.lessonsPaused()));
    },
    async isPaused(chat: string): Promise<boolean> {
      return (await redis.sismember(keys.lessonsPaused(), chat)) === 1;
    },
    /** Pause or resume one schedule (its series) for one chat; true when that changed anything. */
    async setSchedulePaused(chat: string, scheduleId: string, paused: boolean): Promise<boolean> {
      const key = keys.lessonsPausedSchedule(scheduleId);
      return (paused ? await redis.sadd(key, chat) : await redis.srem(key, chat)) > 0;
    },
    /** Chats that paused this schedule. */
    async pausedFor(scheduleId: string): Promise<Set<string>> {
      return new Set(await redis.smembers(keys.lessonsPausedSchedule(scheduleId)));
    },

    /** Count a delivery once, however often the delivery is reported. */
    async recordDelivered(chat: string, lessonId: string): Promise<boolean> {
      return (await redis.sadd(keys.lessonDelivered(chat), lessonId)) === 1;
    },

    /** One answer per person: the first tap counts, later taps return the first answer. */
    async answer(
      chat: string,
      lessonId: string,
      user: string,
      option: number,
      right: boolean,
    ): Promise<{ first: boolean; option: number }> {
      const [first, opt] = await redis.quizAnswer(
        keys.quizAnswers(chat, lessonId),
        keys.quizTally(chat, lessonId),
        keys.lessonStats(chat),
        user,
        option,
        right ? 1 : 0,
        QUIZ_TTL_S,
      );
      return { first: first === 1, option: Number(opt) };
    },
    async tally(chat: string, lessonId: string, options: number): Promise<Tally> {
      const h = await redis.hgetall(keys.quizTally(chat, lessonId));
      return {
        byOption: Array.from({ length: options }, (_, i) => Number(h[String(i)] ?? 0)),
        takers: Number(h.n ?? 0),
        right: Number(h.right ?? 0),
      };
    },

    /** Delivered lessons, quiz takers and correct answers per chat. */
    async stats(chats: readonly string[]): Promise<ChatLessonStats[]> {
      if (!chats.length) return [];
      const pipe = redis.pipeline();
      for (const c of chats) pipe.scard(keys.lessonDelivered(c)).hgetall(keys.lessonStats(c));
      const rows = (await pipe.exec()) ?? [];
      return chats.map((chat, i) => {
        const h = (rows[i * 2 + 1]?.[1] ?? {}) as Record<string, string>;
        return {
          chat,
          delivered: Number(rows[i * 2]?.[1] ?? 0),
          takers: Number(h.takers ?? 0),
          correct: Number(h.correct ?? 0),
        };
      });
    },

    /** True when the chat may have a lesson on demand now (and starts the cooldown). */
    async cooldown(chat: string, ms: number): Promise<boolean> {
      return (await redis.set(keys.lessonCooldown(chat), '1', 'PX', ms, 'NX')) === 'OK';
    },
    async clearCooldown(chat: string): Promise<void> {
      await redis.del(keys.lessonCooldown(chat));
    },
    async cooldownLeft(chat: string): Promise<number> {
      return Math.max(0, await redis.pttl(keys.lessonCooldown(chat)));
    },

    /** A short lock per message so that edits of it (tallies, counts) are spaced out. */
    async editLock(chat: string, messageId: string, ms: number): Promise<boolean> {
      return (await redis.set(keys.editLock(chat, messageId), '1', 'PX', ms, 'NX')) === 'OK';
    },
    async editLockLeft(chat: string, messageId: string): Promise<number> {
      return Math.max(0, await redis.pttl(keys.editLock(chat, messageId)));
    },
  };
}
