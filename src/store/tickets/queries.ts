/**
 * Reading tickets in lists, from the indexes: a branch's queue and its counts, a holder's tickets, a reporter's, the
 * sweeps' (due, waiting, resolved), and those created in a time span (statistics, export, retention, similar reports).
 */
import type { Ticket, TicketUrgency, TicketRepo } from '../../core/ports/tickets.js';
import type { TicketContext } from './context.js';

/** One band of 1e13 ms per urgency in a queue score (must match lua/includes/ticket.lua). */
export const SCORE_BAND = 1e13;
export const URGENCY_RANK: Record<TicketUrgency, number> = { emergency: 0, urgent: 1, normal: 2 };

export function queries({
  redis,
  keys,
  getMany,
}: TicketContext): Pick<
  TicketRepo,
  | 'heldBy'
  | 'queue'
  | 'queueCounts'
  | 'forWorker'
  | 'countSince'
  | 'dueBefore'
  | 'waitingSince'
  | 'resolvedBefore'
  | 'createdBetween'
  | 'recent'
> {
  return {
    /**
     * Read from the branch queues (open tickets only, already in priority order): a secretary holds a few dozen at
     * most, and a queue is a few hundred, so no index of holders is kept.
     */
    async heldBy(branches: readonly string[], owner: string): Promise<Ticket[]> {
      const out: Ticket[] = [];
      for (const branch of branches) {
        const ids = await redis.zrange(keys.branchQueue(branch), 0, -1);
        for (let i = 0; i < ids.length; i += 500) {
          const page = await getMany(ids.slice(i, i + 500), { body: false });
          out.push(...page.filter((t) => t.owner === owner && t.status !== 'new'));
        }
      }
      return out;
    },

    /** One page of a branch's open tickets, most urgent first, then by deadline (without their text). */
    async queue(branch: string, offset: number, limit: number): Promise<Ticket[]> {
      const ids = await redis.zrange(keys.branchQueue(branch), offset, offset + limit - 1);
      return getMany(ids, { body: false });
    },

    /** Open tickets and overdue ones (next deadline before `now`) in a branch's queue. */
    async queueCounts(branch: string, now: number): Promise<{ open: number; overdue: number }> {
      const key = keys.branchQueue(branch);
      const pipe = redis.pipeline().zcard(key);
      for (const rank of Object.values(URGENCY_RANK))
        pipe.zcount(key, rank * SCORE_BAND, `(${rank * SCORE_BAND + now}`);
      const rows = (await pipe.exec()) ?? [];
      const [open, ...overdue] = rows.map(([, n]) => Number(n));
      return { open: open ?? 0, overdue: overdue.reduce((a, b) => a + b, 0) };
    },

    /** The newest tickets of one reporter. */
    async forWorker(channel: string, reporter: string, offset: number, limit: number): Promise<Ticket[]> {
      const ids = await redis.zrevrange(keys.workerTickets(channel, reporter), offset, offset + limit - 1);
      return getMany(ids);
    },

    /** Reports filed by one reporter since `since` (ms) — the rate limit's count. */
    async countSince(channel: string, reporter: string, since: number): Promise<number> {
      return redis.zcount(keys.workerTickets(channel, reporter), since, '+inf');
    },

    /** Open tickets whose next deadline is before `until` (ms), soonest first — for reminders and escalation. */
    async dueBefore(until: number, limit = 500): Promise<{ id: string; dueAt: number }[]> {
      const flat = await redis.zrangebyscore(
        keys.ticketsDue(),
        '-inf',
        until,
        'WITHSCORES',
        'LIMIT',
        0,
        limit,
      );
      return pairs(flat).map(([id, s]) => ({ id, dueAt: Number(s) }));
    },

    /** Tickets waiting on their reporter since before `until` (ms), longest waiting first. */
    async waitingSince(until: number, limit = 1000): Promise<{ id: string; since: number }[]> {
      const flat = await redis.zrangebyscore(
        keys.ticketsWaiting(),
        '-inf',
        until,
        'WITHSCORES',
        'LIMIT',
        0,
        limit,
      );
      return pairs(flat).map(([id, s]) => ({ id, since: Number(s) }));
    },

    /** Resolved tickets still waiting for the worker's word, resolved before `before` (ms) — for auto-close. */
    async resolvedBefore(before: number, limit = 500): Promise<{ id: string; resolvedAt: number }[]> {
      const flat = await redis.zrangebyscore(
        keys.ticketsResolved(),
        '-inf',
        before,
        'WITHSCORES',
        'LIMIT',
        0,
        limit,
      );
      return pairs(flat).map(([id, s]) => ({ id, resolvedAt: Number(s) }));
    },

    /** Tickets created in [from, to) ms, oldest first — for statistics, export and retention. */
    async createdBetween(from: number, to: number, offset = 0, limit = 1000): Promise<string[]> {
      return redis.zrangebyscore(keys.ticketsCreated(), from, `(${to}`, 'LIMIT', offset, limit);
    },

    /** The newest tickets created since `since` (ms), for "similar reports this week". */
    async recent(
      since: number,
      limit: number,
    ): Promise<Pick<Ticket, 'id' | 'category' | 'area' | 'summary'>[]> {
      const ids = await redis.zrevrangebyscore(keys.ticketsCreated(), '+inf', since, 'LIMIT', 0, limit);
      if (!ids.length) return [];
      const pipe = redis.pipeline();
      for (const id of ids) pipe.hmget(keys.ticket(id), 'category', 'area', 'summary');
      const rows = (await pipe.exec()) ?? [];
      return ids.map((id, i) => {
        const [category, area, summary] = (rows[i]?.[1] ?? []) as (string | null)[];
        return { id, category: category ?? '', area: area || undefined, summary: summary ?? '' };
      });
    },
  };
}

function pairs(flat: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
}
