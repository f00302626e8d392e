/**
 * npm run bench -- startup [RUNS]
 *
 * Start-up of the production build (`node dist/main.js`, built first when missing) in Telegram long-polling
 * mode against a local Bot API stand-in, side by side with a minimal grammY bot in the same run: the time
 * from spawn to the first getUpdates, the resident memory once polling, and how many setMyCommands calls
 * the start made (a second start on the same Redis should make none). Last line:
 *   startup ours_ms=… grammy_ms=… ratio=… rss_mib=… grammy_rss_mib=… set_commands_first=… set_commands_again=…
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

/** Enough of the Bot API for a bot to start and poll: getMe, getUpdates (held open), anything else ok. */
async function startStandIn() {
  const seen: { method: string; at: number }[] = [];
  const server = createServer((req, res) => {
    const method = /\/bot[^/]+\/(\w+)/.exec(req.url ?? '')?.[1] ?? '';
    seen.push({ method, at: performance.now() });
    req.resume();
    const reply = (result: unknown) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
    if (method === 'getMe')
      return reply({ id: 123456789, is_bot: true, first_name: 'Waystation', username: 'waystation_bot' });
    if (method === 'getUpdates') return void setTimeout(() => reply([]), 200);
    if (method === 'getMyCommands') return reply([]);
    reply(true);
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
  rss: number;
  setCommands: number;
}

async function measure(args: string[], env: NodeJS.ProcessEnv): Promise<Start> {
  const api = await startStandIn();
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
  try {
    while (!api.seen.some((s) => s.method === 'getUpdates')) {
      if (child.exitCode !== null) throw new Error(`exited before polling: ${stderr.slice(-500)}`);
      await new Promise((r) => setTimeout(r, 5));
    }
    const ms = api.seen.find((s) => s.method === 'getUpdates')!.at - t0;
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const rss = rssMiB(child.pid!);
    return { ms, rss, setCommands: api.seen.filter((s) => s.method === 'setMyCommands').length };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    await api.close();
  }
}

export const startupBench: BenchPart = {
  name: 'startup',
  description: 'production build: time to first poll and RSS, beside a minimal grammY bot',
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
          ours.push(await measure(['dist/main.js'], { ...env, HTTP_PORT: String(await freePort()) }));
      }
      const first = ours[0]!.setCommands;
      const again = ours[1]!.setCommands;
      const oursMs = median(ours.map((s) => s.ms));
      const peerMs = median(peer.map((s) => s.ms));
      for (const [i, s] of ours.entries())
        console.log(
          `ours   run=${i} first_poll_ms=${s.ms.toFixed(0)} rss_mib=${s.rss.toFixed(0)} setMyCommands=${s.setCommands}`,
        );
      for (const [i, s] of peer.entries())
        console.log(`grammY run=${i} first_poll_ms=${s.ms.toFixed(0)} rss_mib=${s.rss.toFixed(0)}`);
      console.log(
        `startup ours_ms=${oursMs.toFixed(0)} grammy_ms=${peerMs.toFixed(0)} ratio=${(oursMs / peerMs).toFixed(2)} ` +
          `rss_mib=${median(ours.map((s) => s.rss)).toFixed(0)} grammy_rss_mib=${median(peer.map((s) => s.rss)).toFixed(0)} ` +
          `set_commands_first=${first} set_commands_again=${again}`,
      );
    } finally {
      await redis.stop();
    }
  },
};
