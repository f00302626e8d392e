/**
 * QA8: after a gap in sweeping the branch was posted "⏰ …距响应时限还有 57 分钟" after the escalation it warned
 * about (the console's clock, back to the machine's after a restart, swept an hour behind the escalation — as a
 * replica whose clock lags would). A reminder whose moment has passed — its deadline gone, or the ticket escalated
 * since the reminder fell due — is dropped, not sent late. Real Redis, the console app, the sweep at fixed times.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { advanceClock, createMovableClock } from '../../../src/core/jobs/clock.js';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { bindGroups, cardOf, claim, fileFrom, useReportsApp } from './drive.js';
import { HOUR, linesIn, press, T0 } from './helpers.js';

const setup = useReportsApp({ bind: true });
const MIN = 60_000;

/** An urgent ticket filed at T0: respond within 4 h, reminded from an hour before (T0 + 3 h). */
const urgent = (user: string) =>
  fileFrom(setup.app, user, 'riders-meituan', '房东说今晚之前不交房租就让我走');
/** The triage chat the ticket's card is in. */
const triageOf = async (id: string) => (await setup.app.app.deps.store.tickets.get(id))!.card!.address.chatId;
const reminders = async (id: string) =>
  linesIn(setup.app, await triageOf(id)).filter(
    (l) => l.kind === 'send' && l.text.startsWith(`⏰ 提醒：${id}`),
  );

describe('a deadline reminder whose moment has passed', () => {
  it('is not posted after the escalation, when a sweep runs behind it', async () => {
    const id = await urgent('rider-lr1');
    expect((await setup.app.app.deps.store.tickets.get(id))!.urgency).toBe('urgent');
    expect((await setup.app.app.jobs.sweep(T0 + 4 * HOUR + 3 * MIN)).escalated).toEqual([id]);
    // A sweep an hour behind (a clock set back, a lagging replica): the reminder's moment is long past.
    const behind = await setup.app.app.jobs.sweep(T0 + 3 * HOUR + 3 * MIN);
    expect(behind.reminded.map((r) => r.id)).not.toContain(id);
    expect(await reminders(id)).toEqual([]);
  });

  it('is not posted after someone escalated the ticket since it fell due', async () => {
    const id = await urgent('rider-lr2');
    setup.clock.set(T0 + 3 * HOUR + 20 * MIN);
    const triage = await triageOf(id);
    await setup.app.type(':as org-li', `:in ${triage}`);
    await press(setup.app, triage, '督办', cardOf(setup.app, triage, id));
    await setup.app.type(':reply 站点一直没人签收，请区里催一下');
    expect((await setup.app.app.deps.store.tickets.get(id))!.escalations).toBe(1);
    const late = await setup.app.app.jobs.sweep(T0 + 3 * HOUR + 30 * MIN);
    expect(late.reminded.map((r) => r.id)).not.toContain(id);
    expect(await reminders(id)).toEqual([]);
  });

  it('still goes in its time — and after an escalation before its moment, for the deadline that follows', async () => {
    const id = await urgent('rider-lr3');
    expect((await setup.app.app.jobs.sweep(T0 + 3 * HOUR + 3 * MIN)).reminded).toContainEqual({
      id,
      deadline: 'respond',
    });
    expect((await reminders(id))[0]!.text).toContain('距响应时限还有 57 分钟');
    // Escalated for the response, then taken: the resolution's reminder (48 h, from 12 h before) still comes.
    await setup.app.app.jobs.sweep(T0 + 4 * HOUR + 3 * MIN);
    setup.clock.set(T0 + 5 * HOUR);
    await claim(setup.app, 'org-li', await triageOf(id), id);
    expect((await setup.app.app.jobs.sweep(T0 + 5 * HOUR + 37 * HOUR)).reminded).toContainEqual({
      id,
      deadline: 'resolve',
    });
  });
});

describe("the console's :clock over a night", () => {
  // Stop 35 (QA8 #15): the console's jump ticks every job hour by hour on the way (jobs/clock.ts), so the reminder's
  // hour comes before the escalation's; the QA's reminder after the escalation came from a sweep behind it, after a
  // restart set the console's clock back (above).
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('posts the reminder in its hour, before the escalation', async () => {
    const clock = createMovableClock();
    app = await createTestApp({ now: clock.now });
    await bindGroups(app);
    const id = await fileFrom(app, 'rider-lr4', 'riders-meituan', '房东说今晚之前不交房租就让我走');
    const filed = clock.now().getTime();
    // Typed three minutes later, as the QA did: `:clock` overnight.
    clock.offsetMs += 3 * MIN;
    await advanceClock(clock, filed + 12 * HOUR, app.app);
    const triage = (await app.app.deps.store.tickets.get(id))!.card!.address.chatId;
    const said = linesIn(app, triage)
      .filter((l) => l.kind === 'send')
      .map((l) => l.text);
    const reminder = said.findIndex((t) => t.startsWith(`⏰ 提醒：${id}`));
    const escalation = said.findIndex((t) => t.startsWith(`🔺 ${id} 被督办`));
    expect(said[reminder]).toContain('距响应时限还有 57 分钟');
    expect(escalation).toBeGreaterThan(reminder);
    expect(said.filter((t) => t.startsWith(`⏰ 提醒：${id}`))).toHaveLength(1);
  });
});
