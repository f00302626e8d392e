/**
 * The console's clock: what `:clock` accepts, and that moving it runs every job on the way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  advanceClock,
  clockMovedLine,
  clockTarget,
  createMovableClock,
} from '../../../src/core/jobs/clock.js';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { bindGroups } from '../reports/drive.js';
import { typePinnedWithEnd } from '../notices/helpers.js';
import { sh, TZ } from '../lessons/fixtures.js';

const NOW = sh(2026, 12, 5, 17, 1);

describe('clockTarget', () => {
  it('reads +2h, +30m, +1d, +1h30m and a district date and time; never back, not past 60 days', () => {
    expect(clockTarget('+2h', NOW, TZ)).toEqual({ ok: true, at: sh(2026, 12, 5, 19, 1) });
    expect(clockTarget('+30m', NOW, TZ)).toEqual({ ok: true, at: sh(2026, 12, 5, 17, 31) });
    expect(clockTarget('+1d', NOW, TZ)).toEqual({ ok: true, at: sh(2026, 12, 6, 17, 1) });
    expect(clockTarget('+1h30m', NOW, TZ)).toEqual({ ok: true, at: sh(2026, 12, 5, 18, 31) });
    expect(clockTarget('2026-12-06 09:00', NOW, TZ)).toEqual({ ok: true, at: sh(2026, 12, 6, 9) });
    expect(clockTarget('2026-12-05 09:00', NOW, TZ)).toEqual({ ok: false, error: 'back' });
    expect(clockTarget('+90d', NOW, TZ)).toEqual({ ok: false, error: 'far' });
    for (const bad of ['', '2h', '+2x', 'tomorrow', '2026-13-01 09:00'])
      expect(clockTarget(bad, NOW, TZ), bad).toEqual({ ok: false, error: 'bad' });
  });

  it('ticks lessons, notices and ticket jobs at least hourly on the way', async () => {
    const clock = createMovableClock();
    const start = clock.now().getTime();
    const seen: number[] = [];
    const tick = async (at: number) => void seen.push(at);
    await advanceClock(clock, start + 3.5 * 3_600_000, {
      lessons: { tick },
      notices: { tick: async (at) => (seen.push(at), []) },
      jobs: { tick },
    });
    expect(seen.length).toBe(12);
    expect(seen.at(-1)).toBe(start + 3.5 * 3_600_000);
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(start + 3.5 * 3_600_000);
  });
});

describe(":clock past a pinned notice's end (orgmonth)", () => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('says the notice ended, not that a scheduled notice was released', async () => {
    const clock = createMovableClock();
    app = await createTestApp({ now: clock.now });
    await bindGroups(app);
    await typePinnedWithEnd(app, '本周驿站体检，带上工牌。');
    const moved = await advanceClock(clock, clock.now().getTime() + 3 * 3_600_000, app.app);
    expect(moved).toEqual({ released: 0, ended: 1 });
    expect(clockMovedLine('Sun 6 Dec 14:00', TZ, moved)).toBe(
      '(clock moved to Sun 6 Dec 14:00 Asia/Shanghai; ran what was due: lesson pushes, ticket jobs, 0 scheduled notice(s) released, 1 pinned notice(s) past their end unpinned)',
    );
  });
});
