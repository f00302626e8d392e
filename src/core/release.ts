/**
 * Rolling upgrades: a replica of an older release steps aside once a newer one runs on its Redis. Each release has
 * a level (src/version.ts `RELEASE_LEVEL`); Redis keeps the highest any replica started with (`ReleasePort.record`,
 * one script: raised if higher). A replica whose level is lower than the one kept stops taking work for good — no
 * update, no job, no delivery, no recovery — and says why once in the log and on /healthz (503), so an orchestrator
 * replaces it. What it had claimed and not begun is left for the newer release's recovery. Equal levels share the
 * work as ever.
 *
 *   const release = createReleaseGate({ port: store.release, level: RELEASE_LEVEL, log });
 *   await release.check();                        // at start: records this level, or finds a newer one
 *   release.onStepAside(() => stopEverything());  // once, when a newer release is found
 *   createLeader({ …, mayLead: release.check });  // asked again at each lease step
 *   release.watch(3_000);                         // and at this pace whenever no lease step asked
 *
 * Redis unreachable: the check keeps the last answer (a replica steps aside only on a level it read).
 */
import type { Logger } from './logger.js';
import type { ReleasePort } from './replicas.js';

export interface ReleaseGate {
  /** This replica's level. */
  readonly level: number;
  /** Records this level or reads a newer one; false once this replica stepped aside (for good). */
  check(): Promise<boolean>;
  /** Whether this replica may still take work (a synchronous read of the last check). */
  active(): boolean;
  /**
   * Called once, when a newer release is found (at once if it was already); not awaited by `check`, which may be
   * called from a loop the listener stops.
   */
  onStepAside(listener: () => Promise<void> | void): void;
  /** For /healthz: ok while active; else why this replica takes no work. */
  status(): { ok: boolean; detail: string };
  /**
   * Checks at this pace when nothing else did (no poller lease: webhook, Slack only, Telegram not reachable yet);
   * `stop()` ends it.
   */
  watch(everyMs: number): void;
  stop(): void;
}

export interface ReleaseGateOptions {
  port: ReleasePort;
  level: number;
  log: Logger;
}

/** A gauge on /metrics: 1 once this replica stepped aside (core/metrics.ts; main.ts sets it). */
export const STEPPED_ASIDE_METRIC = 'waystation_stepped_aside';
export const STEPPED_ASIDE_HELP =
  '1 when a newer release runs on this Redis and this replica stepped aside (takes no work): replace it';

/** The log line and /healthz detail of a replica that stepped aside. */
export const steppedAsideLine = (newer: number) =>
  `a newer release (level ${newer}) runs on this Redis; this replica stops taking work`;

export function createReleaseGate(o: ReleaseGateOptions): ReleaseGate {
  let newer: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  let checkedAt = 0;
  let settled: Promise<void> = Promise.resolve();
  const listeners: (() => Promise<void> | void)[] = [];

  /** One after the other, each failure logged: every listener runs whatever the one before did. */
  function run(listener: () => Promise<void> | void): void {
    settled = settled
      .then(listener)
      .catch((err: unknown) =>
        o.log.error({ err: (err as Error).message }, 'stepping aside for a newer release failed'),
      );
  }

  function stepAside(level: number): void {
    newer = level;
    clearInterval(timer);
    o.log.warn({ level: o.level, newer: level }, steppedAsideLine(level));
    listeners.forEach(run);
  }

  const gate: ReleaseGate = {
    level: o.level,
    async check() {
      if (newer !== undefined) return false;
      checkedAt = Date.now();
      let kept: number;
      try {
        kept = await o.port.record(o.level);
      } catch (err) {
        o.log.warn({ err: (err as Error).message }, 'release level not reachable');
        return newer === undefined;
      }
      if (kept > o.level && newer === undefined) stepAside(kept);
      return newer === undefined;
    },
    active: () => newer === undefined,
    onStepAside(listener) {
      listeners.push(listener);
      if (newer !== undefined) run(listener);
    },
    status: () =>
      newer === undefined
        ? { ok: true, detail: `level ${o.level}` }
        : { ok: false, detail: `stepped aside: ${steppedAsideLine(newer)}` },
    watch(everyMs) {
      if (timer || newer !== undefined) return;
      // Asks Redis only when nothing else asked within the pace (a poller lease's steps do, while they run).
      timer = setInterval(() => void (Date.now() - checkedAt >= everyMs && gate.check()), everyMs / 2);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
  return gate;
}
