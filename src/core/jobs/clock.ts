/**
 * The console's clock (QA4 #8): the console cannot wait for tomorrow, so `:clock +2h` or
 * `:clock 2026-12-06 09:00` moves the bot's clock forward and runs at once what fell due meanwhile — lesson
 * pushes, scheduled notices, ticket deadlines and digests. Only the console gets one (main.ts); elsewhere
 * the clock is the machine's.
 *
 *   const clock = createMovableClock();                       // createApp({ now: clock.now })
 *   const target = clockTarget('+2h', clock.now().getTime(), timezone);
 *   if (target.ok) await advanceClock(clock, target.at, app); // { released: 1, ended: 0 }
 */
import type { ReleaseResult } from '../notices/release.js';
import { zonedToInstant } from '../zoned.js';

export interface MovableClock {
  now(): Date;
  /** How far ahead of the machine's clock it is (ms, never negative). */
  offsetMs: number;
}

export function createMovableClock(): MovableClock {
  const clock: MovableClock = { offsetMs: 0, now: () => new Date(Date.now() + clock.offsetMs) };
  return clock;
}

/** How far forward the clock may go in one move (the lesson and notice windows are days, not years). */
export const CLOCK_MAX_MS = 60 * 86_400_000;
const UNITS: Record<string, number> = { m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000 };

/** `+2h`, `+30m`, `+1d` (or `+1h30m`), or `YYYY-MM-DD HH:MM` in the district's zone → the instant. */
export function clockTarget(
  arg: string,
  now: number,
  tz: string,
): { ok: true; at: number } | { ok: false; error: 'bad' | 'back' | 'far' } {
  const s = arg.trim();
  let at: number;
  const rel = /^\+((?:\d+(?:d|h|min|m)\s*)+)$/i.exec(s);
  const abs = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})$/.exec(s);
  if (rel) {
    at = now;
    for (const [, n, unit] of rel[1]!.matchAll(/(\d+)(d|h|min|m)/gi))
      at += Number(n) * UNITS[unit!.toLowerCase()]!;
  } else if (abs) {
    const [year, month, day, hour, minute] = abs.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
      number,
    ];
    if (month > 12 || day > 31 || hour > 23 || minute > 59) return { ok: false, error: 'bad' };
    at = zonedToInstant({ year, month, day, hour, minute }, tz);
  } else return { ok: false, error: 'bad' };
  if (at <= now) return { ok: false, error: 'back' };
  if (at - now > CLOCK_MAX_MS) return { ok: false, error: 'far' };
  return { ok: true, at };
}

export interface ClockRunners {
  lessons: { tick(at: number): Promise<unknown> };
  /** Each scheduled notice looked at (`queued`: released) and each pinned notice's end (`expired`). */
  notices: { tick(at: number): Promise<Pick<ReleaseResult, 'outcome'>[]> };
  jobs: { tick(at: number): Promise<unknown> };
}

/** What the notices' ticks did on the way: scheduled notices sent out, pinned notices whose end came. */
export interface ClockMoved {
  released: number;
  ended: number;
}

/** What is run on the way: lessons and ticket jobs look back an hour at most, so they tick every hour. */
const STEP_MS = 60 * 60_000;

/**
 * Move the clock to `at` and tick every job on the way (each is idempotent per fire, so a tick the
 * process's own timer also runs does nothing twice). Returns how many scheduled notices were released and how
 * many pinned notices reached their end — told apart: the console said "1 scheduled notice(s) released" for a
 * pinned notice's end, when no notice was sent (orgmonth).
 */
export async function advanceClock(
  clock: MovableClock,
  at: number,
  runners: ClockRunners,
): Promise<ClockMoved> {
  const from = clock.now().getTime();
  const moved: ClockMoved = { released: 0, ended: 0 };
  for (let t = Math.min(from + STEP_MS, at); ; t = Math.min(t + STEP_MS, at)) {
    clock.offsetMs = Math.max(clock.offsetMs, t - Date.now());
    await runners.lessons.tick(t);
    for (const r of await runners.notices.tick(t)) {
      if (r.outcome === 'queued') moved.released++;
      if (r.outcome === 'expired') moved.ended++;
    }
    await runners.jobs.tick(t);
    if (t >= at) return moved;
  }
}

/** The console's line after `:clock` (English, as the console's own words are). */
export function clockMovedLine(when: string, tz: string, moved: ClockMoved): string {
  const ended = moved.ended ? `, ${moved.ended} pinned notice(s) past their end unpinned` : '';
  return `(clock moved to ${when} ${tz}; ran what was due: lesson pushes, ticket jobs, ${moved.released} scheduled notice(s) released${ended})`;
}
