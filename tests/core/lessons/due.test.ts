/**
 * "What is due at time T" — the pure half of the scheduler, with a fixed clock and no Redis.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadI18n } from '../../../src/core/i18n.js';
import type { Locale } from '../../../src/core/content/schema.js';
import { loadContentPack } from '../../../src/core/content/loader.js';
import type { ContentPack, Schedule } from '../../../src/core/content/schema.js';
import {
  createCronSource,
  duePushes,
  firesBetween,
  maxDeferralMs,
  nextPushes,
  planFire,
} from '../../../src/core/lessons/due.js';
import {
  formatLocal,
  leaveQuiet,
  quietWindowAt,
  zonedParts,
  zonedToInstant,
} from '../../../src/core/zoned.js';
import { LESSONS_PACK, sh, TZ } from './fixtures.js';

const MINUTE = 60_000;

let pack: ContentPack;
const cron = createCronSource(TZ);
beforeAll(async () => {
  pack = await loadContentPack(LESSONS_PACK);
});
afterAll(() => cron.dispose());

const schedule = (id: string): Schedule => pack.schedules.find((s) => s.id === id)!;

describe('wall-clock helpers', () => {
  it('reads local parts and converts local time back to an instant', () => {
    const monday10 = sh(2026, 3, 2, 10);
    expect(zonedParts(monday10, TZ)).toMatchObject({
      date: '2026-03-02',
      hour: 10,
      minute: 0,
      weekday: 1,
      minuteOfDay: 600,
    });
    expect(zonedToInstant({ year: 2026, month: 3, day: 2, hour: 10, minute: 0 }, TZ)).toBe(monday10);
    // A zone with DST: 09:00 in New York is 14:00Z in winter, 13:00Z in summer.
    expect(zonedToInstant({ year: 2026, month: 1, day: 15, hour: 9, minute: 0 }, 'America/New_York')).toBe(
      Date.UTC(2026, 0, 15, 14),
    );
    expect(zonedToInstant({ year: 2026, month: 7, day: 15, hour: 9, minute: 0 }, 'America/New_York')).toBe(
      Date.UTC(2026, 6, 15, 13),
    );
    // The words come from the locales (time.ftl, `date-time`); the output is what it was when built in code.
    const i18n = loadI18n(resolve(import.meta.dirname, '../../../locales'));
    const inLocale = (locale: Locale) => (id: string, args?: Record<string, string | number>) =>
      i18n.t(locale, id, args);
    expect(formatLocal(monday10, TZ, inLocale('zh-CN'))).toBe('3月2日 周一 10:00');
    expect(formatLocal(monday10, TZ, inLocale('zh-TW'))).toBe('3月2日 週一 10:00');
    expect(formatLocal(monday10, TZ, inLocale('en'))).toBe('Mon 2 Mar 10:00');
    // Every day of the week and every month, in English.
    const days = [0, 1, 2, 3, 4, 5, 6].map((d) =>
      formatLocal(monday10 + (d - 1) * 86_400_000, TZ, inLocale('en')),
    );
    expect(days.map((d) => d.split(' ')[0])).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    expect(formatLocal(Date.UTC(2026, 11, 31, 4), TZ, inLocale('en'))).toBe('Thu 31 Dec 12:00');
    expect(formatLocal(Date.UTC(2026, 11, 27, 4), TZ, inLocale('zh-CN'))).toBe('12月27日 周日 12:00');
  });

  it('finds the quiet window an instant is in and where it ends, across midnight too', () => {
    const windows = pack.settings.quietWindows;
    expect(quietWindowAt(sh(2026, 3, 2, 10), windows, TZ)).toBeUndefined();
    expect(quietWindowAt(sh(2026, 3, 2, 12, 30), windows, TZ)).toEqual({
      window: '11:00-13:30',
      endsAt: sh(2026, 3, 2, 13, 30),
    });
    expect(quietWindowAt(sh(2026, 3, 2, 23), windows, TZ)?.endsAt).toBe(sh(2026, 3, 3, 8));
    expect(quietWindowAt(sh(2026, 3, 3, 2), windows, TZ)?.endsAt).toBe(sh(2026, 3, 3, 8));
    // The end of a window is outside it.
    expect(quietWindowAt(sh(2026, 3, 2, 13, 30), windows, TZ)).toBeUndefined();
    // Touching windows are walked through.
    expect(leaveQuiet(sh(2026, 3, 2, 17, 30), ['17:00-20:00', '20:00-21:00'], TZ)).toBe(sh(2026, 3, 2, 21));
  });
});

describe('fire times of a cron expression in BOT_TIMEZONE', () => {
  it('lists fires in (from, to], on weekdays only for 1-5', () => {
    const expr = schedule('weekday-safety').cron; // 0 10 * * 1-5
    const week = firesBetween(expr, sh(2026, 3, 1, 0), sh(2026, 3, 8, 0), TZ, cron); // Sun 1 Mar … Sun 8 Mar
    expect(week).toEqual([2, 3, 4, 5, 6].map((d) => sh(2026, 3, d, 10)));
    // The window is open at the start and closed at the end.
    expect(firesBetween(expr, sh(2026, 3, 2, 10), sh(2026, 3, 2, 11), TZ, cron)).toEqual([]);
    expect(firesBetween(expr, sh(2026, 3, 2, 9, 59), sh(2026, 3, 2, 10), TZ, cron)).toEqual([
      sh(2026, 3, 2, 10),
    ]);
  });
});

describe('duePushes: what goes out at time T', () => {
  const window = (at: number) => ({ from: at - MINUTE, to: at });

  it('a schedule fires at its time with a fixed clock', () => {
    const { due } = duePushes(pack, window(sh(2026, 3, 2, 10)), TZ, cron);
    expect(due.map((p) => [p.schedule.id, p.sendAt])).toEqual([['weekday-safety', sh(2026, 3, 2, 10)]]);
    expect(duePushes(pack, window(sh(2026, 3, 7, 10)), TZ, cron).due).toEqual([]); // Saturday
  });

  it('a quiet window defers the push to its end instead of dropping it', () => {
    // lunch-fraud fires at 12:30, inside 11:00-13:30.
    expect(duePushes(pack, window(sh(2026, 3, 2, 12, 30)), TZ, cron).due).toEqual([]);
    const { due } = duePushes(pack, window(sh(2026, 3, 2, 13, 30)), TZ, cron);
    expect(due).toHaveLength(1);
    expect(due[0]).toMatchObject({
      fireAt: sh(2026, 3, 2, 12, 30),
      sendAt: sh(2026, 3, 2, 13, 30),
      deferredBy: '11:00-13:30',
    });
    expect(planFire(sh(2026, 3, 2, 23), pack.settings, TZ)).toEqual({
      kind: 'send',
      sendAt: sh(2026, 3, 3, 8),
      deferredBy: '22:00-08:00',
    });
  });

  it('fires deferred to the same instant are one push', () => {
    const every10 = {
      ...pack,
      schedules: [{ ...schedule('lunch-fraud'), id: 'every-10', cron: '*/10 * * * *' }],
    };
    const { due } = duePushes(every10, window(sh(2026, 3, 2, 13, 30)), TZ, cron);
    expect(due).toHaveLength(1);
    expect(due[0]!.fireAt).toBe(sh(2026, 3, 2, 11));
  });

  it('a holiday is skipped, and says so', () => {
    const holiday = sh(2026, 10, 1, 10); // a Thursday
    const { due, skipped } = duePushes(pack, window(holiday), TZ, cron);
    expect(due).toEqual([]);
    expect(skipped).toEqual([
      expect.objectContaining({ fireAt: holiday, reason: 'holiday', date: '2026-10-01' }),
    ]);
    // A push deferred onto a holiday is skipped too: 23:00 on 30 Sep would go out at 08:00 on 1 Oct.
    expect(planFire(sh(2026, 9, 30, 23), pack.settings, TZ)).toEqual({ kind: 'holiday', date: '2026-10-01' });
  });

  it('looks back far enough for the longest deferral', () => {
    expect(maxDeferralMs(pack.settings.quietWindows)).toBe((150 + 180 + 600 + 1) * MINUTE);
  });

  it('tells the next push of a schedule, past quiet windows and holidays', () => {
    const [next] = nextPushes(pack, schedule('weekday-safety'), sh(2026, 3, 6, 10, 5), TZ, cron); // Friday after 10:00
    expect(next?.sendAt).toBe(sh(2026, 3, 9, 10)); // Monday
    const [lunch] = nextPushes(pack, schedule('lunch-fraud'), sh(2026, 3, 2, 9), TZ, cron);
    expect(lunch).toMatchObject({ sendAt: sh(2026, 3, 2, 13, 30), deferredBy: '11:00-13:30' });
    const [afterHoliday] = nextPushes(pack, schedule('weekday-safety'), sh(2026, 9, 30, 11), TZ, cron);
    expect(afterHoliday?.sendAt).toBe(sh(2026, 10, 2, 10));
  });
});
