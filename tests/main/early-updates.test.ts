/**
 * Telegram starts polling before the content pack and the features have loaded (docs/architecture.md,
 * "Start-up"). Updates already waiting when the process starts must get the answers a running bot gives,
 * and a start that fails on its content pack must confirm none of them to Telegram (the next start gets
 * them). Real `src/main.ts` children against the Bot API stand-in.
 */
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { Update } from 'grammy/types';
import { freePort } from '../../src/store/embedded.js';
import {
  createTelegramTestApp,
  createUpdateFactory,
  startFakeBotApi,
  type FakeBotApi,
} from '../helpers/fake-bot-api.js';
import { waitFor } from '../helpers/wait.js';
import { BOT_ARGS, botEnv, ROOT } from '../helpers/bot-process.js';

const RIDER = 9301;
const QUESTION = '职业伤害保障是啥';

let api: FakeBotApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

/** `src/main.ts` long polling the stand-in; resolves with its exit code and output once it exits. */
function startBot(api: FakeBotApi, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, BOT_ARGS, {
    cwd: ROOT,
    env: botEnv({ TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; out: string }>((res) =>
    child.once('exit', (code) => res({ code, out })),
  );
  return { child, exited };
}

/** What the bot sent the rider, in order. */
const toRider = (api: FakeBotApi) =>
  api
    .callsOf('sendMessage')
    .filter((p) => p.chat_id === RIDER)
    .map((p) => String(p.text));

/** The rider's /start and an FAQ question, as one person's updates. */
function riderUpdates(api: FakeBotApi): Update[] {
  const u = createUpdateFactory(api.me);
  const rider = u.person(RIDER);
  return [u.privateText(rider, '/start'), u.privateText(rider, QUESTION)];
}

describe('updates waiting when the bot starts', () => {
  it('get the answers a bot that was already running gives, and are counted on /metrics', async () => {
    // What a fully started app answers (built in this process, same pack).
    const running = await createTelegramTestApp();
    for (const update of riderUpdates(running.api)) await running.handle(update);
    const expected = toRider(running.api);
    await running.close();
    expect(expected.length).toBeGreaterThanOrEqual(2);

    api = await startFakeBotApi();
    // Queued before the process exists: its very first getUpdates returns them.
    api.push(...riderUpdates(api));
    const port = await freePort();
    const bot = startBot(api, { HTTP_PORT: String(port) });
    try {
      await waitFor(() => toRider(api!).length >= expected.length, 'both answers', 40_000);
      expect(toRider(api)).toEqual(expected);
      // The metrics are created with the app, after polling began: the early updates still count.
      // An update is counted once its handling has finished, a moment after its answer went out.
      const handled = /waystation_updates_total\{channel="telegram",outcome="handled"\} 2/;
      let text = '';
      await waitFor(
        async () => handled.test((text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text())),
        'both updates counted on /metrics',
      );
      expect(text).toMatch(/waystation_replies_total\{channel="telegram"\} [1-9]/);
      expect(text).toContain('waystation_process_cpu_user_seconds_total');
    } finally {
      bot.child.kill('SIGTERM');
      await bot.exited;
    }
  });

  it('stay with Telegram when the content pack is refused', async () => {
    api = await startFakeBotApi();
    const updates = riderUpdates(api);
    api.push(...updates);
    const { code, out } = await startBot(api, { CONTENT_DIR: 'tests/fixtures/packs/bad-hours' }).exited;
    expect(code).toBe(1);
    expect(out).toMatch(/stations\.yaml:\d+/);
    // No getUpdates asked from beyond them, so Telegram still holds them for the next start.
    const confirmed = Number(api.lastPoll?.offset ?? 0);
    expect(confirmed).toBeLessThanOrEqual(updates[0]!.update_id);
    expect(toRider(api)).toEqual([]);
  });
});
