/**
 * Leases for scheduled jobs: one run of a job per fire, however many processes share the store.
 * `core/jobs/once.ts` builds the "run once per fire" helper on this.
 */

export interface JobRepo {
  /** Take the lease on one fire; false when another process holds it or it is done. */
  lease(job: string, fireId: string, owner: string, ms: number): Promise<boolean>;
  isDone(job: string, fireId: string): Promise<boolean>;
  /** The fire ran to the end; remembered for `ttlSeconds` (longer than any catch-up window). */
  markDone(job: string, fireId: string, ttlSeconds: number): Promise<void>;
  /** Give the lease back early (the run failed; the next tick may retry). Only the holder can. */
  release(job: string, fireId: string, owner: string): Promise<boolean>;
}
