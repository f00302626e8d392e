/**
 * Two replicas' recover() on one ticket at once (stop 41): one runs the `created` event's effects to the end and
 * moves the done point on, which removes the event's done-once marks; the other, a step behind, sent the receipt
 * again (effects are at-least-once) and then set its mark — which nothing removed again, one per race, for good.
 * The mark is now refused once the done point covers its event (lua/ticket-effect-mark-1.lua). Two real apps on one
 * Redis, the second one's sends held until the first has finished.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Outbox } from '../../../src/core/outbox.js';
import { createTestApp, testPrefix, type TestApp } from '../../helpers/app.js';
import { waitFor } from '../../helpers/wait.js';
import { bindGroups, fileFrom } from './drive.js';
import { clock, linesIn } from './helpers.js';

const c = clock();
const apps: TestApp[] = [];
afterAll(async () => {
  for (const a of apps.reverse()) await a.close();
});

/** `app`'s console sends, each held until `gate` opens; `held` says one is waiting. */
function holdSends(app: TestApp, gate: Promise<void>): { held: boolean } {
  const state = { held: false };
  const inner = app.console.outbox;
  const wrapped = new Proxy(inner, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        state.held = true;
        await gate;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as Outbox;
  app.app.outbox.register('console', wrapped);
  return state;
}

describe('two replicas recovering one ticket at once', () => {
  it('leave no done-once mark on it, and the worker and the district are told', async () => {
    const prefix = testPrefix();
    const a = await createTestApp({ prefix, now: c.now });
    apps.push(a);
    await bindGroups(a);
    const id = await fileFrom(a, 'rider-race', 'riders-meituan', '同事在宿舍晕倒了，叫不醒');
    const { redis, keys } = a.app.store;
    // As if the process that filed it had died before its effects: the done point before `created`, pending again.
    await redis.multi().hset(keys.ticket(id), 'fxSeq', '0').hset(keys.ticketsPending(), id, '1').exec();
    a.take();

    const b = await createTestApp({ prefix, now: c.now });
    apps.push(b);
    let open = () => {};
    const gate = new Promise<void>((r) => (open = r));
    const held = holdSends(b, gate);
    // B reads the ticket and stops at its first send (the receipt); A recovers it to the end meanwhile.
    const behind = b.app.reports.recover();
    await waitFor(() => held.held, "B's first send");
    await a.app.reports.recover();
    expect(await redis.hget(keys.ticket(id), 'fxSeq')).toBe('1');
    open();
    await behind;

    const fields = Object.keys(await redis.hgetall(keys.ticket(id)));
    expect(fields.filter((f) => f.startsWith('fx:'))).toEqual([]);
    expect(await redis.hexists(keys.ticketsPending(), id)).toBe(0);
    expect(linesIn(a, 'rider-race').some((l) => /已受理，编号/.test(l.text))).toBe(true);
    expect(linesIn(a, 'district-escalation').some((l) => l.text.includes(id))).toBe(true);
  });
});
