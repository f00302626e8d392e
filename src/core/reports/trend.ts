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

export async function monthlyFigures(
  deps: Pick<CoreDeps, 'store' | 'content' | 'timezone' | 'now'>,
  count: number,
  keep: (t: LightTicket) => boolean = () => true,
): Promise<MonthFigures[]> {
  const now = deps.now().getTime();
  const months = lastMonths(now, deps.timezone, count).map((m) =>
    monthPeriod(m.year, m.month, deps.timezone),
  );
  const all = await figureTicketsCreatedIn(deps.store, months[0]!.from, Math.min(months.at(-1)!.to, now + 1));
  const settings = deps.content.get().settings;
  return months.map((p) => {
    const tickets = all.filter((t) => t.createdAt >= p.from && t.createdAt < p.to && keep(t));
    const key = p.kind === 'month' ? monthKey(p) : '';
    return { month: key, figures: computeFigures(tickets, settings, now), tickets };
  });
}
