/**
 * A lesson schedule's cron expression in words: "0 10,15 * * 1-5" → "工作日 10:00、15:00" /
 * "Weekdays at 10:00 and 15:00", the words from the reader's locale (`cron-*` in locales/<locale>/time.ftl). A small formatter for the shapes a content pack uses (fixed minutes and
 * hours, every day of the month and month, weekdays as *, a number, a list or a range). cronstrue was
 * tried: its Chinese reads as a translation ("在 10:00 和 15:00, 星期一至星期五"). Any other shape is
 * shown as the expression itself (undefined here).
 */
import type { Locale } from '../content/schema.js';
import type { Say } from '../zoned.js';
import { joinList, joinRun } from '../words.js';

/** `a`, `a,b`, `a-b` (and mixes) as a sorted list of integers within [lo, hi]; undefined otherwise. */
function numbers(field: string, lo: number, hi: number): number[] | undefined {
  const out = new Set<number>();
  for (const part of field.split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!m) return undefined;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < lo || to > hi || from > to) return undefined;
    // Weekday 7 is Sunday, as 0 (only the weekday field goes up to 7).
    for (let n = from; n <= to; n++) out.add(n === 7 && hi === 7 ? 0 : n);
  }
  return [...out].sort((a, b) => a - b);
}

const pad = (n: number) => String(n).padStart(2, '0');

function dayWords(days: number[] | 'all', t: Say, locale: Locale): string {
  if (days === 'all' || days.length === 7) return t('cron-every-day');
  const key = days.join(',');
  if (key === '1,2,3,4,5') return t('cron-weekdays');
  if (key === '0,6') return t('cron-weekends');
  return t('cron-some-days', {
    days: joinList(
      locale,
      days.map((n) => t('cron-day', { weekday: n })),
    ),
  });
}

/**
 * Months in the order written, so a season across the new year reads as one ("11,12,1,2" →
 * "11、12、1、2月", not "1、2、11、12月"); undefined for a shape not read here.
 */
function monthList(field: string): number[] | undefined {
  const out: number[] = [];
  for (const part of field.split(',')) {
    const range = numbers(part, 1, 12);
    if (!range) return undefined;
    for (const m of range) if (!out.includes(m)) out.push(m);
  }
  return out;
}

/** `t` is the reader's translate; `locale` joins lists the reader's way. Undefined for a shape not read here. */
export function cronInWords(cron: string, t: Say, locale: Locale): string | undefined {
  const f = cron.trim().split(/\s+/);
  if (f.length !== 5 || f[2] !== '*') return undefined;
  const months = f[3] === '*' ? undefined : monthList(f[3]!);
  if (f[3] !== '*' && !months) return undefined;
  const at = timesInWords(f, t, locale);
  if (!at || !months) return at;
  const names = months.map((n) => t('cron-month', { month: n }));
  return t('cron-in-months', { at, months: joinRun(t, locale, names) });
}

function timesInWords(f: string[], t: Say, locale: Locale): string | undefined {
  const minutes = numbers(f[0]!, 0, 59);
  const hours = numbers(f[1]!, 0, 23);
  const days = f[4] === '*' ? 'all' : numbers(f[4]!, 0, 7);
  if (!minutes || !hours || !days || hours.length * minutes.length > 6) return undefined;
  const times = hours.flatMap((h) => minutes.map((m) => `${pad(h)}:${pad(m)}`));
  // A run of clock times reads with 、 in Chinese ("10:00、15:00"), not 和.
  return t('cron-at', { when: dayWords(days, t, locale), times: joinRun(t, locale, times) });
}
