/**
 * Start-up failures a person meets on a fresh machine: each must say what is wrong and exit non-zero,
 * never leave a bare stack trace.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOT_ARGS, botEnv } from '../helpers/bot-process.js';
import { startFakeBotApi } from '../helpers/fake-bot-api.js';

const root = resolve(import.meta.dirname, '../..');

/** `npm start` with this environment and no input, until it exits. */
function start(
  env: Record<string, string>,
  base: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HTTP_PORT: '0' },
): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, BOT_ARGS, {
    cwd: root,
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 30_000,
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((res) => child.once('close', (code) => res({ code, out })));
}

const noStackTrace = (out: string) => expect(out).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);

// Three separate processes that share nothing: they start side by side rather than one after another.
describe.concurrent('start-up failures are explained', () => {
  it('a bad environment lists every bad variable and exits 2', async () => {
    const { code, out } = await start({
      TELEGRAM_BOT_TOKEN: 'not-a-token',
      BOT_TIMEZONE: 'Nowhere/City',
      HTTP_PORT: 'abc',
    });
    expect(code).toBe(2);
    expect(out).toContain('TELEGRAM_BOT_TOKEN');
    expect(out).toContain('BOT_TIMEZONE');
    expect(out).toContain('HTTP_PORT');
    noStackTrace(out);
  });

  it('an unreachable Redis is named and exits 1', async () => {
    const { code, out } = await start({ REDIS_URL: 'redis://127.0.0.1:1' });
    expect(code).toBe(1);
    expect(out).toMatch(/Redis at redis:\/\/127\.0\.0\.1:1\/? is unreachable/);
    noStackTrace(out);
  });

  it('a bad content pack is refused with file and line', async () => {
    const { code, out } = await start({
      REDIS_URL: 'redis://127.0.0.1:1',
      CONTENT_DIR: 'tests/fixtures/packs/bad-hours',
    });
    expect(code).toBe(1);
    expect(out).toMatch(/stations\.yaml:\d+/);
    noStackTrace(out);
  });
});

// What an operator deploying the bot meets (QA14): each names the variable to change, in one line.
describe.concurrent('deployment mistakes name the setting to change', () => {
  it('a CONTENT_DIR that does not exist is named, with the working directory it was read from', async () => {
    const { code, out } = await start({ REDIS_URL: 'redis://127.0.0.1:1', CONTENT_DIR: 'no-such-pack' });
    expect(code).toBe(2);
    expect(out).toContain(`CONTENT_DIR ${resolve(root, 'no-such-pack')} is not a folder`);
    expect(out).toContain(root);
    noStackTrace(out);
  });

  it('a busy HTTP_PORT in production is named, not a stack trace', async () => {
    const busy = createServer();
    const port = await new Promise<number>((res) =>
      busy.listen(0, () => res((busy.address() as { port: number }).port)),
    );
    try {
      const { code, out } = await start({ NODE_ENV: 'production', HTTP_PORT: String(port) }, botEnv());
      expect(code).toBe(2);
      expect(out).toContain(`HTTP_PORT ${port} is already in use`);
      noStackTrace(out);
    } finally {
      busy.close();
    }
  });

  it('a token the Bot API refuses is named, and not printed', async () => {
    const api = await startFakeBotApi();
    const wrong = '987654321:AAThisTokenWasRevokedLongAgo_xyz';
    try {
      const { code, out } = await start(
        { TELEGRAM_BOT_TOKEN: wrong, TELEGRAM_API_ROOT: api.apiRoot },
        botEnv(),
      );
      expect(code).toBe(2);
      expect(out).toContain('TELEGRAM_BOT_TOKEN was refused by the Bot API');
      expect(out).toContain('401');
      expect(out).not.toContain('ThisTokenWasRevoked');
      noStackTrace(out);
    } finally {
      await api.close();
    }
  });
});
