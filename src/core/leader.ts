/**
 * One process holds a role at a time (the Telegram long poller: Telegram allows one getUpdates per token
 * and answers 409 to the others). Every process runs this loop; the one that takes the Redis lease
 * (core/replicas.ts LeasePort) leads, renews it every third of `leaseMs`, and the others stand by and
 * try again at the same pace, so a leader that dies is replaced within about `leaseMs`.
 *
 *   const leader = createLeader({ lease, name: 'poll:telegram', instance, leaseMs: 10_000, log,
 *     lead: () => startPolling(), standDown: () => stopPolling() });
 *   leader.start();  …  leader.failed('409 Conflict');   // the work stopped on its own
 *
 * A leader stops leading when the lease is taken by another (it was paused past the lease) or when it
 * has not renewed it for 60% of the lease (Redis away: another may take it once it expires). When the work
 * stops with an error while this process holds the lease, it gives the lease up (another replica takes
 * over), and `status()` reports the failure until it leads successfully again — /healthz answers 503.
 * `mayLead` is asked at each step first: the lease renewal carries the check that a newer release runs.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from './logger.js';
import type { LeasePort } from './replicas.js';

export interface LeaderOptions {
  lease: LeasePort;
  /** The role, as named in Redis (`lease:<name>`). */
  name: string;
  /** Names this process (host and pid); the lease token adds a random part. */
  instance: string;
  leaseMs: number;
  log: Logger;
  /** Start the work (this process just took the lease). Rejecting counts as a failure. */
  lead(): Promise<void>;
  /** Stop the work (the lease was lost, the work failed, or the process is stopping). */
  standDown(): Promise<void>;
  /**
   * Asked at each step (core/release.ts `check`: this replica's release is still the newest): before trying to take
   * the lease, and right after renewing it. false: no attempt to take it; whoever calls it stops the leader (`stop()`
   * gives the lease back).
   */
  mayLead?: () => Promise<boolean>;
  now?: () => number;
}

export interface LeaderStatus {
  ok: boolean;
  role: 'leading' | 'standby' | 'failed' | 'stopped';
  detail: string;
}

export interface Leader {
  /** Starts competing; settles once the first attempt is done (leading, or standing by). */
  start(): Promise<void>;
  /** The work stopped with an error (e.g. polling got 409). */
  failed(reason: string): Promise<void>;
  status(): LeaderStatus;
  isLeading(): boolean;
  stop(): Promise<void>;
}

export function createLeader(o: LeaderOptions): Leader {
  const now = o.now ?? Date.now;
  const token = `${o.instance}:${randomBytes(6).toString('hex')}`;
  const every = Math.max(100, Math.floor(o.leaseMs / 3));
  let state: 'standby' | 'leading' | 'stopped' = 'standby';
  let contactAt = now();
  let failure: string | undefined;
  let retryAt = 0;
  let timer: NodeJS.Timeout | undefined;
  let guard: NodeJS.Timeout | undefined;
  let chain: Promise<void> = Promise.resolve();

  /** Serialise every change of role: steps, failures and stop never interleave. */
  const serial = (fn: () => Promise<void>) => (chain = chain.then(fn, fn).catch(() => undefined));

  async function take(): Promise<boolean | undefined> {
    try {
      const held = await o.lease.take(o.name, token, o.leaseMs);
      contactAt = now();
      return held;
    } catch (err) {
      o.log.warn({ err: (err as Error).message, role: o.name }, 'lease not reachable');
      return undefined;
    }
  }

  /**
   * Stop leading well before the lease can expire unless it was renewed in time. A timer, not a step:
   * a renewal stuck on an unreachable Redis must not keep this process polling past its lease.
   */
  function guardLease(): void {
    clearTimeout(guard);
    guard = setTimeout(() => {
      if (state === 'leading') void standDown('the lease could not be renewed in time');
    }, o.leaseMs * 0.6);
  }

  async function standDown(why: string): Promise<void> {
    clearTimeout(guard);
    state = 'standby';
    o.log.warn({ role: o.name, why }, 'standing down');
    await o.standDown().catch((err: unknown) => o.log.error({ err }, 'standing down failed'));
  }

  async function step(): Promise<void> {
    if (state === 'stopped') return;
    if (state === 'standby' && now() < retryAt) return;
    if (state === 'standby' && o.mayLead && !(await o.mayLead())) return;
    const held = await take();
    if (state === 'leading') {
      // Renewed: push the guard on. Redis away: the guard stops us before another process may poll.
      if (held) guardLease();
      else if (held === false) await standDown('the lease is held by another process');
      // Asked after the renewal and not waited for: a round trip in the step puts the next renewal off, and a 1.5 s
      // lease on a busy CPU then changed hands again and again. Its answer stops the leader through `stop()`.
      if (o.mayLead) void o.mayLead().catch(() => undefined);
      return;
    }
    if (!held) return;
    state = 'leading';
    guardLease();
    try {
      await o.lead();
      failure = undefined;
      o.log.info({ role: o.name, instance: o.instance }, 'took the lease: leading');
    } catch (err) {
      await fail((err as Error).message);
    }
  }

  async function fail(reason: string): Promise<void> {
    if (state !== 'leading') return;
    // Still ours? Then the work failed here; otherwise another process took over and that is a hand-over.
    const mine = await take();
    await standDown(mine === false ? 'another process took over' : reason);
    if (mine === false) return;
    failure = reason;
    retryAt = now() + o.leaseMs;
    await o.lease.release(o.name, token).catch(() => undefined);
    o.log.error({ role: o.name, reason }, 'the work stopped while holding the lease; lease given up');
  }

  const loop = () => {
    timer = setTimeout(() => void serial(step).then(() => state !== 'stopped' && loop()), every);
  };

  return {
    start() {
      const first = serial(step);
      loop();
      return first;
    },
    failed: (reason) => serial(() => fail(reason)),
    isLeading: () => state === 'leading',
    status() {
      if (state === 'stopped') return { ok: true, role: 'stopped', detail: 'stopped' };
      const silent = now() - contactAt;
      if (silent > o.leaseMs * 3)
        return {
          ok: false,
          role: state,
          detail: `cannot reach the ${o.name} lease in Redis for ${Math.round(silent / 1000)} s`,
        };
      if (failure && state !== 'leading') return { ok: false, role: 'failed', detail: failure };
      return state === 'leading'
        ? { ok: true, role: 'leading', detail: 'this process holds the lease' }
        : { ok: true, role: 'standby', detail: 'standing by; another process holds the lease' };
    },
    stop: () =>
      serial(async () => {
        clearTimeout(timer);
        clearTimeout(guard);
        const was = state;
        state = 'stopped';
        if (was !== 'leading') return;
        await o.standDown().catch(() => undefined);
        // Hand over at once rather than after the lease runs out.
        await o.lease.release(o.name, token).catch(() => undefined);
      }),
  };
}
