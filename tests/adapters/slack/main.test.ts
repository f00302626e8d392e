/**
 * The composition root with Slack configured: `npm start` with Slack (HTTP mode) and Telegram (long
 * polling) in one process, each against its local stand-in; both answer, and SIGTERM stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { createUpdateFactory, startFakeBotApi, type FakeBotApi } from '../../helpers/fake-bot-api.js';
import {
  createSlackPayloads,
  FAKE_SIGNING_SECRET,
  postSigned,
  startFakeSlackApi,
  type FakeSlackApi,
} from '../../helpers/fake-slack-api.js';
import { BOT_ARGS, botEnv, ROOT } from '../../helpers/bot-process.js';

let child: ChildProcess | undefined;
let slack: FakeSlackApi | undefined;
let telegram: FakeBotApi | undefined;

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await slack?.close();
  await telegram?.close();
});

/** Resolve with the first JSON log line matching `match`. */
function logLine(
  proc: ChildProcess,
  match: (line: Record<string, unknown>) => boolean,
  timeoutMs = 20_000,
): Promise<Record<string, unknown>> {
  return new Promise((resolveLine, reject) => {
    let buffered = '';
    const timer = setTimeout(
      () => reject(new Error(`no matching log line; last output: ${buffered.slice(-2000)}`)),
      timeoutMs,
    );
    proc.stderr!.on('data', (d: Buffer) => {
      buffered += d.toString('utf8');
      for (const raw of buffered.split('\n')) {
        if (!raw.startsWith('{')) continue;
        try {
          const line = JSON.parse(raw) as Record<string, unknown>;
          if (match(line)) {
            clearTimeout(timer);
            resolveLine(line);
            return;
          }
        } catch {
          // a partial line: wait for the rest
        }
      }
    });
    proc.once('exit', (code) => reject(new Error(`exited early with ${code}: ${buffered.slice(-2000)}`)));
  });
}

describe('npm start with Slack and Telegram', () => {
  it('runs both adapters in one process, answers on both, and stops on SIGTERM', async () => {
    slack = await startFakeSlackApi();
    telegram = await startFakeBotApi();
    child = spawn(process.execPath, BOT_ARGS, {
      cwd: ROOT,
      env: botEnv({
        LOG_LEVEL: 'info',
        SLACK_BOT_TOKEN: slack.token,
        SLACK_SIGNING_SECRET: FAKE_SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        TELEGRAM_BOT_TOKEN: telegram.token,
        TELEGRAM_API_ROOT: telegram.apiRoot,
      }),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const listening = logLine(child, (l) => typeof l.port === 'number');
    const running = logLine(child, (l) => l.msg === 'bot running');
    const port = (await listening).port as number;
    expect((await running).adapters).toEqual(['telegram', 'slack']);

    const rider = { id: 'U0MAINRIDR' };
    const res = await postSigned(
      `http://127.0.0.1:${port}/slack/events`,
      JSON.stringify(createSlackPayloads(slack).dm(rider, '附近哪里能充电')),
      'application/json',
    );
    expect(res.status).toBe(200);
    await slack.waitFor('chat.postMessage', (p) => p.channel === slack!.imOf(rider.id), {
      timeoutMs: 10_000,
    });

    const u = createUpdateFactory(telegram.me);
    telegram.push(u.privateText(u.person(5550001, { first_name: '刘' }), '/start'));
    await telegram.waitFor('sendMessage', (p) => Number(p.chat_id) === 5550001, { timeoutMs: 10_000 });

    const exited = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
