/**
 * QA9 #8: an emergency (someone unconscious) nobody claimed overnight got one system escalation at its respond
 * deadline and then nothing until the morning digest. Now, while it stays unclaimed, the escalation chat is told
 * again every respond window (the pack's emergency respondHours), each time with how long the reporter has waited,
 * at most `EMERGENCY_REPEATS` times — and not once more after anyone claims it. Once per interval however many
 * processes sweep (the escalate script decides). Real Redis, the console app, the sweep with the clock moved.
 */
import { describe, expect, it } from 'vitest';
import { createTestApp, testPrefix } from '../../helpers/app.js';
import { EMERGENCY_REPEATS } from '../../../src/core/reports/sweep.js';
import { bindGroups, claim, fileFrom, useReportsApp } from './drive.js';
import { HOUR, linesIn, T0 } from './helpers.js';

const setup = useReportsApp({ bind: true });
const MIN = 60_000;

/** An emergency filed at T0 from the meituan riders' group: respond within an hour. */
async function emergency(user: string, text = '同事在宿舍晕倒了，叫不醒') {
  setup.clock.set(T0);
  await setup.app.type(`:as ${user} zh-CN`);
  const id = await fileFrom(setup.app, user, 'riders-meituan', text);
  expect((await setup.app.app.deps.store.tickets.get(id))!.urgency).toBe('emergency');
  return id;
}

/**
 * The 督办 cards for a ticket (not the heads-up the chat got when it was filed:
 * tests/adapters/telegram/escalation-summary.test.ts).
 */
const escalations = (id: string, app = setup.app) =>
  linesIn(app, 'district-escalation').filter(
    (l) => l.kind === 'send' && l.text.includes(id) && l.text.includes('督办'),
  );

describe('an emergency nobody claims', () => {
  it('is told again every respond window, with how long it has waited, at most N times', async () => {
    const id = await emergency('rider-ue1');
    await setup.app.app.jobs.sweep(T0 + HOUR + 5 * MIN);
    expect(escalations(id)).toHaveLength(1);
    // Within the next hour: nothing more.
    await setup.app.app.jobs.sweep(T0 + HOUR + 30 * MIN);
    await setup.app.app.jobs.sweep(T0 + 2 * HOUR - MIN);
    expect(escalations(id)).toHaveLength(1);

    const again = await setup.app.app.jobs.sweep(T0 + 2 * HOUR + 5 * MIN);
    expect(again.escalated).toEqual([id]);
    const second = escalations(id)[1]!;
    expect(second.text).toContain('特急仍无人签收');
    expect(second.text).toContain('已等待 2.1 小时');
    expect(second.text).toContain(`第 1/${EMERGENCY_REPEATS} 次`);
    // The branch hears it too.
    expect(
      linesIn(setup.app, 'triage-meituan').filter((l) => l.text.includes('特急仍无人签收')),
    ).toHaveLength(1);

    // Through the night: every hour until the N-th, then silence.
    for (let h = 3; h <= 12; h++) await setup.app.app.jobs.sweep(T0 + h * HOUR + 5 * MIN);
    const all = escalations(id);
    expect(all).toHaveLength(1 + EMERGENCY_REPEATS);
    expect(all.at(-1)!.text).toContain(`第 ${EMERGENCY_REPEATS}/${EMERGENCY_REPEATS} 次`);
    expect(all.at(-1)!.text).toContain(`已等待 ${EMERGENCY_REPEATS + 1}.1 小时`);

    // An English organiser reads the same in the ticket's history.
    setup.app.take();
    await setup.app.type(':as org-li en', ':dm', `/ticket ${id}`);
    const view = setup.app.take().join('\n');
    expect(view).toContain('Emergency still unclaimed: the reporter has waited 2.1 h');
    expect(view).toContain(`${EMERGENCY_REPEATS} of ${EMERGENCY_REPEATS}`);
  });

  it('stops as soon as someone claims it', async () => {
    const id = await emergency('rider-ue2');
    await setup.app.app.jobs.sweep(T0 + HOUR + 5 * MIN);
    await setup.app.app.jobs.sweep(T0 + 2 * HOUR + 5 * MIN);
    expect(escalations(id)).toHaveLength(2);
    setup.clock.set(T0 + 2 * HOUR + 20 * MIN);
    await claim(setup.app, 'sec-meituan', 'triage-meituan', id);
    for (let h = 3; h <= 8; h++)
      expect((await setup.app.app.jobs.sweep(T0 + h * HOUR + 5 * MIN)).escalated).not.toContain(id);
    expect(escalations(id)).toHaveLength(2);
  });

  it('after a gap in sweeping, catches up with one message, not a burst', async () => {
    const id = await emergency('rider-ue3');
    // Nobody swept until four hours after the deadline.
    await setup.app.app.jobs.sweep(T0 + 5 * HOUR);
    await setup.app.app.jobs.sweep(T0 + 5 * HOUR + 5 * MIN);
    expect(escalations(id)).toHaveLength(1);
  });

  it('an urgent ticket is escalated once, as before', async () => {
    setup.clock.set(T0);
    await setup.app.type(':as rider-ue4 zh-CN');
    const id = await fileFrom(setup.app, 'rider-ue4', 'riders-meituan', '房东说今晚之前不交房租就让我走');
    for (let h = 5; h <= 20; h += 3) await setup.app.app.jobs.sweep(T0 + h * HOUR);
    expect(escalations(id)).toHaveLength(1);
  });

  it('is told once per interval when two processes sweep at the same moment', async () => {
    const prefix = testPrefix();
    const a = await createTestApp({ now: setup.clock.now, prefix });
    const b = await createTestApp({ now: setup.clock.now, prefix });
    try {
      await bindGroups(a);
      setup.clock.set(T0);
      await a.type(':as rider-ue5 zh-CN');
      const id = await fileFrom(a, 'rider-ue5', 'riders-meituan', '工友被货架压住了，叫他没反应');
      for (const at of [T0 + HOUR + 5 * MIN, T0 + 2 * HOUR + 5 * MIN, T0 + 3 * HOUR + 5 * MIN])
        await Promise.all([a.app.jobs.sweep(at), b.app.jobs.sweep(at)]);
      expect([...escalations(id, a), ...escalations(id, b)]).toHaveLength(3);
      expect((await a.app.deps.store.tickets.get(id))!.escalations).toBe(3);
    } finally {
      await b.app.close();
      await a.close();
    }
  });
});
