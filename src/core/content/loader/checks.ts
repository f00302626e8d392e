/**
 * Checks the schema cannot make: ids used twice, dates that are not on the calendar, station hours whose ranges
 * run backwards or overlap. `parseHoursRanges` is also how stations/hours.ts reads a day's hours.
 */
import { WEEKDAYS, type Station } from '../schema.js';
import { formatPath, type Problems } from './problems.js';
import type { Item } from './validate.js';
import type { PathKey, YamlSource } from './yaml-source.js';

/**
 * Splits one day's hours ("08:00-12:00,13:00-20:00") into [startMinute, endMinute) pairs.
 * "24h" → [[0, 1440]], "closed" → []. Assumes the string passed the schema's pattern.
 */
export function parseHoursRanges(dayHours: string): [number, number][] {
  if (dayHours === '24h') return [[0, 1440]];
  if (dayHours === 'closed') return [];
  return dayHours.split(',').map((range) => {
    const [from = '', to = ''] = range.split('-');
    return [toMinutes(from), toMinutes(to)];
  });
}

function toMinutes(hhmm: string): number {
  const [h = '0', m = '0'] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

/** Reports the second and later uses of one id. `seen` may be shared across files. */
export function checkDuplicates(
  problems: Problems,
  what: string,
  seen: Map<string, { file: string; line: number }>,
  entries: { id: string; src: YamlSource; path: PathKey[] }[],
): void {
  for (const e of entries) {
    const first = seen.get(e.id);
    if (first)
      problems.add(
        e.src.file,
        e.src.lineOf(e.path),
        `duplicate ${what} id "${e.id}" (first defined at ${first.file}:${first.line})`,
      );
    // The line is looked up only if a mistake quotes it: a good pack never builds the located document.
    else
      seen.set(e.id, {
        file: e.src.file,
        get line() {
          return e.src.lineOf(e.path);
        },
      });
  }
}

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function checkDates(
  problems: Problems,
  src: YamlSource,
  dates: readonly string[],
  base: PathKey[],
): void {
  dates.forEach((d, i) => {
    if (!isRealDate(d))
      problems.at(src, [...base, i], `${formatPath([...base, i])}: "${d}" is not a calendar date`);
  });
}

export function checkStationHours(problems: Problems, src: YamlSource, st: Item<Station>): void {
  const days: [PathKey[], string][] =
    typeof st.value.hours === 'string'
      ? [[['stations', st.index, 'hours'], st.value.hours]]
      : WEEKDAYS.flatMap((d): [PathKey[], string][] => {
          const h = (st.value.hours as Record<string, string | undefined>)[d];
          return h === undefined ? [] : [[['stations', st.index, 'hours', d], h]];
        });
  for (const [p, hours] of days) {
    const ranges = parseHoursRanges(hours);
    const texts = hours.split(',');
    const label = `station "${st.value.id}" ${formatPath(p.slice(2))}`;
    let bad = false;
    ranges.forEach(([from, to], i) => {
      if (to <= from) {
        bad = true;
        problems.at(
          src,
          p,
          `${label}: range "${texts[i] ?? ''}" ends before it starts; ranges may not cross midnight — ` +
            'write the evening part on one day ("20:00-24:00") and the morning part on the next ("00:00-08:00")',
        );
      }
    });
    if (bad) continue;
    const sorted = ranges.map((r, i) => ({ r, text: texts[i] ?? '' })).sort((a, b) => a.r[0] - b.r[0]);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const cur = sorted[i];
      if (prev && cur && cur.r[0] < prev.r[1]) {
        problems.at(src, p, `${label}: ranges "${prev.text}" and "${cur.text}" overlap`);
      }
    }
  }
}
