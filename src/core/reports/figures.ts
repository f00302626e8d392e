/**
 * The figures secretaries report each month (响应率 / 解决率 / 满意率 …), as pure functions of tickets,
 * the pack's confirmation window and a time — so /stats, the CSV export and the tests count the same way
 * (`ticketsCreatedIn` is the one read from Redis).
 * The definitions are written out for people in docs/reports.md ("Figures"); keep the two in step.
 *
 *   const f = computeFigures(tickets, { confirmWindowDays: 3 }, now);
 *   rateOf(f.response)   // 0.8333…, or undefined when no ticket's respond deadline has come yet
 *
 * A ticket counts against a deadline only once that deadline has passed or been met: a ticket filed a
 * minute ago with 24 h left to respond is in neither the numerator nor the denominator of 响应率.
 *
 * Periods are in BOT_TIMEZONE: `parsePeriod('2026-11', now, tz)` is November, `'7d'` the last 7 × 24 h,
 * `''` this month so far.
 */
import type { Translate } from '../i18n.js';
import type { StorePort } from '../ports/index.js';
import type { Ticket } from '../ports/tickets.js';
import { addLocalDays, localDate, zonedParts, zonedToInstant } from '../zoned.js';
import type { FigureCounts } from '../ports/figures.js';

export const DAY = 86_400_000;
/** Longest period `/stats Nd` accepts. */
export const MAX_DAYS = 366;

/** What one ticket counts towards, as of `now`. */
export interface Outcome {
  open: boolean;
  /** The respond deadline has passed, or someone responded (met or missed): it counts in 响应率. */
  dueForResponse: boolean;
  /** The resolve deadline has passed, or the ticket is resolved/closed: it counts in 办结率. */
  dueForResolution: boolean;
  /** Staff resolved it and the resolution stands (办结), whatever the worker says later. */
  closed: boolean;
  /** 办结 at or before the resolve deadline. */
  closedOnTime: boolean;
  /** Due for resolution and its outcome known (not awaiting the worker's word): it counts in 实际解决率. */
  decided: boolean;
  /** First response (claim, question or resolution) at or before the respond deadline. */
  respondedInTime: boolean;
  /** Solved: the worker confirmed, or the confirmation window passed without an objection. */
  solved: boolean;
  /** Solved, and the (last) resolution came at or before the resolve deadline. */
  solvedOnTime: boolean;
  /** Resolved, the worker has not answered, and the window is still open: not counted yet. */
  awaitingConfirmation: boolean;
  responseMs?: number;
  resolutionMs?: number;
  /** Rated 4 or 5. */
  satisfied: boolean;
  /** Withdrawn by its reporter while open: counted apart, in no resolution rate. */
  withdrawn: boolean;
}

export type FigureTicket = Pick<
  Ticket,
  | 'id'
  | 'status'
  | 'category'
  | 'branch'
  | 'createdAt'
  | 'respondBy'
  | 'resolveBy'
  | 'firstResponseAt'
  | 'resolvedAt'
  | 'closedAt'
  | 'closeReason'
  | 'solved'
  | 'rating'
  | 'pausedAt'
>;

export function outcomeOf(t: FigureTicket, confirmWindowDays: number, now: number): Outcome {
  // Withdrawn by the reporter (撤回, QA20 #7): nothing for the branch to resolve, so in neither 办结率 nor 解决率; in
  // 响应率 only when someone responded or the respond deadline had passed before it (lua/includes/ticket.lua fig_apply).
  if (t.status === 'closed' && t.closeReason === 'withdrawn') {
    return {
      open: false,
      dueForResponse:
        t.firstResponseAt !== undefined || ((t.closedAt ?? 0) > t.respondBy && t.respondBy <= now),
      dueForResolution: false,
      closed: false,
      closedOnTime: false,
      decided: false,
      respondedInTime: t.firstResponseAt !== undefined && t.firstResponseAt <= t.respondBy,
      solved: false,
      solvedOnTime: false,
      awaitingConfirmation: false,
      ...(t.firstResponseAt !== undefined
        ? { responseMs: Math.max(0, t.firstResponseAt - t.createdAt) }
        : {}),
      satisfied: t.rating !== undefined && t.rating >= 4,
      withdrawn: true,
    };
  }
  const open = t.status === 'new' || t.status === 'claimed' || t.status === 'waiting';
  const windowMs = confirmWindowDays * DAY;
  // A reopen clears resolvedAt, so a resolution the worker objected to is never counted.
  const resolved = (t.status === 'resolved' || t.status === 'closed') && t.resolvedAt !== undefined;
  const solved = resolved && (t.status === 'closed' ? t.solved === true : t.resolvedAt! + windowMs <= now);
  const awaitingConfirmation = resolved && t.status === 'resolved' && !solved;
  // A resolve deadline paused while the ticket waits on the worker has not passed (lua/includes/ticket.lua fig_apply).
  const paused = t.status === 'waiting' && t.pausedAt !== undefined;
  const dueForResolution =
    t.status === 'resolved' || t.status === 'closed' || (!paused && t.resolveBy <= now);
  return {
    open,
    dueForResponse: t.firstResponseAt !== undefined || t.respondBy <= now,
    dueForResolution,
    closed: resolved,
    closedOnTime: resolved && t.resolvedAt! <= t.resolveBy,
    decided: dueForResolution && !awaitingConfirmation,
    respondedInTime: t.firstResponseAt !== undefined && t.firstResponseAt <= t.respondBy,
    solved,
    solvedOnTime: solved && t.resolvedAt! <= t.resolveBy,
    awaitingConfirmation,
    ...(t.firstResponseAt !== undefined ? { responseMs: Math.max(0, t.firstResponseAt - t.createdAt) } : {}),
    ...(solved ? { resolutionMs: Math.max(0, t.resolvedAt! - t.createdAt) } : {}),
    satisfied: t.rating !== undefined && t.rating >= 4,
    withdrawn: false,
  };
}

export interface Figures {
  /** Tickets received (created) in the period. */
  received: number;
  /** Of those, still open (new, claimed, waiting for the worker). */
  open: number;
  /** Resolved, waiting for the worker's word within the confirmation window. */
  awaitingConfirmation: number;
  /** Had a first response at all / within the respond deadline. */
  responded: number;
  respondedInTime: number;
  /** Denominator of 响应率: the respond deadline passed or was met. */
  dueForResponse: number;
  /** Denominator of 办结率: the resolve deadline passed, or the ticket is resolved or closed. */
  dueForResolution: number;
  /** 办结: resolved by staff, the resolution standing. */
  closed: number;
  closedOnTime: number;
  /** Denominator of 实际解决率: due for resolution, outcome known (not awaiting confirmation). */
  decided: number;
  /** Solved (confirmed, or no objection within the window). */
  solved: number;
  solvedOnTime: number;
  rated: number;
  /** Rated 4–5. */
  satisfied: number;
  /** Withdrawn by their reporters (counted in `received`, in no resolution rate). */
  withdrawn: number;
  medianResponseMs?: number;
  medianResolutionMs?: number;
  /** Every category received, most reports first (ties by id). */
  categories: { id: string; count: number }[];
}

export function median(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** `n / of`, or undefined when there is nothing to divide by. */
export function rate(n: number, of: number): number | undefined {
  return of > 0 ? n / of : undefined;
}

export interface Ratio {
  n: number;
  of: number;
}

export const RATE_NAMES = [
  'response',
  'closure',
  'closureOnTime',
  'solved',
  'solvedOnTime',
  'satisfaction',
] as const;
export type RateName = (typeof RATE_NAMES)[number];

/**
 * The rates with their denominators (docs/reports.md "Figures"): the one place numerator and denominator
 * are paired, so /stats, the CSV and the board cannot divide differently.
 */
export function ratios(f: Figures): Record<RateName, Ratio> {
  return {
    response: { n: f.respondedInTime, of: f.dueForResponse },
    closure: { n: f.closed, of: f.dueForResolution },
    closureOnTime: { n: f.closedOnTime, of: f.dueForResolution },
    solved: { n: f.solved, of: f.decided },
    solvedOnTime: { n: f.solvedOnTime, of: f.decided },
    satisfaction: { n: f.satisfied, of: f.rated },
  };
}

export const rateOf = (r: Ratio): number | undefined => rate(r.n, r.of);

/**
 * Tickets a branch returned (退单) that are now handled elsewhere: what it did with them shows nowhere else,
 * since every figure follows the ticket's current branch (and so counts it once, in the district too).
 */
export function returnedElsewhere(
  tickets: readonly Pick<Ticket, 'branch' | 'returnedBy'>[],
  branch: string,
): number {
  return tickets.filter((t) => t.branch !== branch && t.returnedBy.includes(branch)).length;
}

/** Every ticket created in [from, to), oldest first, read a page at a time (state only: no text or evidence). */
export async function ticketsCreatedIn(store: StorePort, from: number, to: number): Promise<Ticket[]> {
  const page = 1000;
  const out: Ticket[] = [];
  for (let offset = 0; ; offset += page) {
    const ids = await store.tickets.createdBetween(from, to, offset, page);
    out.push(...(await store.tickets.getMany(ids, { body: false })));
    if (ids.length < page) return out;
  }
}

const FIGURE_FIELDS = [
  'status',
  'category',
  'branch',
  'area',
  'respondBy',
  'resolveBy',
  'firstResponseAt',
  'resolvedAt',
  'closedAt',
  'closeReason',
  'solved',
  'rating',
  'pausedAt',
] as const;

/** A ticket as the figures (and the board's clusters) need it: a dozen short fields, no decoding of the rest. */
export type LightTicket = FigureTicket & { area?: string };

/**
 * Tickets created in [from, to) with only the fields the figures read — several times faster than whole
 * tickets for a year of data (the board's trend charts, /stats charts).
 */
export async function figureTicketsCreatedIn(
  store: StorePort,
  from: number,
  to: number,
): Promise<LightTicket[]> {
  const page = 5000;
  const out: LightTicket[] = [];
  const num = (s: string) => (s === '' ? undefined : Number(s));
  for (let offset = 0; ; offset += page) {
    const scored = await store.ticketStats.created(from, to, offset, page);
    const rows = await store.ticketStats.fields(
      scored.map((s) => s.id),
      FIGURE_FIELDS,
    );
    rows.forEach((r, i) => {
      if (!r.status) return;
      const t: LightTicket = {
        id: r.id,
        status: r.status as Ticket['status'],
        category: r.category || 'other',
        branch: r.branch,
        createdAt: scored[i]!.at,
        respondBy: Number(r.respondBy),
        resolveBy: Number(r.resolveBy),
      };
      const opt = {
        firstResponseAt: num(r.firstResponseAt),
        resolvedAt: num(r.resolvedAt),
        closedAt: num(r.closedAt),
        rating: num(r.rating),
        closeReason: r.closeReason || undefined,
        solved: r.solved ? r.solved === '1' : undefined,
        area: r.area || undefined,
        pausedAt: num(r.pausedAt),
      };
      for (const [k, v] of Object.entries(opt)) if (v !== undefined) Object.assign(t, { [k]: v });
      out.push(t);
    });
    if (scored.length < page) return out;
  }
}

export function computeFigures(
  tickets: readonly FigureTicket[],
  settings: { confirmWindowDays: number },
  now: number,
): Figures {
  const f: Figures = {
    received: 0,
    open: 0,
    awaitingConfirmation: 0,
    responded: 0,
    respondedInTime: 0,
    dueForResponse: 0,
    dueForResolution: 0,
    closed: 0,
    closedOnTime: 0,
    decided: 0,
    solved: 0,
    solvedOnTime: 0,
    rated: 0,
    satisfied: 0,
    withdrawn: 0,
    categories: [],
  };
  const responses: number[] = [];
  const resolutions: number[] = [];
  const byCategory = new Map<string, number>();
  for (const t of tickets) {
    const o = outcomeOf(t, settings.confirmWindowDays, now);
    f.received++;
    if (o.open) f.open++;
    if (o.awaitingConfirmation) f.awaitingConfirmation++;
    if (o.responseMs !== undefined) {
      f.responded++;
      responses.push(o.responseMs);
    }
    if (o.respondedInTime) f.respondedInTime++;
    if (o.dueForResponse) f.dueForResponse++;
    if (o.dueForResolution) f.dueForResolution++;
    if (o.closed) f.closed++;
    if (o.closedOnTime) f.closedOnTime++;
    if (o.decided) f.decided++;
    if (o.solved) {
      f.solved++;
      resolutions.push(o.resolutionMs!);
    }
    if (o.solvedOnTime) f.solvedOnTime++;
    if (t.rating !== undefined) f.rated++;
    if (o.satisfied) f.satisfied++;
    if (o.withdrawn) f.withdrawn++;
    byCategory.set(t.category, (byCategory.get(t.category) ?? 0) + 1);
  }
  const medianResponseMs = median(responses);
  const medianResolutionMs = median(resolutions);
  if (medianResponseMs !== undefined) f.medianResponseMs = medianResponseMs;
  if (medianResolutionMs !== undefined) f.medianResolutionMs = medianResolutionMs;
  f.categories = [...byCategory]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  return f;
}

// ---------------------------------------------------------------------------------------------
// Counters: the same Figures from the counters the ticket scripts keep (store/figures.ts), so the board
// reads O(branches × months) keys instead of every ticket. `outcomeOf` is what the scripts mirror; a
// test compares the two on constructed histories. Medians need every ticket: counters leave them out.

/** Figures (without medians) from one cell's counters, or the sum of several (`addCounts`). */
export function figuresFromCounts(c: FigureCounts): Figures {
  const n = (k: string) => c[k] ?? 0;
  const awaiting = n('z:await') - n('z:awaitDone');
  const dueForResolution = n('fin') + n('z:unres');
  return {
    received: n('n'),
    open: n('s:new') + n('s:claimed') + n('s:waiting'),
    awaitingConfirmation: awaiting,
    responded: n('resp'),
    respondedInTime: n('respIn'),
    dueForResponse: n('resp') + n('z:unresp'),
    dueForResolution,
    closed: n('cl'),
    closedOnTime: n('clOn'),
    decided: dueForResolution - awaiting,
    solved: n('sol') + n('z:awaitDone'),
    solvedOnTime: n('solOn') + n('z:awaitOnDone'),
    rated: n('rated'),
    satisfied: n('sat'),
    withdrawn: n('wd'),
    categories: Object.entries(c)
      .filter(([k, v]) => k.startsWith('c:') && v > 0)
      .map(([k, count]) => ({ id: k.slice(2), count }))
      .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1)),
  };
}

export function addCounts(cells: readonly FigureCounts[]): FigureCounts {
  const out: FigureCounts = {};
  for (const c of cells) for (const [k, v] of Object.entries(c)) out[k] = (out[k] ?? 0) + v;
  return out;
}

const counting = new WeakMap<StorePort, Promise<void>>();

/**
 * The counters' one-off backfill, run lazily by the first reader in each process: tickets created before
 * the counters existed get their bucket (`fm`, local month in `tz`) and are counted, a page per script
 * call, each once whoever runs it; then the "counted" marker ends it for every process. A store whose
 * first ticket was made by the counting scripts never needs it.
 */
export function ensureCounted(store: StorePort, tz: string): Promise<void> {
  let p = counting.get(store);
  if (!p) {
    p = (async () => {
      if (await store.figures.counted()) return;
      const page = 1000;
      for (let offset = 0; ; offset += page) {
        const scored = await store.ticketStats.created(-Infinity, Infinity, offset, page);
        await store.figures.backfill(scored.map((s) => ({ id: s.id, day: localDate(s.at, tz) })));
        if (scored.length < page) break;
      }
      await store.figures.markCounted();
    })();
    counting.set(store, p);
    p.catch(() => counting.delete(store));
  }
  return p;
}

/** Figures per (branch, month) cell from the counters, as of `now` (backfilling once if needed). */
export async function countedFigures(
  store: StorePort,
  tz: string,
  cells: readonly { branch: string; month: string }[],
  settings: { confirmWindowDays: number },
  now: number,
): Promise<FigureCounts[]> {
  await ensureCounted(store, tz);
  return store.figures.counts(cells, now, settings.confirmWindowDays * DAY);
}

/** A length of time for people: "40 分钟", "5.5 小时", "2.3 天" (the sign is dropped). */
export function durationText(t: Translate, ms: number): string {
  const abs = Math.abs(ms);
  const hours = abs / 3_600_000;
  if (hours < 1) return t('span-minutes', { n: Math.max(1, Math.round(abs / 60_000)) });
  if (hours < 10) return t('span-hours', { n: Math.round(hours * 10) / 10 });
  if (hours < 48) return t('span-hours', { n: Math.round(hours) });
  return t('span-days', { n: Math.round((hours / 24) * 10) / 10 });
}

// ---------------------------------------------------------------------------------------------
// Periods

export type Period =
  | { kind: 'month'; year: number; month: number; from: number; to: number }
  | { kind: 'days'; days: number; from: number; to: number }
  | { kind: 'dates'; fromDate: string; toDate: string; from: number; to: number };

const midnight = (d: { year: number; month: number; day: number }, tz: string) =>
  zonedToInstant({ ...d, hour: 0, minute: 0 }, tz);

export function monthPeriod(year: number, month: number, tz: string): Period {
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return {
    kind: 'month',
    year,
    month,
    from: midnight({ year, month, day: 1 }, tz),
    to: midnight({ ...next, day: 1 }, tz),
  };
}

/** Whole local days `fromDate`..`toDate` (both `YYYY-MM-DD`, inclusive); undefined when not real dates in order. */
export function datesPeriod(fromDate: string, toDate: string, tz: string): Period | undefined {
  const a = parseDate(fromDate);
  const b = parseDate(toDate);
  if (!a || !b || fromDate > toDate) return undefined;
  return { kind: 'dates', fromDate, toDate, from: midnight(a, tz), to: midnight(addLocalDays(b, 1), tz) };
}

function parseDate(s: string): { year: number; month: number; day: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  return { year, month, day };
}

/**
 * The words organisers type for this month and last month, as the /stats buttons name them (orgmonth: "/stats 上月"
 * was "看不懂", the usage offering only "last").
 */
const THIS_MONTH = new Set(['本月', '这个月', '這個月']);
const LAST_MONTH = new Set(['上月', '上个月', '上個月']);

/**
 * A period as people type it after /stats: `''`, `month` or 本月 (this month), `last` or 上月 (last month),
 * `7d` or 近7天 (the last 7 × 24 hours, 1–366), `2026-11` (a month). Undefined when it is none of these.
 */
export function parsePeriod(text: string, now: number, tz: string): Period | undefined {
  const s = text.trim().toLowerCase();
  const here = zonedParts(now, tz);
  if (s === '' || s === 'month' || s === 'm' || THIS_MONTH.has(s))
    return monthPeriod(here.year, here.month, tz);
  if (s === 'last' || LAST_MONTH.has(s))
    return here.month === 1 ? monthPeriod(here.year - 1, 12, tz) : monthPeriod(here.year, here.month - 1, tz);
  const days = /^(?:(\d{1,3})d|近(\d{1,3})天)$/.exec(s);
  if (days) {
    const n = Number(days[1] ?? days[2]);
    return n >= 1 && n <= MAX_DAYS ? { kind: 'days', days: n, from: now - n * DAY, to: now } : undefined;
  }
  const month = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    return m >= 1 && m <= 12 && y >= 2000 && y <= 2100 ? monthPeriod(y, m, tz) : undefined;
  }
  return undefined;
}

/** How a period is written in callback data (short, ≤ 8 characters): `m`, `last`, `7d`, `2026-11`. */
export function periodToken(p: Period): string {
  if (p.kind === 'days') return `${p.days}d`;
  if (p.kind === 'month') return `${p.year}-${String(p.month).padStart(2, '0')}`;
  return `${p.fromDate}..${p.toDate}`;
}
