/**
 * QA29: the effects engine marks each but the last effect of an event done on the ticket (`fx:<seq>:<i>`), so a
 * retry does not send a worker's receipt twice (stop 37). Once the event's effects are all done the ticket's
 * fxSeq covers them, and the marks go: a ticket handled to the end — an emergency with its heads-up to the
 * district, claimed, resolved, rated — holds none, and its hash is no bigger for every event it had.
 * Real Redis, the console app.
 */
import { describe, expect, it } from 'vitest';
import { claim, confirm, fileFrom, resolve, useReportsApp } from './drive.js';
import { HOUR, linesIn, T0 } from './helpers.js';

const setup = useReportsApp({ bind: true });

describe("the effects engine's done-once marks", () => {
  it('are gone from the ticket once its events are done', async () => {
    const { app, clock } = setup;
    const id = await fileFrom(app, 'rider-fx1', 'riders-meituan', '同事在宿舍晕倒了，叫不醒');
    // The worker's receipt and the district's heads-up: the `created` event had two effects.
    expect(linesIn(app, 'rider-fx1').filter((l) => /已受理，编号/.test(l.text)).length).toBe(1);
    expect(linesIn(app, 'district-escalation').some((l) => l.text.includes(id))).toBe(true);
    clock.set(T0 + HOUR / 4);
    await claim(app, 'sec-meituan', 'triage-meituan', id);
    await resolve(app, 'sec-meituan', 'triage-meituan', id, '已送医');
    await confirm(app, 'rider-fx1', 5);

    const fields = Object.keys(await app.app.store.redis.hgetall(app.app.store.keys.ticket(id)));
    expect(fields.filter((f) => f.startsWith('fx:'))).toEqual([]);
    expect(await app.app.deps.store.tickets.get(id)).toMatchObject({ status: 'closed', rating: 5 });
  });
});
