/**
 * Three bot processes on one Redis (three apps, one key prefix, each with its delivery engine running):
 * a scheduled lesson push and the report jobs fire once between them, and the shared delivery queue
 * gives each group its lesson exactly once, whichever engine sends it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { testPrefix, type TestApp } from '../../helpers/app.js';
import { bindGroup, clockAt, delivered, lessonApp, MONDAY_10, sentTo } from '../lessons/fixtures.js';

const open: TestApp[] = [];
afterEach(async () => {
  for (const t of open.splice(0)) await t.close().catch(() => undefined);
});

describe('three processes on one Redis', () => {
  it('fire each schedule once and share one delivery queue', async () => {
    const clock = clockAt(MONDAY_10);
    const prefix = testPrefix();
    for (let i = 0; i < 3; i++) open.push(await lessonApp(clock, { prefix }));
    const [a] = open as [TestApp, TestApp, TestApp];
    await bindGroup(a, 'riders-a', 'riders-test');
    await bindGroup(a, 'riders-en', 'riders-test en');

    // Every process's minute timer fires at once, then again a minute later (catch-up).
    const first = await Promise.all(open.map((t) => t.app.lessons.tick()));
    const later = await Promise.all(open.map((t) => t.app.lessons.tick(MONDAY_10 + 60_000)));
    const outcomes = [...first, ...later].flatMap((r) => r.pushes.map((p) => p.outcome));
    expect(outcomes.filter((o) => o === 'queued')).toHaveLength(1);
    expect(outcomes.filter((o) => o !== 'queued').every((o) => o === 'busy' || o === 'done-before')).toBe(
      true,
    );
    await delivered(a, `lesson:weekday-safety:${MONDAY_10}`);
    const lessonsIn = (chat: string) =>
      open.flatMap((t) => sentTo(t, chat).filter((l) => l.text.includes('📚')));
    expect(lessonsIn('riders-a')).toHaveLength(1);
    expect(lessonsIn('riders-en')).toHaveLength(1);

    // The report jobs' timers too: one sweep per 5-minute slot, whichever process ran it.
    const jobs = await Promise.all(open.map((t) => t.app.jobs.tick(MONDAY_10 + 2 * 60_000)));
    expect(jobs.map((j) => j.sweep?.outcome).filter((o) => o === 'ran')).toHaveLength(1);
  });
});
