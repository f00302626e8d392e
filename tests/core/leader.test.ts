/**
 * Electing one process for a role through a Redis lease (core/leader.ts over store/replicas.ts, real
 * Redis): one leads, the other stands by and takes over when the leader stops or dies; a leader whose
 * lease was taken while it was paused stands down; a failure while leading gives the lease up and is
 * reported until the role is held again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createLeader, type Leader } from '../../src/core/leader.js';
import { createLogger } from '../../src/core/logger.js';
import type { LeasePort } from '../../src/core/replicas.js';
import { useTestStore } from '../helpers/app.js';

const ctx = useTestStore();
const log = createLogger({ level: 'silent', pretty: false });
const started: Leader[] = [];
afterEach(async () => {
  for (const l of started.splice(0)) await l.stop();
});

async function until(what: string, cond: () => boolean | Promise<boolean>, ms = 8000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function candidate(name: string, role: string, lease: LeasePort = ctx.store.leases) {
  const work = { running: false, starts: 0 };
  const leader = createLeader({
    lease,
    name: role,
    instance: name,
    leaseMs: 300,
    log,
    lead: async () => {
      work.running = true;
      work.starts++;
    },
    standDown: async () => {
      work.running = false;
    },
  });
  started.push(leader);
  return { leader, work };
}

describe('one process leads', () => {
  it('one of two leads; when it stops, the other takes over', async () => {
    const a = candidate('a', 'role-1');
    const b = candidate('b', 'role-1');
    a.leader.start();
    b.leader.start();
    await until('a leader', () => a.work.running !== b.work.running);
    const [first, second] = a.work.running ? [a, b] : [b, a];
    expect(second.leader.status()).toMatchObject({ ok: true, role: 'standby' });
    await first.leader.stop();
    await until('the other leads', () => second.work.running);
    expect(first.work.running).toBe(false);
  });

  it('a leader whose process died (it stops renewing) is replaced once its lease expires', async () => {
    const { store } = ctx;
    // A process took the lease and was killed: it will never renew or release it.
    expect(await store.leases.take('role-2', 'dead:1', 300)).toBe(true);
    const b = candidate('b', 'role-2');
    b.leader.start();
    await until('the stand-by leads', () => b.work.running);
  });

  it('a leader that finds its lease held by another (it was paused) stands down', async () => {
    const { store } = ctx;
    const a = candidate('a', 'role-3');
    a.leader.start();
    await until('a leads', () => a.work.running);
    // While a was paused its lease ran out and another process took it.
    await store.redis.set(store.keys.lease('role-3'), 'other:1', 'PX', 10_000);
    await until('a stands down', () => !a.work.running);
    expect(a.leader.status()).toMatchObject({ ok: true, role: 'standby' });
  });

  it('a leader that cannot renew stops before its lease could pass to another', async () => {
    const { store } = ctx;
    let redisDown = false;
    const flaky: LeasePort = {
      take: (...args) =>
        redisDown ? Promise.reject(new Error('Connection is closed.')) : store.leases.take(...args),
      release: (...args) => store.leases.release(...args),
    };
    const a = candidate('a', 'role-4', flaky);
    a.leader.start();
    await until('a leads', () => a.work.running);
    redisDown = true;
    await until('a stops polling', () => !a.work.running);
    // Still out of touch after three leases: /healthz says so.
    await until('unhealthy', () => !a.leader.status().ok, 3000);
    expect(a.leader.status().detail).toMatch(/cannot reach the role-4 lease/);
  });

  it('work that fails while leading gives the lease up, is reported, and another process leads', async () => {
    const a = candidate('a', 'role-5');
    a.leader.start();
    await until('a leads', () => a.work.running);
    const b = candidate('b', 'role-5');
    b.leader.start();
    await a.leader.failed('409 Conflict: terminated by other getUpdates request');
    expect(a.leader.status()).toMatchObject({
      ok: false,
      role: 'failed',
      detail: expect.stringContaining('409'),
    });
    await until('b leads', () => b.work.running);
  });
});
