/**
 * Reports benchmark, against a throw-away local redis-server:
 *
 * 1. tickets created per second from one process — the create script (number, hash, event, queue and
 *    indexes in one Lua call), 100 in flight, with realistic reports from 5,000 workers;
 * 2. Redis memory per ticket — INFO used_memory before and after, divided by the count (hash, event log,
 *    queue entry and every index included);
 * 3. `/queue` latency with 100,000 open tickets in one branch (the worst case): the whole command
 *    through the core (dispatcher, roles, Redis reads, rendering) into the console adapter, then paging
 *    to random offsets with the `tq:` button;
 * 4. the whole filing path (routing, "similar this week" over the last 500 reports, create, receipt and
 *    triage card) per second, for comparison.
 *
 *   npm run bench -- reports                    # 100,000 tickets
 *   npm run bench -- reports --tickets 20000    # a quick run
 *
 * Last line: `reports tickets_per_s=… queue_p99_ms=… bytes_per_ticket=…`
 */
import { createConsoleAdapter } from '../src/adapters/console/adapter.js';
import { createLogger } from '../src/core/logger.js';
import { fileReport } from '../src/core/reports/filing.js';
import { createReportsKit } from '../src/core/reports/kit.js';
import type { IncomingButton, IncomingMessage } from '../src/core/types.js';
import type { NewTicket } from '../src/core/ports/tickets.js';
import { benchApp, out } from './app.js';
import { flag } from './args.js';
import type { BenchPart } from './index.js';
import { percentile } from './stats.js';

const HOUR = 3_600_000;
const IN_FLIGHT = 100;

const TEXTS = [
  '今天中午超时被罚了50块，明明是商家出餐慢，申诉了也没用',
  '国定路和政通路路口的井盖没了，晚上看不清，已经有骑手摔了',
  '站点这个月的冲单奖还没发，问站长说等通知',
  '小区保安不让电动车进，只能走进去送，每单要多走十分钟',
  '驿站的饮水机坏了好几天了，夏天太热没有水喝',
  '平台系统派单太远，顺路单越来越少，收入下降很多',
  '被顾客投诉差评扣了钱，但是我按时送到了，想申诉',
  '租的宿舍漏水，房东不管，有没有人能帮忙协调',
];

export const reportsBench: BenchPart = {
  name: 'reports',
  description: 'ticket creation rate, Redis memory per ticket, and /queue latency with 100,000 open tickets',
  run: reports,
};

async function reports(args: string[]): Promise<void> {
  const total = flag(args, 'tickets', 100_000);
  const { app, close } = await benchApp();
  const console = createConsoleAdapter({ core: () => app.core, write: () => {} });
  app.outbox.register('console', console.outbox);
  const { store } = app;
  try {
    const used = async () => Number(/used_memory:(\d+)/.exec(await store.redis.info('memory'))?.[1] ?? 0);
    const now = Date.now();
    const ticket = (i: number): NewTicket => {
      const text = TEXTS[i % TEXTS.length]!;
      const urgency = i % 50 === 0 ? 'emergency' : i % 7 === 0 ? 'urgent' : 'normal';
      const d = { normal: [24, 168], urgent: [4, 48], emergency: [1, 24] }[urgency];
      return {
        draft: `bench-${i}`,
        channel: 'telegram',
        reporter: String(100000 + (i % 5000)),
        reporterName: `骑手${i % 5000}`,
        chat: String(100000 + (i % 5000)),
        locale: 'zh-CN',
        branch: 'meituan-yangpu',
        originBranch: 'meituan-yangpu',
        originChat: 'telegram:-1003000',
        category: 'pay-penalty',
        urgency,
        confidence: 0.8,
        anonymous: i % 3 === 0,
        contact: i % 3 === 1,
        text,
        summary: text.slice(0, 60),
        evidence: i % 4 === 0 ? [{ kind: 'photo', fileId: `AgACAgUAAxkBAAI${i}` }] : [],
        similar: i % 5,
        // Spread creation over the last week so deadlines (and overdue counts) vary.
        respondBy: now - 7 * 24 * HOUR + (i % 10_000) * 60_000 + d[0]! * HOUR,
        resolveBy: now - 7 * 24 * HOUR + (i % 10_000) * 60_000 + d[1]! * HOUR,
      };
    };

    // 1 and 2: creation rate and memory.
    const before = await used();
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        for (let i = next++; i < total; i = next++) {
          const r = await store.tickets.create(ticket(i), {
            now: now + i,
            numberPrefix: 'JN-2026-',
            limit: 0,
            windowMs: HOUR,
          });
          if (r.status !== 'created') throw new Error(`ticket ${i}: ${r.status}`);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const perSecond = Math.round(total / seconds);
    const bytes = Math.round(((await used()) - before) / total);
    out(
      `created ${total} tickets in ${seconds.toFixed(2)} s: ${perSecond} tickets/s (${IN_FLIGHT} in flight, one process)`,
    );
    out(`redis memory: ${bytes} bytes per ticket (hash, event log, queue entry, indexes)`);
    const counts = await store.tickets.queueCounts('meituan-yangpu', Date.now());
    out(`queue meituan-yangpu: ${counts.open} open, ${counts.overdue} overdue`);

    // 3: /queue through the core, then paging.
    let update = 0;
    const queue = (): IncomingMessage => ({
      type: 'message',
      updateId: `q${++update}`,
      chat: { address: { channel: 'console', chatId: 'sec-meituan' }, kind: 'private' },
      from: { channel: 'console', id: 'sec-meituan', name: 'sec-meituan', languageCode: 'zh-CN' },
      messageId: `m${update}`,
      text: '/queue',
      addressed: true,
      command: { name: 'queue', args: '' },
    });
    const page = (offset: number): IncomingButton => ({
      type: 'button',
      updateId: `p${++update}`,
      chat: { address: { channel: 'console', chatId: 'sec-meituan' }, kind: 'private' },
      from: { channel: 'console', id: 'sec-meituan', name: 'sec-meituan', languageCode: 'zh-CN' },
      data: `tq:meituan-yangpu:${offset}`,
      pressId: `p${update}`,
    });
    const time = async (
      n: number,
      make: (i: number) => IncomingMessage | IncomingButton,
    ): Promise<number[]> => {
      for (let i = 0; i < 50; i++) await app.core.handle(make(i)); // warm-up
      const ms: number[] = [];
      for (let i = 0; i < n; i++) {
        const t0 = performance.now();
        await app.core.handle(make(i));
        ms.push(performance.now() - t0);
      }
      return ms.sort((a, b) => a - b);
    };
    const q = await time(1000, () => queue());
    if (!console.transcript.at(-1)?.text.replace(/,/g, '').includes(`待办 ${counts.open}`))
      throw new Error(`/queue did not answer with the queue: ${console.transcript.at(-1)?.text}`);
    out(
      `/queue (first page, ${counts.open} open): p50 ${percentile(q, 50).toFixed(2)} ms, p99 ${percentile(q, 99).toFixed(2)} ms, max ${q.at(-1)!.toFixed(2)} ms`,
    );
    const p = await time(1000, (i) => page(((i * 7919) % Math.floor(counts.open / 8)) * 8));
    out(
      `paging to random offsets: p50 ${percentile(p, 50).toFixed(2)} ms, p99 ${percentile(p, 99).toFixed(2)} ms`,
    );

    // 4: the whole filing path, for comparison.
    const kit = createReportsKit();
    const log = createLogger({ level: 'silent', pretty: false });
    const n = Math.min(2000, total);
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const r = await fileReport(app.deps, kit, {
        reporter: { channel: 'console', id: `w${i}` },
        chat: `w${i}`,
        locale: 'zh-CN',
        draft: {
          id: `full-${i}`,
          text: TEXTS[i % TEXTS.length]!,
          files: [],
          category: 'pay-penalty',
          urgency: 'normal',
          confidence: 0.8,
          anonymous: true,
          contact: false,
        },
        log,
      });
      if (r.status !== 'created') throw new Error(`fileReport ${i}: ${r.status}`);
    }
    const full = Math.round(n / ((performance.now() - t0) / 1000));
    out(
      `whole filing path (route, similar-this-week, create, receipt, triage card), one at a time: ${full} reports/s`,
    );

    out(
      `reports tickets_per_s=${perSecond} queue_p99_ms=${percentile(q, 99).toFixed(2)} bytes_per_ticket=${bytes}`,
    );
  } finally {
    await close();
  }
}
