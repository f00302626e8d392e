/**
 * The reports' scheduled jobs on one timer: node-cron every 5 minutes (BOT_TIMEZONE) calls `tick`, and
 * `tick(at)` runs what is due at `at`, each under a lease so that several bot processes sharing one Redis
 * run each fire once (core/jobs/once.ts):
 *
 * | job                 | fire                             | runs                                     |
 * |---------------------|----------------------------------|------------------------------------------|
 * | `ticket-sweep`      | every 5-minute slot              | runSweep: remind, escalate overdue, close |
 * | `ticket-digest`     | each day from 08:30 for 2.5 h    | runDigest: the triage chats' morning list |
 * | `ticket-retention`  | each day from 03:30              | runRetention: anonymise old resolved ones |
 *
 * The digest and retention fires are per local day, so a process that starts at 09:10 still sends the
 * day's digest, and a failed run is retried by the next tick. 08:30 is after the sample pack's night quiet
 * window; a pack whose quiet windows cover it moves the digest to the end of the window. Tests call `tick(at)` (or the jobs
 * themselves) at a fixed time; no timer runs in tests.
 *
 *   const jobs = createReportJobs(deps, { effects: kit.effects(deps) });
 *   jobs.start();               // main.ts
 *   await jobs.tick(at);        // tests
 */
import { createTicker } from '../jobs/ticker.js';
import type { CoreDeps } from '../feature.js';
import { createFireGuard, fireId, type FireOutcome } from '../jobs/once.js';
import { leaveQuiet, zonedParts, zonedToInstant } from '../zoned.js';
import { DIGEST_AT, runDigest, type DigestReport } from './digest.js';
import type { Effects } from './effects.js';
import { runRetention, type RetentionReport } from './retention.js';
import { runSweep, type SweepReport } from './sweep.js';

export const SWEEP_EVERY_MS = 5 * 60_000;
/** The digest is still sent this long after its time (a restart, a failed first try): until 11:00. */
export const DIGEST_CATCH_UP_MS = 150 * 60_000;
export const RETENTION_AT = { hour: 3, minute: 30 };

export interface ReportJobsOptions {
  effects: Effects;
  owner?: string;
  leaseMs?: number;
}

export interface TickReport {
  at: number;
  sweep?: FireOutcome<SweepReport>;
  digest?: FireOutcome<DigestReport>;
  retention?: FireOutcome<RetentionReport>;
}

export interface ReportJobs {
  /** Run whatever is due at `at` (default: now), each fire once across processes. */
  tick(at?: number): Promise<TickReport>;
  /** The jobs themselves, unleased (tests, operators). */
  sweep(at?: number): Promise<SweepReport>;
  digest(at?: number): Promise<DigestReport>;
  retention(at?: number): Promise<RetentionReport>;
  start(): void;
  stop(): Promise<void>;
}

/** The instant of a local time on the local day of `at`. */
function todayAt(at: number, tz: string, time: { hour: number; minute: number }): number {
  const p = zonedParts(at, tz);
  return zonedToInstant({ year: p.year, month: p.month, day: p.day, ...time }, tz);
}

export function createReportJobs(deps: CoreDeps, options: ReportJobsOptions): ReportJobs {
  const guard = createFireGuard(deps.store.jobs, {
    ...(options.owner ? { owner: options.owner } : {}),
    ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}),
  });
  const log = deps.logger.child({ job: 'report-jobs' });
  const clock = () => deps.now().getTime();

  const sweep = (at = clock()) => runSweep(deps, new Date(at), options.effects);
  const digest = (at = clock()) => runDigest(deps, new Date(at), guard);
  const retention = (at = clock()) => runRetention(deps, new Date(at));

  async function attempt<T>(
    name: keyof Omit<TickReport, 'at'>,
    run: () => Promise<FireOutcome<T>>,
  ): Promise<FireOutcome<T> | undefined> {
    try {
      return await run();
    } catch (err) {
      log.error({ err, job: name }, 'report job failed; the next tick retries it');
      return undefined;
    }
  }

  async function tickOnce(at: number): Promise<TickReport> {
    const tz = deps.timezone;
    const report: TickReport = { at };
    const s = await attempt('sweep', () =>
      guard.run('ticket-sweep', fireId(at, SWEEP_EVERY_MS), () => sweep(at)),
    );
    if (s) report.sweep = s;
    const day = zonedParts(at, tz).date;
    // 08:30, or the end of a quiet window of the pack that covers it.
    const digestAt = leaveQuiet(todayAt(at, tz, DIGEST_AT), deps.content.get().settings.quietWindows, tz);
    if (at >= digestAt && at < digestAt + DIGEST_CATCH_UP_MS) {
      const d = await attempt('digest', () => guard.run('ticket-digest', day, () => digest(at)));
      if (d) report.digest = d;
    }
    if (at >= todayAt(at, tz, RETENTION_AT)) {
      const r = await attempt('retention', () => guard.run('ticket-retention', day, () => retention(at)));
      if (r) report.retention = r;
    }
    return report;
  }

  const ticker = createTicker({
    cron: '*/5 * * * *',
    timezone: deps.timezone,
    name: `report-jobs-${guard.owner}`,
    now: clock,
    log,
    run: tickOnce,
  });

  return {
    sweep,
    digest,
    retention,
    tick: (at?: number) => ticker.tick(at),
    start() {
      ticker.start();
      log.info({ owner: guard.owner }, 'report jobs started');
    },
    stop: () => ticker.stop(),
  };
}
