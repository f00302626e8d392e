/**
 * Is a station open now? Hours are read in BOT_TIMEZONE: one rule for every day or one per weekday
 * ("24h", "closed", "08:00-11:00,14:00-21:00"; a missing weekday is closed), and `closedOn` dates
 * (holidays) override them. A range ending at 24:00 followed by one starting at 00:00 the next day
 * is one opening that runs through midnight.
 *
 *   openStatus(station, new Date('2026-11-23T02:00:00Z'), 'Asia/Shanghai')
 *   // → { open: true, closesAt: '22:00', allDay: false }   (10:00 on a Monday in Shanghai)
 */
import { parseHoursRanges } from '../content/loader.js';
import { WEEKDAYS, type Station } from '../content/schema.js';
import { zonedParts } from '../zoned.js';

export type Weekday = (typeof WEEKDAYS)[number];

export interface LocalDay {
  /** YYYY-MM-DD in the time zone. */
  date: string;
  weekday: Weekday;
  /** Minutes since local midnight. */
  minutes: number;
}

export type OpenStatus =
  | {
      open: true;
      allDay: boolean;
      /** HH:MM, absent when open round the clock */ closesAt?: string;
      closesTomorrow?: boolean;
    }
  | {
      open: false;
      /** Closed today because the date is in closedOn. */
      holiday: boolean;
      /** The next opening within a week: days from today (0 = later today) and HH:MM. */
      opens?: { inDays: number; weekday: Weekday; at: string };
    };

/** The local calendar day, weekday and time of `now` in `timeZone`. */
export function localDay(now: Date, timeZone: string): LocalDay {
  const p = zonedParts(now.getTime(), timeZone);
  // zonedParts counts weekdays from Sunday (as cron does); WEEKDAYS starts on Monday.
  return { date: p.date, weekday: WEEKDAYS[(p.weekday + 6) % 7]!, minutes: p.minuteOfDay };
}

/** The calendar date `days` after `date` (YYYY-MM-DD), and its weekday. */
export function addDays(date: string, days: number): { date: string; weekday: Weekday } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  // getUTCDay: 0 = Sunday.
  const weekday = WEEKDAYS[(t.getUTCDay() + 6) % 7]!;
  return { date: t.toISOString().slice(0, 10), weekday };
}

/** Opening ranges (minutes from midnight, end exclusive) of a station on a weekday, ignoring holidays. */
export function rangesOn(station: Pick<Station, 'hours'>, weekday: Weekday): [number, number][] {
  const rule =
    typeof station.hours === 'string'
      ? station.hours
      : (station.hours as Partial<Record<Weekday, string>>)[weekday];
  return rule === undefined ? [] : parseHoursRanges(rule);
}

/** Open round the clock every day of the week (holidays aside). */
export function isAllDay(station: Pick<Station, 'hours'>): boolean {
  return WEEKDAYS.every((d) => {
    const r = rangesOn(station, d);
    return r.length === 1 && r[0]![0] === 0 && r[0]![1] === 1440;
  });
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export function openStatus(
  station: Pick<Station, 'hours' | 'closedOn'>,
  now: Date,
  timeZone: string,
): OpenStatus {
  const today = localDay(now, timeZone);
  const closedOn = new Set(station.closedOn);
  const dayRanges = (offset: number) => {
    const d = addDays(today.date, offset);
    return { ...d, ranges: closedOn.has(d.date) ? [] : rangesOn(station, d.weekday) };
  };
  if (!closedOn.has(today.date)) {
    const current = rangesOn(station, today.weekday).find(
      ([from, to]) => today.minutes >= from && today.minutes < to,
    );
    if (current) {
      if (isAllDay(station) && closedOn.size === 0) return { open: true, allDay: true };
      // Follow an opening across midnight (…-24:00 then 00:00-…) for up to a week.
      let end = current[1];
      let offset = 0;
      while (end === 1440 && offset < 7) {
        const next = dayRanges(offset + 1).ranges.find(([from]) => from === 0);
        if (!next) break;
        offset++;
        end = next[1];
      }
      if (offset >= 7) return { open: true, allDay: true };
      return {
        open: true,
        allDay: false,
        closesAt: hhmm(end),
        ...(offset > 0 ? { closesTomorrow: true } : {}),
      };
    }
  }
  for (let offset = 0; offset <= 7; offset++) {
    const day = dayRanges(offset);
    const next = day.ranges
      .filter(([from]) => offset > 0 || from > today.minutes)
      .sort((a, b) => a[0] - b[0])[0];
    if (next)
      return {
        open: false,
        holiday: closedOn.has(today.date),
        opens: { inDays: offset, weekday: day.weekday, at: hhmm(next[0]) },
      };
  }
  return { open: false, holiday: closedOn.has(today.date) };
}
