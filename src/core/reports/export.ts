/**
 * The monthly report as CSV: one row per ticket received in a period, and a summary row per branch (and
 * one for the district) with the same figures as /stats (figures.ts). `npm run export` writes them
 * (scripts/export.ts); this module only turns tickets into text.
 *
 *   const { tickets, summary } = buildExport(list, pack, 'Asia/Shanghai', Date.now());
 *
 * Privacy: no phone or ID number ever reaches the file — free text (the summary, a reporter's display
 * name) is scrubbed and any remaining long run of digits removed; an anonymous (or anonymised) ticket
 * carries no identity at all; nothing carries a platform user id or a private chat. The report's full
 * text and the resolution note are left out: the summary says what it was about. Cells that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`) are quoted with a leading apostrophe.
 */
import type { ContentPack } from '../content/schema.js';
import { maskText } from '../mask.js';
import { zonedParts } from '../zoned.js';
import type { Ticket } from '../ports/tickets.js';
import {
  computeFigures,
  outcomeOf,
  rateOf,
  ratios,
  returnedElsewhere,
  type Figures,
  type Ratio,
} from './figures.js';
import { branchLabel, categoryName } from './views.js';

export const TICKET_COLUMNS = [
  'ticket',
  'created_at',
  'branch',
  'branch_name',
  'origin_branch',
  'category',
  'category_name',
  'urgency',
  'status',
  'anonymous',
  'reporter',
  'area',
  'summary',
  'respond_by',
  'first_response_at',
  'responded_in_time',
  'due_for_response',
  'resolve_by',
  'resolved_at',
  'closed_at',
  'close_reason',
  'due_for_resolution',
  'closed',
  'closed_on_time',
  'awaiting_confirmation',
  'solved',
  'solved_on_time',
  'rating',
  'satisfied',
  'reopens',
  'transfers',
  'returns',
  'escalations',
  'extensions',
  'anonymised',
  // Hours from the report to its first response, and to its resolution when the resolution stands (empty while
  // not resolved): sort by these to find the slowest tickets (orgmonth: only timestamps, nothing to sort by).
  'first_response_hours',
  'resolution_hours',
] as const;

export const SUMMARY_COLUMNS = [
  'branch',
  'branch_name',
  'received',
  'open',
  'awaiting_confirmation',
  'due_for_response',
  'responded_in_time',
  'response_rate',
  'due_for_resolution',
  'closed',
  'closure_rate',
  'closed_on_time',
  'closure_on_time_rate',
  'decided',
  'solved',
  'resolution_rate',
  'solved_on_time',
  'on_time_rate',
  'rated',
  'satisfied',
  'satisfaction_rate',
  'median_first_response_hours',
  'median_resolution_hours',
  'top_categories',
  // Tickets of the period this branch returned (退单) that another branch handles now; they are counted there.
  'returned_elsewhere',
  // Withdrawn by their reporters (撤回): received, but in no resolution rate (close_reason 'withdrawn' per ticket).
  'withdrawn',
] as const;

/** The summary row for the whole district. */
export const ALL_BRANCHES = 'all';

export interface ExportResult {
  /** CSV text (CRLF line ends, no byte-order mark): the ticket rows. */
  tickets: string;
  /** CSV text: one row per branch of the pack, then the district. */
  summary: string;
  rows: number;
}

/**
 * Phone and ID numbers out: masked by maskText, then any run of 6 or more digits (masked or not) removed, with an ID
 * number's check character X (orgmonth: "身份证[…]X被封号" kept it).
 */
export function redact(text: string): string {
  return maskText(text)
    .replace(/([\d*][\d*\s-]{4,}[\d*])([Xx](?![A-Za-z]))?/g, (m, run: string, x?: string) => {
      if (!((run.match(/\d/g)?.length ?? 0) >= 6 || /\d\*{3,}\d/.test(run))) return m;
      // The X goes with an ID number's 17 other characters only, not after a phone number ("…5678X光" is an X-ray).
      return x && (run.match(/[\d*]/g)?.length ?? 0) !== 17 ? `[…]${x}` : '[…]';
    })
    .replace(/[\r\n]+/g, ' ');
}

function cell(value: string | number | undefined): string {
  let s = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (string | number | undefined)[][]): string {
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** `2026-11-03 09:05` in the bot's time zone. */
function local(ms: number | undefined, tz: string): string {
  if (ms === undefined) return '';
  const p = zonedParts(ms, tz);
  return `${p.date} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

const flag = (b: boolean) => (b ? 1 : 0);

function ticketRow(t: Ticket, pack: ContentPack, tz: string, now: number): (string | number | undefined)[] {
  const o = outcomeOf(t, pack.settings.confirmWindowDays, now);
  const anonymised = t.anonymisedAt !== undefined;
  const identity = t.anonymous || anonymised || t.reporter === '-' ? '' : redact(t.reporterName ?? '');
  const row: Record<(typeof TICKET_COLUMNS)[number], string | number | undefined> = {
    ticket: t.id,
    created_at: local(t.createdAt, tz),
    branch: t.branch,
    branch_name: branchLabel(pack, t.branch, 'zh-CN', true),
    origin_branch: t.originBranch ?? '',
    category: t.category,
    category_name: categoryName(pack, t.category, 'zh-CN', true),
    urgency: t.urgency,
    status: t.status,
    anonymous: flag(t.anonymous),
    reporter: identity,
    area: t.area ?? '',
    summary: redact(t.summary),
    respond_by: local(t.respondBy, tz),
    first_response_at: local(t.firstResponseAt, tz),
    responded_in_time: flag(o.respondedInTime),
    due_for_response: flag(o.dueForResponse),
    resolve_by: local(t.resolveBy, tz),
    resolved_at: local(t.resolvedAt, tz),
    closed_at: local(t.closedAt, tz),
    close_reason: t.closeReason ?? '',
    due_for_resolution: flag(o.dueForResolution),
    closed: flag(o.closed),
    closed_on_time: flag(o.closedOnTime),
    awaiting_confirmation: flag(o.awaitingConfirmation),
    solved: flag(o.solved),
    solved_on_time: flag(o.solvedOnTime),
    rating: t.rating,
    satisfied: t.rating === undefined ? '' : flag(o.satisfied),
    reopens: t.reopens,
    transfers: t.transfers,
    returns: t.returns,
    escalations: t.escalations,
    extensions: t.extensions,
    anonymised: flag(anonymised),
    first_response_hours: t.firstResponseAt === undefined ? '' : hours(t.firstResponseAt - t.createdAt),
    resolution_hours: o.closed && t.resolvedAt !== undefined ? hours(t.resolvedAt - t.createdAt) : '',
  };
  return TICKET_COLUMNS.map((c) => row[c]);
}

const pct = (x: Ratio) => {
  const r = rateOf(x);
  return r === undefined ? '' : `${(Math.round(r * 1000) / 10).toFixed(1)}%`;
};
const hours = (ms: number | undefined) =>
  ms === undefined ? '' : (Math.round(ms / 360_000) / 10).toFixed(1);

function summaryRow(
  branch: string,
  name: string,
  f: Figures,
  pack: ContentPack,
  returned: number | undefined,
): (string | number | undefined)[] {
  const r = ratios(f);
  const row: Record<(typeof SUMMARY_COLUMNS)[number], string | number | undefined> = {
    branch,
    branch_name: name,
    received: f.received,
    open: f.open,
    awaiting_confirmation: f.awaitingConfirmation,
    due_for_response: f.dueForResponse,
    responded_in_time: f.respondedInTime,
    response_rate: pct(r.response),
    due_for_resolution: f.dueForResolution,
    closed: f.closed,
    closure_rate: pct(r.closure),
    closed_on_time: f.closedOnTime,
    closure_on_time_rate: pct(r.closureOnTime),
    decided: f.decided,
    solved: f.solved,
    resolution_rate: pct(r.solved),
    solved_on_time: f.solvedOnTime,
    on_time_rate: pct(r.solvedOnTime),
    rated: f.rated,
    satisfied: f.satisfied,
    satisfaction_rate: pct(r.satisfaction),
    median_first_response_hours: hours(f.medianResponseMs),
    median_resolution_hours: hours(f.medianResolutionMs),
    top_categories: f.categories
      .slice(0, 3)
      .map((c) => `${categoryName(pack, c.id, 'zh-CN', true)} ${c.count}`)
      .join('; '),
    returned_elsewhere: returned,
    withdrawn: f.withdrawn,
  };
  return SUMMARY_COLUMNS.map((c) => row[c]);
}

export function buildExport(
  all: readonly Ticket[],
  pack: ContentPack,
  tz: string,
  now: number,
  /** Only these branches (a secretary's): their tickets and summary rows, no district row. */
  only?: readonly string[],
): ExportResult {
  const settings = pack.settings;
  const tickets = only ? all.filter((t) => only.includes(t.branch)) : all;
  const branches = only
    ? [...only]
    : [
        ...pack.branches.map((b) => b.id),
        ...new Set(tickets.map((t) => t.branch).filter((id) => !pack.branches.some((b) => b.id === id))),
      ];
  const summary = branches.map((id) =>
    summaryRow(
      id,
      branchLabel(pack, id, 'zh-CN', true),
      computeFigures(
        tickets.filter((t) => t.branch === id),
        settings,
        now,
      ),
      pack,
      returnedElsewhere(all, id),
    ),
  );
  if (!only)
    summary.push(
      // Returns move a ticket within the district: nothing of the district's own to add.
      summaryRow(
        ALL_BRANCHES,
        pack.settings.district.name,
        computeFigures(tickets, settings, now),
        pack,
        undefined,
      ),
    );
  return {
    tickets: toCsv(
      TICKET_COLUMNS,
      tickets.map((t) => ticketRow(t, pack, tz, now)),
    ),
    summary: toCsv(SUMMARY_COLUMNS, summary),
    rows: tickets.length,
  };
}
