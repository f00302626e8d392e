/**
 * Leases for scheduled jobs: one run of a job per fire, however many bot processes share the Redis.
 * A fire is named by the job and an id of the moment it stands for (e.g. `sweep` + `202611030835`).
 * The key holds the process that is running it (SET NX PX), then `done` for a while, so a late tick in
 * another process does not run it again. `core/jobs/once.ts` builds the "run once per fire" helper on this.
 *
 *   if (await store.jobs.lease('sweep', '202611030835', owner, 120_000)) { …; await store.jobs.markDone('sweep', '202611030835', 86_400); }
 */
import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';
import type { JobRepo } from '../core/ports/jobs.js';
import { defineScripts } from './scripts.js';

export function createJobRepo(redis: Redis, keys: Keys): JobRepo {
  // A compare-and-delete of a lock by its holder (shared with the delivery engine's progress lock).
  defineScripts(redis, ['delivery-release-1']);

  return {
    /** Take the lease on one fire; false when another process holds it or it is done. */
    async lease(job: string, fireId: string, owner: string, ms: number): Promise<boolean> {
      return (await redis.set(keys.jobFire(job, fireId), owner, 'PX', ms, 'NX')) === 'OK';
    },
    async isDone(job: string, fireId: string): Promise<boolean> {
      return (await redis.get(keys.jobFire(job, fireId))) === 'done';
    },
    /** The fire ran to the end; remembered for `ttlSeconds` (longer than any catch-up window). */
    async markDone(job: string, fireId: string, ttlSeconds: number): Promise<void> {
      await redis.set(keys.jobFire(job, fireId), 'done', 'EX', ttlSeconds);
    },
    /** Give the lease back early (the run failed; the next tick may retry). Only the holder can. */
    async release(job: string, fireId: string, owner: string): Promise<boolean> {
      return (await redis.deliveryRelease(keys.jobFire(job, fireId), owner)) === 1;
    },
  };
}
