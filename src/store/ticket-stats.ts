/**
 * Reads over the ticket indexes for the scheduled sweeps, /stats, the CSV export and retention — an
 * addition beside `tickets.ts` (which owns every write): pages with offsets over the due and creation
 * indexes, and the retention job's high-water mark. Nothing here changes a ticket.
 *
 *   for (let off = 0; ; off += 500) { const page = await store.ticketStats.due(-Infinity, now, off, 500); … }
 */
import type { Redis, Result } from 'ioredis';
import type { Keys } from './keys.js';
import type { Scored, TicketStatsRepo } from '../core/ports/ticket-stats.js';
import { defineScripts } from './scripts.js';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    markAdvance(key: string, value: string): Result<number, Context>;
  }
}

const bound = (ms: number, exclusive = false) =>
  ms === -Infinity ? '-inf' : ms === Infinity ? '+inf' : `${exclusive ? '(' : ''}${ms}`;

function pairs(flat: string[]): Scored[] {
  const out: Scored[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ id: flat[i]!, at: Number(flat[i + 1]) });
  return out;
}

export function createTicketStatsRepo(redis: Redis, keys: Keys): TicketStatsRepo {
  defineScripts(redis, ['mark-advance-1']);

  /** One page of a zset by score in [from, to), lowest first, with the scores. */
  async function scoredPage(key: string, from: number, to: number, offset: number, limit: number) {
    const flat = await redis.zrangebyscore(
      key,
      bound(from),
      bound(to, true),
      'WITHSCORES',
      'LIMIT',
      offset,
      limit,
    );
    return pairs(flat);
  }

  return {
    /** Open tickets whose next deadline is in [from, to), soonest first, one page. */
    due: (from: number, to: number, offset: number, limit: number) =>
      scoredPage(keys.ticketsDue(), from, to, offset, limit),

    /** Tickets created in [from, to), oldest first, one page, with their creation times. */
    created: (from: number, to: number, offset: number, limit: number) =>
      scoredPage(keys.ticketsCreated(), from, to, offset, limit),

    /** A few fields of many tickets (a light read before loading whole records); missing → ''. */
    async fields<F extends string>(
      ids: readonly string[],
      names: readonly F[],
    ): Promise<({ id: string } & Record<F, string>)[]> {
      if (!ids.length) return [];
      const pipe = redis.pipeline();
      for (const id of ids) pipe.hmget(keys.ticket(id), ...names);
      const rows = (await pipe.exec()) ?? [];
      return ids.map((id, i) => {
        const values = (rows[i]?.[1] ?? []) as (string | null)[];
        return {
          id,
          ...(Object.fromEntries(names.map((n, j) => [n, values[j] ?? ''])) as Record<F, string>),
        };
      });
    },

    /** Retention's mark: every ticket created before it is anonymised (or gone); 0 at first. */
    async retentionMark(): Promise<number> {
      return Number((await redis.get(keys.ticketsRetentionMark())) ?? 0);
    },

    /** Move the mark forward (never back: two runs at once cannot undo each other's progress). */
    async advanceRetentionMark(to: number): Promise<boolean> {
      return (await redis.markAdvance(keys.ticketsRetentionMark(), String(to))) === 1;
    },
  };
}
