/**
 * /queue as staff and organisers read it: the district's overview, a branch's page of open tickets (a line each,
 * buttons to open them, pages), and the queue of tickets in branches the pack no longer has.
 */
import { bold, type Button, type Card, type Span } from '../../card.js';
import type { Branch } from '../../content/schema.js';
import { branchLabel, branchName } from '../../groups/branch-name.js';
import { maskText } from '../../mask.js';
import { ellipsis } from '../../text.js';
import type { Ticket } from '../../ports/tickets.js';
import {
  URGENCY_ICON,
  action,
  categoryName,
  isOverdue,
  isPaused,
  statusText,
  when,
  type View,
} from './words.js';

/** Tickets on a page of /queue. */
export const QUEUE_PAGE = 8;

export interface BranchCounts {
  branch: Branch;
  open: number;
  overdue: number;
}

/** The queue of open tickets in branches the pack no longer has (QA21 #6): organisers only. */
export const GONE_QUEUE = '~gone';

/**
 * The district view: open and overdue tickets per branch, a button into each queue. `gone`: open tickets in branches
 * the pack no longer has, a row of their own (else they are in no row).
 */
export function overviewCard(v: View, rows: BranchCounts[], gone?: { open: number; overdue: number }): Card {
  const all = gone?.open ? [...rows, gone] : rows;
  const total = all.reduce((a, r) => ({ open: a.open + r.open, overdue: a.overdue + r.overdue }), {
    open: 0,
    overdue: 0,
  });
  const text: Span[] = [bold(v.t('queue-overview-title')), '\n', v.t('queue-overview-total', total), '\n'];
  for (const r of rows)
    text.push(
      '\n',
      v.t('queue-overview-row', { branch: branchName(r.branch, v.locale), open: r.open, overdue: r.overdue }),
    );
  if (gone?.open) text.push('\n', v.t('queue-overview-row', { branch: v.t('queue-gone-branches'), ...gone }));
  return {
    text,
    buttons: [
      ...rows.map((r) => [
        { label: `${branchName(r.branch, v.locale)} (${r.open})`, data: `tq:${r.branch.id}:0` },
      ]),
      ...(gone?.open
        ? [[{ label: `${v.t('queue-gone-branches')} (${gone.open})`, data: `tq:${GONE_QUEUE}:0` }]]
        : []),
    ],
  };
}

/** When a listed ticket is due, or that its resolve deadline waits on the worker. */
export const dueText = (v: View, ticket: Ticket): string =>
  isPaused(ticket)
    ? v.t('queue-due-paused')
    : v.t('queue-due', { due: ticket.dueAt ? when(v, ticket.dueAt) : '—' });

/** A page of listed tickets as buttons that open each, two a row. */
export function ticketRows(page: readonly Ticket[]): Button[][] {
  const rows: Button[][] = [];
  for (let i = 0; i < page.length; i += 2)
    rows.push(page.slice(i, i + 2).map((p) => ({ label: p.id, data: action('view', p.id) })));
  return rows;
}

/** `branch` GONE_QUEUE: the tickets in branches the pack no longer has, each with the branch it is in. */
export function queueCard(
  v: View,
  branch: Branch | typeof GONE_QUEUE,
  counts: { open: number; overdue: number },
  page: Ticket[],
  offset: number,
  overview: boolean,
): Card {
  const gone = branch === GONE_QUEUE;
  const id = gone ? GONE_QUEUE : branch.id;
  const pages = Math.max(1, Math.ceil(counts.open / QUEUE_PAGE));
  const current = Math.floor(offset / QUEUE_PAGE) + 1;
  const text: Span[] = [
    bold(v.t('queue-title', { branch: gone ? v.t('queue-gone-branches') : branchName(branch, v.locale) })),
    '\n',
    v.t('queue-counts', { open: counts.open, overdue: counts.overdue, page: current, pages }),
    '\n',
  ];
  if (!page.length) text.push('\n', v.t('queue-empty'));
  for (const ticket of page) {
    text.push(
      '\n',
      `${URGENCY_ICON[ticket.urgency]} `,
      bold(ticket.id),
      ` ${statusText(v.t, ticket.status)} · ${categoryName(v.pack, ticket.category, v.locale, true)}\n`,
      gone
        ? `${v.t('ticket-line-branch', { branch: branchLabel(v.pack, ticket.branch, v.locale, true) })}\n`
        : '',
      dueText(v, ticket),
      isOverdue(ticket, v.now) ? ` ${v.t('ticket-overdue')}` : '',
      ticket.escalations ? ' 🔺' : '',
      '\n',
      ellipsis(maskText(ticket.summary || v.t('ticket-no-text')), 40),
      '\n',
    );
  }
  const buttons = ticketRows(page);
  const nav: Button[] = [];
  if (offset > 0) nav.push({ label: v.t('page-prev'), data: `tq:${id}:${Math.max(0, offset - QUEUE_PAGE)}` });
  if (offset + QUEUE_PAGE < counts.open)
    nav.push({ label: v.t('page-next'), data: `tq:${id}:${offset + QUEUE_PAGE}` });
  if (overview) nav.push({ label: v.t('queue-overview-button'), data: 'tq:all:0' });
  if (nav.length) buttons.push(nav);
  return { text, ...(buttons.length ? { buttons } : {}) };
}
