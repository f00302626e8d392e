import { describe, expect, it } from 'vitest';
import { createFireGuard, fireId } from '../../../src/core/jobs/once.js';
import { useTestStore } from '../../helpers/app.js';
import { waitFor } from '../../helpers/wait.js';

const t = useTestStore();

describe('run once per fire across processes', () => {
  it('lets one of two processes run a fire; the other sees it busy, then done', async () => {
    const a = createFireGuard(t.store.jobs, { owner: 'a' });
    const b = createFireGuard(t.store.jobs, { owner: 'b' });
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    const first = a.run('job', 'f1', async () => {
      runs++;
      started();
      await gate;
      return 'done by a';
    });
    await running; // a holds the lease from here until the gate opens
    expect(await b.run('job', 'f1', async () => ++runs)).toEqual({ outcome: 'busy' });
    release();
    expect(await first).toEqual({ outcome: 'ran', result: 'done by a' });
    expect(await b.run('job', 'f1', async () => ++runs)).toEqual({ outcome: 'done-before' });
    expect(runs).toBe(1);
    // Another fire of the same job is a run of its own.
    expect((await b.run('job', 'f2', async () => ++runs)).outcome).toBe('ran');
  });

  it('gives the fire back when a run fails, so the next tick may retry it', async () => {
    const a = createFireGuard(t.store.jobs, { owner: 'a' });
    const b = createFireGuard(t.store.jobs, { owner: 'b' });
    await expect(a.run('job', 'f3', async () => Promise.reject(new Error('redis blip')))).rejects.toThrow(
      'redis blip',
    );
    expect(await b.run('job', 'f3', async () => 'retried')).toEqual({ outcome: 'ran', result: 'retried' });
  });

  it('lets another process take over a fire whose holder died (the lease runs out)', async () => {
    const dead = createFireGuard(t.store.jobs, { owner: 'dead', leaseMs: 400 });
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    void dead.run('job', 'f4', () => {
      started();
      return new Promise(() => {}); // never finishes
    });
    await running;
    const b = createFireGuard(t.store.jobs, { owner: 'b' });
    expect((await b.run('job', 'f4', async () => 1)).outcome).toBe('busy');
    // Wait on Redis, not the clock: the dead holder's lease is gone once its key has expired.
    const { redis, keys } = t.store;
    await waitFor(async () => !(await redis.exists(keys.jobFire('job', 'f4'))), 'the dead lease to expire');
    expect(await b.run('job', 'f4', async () => 1)).toEqual({ outcome: 'ran', result: 1 });
  });

  it('names fires by the start of their slot', () => {
    const at = Date.UTC(2026, 10, 3, 0, 37, 12);
    expect(fireId(at, 5 * 60_000)).toBe('202611030035');
    expect(fireId(at + 2 * 60_000, 5 * 60_000)).toBe('202611030035');
    expect(fireId(at + 3 * 60_000, 5 * 60_000)).toBe('202611030040');
  });
});
