/**
 * At least once, and once from a person's view: real bot processes (grammY runner, long polling) are
 * killed with SIGKILL at several points of handling; the next process handles what was left. Every
 * worker's /start is answered exactly once — none lost, none answered twice. The processes run this
 * folder's runner.ts as compiled for the test run (tests/helpers/compiled.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectRedis, type Redis } from '../../../src/store/redis.js';
import { testPrefix } from '../../helpers/app.js';
import { compiled } from '../../helpers/compiled.js';
import { createUpdateFactory, startFakeBotApi, type FakeBotApi } from '../../helpers/fake-bot-api.js';
import { waitUntil } from '../delivery/rig.js';

let runner: string[];
const prefix = testPrefix();
let api: FakeBotApi;
let redis: Redis;
const children: ChildProcess[] = [];

beforeAll(async () => {
  api = await startFakeBotApi();
  redis = await connectRedis(inject('redisUrl'));
  runner = await compiled('updates-runner');
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  await api.close();
});

/** Start a bot process; resolves once it polls. */
async function bot(): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      ...runner,
      '--redis',
      inject('redisUrl'),
      '--prefix',
      prefix,
      '--api-root',
      api.apiRoot,
      '--token',
      api.token,
      '--lease-ms',
      '1500',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.push(child);
  let output = '';
  await new Promise<void>((res, rej) => {
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()).includes('ready') && res());
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.once('exit', (code) => rej(new Error(`bot exited with ${code}: ${output}`)));
  });
  return child;
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

const u = createUpdateFactory();
let nextWorker = 8_100_000;
const workers = (n: number) => Array.from({ length: n }, () => u.person(++nextWorker));
/** Messages the bot has put into a worker's chat (the stand-in numbers them from 1001). */
const answers = (id: number) => (api.lastMessage(id)?.message_id ?? 1000) - 1000;
const pending = () => redis.hlen(`${prefix}:upd:pending`);

describe('updates survive SIGKILL', () => {
  it(
    'each /start is answered exactly once, wherever the process was killed',
    { timeout: 90_000 },
    async () => {
      const all: number[] = [];
      const ask = (n: number) => {
        const ws = workers(n);
        all.push(...ws.map((w) => w.id));
        api.push(...ws.map((w) => u.privateText(w, '/start')));
        return ws;
      };

      // 1. Killed mid-update: every reply is on its way (held by the platform), none arrived.
      let child = await bot();
      const held = Array.from({ length: 6 }, () => api.hold('sendMessage'));
      const first = ask(6);
      await waitUntil(() => api.callsOf('sendMessage').length >= 6, 20_000, 'six replies on their way');
      await kill(child);
      void held;

      // 2. Killed after half the updates were finished and half were mid-reply.
      child = await bot();
      const mark = api.mark();
      for (let i = 0; i < 4; i++) api.hold('sendMessage');
      const second = ask(8);
      await waitUntil(
        () => api.since(mark).filter((c) => c.method === 'sendMessage').length >= 8 + 6,
        20_000,
        'replies',
      );
      await waitUntil(async () => (await pending()) <= 4, 20_000, 'the answered updates to be done');
      await kill(child);

      // 3. Killed right after the updates arrived: claimed, nothing sent yet. The platform holds whatever
      // this process tries to send (it also takes over what the last one left), so no reply of it gets out
      // before the kill — a reply accepted by the platform just before a SIGKILL, and not yet recorded,
      // would be sent again by the next process: the one window at-least-once delivery cannot close.
      const left = await pending();
      child = await bot();
      for (let i = 0; i < left + 6; i++) api.hold('sendMessage');
      const third = ask(6);
      await waitUntil(async () => (await pending()) >= left + 6, 20_000, 'the new updates to be claimed');
      await kill(child);
      api.dropHolds('sendMessage');

      // The last process handles everything that was left.
      child = await bot();
      await waitUntil(() => all.every((id) => answers(id) >= 1), 30_000, 'every worker to be answered');
      await waitUntil(async () => (await pending()) === 0, 20_000, 'no update left unfinished');

      for (const w of [...first, ...second, ...third]) expect(answers(w.id), `worker ${w.id}`).toBe(1);
      expect(api.lastMessage(first[0]!.id)?.text).toContain('驿站助手');
      await kill(child);
    },
  );
});
