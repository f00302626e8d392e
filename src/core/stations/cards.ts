/**
 * Station answers as cards: up to three stations with distance, open-now status, services, phone and
 * today's problem reports; one-tap report buttons under them; the nearest as a venue (one tap opens the map).
 */
import { assertCallbackData, bold, type Button, type Card, type Span } from '../card.js';
import { WEEKDAYS, type Locale, type Station } from '../content/schema.js';
import { forLocale } from '../script.js';
import { placeName, stationAddress, stationName } from './reading.js';
import type { TArgs } from '../i18n.js';
import type { StationProblem } from '../ports/faq.js';
import { dayHours, EVENING_FROM, type AskedDay, type DayHours } from './asked-day.js';
import { isAllDay, rangesOn, type LocalDay, type OpenStatus, type Weekday } from './hours.js';
import type { Anchor, Service } from './query.js';
import type { StationHit, StationResults } from './search.js';

export type T = (id: string, args?: TArgs) => string;
export type Reports = Map<string, Partial<Record<StationProblem, number>>>;

export const STATION_PROBLEMS: readonly StationProblem[] = ['closed', 'nowater', 'full'];

/** Callback data for a report button, or undefined when the station id is too long to fit. */
export function reportData(stationId: string, problem: StationProblem): string | undefined {
  const data = `stn:r:${stationId}:${problem}`;
  return Buffer.byteLength(data, 'utf8') <= 64 ? assertCallbackData(data) : undefined;
}

export function distanceText(t: T, meters: number): string {
  if (meters < 1000)
    return t('faq-station-distance-m', { m: String(Math.max(10, Math.round(meters / 10) * 10)) });
  return t('faq-station-distance-km', { km: (meters / 1000).toFixed(1) });
}

export function statusText(t: T, s: OpenStatus): string {
  if (s.open) {
    if (s.allDay) return t('faq-station-open-24h');
    return t(s.closesTomorrow ? 'faq-station-open-tomorrow' : 'faq-station-open', {
      until: s.closesAt ?? '',
    });
  }
  if (s.holiday) return t('faq-station-closed-holiday');
  if (!s.opens) return t('faq-station-closed');
  if (s.opens.inDays === 0) return t('faq-station-closed-opens-today', { at: s.opens.at });
  if (s.opens.inDays === 1) return t('faq-station-closed-opens-tomorrow', { at: s.opens.at });
  return t('faq-station-closed-opens-day', { day: t(`faq-weekday-${s.opens.weekday}`), at: s.opens.at });
}

export function servicesText(t: T, services: readonly Service[]): string {
  return services.map((s) => t(`faq-service-${s}`)).join(t('list-separator'));
}

function reportedText(t: T, counts: Partial<Record<StationProblem, number>> | undefined): string | undefined {
  if (!counts) return undefined;
  const what = STATION_PROBLEMS.filter((p) => (counts[p] ?? 0) > 0).map((p) => t(`faq-report-${p}`));
  return what.length ? t('faq-station-reported', { what: what.join(t('list-separator')) }) : undefined;
}

function stationLines(
  t: T,
  n: number | undefined,
  hit: StationHit,
  reports: Reports,
  locale: Locale,
  /** Lines under the open-now status answering what was asked of a named station (askedLines): hours, services, fee. */
  answers: readonly string[] = [],
): Span[] {
  const s = hit.station;
  const head = `${n !== undefined ? `${n}. ` : ''}${stationName(s, locale)}`;
  const lines: Span[] = [
    bold(head),
    hit.distance !== undefined ? ` · ${distanceText(t, hit.distance)}` : '',
    '\n',
  ];
  lines.push(statusText(t, hit.status), '\n');
  for (const line of answers) lines.push(line, '\n');
  lines.push(servicesText(t, s.services), '\n');
  lines.push(`📍 ${stationAddress(s, locale)}`, '\n');
  if (s.phone) lines.push(t('faq-station-phone', { phone: s.phone }), '\n');
  const reported = reportedText(t, reports.get(s.id));
  if (reported) lines.push(reported, '\n');
  return lines;
}

/**
 * One compact "report a problem" button per station; it opens the problem choices (stationProblemsCard). Spoken
 * with the station's name: "⚠️ 1号有问题" alone does not say which (QA26 #4).
 */
function reportButton(t: T, n: number, station: Station, locale: Locale): Button | undefined {
  const data = `stn:p:${station.id}`;
  if (Buffer.byteLength(data, 'utf8') > 64 || !reportData(station.id, 'nowater')) return undefined;
  return {
    label: t('faq-btn-report-station', { n: String(n) }),
    data: assertCallbackData(data),
    spoken: stationName(station, locale),
  };
}

/** The problems one station can be reported for, one tap each. */
export function stationProblemsCard(t: T, station: Station, locale: Locale): Card {
  const name = stationName(station, locale);
  const buttons = STATION_PROBLEMS.flatMap((p) => {
    const data = reportData(station.id, p);
    return data ? [{ label: t(`faq-report-${p}`), data }] : [];
  });
  return { text: [t('faq-report-which', { station: name })], buttons: [buttons] };
}

/** The named station's hit alone; when it is closed, the nearest open one of the rest comes after it. */
export function shownStations(results: StationResults, named: string | undefined): StationResults {
  const first = results.hits[0];
  if (!named || first?.station.id !== named) return results;
  const nearestOpen = first.status.open
    ? undefined
    : (results.hits.slice(1).find((h) => h.status.open) ?? results.nearestOpen);
  // Its distance from itself says nothing; the open one's distance is from it.
  const { distance: _self, ...alone } = first;
  const { nearestOpen: _unused, ...rest } = results;
  return nearestOpen ? { ...rest, hits: [alone], nearestOpen } : { ...rest, hits: [alone] };
}

/** The stations a station card numbers, in its order (1…n, then the nearest open one): what "2" picks from. */
export function numberedStations(results: StationResults, named?: string): Station[] {
  const shown = shownStations(results, named);
  return [...shown.hits, ...(shown.nearestOpen ? [shown.nearestOpen] : [])].map((h) => h.station);
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * The week's opening hours in one line: days with the same hours run together ("周一至周五 08:00–20:00；
 * 周六 09:00–17:00；周日 休息"), "每天" when all seven match; the next holiday closures after it.
 */
export function hoursText(t: T, station: Station, today: string): string {
  if (isAllDay(station)) return t('faq-station-hours', { hours: t('faq-station-hours-24h') });
  const dayHours = (d: Weekday) => {
    const ranges = rangesOn(station, d);
    return ranges.length
      ? ranges.map(([a, b]) => `${hhmm(a)}–${hhmm(b)}`).join(t('list-separator'))
      : t('faq-station-hours-closed');
  };
  const runs: { from: Weekday; to: Weekday; hours: string }[] = [];
  for (const d of WEEKDAYS) {
    const hours = dayHours(d);
    const last = runs[runs.length - 1];
    if (last && last.hours === hours) last.to = d;
    else runs.push({ from: d, to: d, hours });
  }
  const days = (r: (typeof runs)[number]) =>
    runs.length === 1
      ? t('faq-station-hours-daily')
      : r.from === r.to
        ? t(`faq-weekday-${r.from}`)
        : t('faq-station-hours-days', { from: t(`faq-weekday-${r.from}`), to: t(`faq-weekday-${r.to}`) });
  const line = t('faq-station-hours', {
    hours: runs.map((r) => `${days(r)} ${r.hours}`).join(t('faq-station-hours-separator')),
  });
  const closures = station.closedOn.filter((d) => d >= today).slice(0, 3);
  return closures.length
    ? `${line}\n${t('faq-station-closed-on', { dates: closures.join(t('list-separator')) })}`
    : line;
}

/** A day's name as a worker said it: 今天（周六）, 明天（周日）, 周日（12月13日）. */
function dayName(t: T, d: DayHours, locale: Locale): string {
  const weekday = t(`faq-weekday-${d.weekday}`);
  if (d.offset <= 2)
    return t(['faq-day-today', 'faq-day-tomorrow', 'faq-day-after-tomorrow'][d.offset]!, { weekday });
  const date = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${d.date}T00:00:00Z`),
  );
  return t('faq-day-other', { weekday, date });
}

/**
 * The station's hours on the day asked ("📅 明天（周日）：休息，不开门"; two lines for a weekend); for the evening,
 * whether it is open after 18:00. Closed is said plainly: a worker asking about Sunday must not ride there for nothing.
 */
export function dayLines(t: T, station: Station, day: AskedDay, today: LocalDay, locale: Locale): string[] {
  return dayHours(station, day, today).map((d) => {
    const hours = d.ranges.length
      ? d.ranges.map(([a, b]) => `${hhmm(a)}–${hhmm(b)}`).join(t('list-separator'))
      : t(d.holiday ? 'faq-day-closed-holiday' : 'faq-day-closed');
    const last = d.ranges.length ? d.ranges[d.ranges.length - 1]![1] : undefined;
    const said =
      day.evening && last !== undefined
        ? last > EVENING_FROM
          ? t('faq-day-evening-open', { until: hhmm(last), hours })
          : t('faq-day-evening-closed', { at: hhmm(last), hours })
        : hours;
    return t('faq-day-hours', { day: dayName(t, d, locale), hours: said });
  });
}

export interface Asked {
  day?: AskedDay;
  /** Its hours asked (几点开门, open on Sunday): the week's hours too. */
  hours: boolean;
  fee: boolean;
  services: readonly Service[];
}

/**
 * Direct answers to what a worker asked of one station: the day's hours, the week's hours, "✅ 有厕所" / "❌ 没有淋浴",
 * and whether it costs — free, unless the pack's own words say a charge (`feeSaid`, shown as written).
 */
export function askedLines(
  t: T,
  input: {
    station: Station;
    asked: Asked;
    today: LocalDay;
    locale: Locale;
    feeSaid?: string;
    /** The card below gives the week's hours already (stationDetailCard). */
    weekShown?: boolean;
  },
): string[] {
  const { station, asked, today, locale } = input;
  const lines: string[] = [];
  if (asked.day) lines.push(...dayLines(t, station, asked.day, today, locale));
  if ((asked.day || asked.hours) && !input.weekShown) lines.push(hoursText(t, station, today.date));
  for (const s of asked.services)
    lines.push(
      t(station.services.includes(s) ? 'faq-service-has' : 'faq-service-lacks', {
        service: t(`faq-service-${s}`),
      }),
    );
  if (asked.fee)
    lines.push(
      input.feeSaid ? t('faq-fee-said', { said: forLocale(locale, input.feeSaid) }) : t('faq-fee-free'),
    );
  return lines;
}

/**
 * One station in full, for a worker who picked it from a list ("2"): open now, the week's hours, services,
 * address, phone, today's problem reports, a report button and the place on the map.
 */
export function stationDetailCard(
  t: T,
  input: {
    station: Station;
    status: OpenStatus;
    today: string;
    reports: Reports;
    locale: Locale;
    /** What a follow-up asked, answered first ("📅 明天（周日）：休息，不开门", "✅ 有厕所", "💰 不要钱…"). */
    answers?: readonly string[];
  },
): Card {
  const { station: s, locale } = input;
  const text: Span[] = [
    bold(stationName(s, locale)),
    '\n',
    ...(input.answers ?? []).flatMap((a) => [a, '\n']),
    statusText(t, input.status),
    '\n',
    hoursText(t, s, input.today),
    '\n',
    servicesText(t, s.services),
    '\n',
    `📍 ${stationAddress(s, locale)}`,
  ];
  if (s.phone) text.push('\n', t('faq-station-phone', { phone: s.phone }));
  const reported = reportedText(t, input.reports.get(s.id));
  if (reported) text.push('\n', reported);
  const button = reportButton(t, 1, s, locale);
  return {
    text,
    ...(button ? { buttons: [[{ ...button, label: t('faq-btn-report-this-station') }]] } : {}),
    venue: {
      lat: s.lat,
      lon: s.lon,
      title: stationName(s, locale),
      address: stationAddress(s, locale),
    },
  };
}

export interface StationCardInput {
  results: StationResults;
  services: readonly Service[];
  allDay: boolean;
  /** The place or station the question named; undefined for a shared location. */
  anchor?: Anchor;
  /** A station asked about by name ("X驿站几点开门"): its card alone, and the nearest open one if it is closed. */
  named?: string;
  located: boolean;
  reports: Reports;
  /** How to share a location here (each platform its own), shown when the answer is not located. */
  locationHint?: string;
  /** The reader's locale: names and addresses are converted for zh-TW (content is written in zh-CN). */
  locale?: Locale;
  /**
   * Lines under the named station's status, answering what was asked of it (askedLines): the day asked, the week's
   * hours, a service, whether it costs.
   */
  namedLines?: readonly string[];
  /**
   * A thing asked of the stations that none of them lists (母婴室): said first, so the list is not read as
   * the stations that have it (stations/unlisted.ts).
   */
  unlisted?: string;
}

export function stationCard(t: T, input: StationCardInput): Card {
  const { services, allDay } = input;
  const results = shownStations(input.results, input.named);
  const locale = input.locale ?? 'zh-CN';
  const text: Span[] = [];
  const wanted = services.length ? t('faq-stations-with', { services: servicesText(t, services) }) : '';
  const allDayNote = allDay ? t('faq-stations-all-day') : '';
  if (input.unlisted) text.push(t('faq-stations-unlisted', { thing: input.unlisted }), '\n');
  if (results.relaxed && (services.length || allDay)) {
    text.push(
      t(services.length === 1 && !allDay ? 'faq-stations-relaxed-one' : 'faq-stations-relaxed', {
        services: [servicesText(t, services), allDay ? allDayNote : ''].filter(Boolean).join(' '),
      }),
    );
  } else if (!input.located) {
    text.push(
      services.length
        ? t('faq-stations-unlocated', { services: servicesText(t, services) })
        : t(input.unlisted ? 'faq-stations-list' : 'faq-stations-unlocated-any'),
      allDayNote,
    );
  } else if (input.named && results.hits[0]?.station.id === input.named) {
    text.push(t('faq-station-named', { name: stationName(results.hits[0].station, locale) }));
  } else if (input.anchor) {
    text.push(
      t('faq-stations-near-place', {
        place: placeName(input.anchor.name, locale),
        extra: `${wanted}${allDayNote}`,
      }),
    );
  } else {
    text.push(t('faq-stations-near-you', { extra: `${wanted}${allDayNote}` }));
  }
  text.push('\n\n');
  const row: Button[] = [];
  const add = (b: Button | undefined) => void (b && row.push(b));
  const named = input.named && results.hits[0]?.station.id === input.named;
  results.hits.forEach((hit, i) => {
    const lines = named && i === 0 ? (input.namedLines ?? []) : [];
    text.push(...stationLines(t, i + 1, hit, input.reports, locale, lines), '\n');
    add(reportButton(t, i + 1, hit.station, locale));
  });
  if (results.nearestOpen) {
    const n = results.hits.length + 1;
    text.push(
      t('faq-stations-nearest-open'),
      '\n',
      ...stationLines(t, n, results.nearestOpen, input.reports, locale),
      '\n',
    );
    add(reportButton(t, n, results.nearestOpen.station, locale));
  }
  if (!input.located && input.locationHint) text.push(input.locationHint);
  const buttons: Button[][] = row.length ? [row] : [];
  const first = results.hits[0];
  return {
    text: trimEnd(text),
    ...(buttons.length ? { buttons } : {}),
    ...(input.located && first
      ? {
          venue: {
            lat: first.station.lat,
            lon: first.station.lon,
            title: stationName(first.station, locale),
            address: stationAddress(first.station, locale),
          },
        }
      : {}),
  };
}

/** All stations of the district, a page at a time (offered when a location is outside it). */
export function allStationsCard(
  t: T,
  district: string,
  stations: readonly Station[],
  page: number,
  perPage = 8,
  locale: Locale = 'zh-CN',
): Card {
  const pages = Math.max(1, Math.ceil(stations.length / perPage));
  const p = Math.min(Math.max(0, page), pages - 1);
  const slice = stations.slice(p * perPage, (p + 1) * perPage);
  const text: Span[] = [
    t('faq-stations-all-title', {
      district,
      from: String(p * perPage + 1),
      to: String(p * perPage + slice.length),
      total: String(stations.length),
    }),
    '\n',
  ];
  for (const s of slice)
    text.push('\n', bold(stationName(s, locale)), '\n', `📍 ${stationAddress(s, locale)}`);
  const nav: Button[] = [];
  if (p > 0) nav.push({ label: t('page-prev'), data: assertCallbackData(`stn:all:${p - 1}`) });
  if (p + 1 < pages) nav.push({ label: t('page-next'), data: assertCallbackData(`stn:all:${p + 1}`) });
  const buttons: Button[][] = nav.length ? [nav] : [];
  return { text, ...(buttons.length ? { buttons } : {}) };
}

function trimEnd(spans: Span[]): Span[] {
  const out = spans.filter((s) => s !== '');
  while (out.length && (out[out.length - 1] === '\n' || out[out.length - 1] === '\n\n')) out.pop();
  return out;
}
