/**
 * Board benchmark, against a throw-away local redis-server: 100,000 tickets spread over 20 branches and
 * the last 12 months, then the server time of
 *
 * 1. the queue page (a secretary's default view, and an organiser's over every branch, and a filtered
 *    one: category + urgency + overdue), through the real Hono app (`board.request`), session included;
 * 2. the figures for 12 months × 20 branches from the counters the ticket scripts keep (`countedFigures`
 *    + `figuresFromCounts` per branch and month — what the figures page reads), and the figures page
 *    itself for an organiser, first load and then.
 *
 *   npm run bench -- board                    # 100,000 tickets
 *   npm run bench -- board --tickets 20000    # a quick run
 *
 * Last line: `board queue_p99_ms=… queue_all_p99_ms=… queue_filtered_p99_ms=… figures_ms=… figures_page_cold_ms=… figures_page_ms=… backfill_ms=…`
 */
import { BOARD_PAGE_SIZE, createBoard, SESSION_COOKIE } from '../src/adapters/web/board.js';
import { countedFigures, ensureCounted, figuresFromCounts } from '../src/core/reports/figures.js';
import { createStore } from '../src/store/index.js';
import { lastMonths, monthKey } from '../src/core/reports/trend.js';
import { localDate } from '../src/core/zoned.js';
import type { NewTicket } from '../src/core/ports/tickets.js';
import { benchApp, out } from './app.js';
import { flag } from './args.js';
import type { BenchPart } from './index.js';
import { percentile } from './stats.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const IN_FLIGHT = 100;
const ROUNDS = 200;
const TZ = 'Asia/Shanghai';

export const boardBench: BenchPart = {
  name: 'board',
  description: 'web board: queue page p99 with 100,000 tickets, figures for 12 months × 20 branches',
  run: board,
};

async function board(args: string[]): Promise<void> {
  const total = flag(args, 'tickets', 100_000);
  const { app, close } = await benchApp(TZ);
  const { store } = app;
  try {
    const pack = app.deps.content.get();
    // The pack's branches, then made-up ones up to 20 (the figures count any branch a ticket names).
    const branches = pack.branches.map((b) => b.id);
    for (let i = branches.length; i < 20; i++) branches.push(`bench-branch-${i}`);
    const now = Date.now();
    const categories = pack.categories.categories.map((c) => c.id);
    const ticket = (i: number): NewTicket => {
      const urgency = i % 50 === 0 ? 'emergency' : i % 7 === 0 ? 'urgent' : 'normal';
      const created = now - (i % 360) * DAY - (i % 1000) * 60_000;
      return {
        draft: `bench-${i}`,
        channel: 'telegram',
        reporter: String(100000 + (i % 5000)),
        reporterName: `骑手${i % 5000}`,
        chat: String(100000 + (i % 5000)),
        locale: 'zh-CN',
        branch: branches[i % branches.length]!,
        category: categories[i % categories.length]!,
        urgency,
        confidence: 0.8,
        anonymous: i % 3 === 0,
        contact: false,
        text: '超时被罚了50块，明明是商家出餐慢',
        summary: '超时被罚了50块，明明是商家出餐慢',
        evidence: [],
        similar: 0,
        respondBy: created + 24 * HOUR,
        resolveBy: created + 168 * HOUR,
      };
    };
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        for (let i = next++; i < total; i = next++) {
          const t = ticket(i);
          const r = await store.tickets.create(t, {
            now: t.respondBy - 24 * HOUR,
            numberPrefix: 'JN-2026-',
            limit: 0,
            windowMs: HOUR,
            day: localDate(t.respondBy - 24 * HOUR, TZ),
          });
          if (r.status !== 'created') throw new Error(`ticket ${i}: ${r.status}`);
        }
      }),
    );
    out(
      `created ${total} tickets over ${branches.length} branches and 12 months in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const web = createBoard({ app, url: 'http://localhost' });
    const cookieOf = async (channel: string, id: string) =>
      `${SESSION_COOKIE}=${(await store.board.createSession({ channel, id, locale: 'zh-CN' }, 3600)).id}`;
    const secretary = await cookieOf(
      'console',
      pack.branches.find((b) => b.id === 'meituan-yangpu')!.secretaries.console[0]!,
    );
    const organiser = await cookieOf('console', pack.organisers.organisers.console[0]!);
    const time = async (path: string, cookie: string, rounds = ROUNDS) => {
      const ms: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const t0 = performance.now();
        const res = await web.request(path, { headers: { cookie } });
        await res.text();
        if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
        ms.push(performance.now() - t0);
      }
      return ms;
    };
    // Pages past the branch's last one are refused (400), as a typed URL would be: ask only pages that exist.
    const lastPage = Math.ceil(total / branches.length / BOARD_PAGE_SIZE);
    const pages = [1, 2, 5, 20, 50].filter((pg) => pg <= lastPage);
    const q = await time('/board?page=1', secretary);
    for (const pg of pages) q.push(...(await time(`/board?page=${pg}`, secretary, 20)));
    out(
      `queue page, secretary of one branch (${(total / branches.length) | 0} open): p50 ${percentile(q, 50).toFixed(1)} ms, p99 ${percentile(q, 99).toFixed(1)} ms over ${q.length} requests`,
    );
    const all = await time('/board?page=3', organiser);
    out(
      `queue page, organiser over every branch: p99 ${percentile(all, 99).toFixed(1)} ms over ${all.length} requests`,
    );
    // The filtered list's first page: how many tickets pass all three filters depends on the generated mix.
    const filtered = await time(
      `/board?category=${categories[0]}&urgency=normal&overdue=1&page=1`,
      secretary,
      50,
    );
    out(
      `queue page, filtered (category + urgency + overdue): p99 ${percentile(filtered, 99).toFixed(1)} ms over ${filtered.length} requests`,
    );

    const t0 = performance.now();
    const cellsOf = lastMonths(now, TZ, 12).flatMap((m) =>
      branches.map((branch) => ({ branch, month: monthKey(m) })),
    );
    const counts = await countedFigures(store, TZ, cellsOf, pack.settings, now);
    const received = counts.reduce((n, c) => n + figuresFromCounts(c).received, 0);
    const figuresMs = performance.now() - t0;
    out(
      `figures: 12 months × ${branches.length} branches (${counts.length} cells from counters, ${received} tickets counted): ${figuresMs.toFixed(1)} ms`,
    );
    const cold = await time('/board/figures', organiser, 1);
    const page = await time('/board/figures', organiser, 20);
    out(
      `figures page (organiser, ${pack.branches.length} pack branches, 12-month charts): first ${cold[0]!.toFixed(1)} ms, then p99 ${percentile(page, 99).toFixed(1)} ms over ${page.length} requests`,
    );
    // The one-off backfill after an upgrade: the same tickets as an older version left them (no bucket,
    // no counters), counted by the first figures read.
    const fig = await store.redis.keys(`${store.keys.prefix}:fig:*`);
    for (let i = 0; i < fig.length; i += 1000) await store.redis.del(...fig.slice(i, i + 1000));
    const ids = await store.tickets.createdBetween(-Infinity, Infinity, 0, total);
    for (let i = 0; i < ids.length; i += 5000) {
      const pipe = store.redis.pipeline();
      for (const id of ids.slice(i, i + 5000)) pipe.hdel(store.keys.ticket(id), 'fm', 'fd');
      await pipe.exec();
    }
    const upgraded = createStore(store.redis, store.keys.prefix);
    const b0 = performance.now();
    await ensureCounted(upgraded, TZ);
    const backfillMs = performance.now() - b0;
    out(
      `figures backfill (one-off, first read after an upgrade): ${ids.length} tickets in ${backfillMs.toFixed(0)} ms`,
    );
    out(
      `board queue_p99_ms=${percentile(q, 99).toFixed(1)} queue_all_p99_ms=${percentile(all, 99).toFixed(1)} queue_filtered_p99_ms=${percentile(filtered, 99).toFixed(1)} figures_ms=${figuresMs.toFixed(1)} figures_page_cold_ms=${cold[0]!.toFixed(1)} figures_page_ms=${percentile(page, 99).toFixed(1)} backfill_ms=${backfillMs.toFixed(0)}`,
    );
  } finally {
    await close();
  }
}
