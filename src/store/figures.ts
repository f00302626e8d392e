/**
 * The figures counters (docs/board.md "Figures counters"): per branch and local month of creation, kept
 * by the ticket scripts themselves (lua/includes/ticket.lua `fig_sync`), read here in one pipeline —
 * O(branches × months) keys whatever the number of tickets. The time-dependent parts (a deadline that
 * has passed by now, a confirmation window that has run out) are zsets counted up to `now`.
 *
 *   const [c] = await store.figures.counts([{ branch: 'meituan-yangpu', month: '2026-11' }], now, 3 * DAY);
 *   c.n   // tickets received;   c['z:unresp']   // not responded, respond deadline passed
 */
import type { Redis, Result } from 'ioredis';
import type { Keys } from './keys.js';
import { defineScripts } from './scripts.js';
import type { FigureCounts, FiguresRepo } from '../core/ports/figures.js';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    figuresBackfill(counted: string, ...args: string[]): Result<number, Context>;
  }
}

export function createFiguresRepo(redis: Redis, keys: Keys): FiguresRepo {
  defineScripts(redis, ['figures-backfill-1']);

  return {
    /** Each cell's counters, with the zset counts as `z:unresp`, `z:unres`, `z:await`, `z:awaitDone`, `z:awaitOnDone`. */
    async counts(
      cells: readonly { branch: string; month: string }[],
      now: number,
      windowMs: number,
    ): Promise<FigureCounts[]> {
      if (!cells.length) return [];
      const pipe = redis.pipeline();
      const done = String(now - windowMs);
      for (const { branch, month } of cells) {
        pipe.hgetall(keys.figures(branch, month));
        pipe.zcount(keys.figuresZ(branch, month, 'unresp'), '-inf', String(now));
        pipe.zcount(keys.figuresZ(branch, month, 'unres'), '-inf', String(now));
        pipe.zcard(keys.figuresZ(branch, month, 'await'));
        pipe.zcount(keys.figuresZ(branch, month, 'await'), '-inf', done);
        pipe.zcount(keys.figuresZ(branch, month, 'awaitOn'), '-inf', done);
      }
      const rows = (await pipe.exec()) ?? [];
      return cells.map((_, i) => {
        const at = (j: number) => {
          const [err, value] = rows[i * 6 + j] ?? [new Error('no reply')];
          if (err) throw err;
          return value;
        };
        const out: FigureCounts = {};
        for (const [k, v] of Object.entries((at(0) ?? {}) as Record<string, string>)) out[k] = Number(v);
        out['z:unresp'] = Number(at(1));
        out['z:unres'] = Number(at(2));
        out['z:await'] = Number(at(3));
        out['z:awaitDone'] = Number(at(4));
        out['z:awaitOnDone'] = Number(at(5));
        return out;
      });
    },

    /** Tickets created on each local day, as `branch|category|area` → count. */
    async days(dates: readonly string[]): Promise<Record<string, number>[]> {
      if (!dates.length) return [];
      const pipe = redis.pipeline();
      for (const d of dates) pipe.hgetall(keys.figuresDay(d));
      const rows = (await pipe.exec()) ?? [];
      return rows.map(([err, h]) => {
        if (err) throw err;
        return Object.fromEntries(
          Object.entries((h ?? {}) as Record<string, string>).map(([k, v]) => [k, Number(v)]),
        );
      });
    },

    /** Whether every ticket is in the counters (the one-off backfill has run, or the store began with them). */
    async counted(): Promise<boolean> {
      return (await redis.exists(keys.figuresCounted())) === 1;
    },

    /** Count tickets created before the counters existed (each once, whoever runs it); how many were counted. */
    async backfill(tickets: readonly { id: string; day: string }[]): Promise<number> {
      if (!tickets.length) return 0;
      const args = tickets.flatMap((t) => [t.id, t.day.slice(0, 7), t.day]);
      return redis.figuresBackfill(keys.figuresCounted(), keys.ticketPrefix(), ...args);
    },

    async markCounted(): Promise<void> {
      await redis.set(keys.figuresCounted(), '1');
    },
  };
}
