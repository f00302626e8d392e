/**
 * Contention benchmark: a notice to 1,000 groups while 6,000 updates arrive (600 of them private
 * questions, the rest group chatter), all on one bot token, against the stand-in that enforces
 * Telegram's limits (30 message requests a second, 20 a minute per group, 3 in 3 s per private chat)
 * and answers 429 beyond them. The bot runs as real processes (app + grammY adapter in webhook mode,
 * bench/contention-bot.ts) sharing one Redis; updates are posted to them round-robin, as a load
 * balancer would. Runs with 1 process, then with 3.
 *
 *   npm run bench -- contention                    # 1 process, then 3
 *   npm run bench -- contention --processes 3      # only 3
 *   npm run bench -- contention --groups 300 --updates 2000 --questions 200   # a quicker run
 *
 * The notice cannot go faster than the budget the replies leave it, so its floor is every message
 * request the token carried until the notice finished, at 30 a second (the notice alone: groups / 30).
 * Last line per run: `contention processes=… rejected429=… answered=…/… notice_s=… floor_s=… ratio=… answer_p95_ms=…`
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { Api } from 'grammy';
import type { Update } from 'grammy/types';
import { createTelegramOutbox } from '../src/adapters/telegram/outbox.js';
import { bold } from '../src/core/card.js';
import { loadContentPack } from '../src/core/content/loader.js';
import { createDeliveryEngine } from '../src/core/delivery/engine.js';
import { loadI18n } from '../src/core/i18n.js';
import { createLogger } from '../src/core/logger.js';
import { createMetrics } from '../src/core/metrics.js';
import { startRedisServer } from '../src/store/embedded.js';
import { createStore } from '../src/store/index.js';
import { connectRedis } from '../src/store/redis.js';
import { MESSAGE_METHODS, startLimitedBotApi, TELEGRAM_LIMITS } from './fake-limited-bot-api.js';
import { flag } from './args.js';
import { out } from './app.js';
import type { BenchPart } from './index.js';
import { percentile } from './stats.js';

const ROOT = resolve(import.meta.dirname, '..');
const BOT = resolve(import.meta.dirname, 'contention-bot.ts');
const SECRET = 'bench-secret_1';

export const contentionBench: BenchPart = {
  name: 'contention',
  description: 'a notice to 1,000 groups while 6,000 updates (600 questions) arrive, 1 and 3 processes',
  async run(args) {
    const counts = args.includes('--processes') ? [flag(args, 'processes', 1)] : [1, 3];
    for (const processes of counts)
      await contention({
        processes,
        groups: flag(args, 'groups', 1000),
        updates: flag(args, 'updates', 6000),
        questions: flag(args, 'questions', 600),
        rate: flag(args, 'rate', 150),
      });
  },
};

interface Options {
  processes: number;
  groups: number;
  updates: number;
  questions: number;
  /** Updates arriving per second. */
  rate: number;
}

function startBot(args: string[]): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', BOT, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((res, rej) => {
    child.stdout!.on('data', (d: Buffer) => {
      output += d.toString();
      const m = /ready (\d+)/.exec(output);
      if (m) res({ child, port: Number(m[1]) });
    });
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.once('exit', (code) => rej(new Error(`bench bot exited with ${code}: ${output.slice(-2000)}`)));
  });
}

async function contention(o: Options): Promise<void> {
  const redisServer = await startRedisServer();
  const api = await startLimitedBotApi({ limits: TELEGRAM_LIMITS });
  const prefix = `bench-${randomBytes(3).toString('hex')}`;
  const logger = createLogger({ level: 'silent', pretty: false });
  const bots: ChildProcess[] = [];
  const redis = await connectRedis(redisServer.url);
  try {
    const started = await Promise.all(
      Array.from({ length: o.processes }, () =>
        startBot([
          '--redis',
          redisServer.url,
          '--prefix',
          prefix,
          '--api-root',
          api.apiRoot,
          '--token',
          api.token,
          '--secret',
          SECRET,
        ]),
      ),
    );
    bots.push(...started.map((s) => s.child));
    const ports = started.map((s) => s.port);

    // The organiser's side: queue the notice (with its progress message) in the shared Redis.
    const metrics = createMetrics();
    const engine = createDeliveryEngine({
      store: createStore(redis, prefix),
      outbox: createTelegramOutbox({
        api: new Api(api.token, { apiRoot: api.apiRoot }),
        username: () => 'bench_bot',
        metrics,
        logger,
      }),
      logger,
      metrics,
      i18n: loadI18n(resolve(ROOT, 'locales')),
    });

    const groups = Array.from({ length: o.groups }, (_, i) => -1001000000000 - i);
    const pack = await loadContentPack(resolve(ROOT, 'content'));
    const asked = pack.faq.flatMap((e) => e.questions);
    const updates: { update: Update; worker?: number }[] = [];
    const every = Math.max(1, Math.floor(o.updates / o.questions));
    let q = 0;
    for (let i = 0; i < o.updates; i++) {
      const update_id = 900_000 + i;
      const date = Math.floor(Date.now() / 1000);
      if (i % every === 0 && q < o.questions) {
        const id = 9_000_001 + q;
        const from = { id, is_bot: false, first_name: `骑手${id}`, language_code: 'zh-hans' };
        updates.push({
          worker: id,
          update: {
            update_id,
            message: {
              message_id: i + 1,
              date,
              chat: { id, type: 'private', first_name: from.first_name },
              from,
              text: asked[q++ % asked.length]!,
            },
          } as Update,
        });
      } else {
        const chat = groups[i % groups.length]!;
        const from = { id: 8_000_000 + (i % 5000), is_bot: false, first_name: '骑手' };
        updates.push({
          update: {
            update_id,
            message: {
              message_id: i + 1,
              date,
              chat: { id: chat, type: 'supergroup', title: `Group ${chat}` },
              from,
              text: '今天单子多吗，有没有人一起去驿站歇会儿',
            },
          } as Update,
        });
      }
    }

    out(
      `contention: ${o.processes} process(es), a notice to ${o.groups} groups while ${o.updates} updates ` +
        `(${q} private questions) arrive at ${o.rate}/s; stand-in limits 30/s, 20/min per group, 3 in 3 s per private chat`,
    );
    // Warm-up, not measured: each process answers a few questions first (the FAQ index, scripts, JIT).
    const post = (port: number, update: Update) =>
      fetch(`http://127.0.0.1:${port}/telegram/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        body: JSON.stringify(update),
      });
    await Promise.all(
      ports.flatMap((port, p) =>
        [0, 1, 2].map(async (k) => {
          const id = 9_500_000 + p * 10 + k;
          const from = { id, is_bot: false, first_name: `骑手${id}`, language_code: 'zh-hans' };
          const r = await post(port, {
            update_id: 800_000 + p * 10 + k,
            message: {
              message_id: 1,
              date: 0,
              chat: { id, type: 'private', first_name: from.first_name },
              from,
              text: asked[k]!,
            },
          } as Update);
          await r.arrayBuffer();
        }),
      ),
    );
    await new Promise((r) => setTimeout(r, 3000));

    const t0 = performance.now();
    const askedAt = new Map<number, number>();
    const posts: Promise<unknown>[] = [];
    let failedPosts = 0;
    const feeder = (async () => {
      for (let i = 0; i < updates.length; i++) {
        const due = t0 + (i * 1000) / o.rate;
        const wait = due - performance.now();
        if (wait > 4) await new Promise((r) => setTimeout(r, wait));
        const { update, worker } = updates[i]!;
        if (worker) askedAt.set(worker, performance.now());
        posts.push(
          post(ports[i % ports.length]!, update).then(
            async (r) => {
              await r.arrayBuffer();
              if (!r.ok) failedPosts++;
            },
            () => failedPosts++,
          ),
        );
      }
    })();
    await engine.enqueue({
      id: 'notice:C1',
      kind: 'notice',
      items: groups.map((chatId) => ({
        to: { channel: 'telegram' as const, chatId: String(chatId) },
        card: {
          text: [
            bold('【通知】夏季高温防护'),
            '\n',
            '7月起各暖心驿站延长开放至22:00，提供免费饮用水、充电和防暑药品。',
          ],
          buttons: [[{ label: '收到', data: 'nt:ack:C1' }]],
        },
      })),
      progress: { to: { channel: 'telegram', chatId: '1001' }, locale: 'zh-CN', title: '通知 C1' },
    });
    let noticeEnd = 0;
    // The broadcast's counters only (its status would parse 1,000 refs each time, slowing the stand-in).
    const store = createStore(redis, prefix);
    for (;;) {
      const m = await store.delivery.meta('notice:C1');
      const n = (k: string) => Number(m?.[k] ?? 0);
      if (m && n('total') - n('sent') - n('failed') - n('cancelled') <= 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    noticeEnd = performance.now();
    await feeder;
    await Promise.all(posts);
    const workers = [...askedAt.keys()];
    const firstAnswer = () => {
      const m = new Map<number, number>();
      for (const r of api.requests)
        if (r.method === 'sendMessage' && r.status === 200 && !m.has(Number(r.chat)))
          m.set(Number(r.chat), r.at);
      return m;
    };
    // Give the last questions time to be answered (or to show they never are).
    for (const until = performance.now() + 60_000; performance.now() < until;) {
      const got = firstAnswer();
      if (workers.every((w) => got.has(w))) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 500));

    const got = firstAnswer();
    const latencies = workers.filter((w) => got.has(w)).map((w) => got.get(w)! - askedAt.get(w)!);
    if (process.env.BENCH_DEBUG) out(latencies.map((l) => l.toFixed(0)).join(' '));
    const noticeSeconds = (noticeEnd - t0) / 1000;
    const carried = api.requests.filter(
      (r) => r.status === 200 && MESSAGE_METHODS.has(r.method) && r.at >= t0 && r.at <= noticeEnd,
    ).length;
    const floor = carried / TELEGRAM_LIMITS.global.count;
    const delivered = api.deliveries();
    const missed = groups.filter((g) => !delivered.get(String(g))).length;
    const duplicates = groups.reduce((n, g) => n + Math.max(0, (delivered.get(String(g)) ?? 0) - 1), 0);
    out(
      `  notice: ${noticeSeconds.toFixed(1)} s; the token carried ${carried} message requests meanwhile ` +
        `(floor ${floor.toFixed(1)} s; the notice alone ${(o.groups / 30).toFixed(1)} s)`,
    );
    out(
      `  answers: ${latencies.length}/${workers.length}; latency p50 ${percentile(latencies, 50).toFixed(0)} ms, ` +
        `p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms; webhook posts failed: ${failedPosts}`,
    );
    out(
      `  most message requests in any 1 s: ${api.maxInWindow(TELEGRAM_LIMITS.global)} (limit 30); ` +
        `notice missed ${missed}, duplicates ${duplicates}`,
    );
    out(
      `contention processes=${o.processes} rejected429=${api.rejected429} answered=${latencies.length}/${workers.length} ` +
        `notice_s=${noticeSeconds.toFixed(1)} floor_s=${floor.toFixed(1)} ratio=${(noticeSeconds / floor).toFixed(2)} ` +
        `answer_p95_ms=${percentile(latencies, 95).toFixed(0)}`,
    );
  } finally {
    await Promise.all(
      bots.map(
        (b) =>
          new Promise<void>((r) => {
            if (b.exitCode !== null) return r();
            const timer = setTimeout(() => b.kill('SIGKILL'), 10_000);
            b.once('exit', () => (clearTimeout(timer), r()));
            b.kill('SIGTERM');
          }),
      ),
    );
    redis.disconnect();
    await api.close();
    await redisServer.stop();
  }
}
