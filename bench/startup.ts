/**
 * npm run bench -- startup [RUNS]
 *
 * Start-up of the production build (`node dist/main.js`, built first) in Telegram long-polling mode against
 * a local Bot API stand-in, side by side with a minimal grammY bot in the same run: the time from spawn to
 * the first getUpdates, the time to the answer to a worker's /start that waits in that first getUpdates
 * (ours builds its app after polling starts, so the update waits for it), the resident memory once
 * polling, and how many setMyCommands calls the start made (a second start on the same Redis should make
 * none; it is given no /start, as Telegram does not send an update again once a poll confirmed it). Last line:
 *   startup ours_ms=… grammy_ms=… ratio=… rss_mib=… grammy_rss_mib=… set_commands_first=… set_commands_again=…
 *     first_answer_ms=… grammy_first_answer_ms=…
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { freePort, startRedisServer } from '../src/store/embedded.js';
import type { BenchPart } from './index.js';
import { median } from './stats.js';

const TOKEN = '123456789:AAStartupBenchToken_abcdefghijklmn';
const SETTLE_MS = 1500;
/** A start that has not answered by then is reported as failed, not waited for. */
const ANSWER_LIMIT_MS = 30_000;

/** A worker's /start in private, waiting for the bot's first getUpdates. */
const START_UPDATE = {
  update_id: 1,
  message: {
    message_id: 1,
    date: Math.floor(Date.now() / 1000),
    chat: { id: 555001, type: 'private', first_name: 'Rider' },
    from: { id: 555001, is_bot: false, first_name: 'Rider', language_code: 'zh-hans' },
    text: '/start',
    entities: [{ type: 'bot_command', offset: 0, length: 6 }],
  },
};

/**
 * Enough of the Bot API for a bot to start, poll and answer: getMe; getUpdates as Telegram does it (the
 * waiting updates from `offset` on, which also confirms the ones before it; held open while there are
 * none); sendMessage answered with a message; anything else ok.
 */
async function startStandIn(waiting: object[]) {
  let queue: { update_id: number }[] = waiting as { update_id: number }[];
  const seen: { method: string; at: number }[] = [];
  const server = createServer((req, res) => {
    const method = /\/bot[^/]+\/(\w+)/.exec(req.url ?? '')?.[1] ?? '';
    seen.push({ method, at: performance.now() });
    const reply = (result: unknown) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      if (method === 'getMe')
        return reply({ id: 123456789, is_bot: true, first_name: 'Waystation', username: 'waystation_bot' });
      if (method === 'getUpdates') {
        const offset = Number((JSON.parse(body || '{}') as { offset?: number }).offset ?? 0);
        queue = queue.filter((u) => u.update_id >= offset);
        if (queue.length) return reply(queue);
        return void setTimeout(() => reply([]), 200);
      }
      if (method === 'sendMessage')
        return reply({ message_id: 2, date: 0, chat: START_UPDATE.message.chat, text: '' });
      if (method === 'getMyCommands') return reply([]);
      reply(true);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

function rssMiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

interface Start {
  ms: number;
  /** Spawn to the answer to the /start waiting at the first poll (when one was waiting). */
  answerMs?: number;
  rss: number;
  setCommands: number;
}

async function measure(args: string[], env: NodeJS.ProcessEnv, answer = true): Promise<Start> {
  const api = await startStandIn(answer ? [START_UPDATE] : []);
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    args.map((a) => a.replace('$API', api.apiRoot)),
    {
      env: { ...env, TELEGRAM_API_ROOT: api.apiRoot },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const first = async (method: string) => {
    while (!api.seen.some((s) => s.method === method)) {
      if (child.exitCode !== null) throw new Error(`exited before ${method}: ${stderr.slice(-500)}`);
      if (performance.now() - t0 > ANSWER_LIMIT_MS)
        throw new Error(`no ${method} within ${ANSWER_LIMIT_MS} ms`);
      await new Promise((r) => setTimeout(r, 5));
    }
    return api.seen.find((s) => s.method === method)!.at - t0;
  };
  try {
    const ms = await first('getUpdates');
    const answerMs = answer ? await first('sendMessage') : undefined;
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const rss = rssMiB(child.pid!);
    return {
      ms,
      ...(answerMs !== undefined ? { answerMs } : {}),
      rss,
      setCommands: api.seen.filter((s) => s.method === 'setMyCommands').length,
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    await api.close();
  }
}

export const startupBench: BenchPart = {
  name: 'startup',
  description: 'production build: time to first poll and first answer, RSS, beside a minimal grammY bot',
  async run(args) {
    const runs = Number(args[0] ?? 3);
    // Always build: a dist/ left from an older checkout would measure (or fail on) old code.
    spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    const redis = await startRedisServer();
    try {
      const base = { PATH: process.env.PATH, NODE_ENV: 'production', LOG_LEVEL: 'warn' };
      const ours: Start[] = [];
      const peer: Start[] = [];
      for (let i = 0; i < runs; i++) {
        // A fresh prefix per run is a first start; the run after it reuses the prefix (a restart).
        const env = {
          ...base,
          TELEGRAM_BOT_TOKEN: TOKEN,
          REDIS_URL: redis.url,
          REDIS_PREFIX: `bench${i}`,
          HTTP_PORT: String(await freePort()),
        };
        ours.push(await measure(['dist/main.js'], env));
        peer.push(await measure(['bench/minimal-grammy-bot.mjs', TOKEN, '$API'], base));
        if (i === 0)
          ours.push(await measure(['dist/main.js'], { ...env, HTTP_PORT: String(await freePort()) }, false));
      }
      const first = ours[0]!.setCommands;
      const again = ours[1]!.setCommands;
      const oursMs = median(ours.map((s) => s.ms));
      const peerMs = median(peer.map((s) => s.ms));
      const answered = (starts: Start[]) => median(starts.flatMap((s) => s.answerMs ?? []));
      const answer = (s: Start) =>
        s.answerMs === undefined ? '' : ` first_answer_ms=${s.answerMs.toFixed(0)}`;
      for (const [i, s] of ours.entries())
        console.log(
          `ours   run=${i} first_poll_ms=${s.ms.toFixed(0)}${answer(s)} rss_mib=${s.rss.toFixed(0)} setMyCommands=${s.setCommands}`,
        );
      for (const [i, s] of peer.entries())
        console.log(
          `grammY run=${i} first_poll_ms=${s.ms.toFixed(0)}${answer(s)} rss_mib=${s.rss.toFixed(0)}`,
        );
      console.log(
        `startup ours_ms=${oursMs.toFixed(0)} grammy_ms=${peerMs.toFixed(0)} ratio=${(oursMs / peerMs).toFixed(2)} ` +
          `rss_mib=${median(ours.map((s) => s.rss)).toFixed(0)} grammy_rss_mib=${median(peer.map((s) => s.rss)).toFixed(0)} ` +
          `set_commands_first=${first} set_commands_again=${again} ` +
          `first_answer_ms=${answered(ours).toFixed(0)} grammy_first_answer_ms=${answered(peer).toFixed(0)}`,
      );
    } finally {
      await redis.stop();
    }
  },
};
