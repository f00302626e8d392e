/**
 * "Run this job once per fire across processes": every bot process may run the same timer; the first to
 * take a fire's lease in Redis runs it, the others see `busy` (running elsewhere) or `done-before`.
 * A run that throws gives its lease back at once, so the next tick (here or elsewhere) retries; a process
 * that dies mid-run leaves the lease to expire after `leaseMs`, and then anyone may take the fire over.
 * So the job itself must be safe to run again after a partial run (the report jobs are: every step they
 * take is guarded by a once-only flag on the ticket).
 *
 *   const once = createFireGuard(deps.store.jobs, { owner: 'pid-4711' });
 *   const r = await once.run('sweep', fireId(at, 5 * 60_000), () => runSweep(deps, at));
 *   if (r.outcome === 'ran') log.info(r.result);
 *
 * The lesson scheduler keeps its own lease (store/lessons.ts, keyed per schedule and send time); this is
 * the general form for jobs that fire on a clock.
 */
import { randomBytes } from 'node:crypto';
import type { JobRepo } from '../ports/jobs.js';

export type FireOutcome<T> = { outcome: 'ran'; result: T } | { outcome: 'busy' } | { outcome: 'done-before' };

export interface FireGuardOptions {
  /** Names this process in the lease (logs, debugging). */
  owner?: string;
  /** How long a run may hold its fire before another process may take it over (default 4 minutes). */
  leaseMs?: number;
  /** How long a finished fire is remembered (default 2 days — longer than any catch-up window). */
  doneTtlSeconds?: number;
}

export interface FireGuard {
  readonly owner: string;
  run<T>(job: string, fireId: string, work: () => Promise<T>): Promise<FireOutcome<T>>;
}

export function createFireGuard(jobs: JobRepo, options: FireGuardOptions = {}): FireGuard {
  const owner = options.owner ?? `${process.pid}-${randomBytes(3).toString('hex')}`;
  const leaseMs = options.leaseMs ?? 4 * 60_000;
  const doneTtl = options.doneTtlSeconds ?? 2 * 86_400;
  return {
    owner,
    async run(job, fireId, work) {
      if (!(await jobs.lease(job, fireId, owner, leaseMs))) {
        return (await jobs.isDone(job, fireId)) ? { outcome: 'done-before' } : { outcome: 'busy' };
      }
      let result;
      try {
        result = await work();
      } catch (err) {
        await jobs.release(job, fireId, owner).catch(() => undefined);
        throw err;
      }
      await jobs.markDone(job, fireId, doneTtl);
      return { outcome: 'ran', result };
    },
  };
}

/** A fire's id: the start of the `everyMs` slot `at` falls in, as UTC `YYYYMMDDHHmm` (readable in Redis). */
export function fireId(at: number, everyMs: number): string {
  const slot = new Date(Math.floor(at / everyMs) * everyMs);
  return slot.toISOString().slice(0, 16).replace(/[-T:]/g, '');
}
