/**
 * FAQ and station records: 👍/👎 per entry (one vote per person, a new vote replaces the old), the log of
 * questions the bot could not answer (normalised and counted, for /gaps), questions waiting to be passed
 * to a branch, questions passed on, and today's one-tap station problem reports.
 */
import { randomBytes } from 'node:crypto';
import type { Redis, Result } from 'ioredis';
import type { Keys } from './keys.js';
import { defineScripts } from './scripts.js';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    faqVote(votes: string, voter: string, vote: string): Result<'new' | 'changed' | 'same', Context>;
    stationReport(
      reporters: string,
      counts: string,
      problem: string,
      reporter: string,
      ttl: number,
    ): Result<[number, number], Context>;
  }
}

export type Vote = 'up' | 'down';
export type StationProblem = 'closed' | 'nowater' | 'full';

/** Unanswered questions kept for /gaps (the least frequent are dropped beyond this). */
const MAX_GAPS = 2000;
/** Forwarded questions kept per branch until the report queue takes them over. */
const MAX_FORWARDED = 1000;
const DAY = 86_400;

export interface ForwardedQuestion {
  question: string;
  /** `channel:chatId` where it was asked. */
  chat: string;
  chatTitle?: string;
  /** The branch owning the closest FAQ topic, used when the chat is not bound to a branch. */
  branch?: string;
  at: number;
}

export function createFaqRepo(redis: Redis, keys: Keys) {
  defineScripts(redis, ['faq-vote-1', 'station-report-2']);

  return {
    /** Record a vote; says whether it is new, replaces an earlier one, or repeats it. */
    async vote(entryId: string, voter: string, vote: Vote): Promise<'new' | 'changed' | 'same'> {
      return redis.faqVote(keys.faqVotes(entryId), voter, vote);
    },

    async votes(entryId: string): Promise<{ up: number; down: number }> {
      const all = await redis.hvals(keys.faqVotes(entryId));
      return { up: all.filter((v) => v === 'up').length, down: all.filter((v) => v === 'down').length };
    },

    /** Count one more asking of an unanswered (normalised) question. */
    async logGap(question: string): Promise<number> {
      const key = keys.faqGaps();
      const [[, count]] = (await redis
        .multi()
        .zincrby(key, 1, question)
        .zremrangebyrank(key, 0, -MAX_GAPS - 1)
        .exec()) as [[unknown, string]];
      return Number(count);
    },

    async topGaps(limit = 10): Promise<{ question: string; count: number }[]> {
      const flat = await redis.zrevrange(keys.faqGaps(), 0, limit - 1, 'WITHSCORES');
      const out: { question: string; count: number }[] = [];
      for (let i = 0; i + 1 < flat.length; i += 2)
        out.push({ question: flat[i]!, count: Number(flat[i + 1]) });
      return out;
    },

    /** Keep a question for a "pass to the branch" button (callback data cannot hold the text). */
    async savePending(question: ForwardedQuestion, ttlSeconds = 7 * DAY): Promise<string> {
      const id = randomBytes(6).toString('hex');
      await redis.set(keys.faqPending(id), JSON.stringify(question), 'EX', ttlSeconds);
      return id;
    },

    /** The pending question, once: a second press finds nothing. */
    async takePending(id: string): Promise<ForwardedQuestion | undefined> {
      const raw = await redis.getdel(keys.faqPending(id));
      if (!raw) return undefined;
      try {
        return JSON.parse(raw) as ForwardedQuestion;
      } catch {
        return undefined;
      }
    },

    async forward(branch: string, question: ForwardedQuestion): Promise<void> {
      const key = keys.faqForwarded(branch);
      await redis
        .multi()
        .lpush(key, JSON.stringify(question))
        .ltrim(key, 0, MAX_FORWARDED - 1)
        .exec();
    },

    async forwarded(branch: string, limit = 50): Promise<ForwardedQuestion[]> {
      const rows = await redis.lrange(keys.faqForwarded(branch), 0, limit - 1);
      return rows.map((r) => JSON.parse(r) as ForwardedQuestion);
    },

    /**
     * One report of a problem at a station on a (local) date. A person counts once per problem per day;
     * returns whether this report counted and today's count for that problem.
     */
    async reportStation(
      stationId: string,
      date: string,
      problem: StationProblem,
      reporter: string,
    ): Promise<{ counted: boolean; count: number }> {
      const [counted, count] = await redis.stationReport(
        keys.stationReporters(stationId, date),
        keys.stationReports(stationId, date),
        problem,
        reporter,
        2 * DAY,
      );
      return { counted: counted === 1, count: Number(count) };
    },

    /** Today's reports for several stations: station id → problem → count. */
    async stationReports(
      stationIds: readonly string[],
      date: string,
    ): Promise<Map<string, Partial<Record<StationProblem, number>>>> {
      const out = new Map<string, Partial<Record<StationProblem, number>>>();
      if (!stationIds.length) return out;
      const pipe = redis.pipeline();
      for (const id of stationIds) pipe.hgetall(keys.stationReports(id, date));
      const rows = (await pipe.exec()) ?? [];
      stationIds.forEach((id, i) => {
        const h = (rows[i]?.[1] ?? {}) as Record<string, string>;
        const counts: Partial<Record<StationProblem, number>> = {};
        for (const [k, v] of Object.entries(h)) counts[k as StationProblem] = Number(v);
        if (Object.keys(counts).length) out.set(id, counts);
      });
      return out;
    },
  };
}

export type FaqRepo = ReturnType<typeof createFaqRepo>;
