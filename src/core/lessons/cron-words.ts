/**
 * A lesson schedule's cron expression in words: "0 10,15 * * 1-5" → "工作日 10:00、15:00" /
 * "weekdays at 10:00 and 15:00". A small formatter for the shapes a content pack uses (fixed minutes and
 * hours, every day of the month and month, weekdays as *, a number, a list or a range). cronstrue was
 * tried: its Chinese reads as a translation ("在 10:00 和 15:00, 星期一至星期五"). Any other shape is
 * shown as the expression itself (undefined here).
 */
import type { Locale } from '../content/schema.js';
import { joinList } from '../words.js';

const ZH_DAYS = '日一二三四五六';
const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

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

function dayWords(days: number[] | 'all', locale: Locale): string {
  const zh = locale !== 'en';
  const week = locale === 'zh-TW' ? '週' : '周';
  if (days === 'all' || days.length === 7) return zh ? '每天' : 'every day';
  const key = days.join(',');
  if (key === '1,2,3,4,5') return zh ? '工作日' : 'weekdays';
  if (key === '0,6') return zh ? '周末'.replace('周', week) : 'weekends';
  if (zh)
    return `每${joinList(
      locale,
      days.map((d) => `${week}${ZH_DAYS[d]}`),
    )}`;
  return joinList(
    locale,
    days.map((d) => `${EN_DAYS[d]}s`),
  );
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

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

export function cronInWords(cron: string, locale: Locale): string | undefined {
  const f = cron.trim().split(/\s+/);
  if (f.length !== 5 || f[2] !== '*') return undefined;
  const months = f[3] === '*' ? undefined : monthList(f[3]!);
  if (f[3] !== '*' && !months) return undefined;
  const words = timesInWords(f, locale);
  if (!words || !months) return words;
  if (locale === 'en')
    return `${words}, in ${joinList(
      locale,
      months.map((m) => EN_MONTHS[m - 1]!),
    )}`;
  return `${months.join('、')}月 ${words}`;
}

function timesInWords(f: string[], locale: Locale): string | undefined {
  const minutes = numbers(f[0]!, 0, 59);
  const hours = numbers(f[1]!, 0, 23);
  const days = f[4] === '*' ? 'all' : numbers(f[4]!, 0, 7);
  if (!minutes || !hours || !days || hours.length * minutes.length > 6) return undefined;
  const times = hours.flatMap((h) => minutes.map((m) => `${pad(h)}:${pad(m)}`));
  const when = dayWords(days, locale);
  if (locale === 'en') return `${when[0]!.toUpperCase()}${when.slice(1)} at ${joinList(locale, times)}`;
  // A run of clock times reads with 、 in Chinese ("10:00、15:00"), not 和.
  return `${when} ${times.join('、')}`;
}
