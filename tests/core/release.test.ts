/**
 * The release level (core/release.ts over store/replicas.ts, real Redis): a replica of an older release steps aside
 * once a newer one has started on its Redis — at its next lease renewal it gives the poller lease back, says why once,
 * and never takes the lease again; replicas of one level share the work as ever.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createLeader, type Leader } from '../../src/core/leader.js';
import { createReleaseGate, steppedAsideLine } from '../../src/core/release.js';
import { captureLogger, useTestStore } from '../helpers/app.js';
import { waitFor } from '../helpers/wait.js';

const ctx = useTestStore();
const started: Leader[] = [];
afterEach(async () => {
  for (const l of started.splice(0)) await l.stop();
});

/** A replica of `level` competing for one role, stopping its leader when it steps aside (as main.ts does). */
function replica(name: string, level: number) {
  const { logger, logs } = captureLogger('warn');
  const gate = createReleaseGate({ port: ctx.store.release, level, log: logger });
  const work = { running: false };
  const leader = createLeader({
    lease: ctx.store.leases,
    name: 'release-role',
    instance: name,
    leaseMs: 300,
    log: logger,
    mayLead: gate.check,
    lead: async () => void (work.running = true),
    standDown: async () => void (work.running = false),
  });
  gate.onStepAside(() => leader.stop());
  started.push(leader);
  return { gate, leader, work, logs };
}

describe('a newer release joins', () => {
  it('the older leader gives the lease up at its next renewal and never leads again; the newer one leads', async () => {
    const old = replica('old', 1);
    expect(await old.gate.check()).toBe(true);
    await old.leader.start();
    expect(old.work.running).toBe(true);
    const same = replica('same', 1);
    await same.leader.start();
    expect(same.leader.status()).toMatchObject({ ok: true, role: 'standby' });

    const young = replica('new', 2);
    expect(await young.gate.check()).toBe(true);
    await young.leader.start();
    await waitFor(() => !old.work.running, 'the older leader standing down', 8000);
    expect(old.gate.status()).toEqual({ ok: false, detail: `stepped aside: ${steppedAsideLine(2)}` });
    // The lease was given back: a replica of the newer release leads; the older ones never again.
    await waitFor(() => young.work.running, 'the newer replica leading', 8000);
    await waitFor(() => !same.gate.active(), 'the other older replica stepping aside', 8000);
    expect(same.work.running).toBe(false);
    expect(old.logs.filter((l) => l.msg === steppedAsideLine(2))).toHaveLength(1);
    expect(young.gate.status()).toEqual({ ok: true, detail: 'level 2' });
    // An older replica starting now learns it at once.
    expect(await replica('late', 1).gate.check()).toBe(false);
  });
});
