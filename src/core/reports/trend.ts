/**
 * Figures month by month (the trend /stats draws and the board charts): one read of the tickets created
 * over the months, bucketed by local month, each bucket counted by `computeFigures` as of now.
 *
 *   const months = await monthlyFigures(deps, 6, (t) => t.branch === 'meituan-yangpu');
 *   months.at(-1)   // { month: '2026-05', figures: {...} }
 */
import type { CoreDeps } from '../feature.js';
import { zonedParts } from '../zoned.js';
import {
  computeFigures,
  figureTicketsCreatedIn,
  monthPeriod,
  type Figures,
  type LightTicket,
} from './figures.js';

export interface MonthFigures {
  /** `YYYY-MM` in BOT_TIMEZONE. */
  month: string;
  figures: Figures;
  /** The tickets of the month that passed the filter (the board's categories and clusters use them). */
  tickets: LightTicket[];
}

/** The last `count` local months up to this one, oldest first. */
export function lastMonths(now: number, tz: string, count: number): { year: number; month: number }[] {
  const here = zonedParts(now, tz);
  const out: { year: number; month: number }[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const m = here.year * 12 + (here.month - 1) - i;
    out.push({ year: Math.floor(m / 12), month: (m % 12) + 1 });
  }
  return out;
}

export const monthKey = (m: { year: number; month: number }) =>
  `${m.year}-${String(m.month).padStart(2, '0')}`;

/** The span `count` months back from now covers, in ms: [from, to). */
export function monthsSpan(now: number, tz: string, count: number): { from: number; to: number } {
  const months = lastMonths(now, tz, count).map((m) => monthPeriod(m.year, m.month, tz));
  return { from: months[0]!.from, to: Math.min(months.at(-1)!.to, now + 1) };
}

export async function monthlyFigures(
  deps: Pick<CoreDeps, 'store' | 'content' | 'timezone' | 'now'>,
  count: number,
  keep: (t: LightTicket) => boolean = () => true,
  /** Tickets already read for the span (the board caches a year's light tickets for a minute). */
  preloaded?: readonly LightTicket[],
): Promise<MonthFigures[]> {
  const now = deps.now().getTime();
  const months = lastMonths(now, deps.timezone, count).map((m) =>
    monthPeriod(m.year, m.month, deps.timezone),
  );
  const span = monthsSpan(now, deps.timezone, count);
  const all = preloaded ?? (await figureTicketsCreatedIn(deps.store, span.from, span.to));
  const settings = deps.content.get().settings;
  // One pass into month buckets (not a filter per month): a year of tickets is 100k rows.
  const buckets = months.map(() => [] as LightTicket[]);
  for (const t of all) {
    const i = months.findIndex((p) => t.createdAt >= p.from && t.createdAt < p.to);
    if (i >= 0 && keep(t)) buckets[i]!.push(t);
  }
  return months.map((p, i) => {
    const tickets = buckets[i]!;
    const key = p.kind === 'month' ? monthKey(p) : '';
    return { month: key, figures: computeFigures(tickets, settings, now), tickets };
  });
}
