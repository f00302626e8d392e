/**
 * Several bot processes on one token and one Redis, as deployed: real `src/main.ts` children, the real
 * grammY client and runner, against the Bot API stand-in in this process.
 *
 * - long polling: exactly one process polls (elected through a Redis lease), the others stand by; when
 *   the poller is killed (SIGKILL) another takes over and updates are answered again;
 * - polling that stops with an error while holding the lease shows in /healthz (503, with the reason);
 * - webhook mode: two replicas receive one chat's updates alternately and they are handled in order.
 */
import { Redis } from 'ioredis';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Update } from 'grammy/types';
import { createKeys } from '../../src/store/keys.js';
import { testPrefix } from '../helpers/app.js';
import { createUpdateFactory, startFakeBotApi, type FakeBotApi } from '../helpers/fake-bot-api.js';
import {
  health,
  roles,
  startReplica as start,
  stopReplicas,
  until,
  type Replica,
} from '../helpers/replicas.js';

const SECRET = 'replica-secret_0123456789';

const running: Replica[] = [];
let api: FakeBotApi | undefined;
afterEach(async () => {
  await stopReplicas(running);
  await api?.close();
  api = undefined;
});

const startReplica = (name: string, env: Record<string, string>) => start(name, env, running);

const polling = (env: Record<string, string>) => ({
  TELEGRAM_BOT_TOKEN: api!.token,
  TELEGRAM_API_ROOT: api!.apiRoot,
  TELEGRAM_POLL_LEASE_MS: '1500',
  ...env,
});

describe('three long-polling replicas on one token', () => {
  it('exactly one polls; when it is killed or stopped another takes over and updates are answered', async () => {
    api = await startFakeBotApi();
    const u = createUpdateFactory(api.me);
    const env = polling({ REDIS_PREFIX: testPrefix() });
    const replicas = ['poll-a', 'poll-b', 'poll-c'].map((n) => startReplica(n, env));
    await until('every replica serving /healthz', () => replicas.every((r) => r.port));
    // One leads, two stand by — and all three are healthy (the stand-bys run delivery and schedules).
    const settled = await until('one poller and two stand-bys', async () => {
      const r = await roles(replicas);
      return r.filter((x) => x === 'polling: leading').length === 1 &&
        r.filter((x) => x === 'polling: standby').length === 2
        ? r
        : undefined;
    });
    const leader = replicas[settled.indexOf('polling: leading')]!;
    for (const r of replicas) expect(await health(r)).toMatchObject({ status: 200 });

    const rider = u.person(9101);
    api.push(u.privateText(rider, '/start'));
    await api.waitFor('sendMessage', (p) => p.chat_id === rider.id);

    leader.child.kill('SIGKILL');
    await leader.exited;
    const rest = replicas.filter((r) => r !== leader);
    // Another replica takes the lease within seconds and polls.
    await until('a new poller', async () =>
      (await roles(rest)).filter((x) => x === 'polling: leading').length === 1 ? true : undefined,
    );
    const mark = api.mark();
    const other = u.person(9102);
    api.push(u.privateText(other, '/start'));
    await api.waitFor('sendMessage', (p) => p.chat_id === other.id, { after: mark });
    // A graceful stop hands the lease over at once: the last replica polls and answers.
    const second = rest[(await roles(rest)).indexOf('polling: leading')]!;
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    const last = rest.find((r) => r !== second)!;
    await until('the last replica polling', async () =>
      (await health(last)).checks.telegram === 'polling: leading' ? true : undefined,
    );
    const third = u.person(9104);
    api.push(u.privateText(third, '/start'));
    await api.waitFor('sendMessage', (p) => p.chat_id === third.id, { after: mark });
    // No poller was ever refused by Telegram: polling never overlapped.
    const stopped = replicas.flatMap((r) => r.logs).filter((l) => l.msg === 'telegram polling stopped');
    expect(stopped).toEqual([]);
  }, 120_000);

  it('polling that stops with an error while holding the lease fails /healthz with the reason', async () => {
    api = await startFakeBotApi();
    const u = createUpdateFactory(api.me);
    const solo = startReplica('poll-solo', polling({ REDIS_PREFIX: testPrefix() }));
    await until('the poller', async () =>
      solo.port && (await health(solo)).checks.telegram === 'polling: leading' ? true : undefined,
    );
    // Another program polls the same token for a while: Telegram answers this one's next polls 409.
    api.fail('getUpdates', {
      error_code: 409,
      description:
        'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
      times: 3,
    });
    // Wake the long poll in progress with an update, so the next getUpdates comes at once.
    const first = u.person(9105);
    api.push(u.privateText(first, '/start'));
    const failed = await until('/healthz 503', async () => {
      const h = await health(solo);
      return h.status === 503 ? h : undefined;
    });
    expect(failed.checks.telegram).toMatch(/^polling stopped: .*Conflict/);
    // The conflict is gone: after a lease's pause it polls again, healthy, and answers.
    await until('healthy again', async () => ((await health(solo)).status === 200 ? true : undefined));
    const rider = u.person(9103);
    api.push(u.privateText(rider, '/start'));
    await api.waitFor('sendMessage', (p) => p.chat_id === rider.id);
    await api.waitFor('sendMessage', (p) => p.chat_id === first.id);
  }, 120_000);
});

describe('two webhook replicas behind a load balancer', () => {
  it('handle one chat’s updates in order, one at a time, whichever replica receives them', async () => {
    api = await startFakeBotApi();
    const u = createUpdateFactory(api.me);
    const prefix = testPrefix();
    const env = {
      TELEGRAM_BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.apiRoot,
      WEBHOOK_URL: 'http://127.0.0.1:9/telegram/webhook',
      WEBHOOK_SECRET: SECRET,
      REDIS_PREFIX: prefix,
    };
    const replicas = [startReplica('hook-a', env), startReplica('hook-b', env)];
    await until('both replicas serving', () => replicas.every((r) => r.port));
    await until('both webhooks set', () => (api!.callsOf('setWebhook').length === 2 ? true : undefined));
    const post = (r: Replica, update: Update) =>
      fetch(`http://127.0.0.1:${r.port}/telegram/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        body: JSON.stringify(update),
      }).then((res) => res.status);

    const rider = u.person(9201, { language_code: 'en' });
    const updates = Array.from({ length: 10 }, (_, i) => u.privateText(rider, `/step${i + 1}`));
    // The first update's reply is held at "Telegram", so the rest arrive while it is being handled.
    const release = api.hold('sendMessage');
    const answers = [post(replicas[0]!, updates[0]!)];
    await api.waitFor('sendMessage', (p) => p.chat_id === rider.id);
    answers.push(...updates.slice(1).map((up, i) => post(replicas[(i + 1) % 2]!, up)));
    // All nine wait in the chat's line in Redis, in both processes.
    const redis = new Redis(inject('redisUrl'));
    const keys = createKeys(prefix);
    try {
      await until('nine waiting updates', async () =>
        (await redis.zcard(keys.turnWaiting('telegram', String(rider.id)))) === 9 ? true : undefined,
      );
    } finally {
      redis.disconnect();
    }
    release();
    expect(await Promise.all(answers)).toEqual(Array(10).fill(200));
    await api.waitFor('sendMessage', (p) => p.chat_id === rider.id && String(p.text).includes('/step10'));
    const order = api
      .callsOf('sendMessage')
      .filter((p) => p.chat_id === rider.id)
      .map((p) => /\/step(\d+)/.exec(String(p.text))?.[1]);
    expect(order).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  }, 120_000);
});
