/**
 * What is due, and when — pure functions of the pack and a time, with no timer and no Redis, so tests
 * can ask "what goes out at 10:00 on Monday" with a fixed clock.
 *
 * A schedule's cron expression (node-cron syntax, evaluated in BOT_TIMEZONE) gives fire times. A fire
 * time inside a quiet window is not dropped: the push is deferred to the end of the window (walking
 * past touching windows). A fire on a holiday — or one whose deferred time lands on a holiday — is
 * skipped. Fires of one schedule deferred to the same instant are one push (a cron of every 10 minutes
 * does not release a burst at 13:30). A push is identified by (schedule id, send time).
 *
 *   const cron = createCronSource('Asia/Shanghai');
 *   duePushes(pack, { from: t - 60_000, to: t }, 'Asia/Shanghai', cron)   // pushes to send in (from, to]
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { ContentPack, PackSettings, Schedule } from '../content/schema.js';
import {
  addLocalDays,
  isHoliday,
  leaveQuiet,
  parseWindow,
  quietWindowAt,
  zonedParts,
  zonedToInstant,
} from '../zoned.js';

export interface CronSource {
  /** True when the expression fires at the minute of `ms`. */
  matches(expr: string, ms: number): boolean;
  /** Minutes and hours the expression can fire at (a superset; `matches` decides). */
  fields(expr: string): { minutes: number[]; hours: number[]; second: number };
  dispose(): void;
}

/** node-cron's own matcher (so content:check and the scheduler agree on what an expression means). */
export function createCronSource(tz: string): CronSource {
  const tasks = new Map<string, ScheduledTask>();
  const parsed = new Map<string, { minutes: number[]; hours: number[]; second: number }>();
  const task = (expr: string) => {
    let t = tasks.get(expr);
    if (!t) {
      // createTask does not start a timer; it is used only for match().
      t = cron.createTask(expr, () => undefined, { timezone: tz, name: `match:${expr}` });
      tasks.set(expr, t);
    }
    return t;
  };
  return {
    matches: (expr, ms) => task(expr).match(new Date(ms)),
    fields(expr) {
      let f = parsed.get(expr);
      if (!f) {
        const p = cron.parse(expr);
        f = { minutes: p.minute, hours: p.hour, second: p.second[0] ?? 0 };
        parsed.set(expr, f);
      }
      return f;
    },
    dispose() {
      for (const t of tasks.values()) void t.destroy();
      tasks.clear();
    },
  };
}

/** Fire times (whole minutes, ms) of `expr` in (from, to]. */
export function firesBetween(
  expr: string,
  from: number,
  to: number,
  tz: string,
  source: CronSource,
): number[] {
  if (to <= from) return [];
  const { minutes, hours, second } = source.fields(expr);
  const out: number[] = [];
  const last = zonedParts(to, tz);
  // Start a day early: the local midnight of `from` can be before `from` in UTC terms either way.
  let day: { year: number; month: number; day: number } = addLocalDays(zonedParts(from, tz), -1);
  for (let i = 0; i < 400; i++) {
    for (const h of hours) {
      for (const m of minutes) {
        const at = zonedToInstant({ ...day, hour: h, minute: m }, tz);
        if (at > from && at <= to && source.matches(expr, at + second * 1000)) out.push(at);
      }
    }
    if (day.year === last.year && day.month === last.month && day.day === last.day) break;
    day = addLocalDays(day, 1);
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

export type FireOutcome =
  | { kind: 'send'; sendAt: number; /** The quiet window that deferred it. */ deferredBy?: string }
  | { kind: 'holiday'; date: string };

/** What happens to one fire time: sent then, deferred past quiet windows, or skipped for a holiday. */
export function planFire(
  fireAt: number,
  settings: Pick<PackSettings, 'quietWindows' | 'holidays'>,
  tz: string,
): FireOutcome {
  if (isHoliday(fireAt, settings.holidays, tz)) return { kind: 'holiday', date: zonedParts(fireAt, tz).date };
  const window = quietWindowAt(fireAt, settings.quietWindows, tz);
  const sendAt = leaveQuiet(fireAt, settings.quietWindows, tz);
  if (sendAt !== fireAt && isHoliday(sendAt, settings.holidays, tz))
    return { kind: 'holiday', date: zonedParts(sendAt, tz).date };
  return window ? { kind: 'send', sendAt, deferredBy: window.window } : { kind: 'send', sendAt };
}

/** The longest a push can be deferred by the quiet windows (to look back far enough for deferred fires). */
export function maxDeferralMs(quietWindows: readonly string[]): number {
  let minutes = 0;
  for (const w of quietWindows) {
    const [s, e] = parseWindow(w);
    minutes += e > s ? e - s : 1440 - s + e;
  }
  return (Math.min(minutes, 1440) + 1) * 60_000;
}

export interface Push {
  schedule: Schedule;
  /** The first cron fire time this push stands for. */
  fireAt: number;
  sendAt: number;
  deferredBy?: string;
}

export interface SkippedFire {
  schedule: Schedule;
  fireAt: number;
  reason: 'holiday';
  date: string;
}

/** Every push of every schedule whose send time is in (from, to], plus the fires skipped for holidays. */
export function duePushes(
  pack: Pick<ContentPack, 'schedules' | 'settings'>,
  window: { from: number; to: number },
  tz: string,
  source: CronSource,
): { due: Push[]; skipped: SkippedFire[] } {
  const lookBack = maxDeferralMs(pack.settings.quietWindows);
  const due: Push[] = [];
  const skipped: SkippedFire[] = [];
  for (const schedule of pack.schedules) {
    const seen = new Set<number>();
    for (const fireAt of firesBetween(schedule.cron, window.from - lookBack, window.to, tz, source)) {
      const outcome = planFire(fireAt, pack.settings, tz);
      if (outcome.kind === 'holiday') {
        if (fireAt > window.from) skipped.push({ schedule, fireAt, reason: 'holiday', date: outcome.date });
        continue;
      }
      if (outcome.sendAt <= window.from || outcome.sendAt > window.to || seen.has(outcome.sendAt)) continue;
      seen.add(outcome.sendAt);
      due.push({
        schedule,
        fireAt,
        sendAt: outcome.sendAt,
        ...(outcome.deferredBy ? { deferredBy: outcome.deferredBy } : {}),
      });
    }
  }
  due.sort((a, b) => a.sendAt - b.sendAt || (a.schedule.id < b.schedule.id ? -1 : 1));
  return { due, skipped };
}

/** The next `count` pushes of one schedule after `after` (for /schedule), looking at most `horizonDays` ahead. */
export function nextPushes(
  pack: Pick<ContentPack, 'settings'>,
  schedule: Schedule,
  after: number,
  tz: string,
  source: CronSource,
  count = 1,
  horizonDays = 21,
): Push[] {
  const out: Push[] = [];
  const seen = new Set<number>();
  const dayMs = 86_400_000;
  for (
    let start = after - maxDeferralMs(pack.settings.quietWindows);
    start < after + horizonDays * dayMs && out.length < count;
    start += dayMs
  ) {
    for (const fireAt of firesBetween(schedule.cron, start, start + dayMs, tz, source)) {
      const o = planFire(fireAt, pack.settings, tz);
      if (o.kind !== 'send' || o.sendAt <= after || seen.has(o.sendAt)) continue;
      seen.add(o.sendAt);
      out.push({ schedule, fireAt, sendAt: o.sendAt, ...(o.deferredBy ? { deferredBy: o.deferredBy } : {}) });
      if (out.length >= count) break;
    }
  }
  return out.sort((a, b) => a.sendAt - b.sendAt).slice(0, count);
}
