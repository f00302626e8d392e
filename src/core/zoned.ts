/**
 * Wall-clock time in BOT_TIMEZONE: what day and minute an instant is there, the instant of a local time,
 * and the pack's quiet windows. Pure functions over epoch milliseconds; no clock is read here.
 *
 *   zonedParts(Date.UTC(2026, 2, 2, 2, 0), 'Asia/Shanghai')  // { date: '2026-03-02', hour: 10, minute: 0, weekday: 1, … }
 *   leaveQuiet(at1230, ['11:00-13:30'], tz)                  // the instant of 13:30 that day
 */

/** The reader's translate, as far as words for dates and times need it (ctx.t, v.t, i18n.t for one locale). */
export type Say = (id: string, args?: Record<string, string | number>) => string;

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday (as in cron). */
  weekday: number;
  /** `YYYY-MM-DD`, the local date. */
  date: string;
  /** Minutes since local midnight. */
  minuteOfDay: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

const WEEKDAY: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
const pad = (n: number) => String(n).padStart(2, '0');

export function zonedParts(ms: number, tz: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const p of formatter(tz).formatToParts(new Date(ms))) parts[p.type] = p.value;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const hour = Number(parts.hour) % 24;
  const minute = Number(parts.minute);
  return {
    year,
    month,
    day,
    hour,
    minute,
    weekday: WEEKDAY[parts.weekday ?? 'Sun'] ?? 0,
    date: `${year}-${pad(month)}-${pad(day)}`,
    minuteOfDay: hour * 60 + minute,
  };
}

/** Offset of the zone from UTC at an instant, in ms (east positive). */
function offsetAt(ms: number, tz: string): number {
  const p = zonedParts(ms, tz);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return asUtc - Math.floor(ms / 60_000) * 60_000;
}

/** The instant of a local wall-clock time (a time skipped by a DST change maps to just after it). */
export function zonedToInstant(
  local: { year: number; month: number; day: number; hour: number; minute: number },
  tz: string,
): number {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  let guess = asUtc - offsetAt(asUtc, tz);
  guess = asUtc - offsetAt(guess, tz);
  return guess;
}

/** The local date `days` after the date of `ms` (calendar arithmetic, not 24-hour steps). */
export function addLocalDays(
  date: { year: number; month: number; day: number },
  days: number,
): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `"22:00-08:00"` → [1320, 480] (minutes); an end of 24:00 is 1440. */
export function parseWindow(window: string): [number, number] {
  const [a = '00:00', b = '00:00'] = window.split('-');
  const toMin = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
  return [toMin(a), toMin(b)];
}

/** When `ms` falls in a quiet window: that window and the instant it ends. */
export function quietWindowAt(
  ms: number,
  windows: readonly string[],
  tz: string,
): { window: string; endsAt: number } | undefined {
  const p = zonedParts(ms, tz);
  const m = p.minuteOfDay;
  for (const w of windows) {
    const [start, end] = parseWindow(w);
    if (start === end) continue;
    let endDay = 0;
    if (start < end) {
      if (m < start || m >= end) continue;
    } else if (m >= start)
      endDay = 1; // crosses midnight, we are before midnight: it ends tomorrow
    else if (m >= end) continue;
    const day = addLocalDays(p, endDay);
    const endsAt = zonedToInstant({ ...day, hour: Math.floor(end / 60), minute: end % 60 }, tz);
    return { window: w, endsAt };
  }
  return undefined;
}

/** `ms` if it is outside every quiet window, else the first instant after the window(s) it is in. */
export function leaveQuiet(ms: number, windows: readonly string[], tz: string): number {
  let at = ms;
  // Windows may touch or overlap ("17:00-20:00" and "19:30-22:00"): keep walking until outside all.
  for (let i = 0; i < windows.length + 1; i++) {
    const w = quietWindowAt(at, windows, tz);
    if (!w) return at;
    at = w.endsAt;
  }
  return at;
}

export function isHoliday(ms: number, holidays: readonly string[], tz: string): boolean {
  return holidays.includes(zonedParts(ms, tz).date);
}

/** Local `HH:MM` of an instant. */
export function formatHHMM(ms: number, tz: string): string {
  const p = zonedParts(ms, tz);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * A short local date and time for people, in the words of the reader's locale (`date-time` in locales/<locale>/time.ftl):
 * "3月2日 周一 10:00", "3月2日 週一 10:00", "Mon 2 Mar 10:00". `t` is the reader's translate (ctx.t, v.t).
 */
export function formatLocal(ms: number, tz: string, t: Say): string {
  const p = zonedParts(ms, tz);
  return t('date-time', {
    month: p.month,
    day: p.day,
    weekday: p.weekday,
    time: `${pad(p.hour)}:${pad(p.minute)}`,
  });
}

/** The local date `YYYY-MM-DD` of an instant (its first 7 characters are the local month, `YYYY-MM`). */
export function localDate(ms: number, tz: string): string {
  const p = zonedParts(ms, tz);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}
