/**
 * The bot was down for days: the pushes it missed are not sent late, each group goes on with its next lesson, and
 * the organisers hear once — however many replicas come back — how many pushes were not sent (QA19).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { testPrefix, type TestApp } from '../../helpers/app.js';
import { bindGroup, clockAt, delivered, lessonApp, MONDAY_10, queueDrained, sentTo, sh } from './fixtures.js';

const open: TestApp[] = [];
async function app(...args: Parameters<typeof lessonApp>) {
  const t = await lessonApp(...args);
  open.push(t);
  return t;
}
afterEach(async () => {
  for (const t of open.splice(0)) await t.close().catch(() => undefined);
});

const ESCALATION = 'district-escalation';

describe('lesson pushes missed while the bot was down', () => {
  it('two replicas back after three days: the organisers are told once how many pushes were not sent; groups carry on', async () => {
    const prefix = testPrefix();
    const before = await app(clockAt(MONDAY_10), { prefix });
    await bindGroup(before, 'riders-a', 'riders-test');
    await before.app.lessons.tick();
    await delivered(before, `lesson:weekday-safety:${MONDAY_10}`);
    await before.app.close(); // down from Monday 10:00 (Redis keeps its data) …

    // … until Thursday 10:05, when two replicas start together.
    const thursday = sh(2026, 3, 5, 10, 5);
    const a = await app(clockAt(thursday), { prefix });
    const b = await app(clockAt(thursday), { prefix });
    const [ra, rb] = await Promise.all([a.app.lessons.tick(), b.app.lessons.tick()]);
    // Only Thursday's push, in the catch-up hour, is run; Tuesday's and Wednesday's are not sent late.
    const queued = [...ra.pushes, ...rb.pushes].filter((p) => p.outcome === 'queued');
    expect(queued.map((p) => p.sendAt)).toEqual([sh(2026, 3, 5, 10)]);
    // The group goes on where it was: lesson 2, not lesson 4.
    expect(queued[0]!.lessons).toEqual({ 'console:riders-a': 'safety-red-light' });

    // Between them the replicas sent one message to the escalation chat.
    const marker = await queueDrained(a, [ESCALATION]);
    const told = [...sentTo(a, ESCALATION), ...sentTo(b, ESCALATION)]
      .map((l) => l.text)
      .filter((x) => x !== marker);
    expect(told).toHaveLength(1);
    // Weekdays at 10:00 (Tue, Wed) and daily at 13:30 (Mon, Tue, Wed).
    expect(told[0]).toContain('机器人从 3月2日 周一 10:00 到 3月5日 周四 10:05 没有运行');
    expect(told[0]).toContain('有 5 次微课推送没有发出');
    expect(told[0]).toContain('“安全第一”2 次；“防诈课堂”3 次');
    expect(told[0]).toContain('各群从自己还没学的下一课接着学');

    // The next tick has nothing more to say.
    await a.app.lessons.tick(thursday + 60_000);
    const again = await queueDrained(a, [ESCALATION]);
    expect(
      [...sentTo(a, ESCALATION), ...sentTo(b, ESCALATION)]
        .map((l) => l.text)
        .filter((x) => !x.includes('marker')),
    ).toEqual(told);
    expect(again).toContain('marker');
  });

  it('after a rollback and a second upgrade, pushes an older release sent are not told as missed (QA24 #6)', async () => {
    const prefix = testPrefix();
    const before = await app(clockAt(MONDAY_10), { prefix });
    await bindGroup(before, 'riders-a', 'riders-test');
    await before.app.lessons.tick();
    await delivered(before, `lesson:weekday-safety:${MONDAY_10}`);
    await before.app.close();
    // An older release runs from Monday to Wednesday noon: it sends every push (each marked done, kept 3 days) but
    // never records its looks in lessons:ticked. Its pushes are marked as its push runner marks them.
    const old = await app(clockAt(MONDAY_10), { prefix });
    const pushes = [
      ['weekday-safety', sh(2026, 3, 3, 10)],
      ['weekday-safety', sh(2026, 3, 4, 10)],
      ['lunch-fraud', sh(2026, 3, 2, 13, 30)],
      ['lunch-fraud', sh(2026, 3, 3, 13, 30)],
    ] as const;
    for (const [schedule, sendAt] of pushes) await old.app.deps.store.lessons.markDone(schedule, sendAt);
    await old.app.close();

    // The second upgrade: back on Thursday 10:05. Only Wednesday's 13:30 push went unsent (nobody ran then).
    const thursday = sh(2026, 3, 5, 10, 5);
    const after = await app(clockAt(thursday), { prefix });
    await after.app.lessons.tick();
    const marker = await queueDrained(after, [ESCALATION]);
    const told = sentTo(after, ESCALATION)
      .map((l) => l.text)
      .filter((x) => x !== marker);
    // Before: "从 3月2日 周一 10:00 … 有 5 次微课推送没有发出".
    expect(told).toHaveLength(1);
    expect(told[0]).toContain('有 1 次微课推送没有发出');
    expect(told[0]).toContain('机器人从 3月4日 周三 10:00 到 3月5日 周四 10:05 没有运行');
  });

  it('a night off (less than a day behind) and a first start with no history say nothing', async () => {
    const prefix = testPrefix();
    const first = await app(clockAt(MONDAY_10), { prefix });
    await bindGroup(first, 'riders-a', 'riders-test');
    await first.app.lessons.tick(); // a first start: nothing to compare with
    await first.app.lessons.tick(sh(2026, 3, 3, 9)); // back 23 h later: Monday's 13:30 push was missed
    const marker = await queueDrained(first, [ESCALATION]);
    expect(sentTo(first, ESCALATION).map((l) => l.text)).toEqual([marker]);
  });
});
