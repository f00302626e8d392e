/**
 * Telegram unreachable when the process starts (a wrong TELEGRAM_API_ROOT, no egress yet): the rest of the
 * bot runs — /metrics, /healthz, the scheduled work — the log says once what to check, and Telegram joins
 * once it answers. A real `src/main.ts` child; the Bot API stand-in is reached through a port that nothing
 * listens on at first, and that later forwards to it.
 */
import { spawn } from 'node:child_process';
import { connect, createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../src/store/embedded.js';
import { createUpdateFactory, startFakeBotApi, type FakeBotApi } from '../helpers/fake-bot-api.js';
import { BOT_ARGS, botEnv, ROOT } from '../helpers/bot-process.js';
import { waitFor } from '../helpers/wait.js';

const RIDER = 9411;

let api: FakeBotApi | undefined;
let relay: Server | undefined;
afterEach(async () => {
  await new Promise((r) => (relay ? relay.close(r) : r(undefined)));
  await api?.close();
  api = relay = undefined;
});

/** Telegram "comes back": `port` starts forwarding to the stand-in. */
function forward(port: number, to: FakeBotApi): Promise<Server> {
  const target = Number(new URL(to.apiRoot).port);
  const server = createServer((socket) => {
    const upstream = connect(target, '127.0.0.1');
    socket.pipe(upstream).pipe(socket);
    const end = () => (socket.destroy(), upstream.destroy());
    socket.on('error', end);
    upstream.on('error', end);
  });
  return new Promise((res) => server.listen(port, '127.0.0.1', () => res(server)));
}

describe('Telegram unreachable at start', () => {
  it('the rest of the bot runs, the log names TELEGRAM_API_ROOT once, and Telegram joins when it answers', async () => {
    api = await startFakeBotApi();
    const telegramPort = await freePort();
    const apiRoot = `http://127.0.0.1:${telegramPort}`;
    const httpPort = await freePort();
    const child = spawn(process.execPath, BOT_ARGS, {
      cwd: ROOT,
      env: botEnv({ TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: apiRoot, HTTP_PORT: String(httpPort) }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
    const get = (path: string) => fetch(`http://127.0.0.1:${httpPort}${path}`);
    try {
      // The app is built without Telegram: /metrics answers, the bot runs.
      await waitFor(() => out.includes('"bot running"'), 'the bot running without Telegram', 30_000);
      expect((await get('/metrics')).status).toBe(200);
      const health = await get('/healthz');
      expect(health.status).toBe(503);
      expect((await health.json()) as unknown).toMatchObject({
        checks: { telegram: expect.stringMatching(/^unreachable: /), redis: expect.stringMatching(/^ok/) },
      });
      // One line saying what to check, naming the setting (not a warn+error pair per retry).
      const lines = out.split('\n').filter((l) => l.includes(`TELEGRAM_API_ROOT ${apiRoot}`));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('cannot reach the Telegram Bot API');
      expect(out).not.toContain('standing down');

      relay = await forward(telegramPort, api);
      const u = createUpdateFactory(api.me);
      api.push(u.privateText(u.person(RIDER), '/start'));
      await waitFor(
        () => api!.callsOf('sendMessage').some((p) => p.chat_id === RIDER),
        'the rider answered once Telegram is reachable',
        60_000,
      );
      expect(out).toMatch(/telegram reachable after \d+ s/);
      await waitFor(async () => (await get('/healthz')).status === 200, '/healthz back to 200');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });

  it('SIGTERM ends a process still waiting for Telegram without the shutdown grace running out', async () => {
    const child = spawn(process.execPath, BOT_ARGS, {
      cwd: ROOT,
      env: botEnv({
        TELEGRAM_BOT_TOKEN: '123456789:AAUnreachableTelegramForTests_abc',
        TELEGRAM_API_ROOT: 'http://127.0.0.1:1',
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
    await waitFor(() => out.includes('"bot running"'), 'the bot running without Telegram', 30_000);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).not.toContain('shutdown took too long');
  });
});
