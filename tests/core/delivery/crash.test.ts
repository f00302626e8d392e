/**
 * Kill and resume: a real child process sends a broadcast and is killed with SIGKILL half way; a second
 * process picks the queue up. The guarantee is at-least-once with a lease: every group gets the message,
 * and only the sends in flight at the moment of the kill (accepted by the platform, not yet recorded in
 * Redis) can be sent a second time — so no group gets it more than twice.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createStore } from '../../../src/store/index.js';
import { connectRedis } from '../../../src/store/redis.js';
import { startLimitedBotApi, type LimitedBotApi } from '../../../bench/fake-limited-bot-api.js';
import { testPrefix } from '../../helpers/app.js';
import { compiled } from '../../helpers/compiled.js';
import { groups, waitUntil } from './rig.js';

/** node's arguments for this folder's runner.ts, compiled for the test run (tests/helpers/compiled.ts). */
let RUNNER: string[];
beforeAll(async () => {
  RUNNER = await compiled('delivery-runner');
});
const GROUPS = 60;

function runner(args: string[]): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, [...RUNNER, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, output: () => output, exited };
}

let api: LimitedBotApi | undefined;
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await api?.close();
});

describe('kill and resume', () => {
  it('after SIGKILL mid-broadcast, a second process delivers the rest: every group at least once, none more than twice', async () => {
    // Slow answers keep several sends in flight, so the kill lands between "accepted" and "recorded".
    api = await startLimitedBotApi({ latencyMs: 150, limits: { global: { count: 20, windowMs: 1000 } } });
    const prefix = testPrefix();
    const common = [
      '--redis',
      inject('redisUrl'),
      '--prefix',
      prefix,
      '--api-root',
      api.apiRoot,
      '--token',
      api.token,
      '--groups',
      String(GROUPS),
    ];

    // Both processes start up side by side; each touches the queue only when told to: the first at
    // once, its successor after the kill.
    const first = runner([...common, '--enqueue', '--hold']);
    const second = runner([...common, '--hold']);
    children.push(first.child, second.child);
    for (const r of [first, second])
      await waitUntil(() => r.output().includes('ready'), 20_000, 'both processes to be set up');
    first.child.stdin!.write('go\n');
    await waitUntil(() => api!.requests.length >= 15, 20_000, 'the first process to be sending');
    first.child.kill('SIGKILL');
    await first.exited;
    const acceptedAtKill = api.accepted().length;
    expect(acceptedAtKill).toBeLessThan(GROUPS); // it really died mid-broadcast
    expect(first.output()).not.toContain('done');

    second.child.stdin!.write('go\n');
    const code = await Promise.race([
      second.exited,
      new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 25_000)),
    ]);
    expect(code, second.output()).toBe(0);
    expect(second.output()).toContain(`done sent=${GROUPS}`);

    const delivered = api.deliveries();
    const counts = groups(GROUPS).map((chat) => delivered.get(chat) ?? 0);
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBeLessThanOrEqual(2);
    // Only sends in flight at the kill can repeat: at most the runner's concurrency (10).
    expect(counts.filter((n) => n === 2).length).toBeLessThanOrEqual(10);

    const redis = await connectRedis(inject('redisUrl'));
    try {
      const store = createStore(redis, prefix);
      const meta = await store.delivery.meta('notice:crash');
      expect(meta).toMatchObject({ total: String(GROUPS), sent: String(GROUPS) });
      expect(await store.delivery.depth('telegram')).toBe(0);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
    } finally {
      await redis.quit();
    }
  }, 60_000);
});
