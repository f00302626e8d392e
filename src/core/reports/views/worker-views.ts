/**
 * What the reporter reads of their ticket: the receipt, a secretary's note whole (a question, the resolution) with
 * ✅ 解决了 / ❌ 没解决 and the stars, the ticket with its history, /mytickets, and the confirm before a withdrawal.
 */
import { bold, italic, type Button, type Card, type Span } from '../../card.js';
import { branchLabel } from '../../groups/branch-name.js';
import { ellipsis, textPieces } from '../../text.js';
import { chineseForEnglish, forLocale, markChinese } from '../../script.js';
import type { Ticket, TicketEvent } from '../../ports/tickets.js';
import { normaliseReportText } from '../classify.js';
import { emergencySignals } from '../emergency.js';
import { emergencyBlock } from './emergency-block.js';
import { history } from './history.js';
import {
  CARD_NOTE_MAX,
  TEXT_PAGE_MAX,
  categoryName,
  isPaused,
  noteText,
  trimEnd,
  when,
  workerAction,
  workerName,
  workerStatusText,
  type View,
} from './words.js';

/**
 * A secretary's note for the worker (a question, a resolution), whole: under `head`, in as many messages as
 * it needs, split as a long report is for staff (`textPieces`); `tail` and the buttons come after its end.
 * Not masked: it is meant for the worker, contact numbers included.
 */
export function workerNoteCards(
  v: View,
  id: string,
  head: string,
  note: string,
  tail: string,
  buttons: Button[][],
): Card[] {
  const pieces = textPieces(note, TEXT_PAGE_MAX, TEXT_PAGE_MAX);
  const last = pieces.length - 1;
  const inChinese = chineseForEnglish(v.locale, note);
  return pieces.map((piece, i) => {
    const text: Span[] =
      i === 0 ? [head, '\n\n', piece] : [bold(v.t('worker-note-page', { id, n: i, of: last })), '\n', piece];
    if (i === 0 && last > 0) text.push('\n', v.t('worker-note-more', { pages: last }));
    // Secretaries write Chinese; an English reader is told so rather than left to guess (no offline translation).
    if (i === last && inChinese) text.push('\n', italic(v.t('worker-note-in-chinese')));
    if (i === last) text.push('\n\n', tail);
    return { text, ...(i === last && buttons.length ? { buttons } : {}) };
  });
}

/** The worker's receipt: the number, the promised times, where it went; emergency numbers first when needed. */
export function receiptCard(v: View, ticket: Ticket): Card {
  // A report that follows a closed ticket was filed from a reply the numbers were shown for, just before.
  const numbers = ticket.urgency === 'emergency' && !ticket.follows;
  return {
    text: [
      ...(numbers ? emergencyBlock(v, emergencySignals(normaliseReportText(ticket.text)), ticket.text) : []),
      ...(ticket.follows
        ? [bold(v.t('report-receipt-follows', { old: ticket.follows, id: ticket.id })), '\n\n']
        : []),
      bold(v.t('report-receipt-title', { id: ticket.id })),
      '\n',
      // The worker's words, as /mytickets says it (预计 … 前给您答复), not the branch's 响应/办结 (QA22 #1).
      v.t('report-receipt-promise', {
        respondAt: when(v, ticket.respondBy),
        resolveAt: when(v, ticket.resolveBy),
      }),
      '\n',
      v.t('report-receipt-branch', { branch: branchLabel(v.pack, ticket.branch, v.locale) }),
      '\n',
      v.t(ticket.anonymous ? 'report-receipt-anonymous' : 'report-receipt-named'),
      '\n',
      v.t('report-receipt-follow'),
    ],
  };
}

/** A worker's ticket with its history, as the worker sees it. */
export function workerTicketCard(v: View, ticket: Ticket, events: TicketEvent[]): Card {
  const { t } = v;
  const text: Span[] = [
    bold(ticket.id),
    ` · ${categoryName(v.pack, ticket.category, v.locale)}\n`,
    t('worker-line-status', { status: workerStatusText(t, ticket.status) }),
    '\n',
    ...(ticket.status === 'closed' && ticket.closeReason === 'withdrawn'
      ? [t('ticket-worker-line-withdrawn'), '\n']
      : []),
    t('worker-line-branch', { branch: branchLabel(v.pack, ticket.branch, v.locale) }),
    '\n',
  ];
  if (isPaused(ticket)) text.push(t('worker-line-resolve-paused'), '\n');
  else if (ticket.status !== 'resolved' && ticket.status !== 'closed')
    text.push(t('worker-line-resolve-by', { resolve: when(v, ticket.resolveBy) }), '\n');
  text.push(t('ticket-line-text'), '\n', ellipsis(ticket.text, 500) || t('ticket-no-text'), '\n');
  if (ticket.resolution && (ticket.status === 'resolved' || ticket.status === 'closed'))
    text.push(
      t('worker-line-resolution'),
      markChinese(t, v.locale, noteText(v, forLocale(v.locale, ticket.resolution), CARD_NOTE_MAX)),
      '\n',
    );
  text.push('\n', bold(t('worker-history')), '\n', ...history(v, ticket, events, 'worker'));
  trimEnd(text);
  const buttons: Button[][] = [];
  if (ticket.status === 'waiting')
    buttons.push([{ label: t('worker-btn-answer'), data: workerAction('ans', ticket.id) }]);
  if (ticket.status === 'resolved') buttons.push(...solvedButtons(v, ticket, 'view'));
  // 撤回 (QA20 #7): an open report may be taken back; a confirmation comes first (worker.ts).
  if (ticket.status === 'new' || ticket.status === 'claimed' || ticket.status === 'waiting')
    buttons.push([{ label: t('worker-btn-withdraw'), data: workerAction('wd', ticket.id) }]);
  return { text, ...(buttons.length ? { buttons } : {}) };
}

/**
 * "确定撤回吗？" before a worker withdraws an open report. An emergency is asked "确定没事了吗？" with the emergency
 * numbers above — once, not twice: someone still in danger is better served by the numbers than by a second tap.
 */
export function withdrawConfirmCard(v: View, ticket: Ticket): Card {
  const emergency = ticket.urgency === 'emergency';
  return {
    text: [
      ...(emergency ? emergencyBlock(v) : []),
      bold(
        v.t(emergency ? 'worker-withdraw-confirm-emergency' : 'worker-withdraw-confirm', { id: ticket.id }),
      ),
      '\n',
      v.t('worker-withdraw-confirm-hint'),
    ],
    buttons: [
      [
        { label: v.t('worker-btn-withdraw-yes'), data: workerAction('wy', ticket.id) },
        { label: v.t('worker-btn-withdraw-no'), data: workerAction('wn', ticket.id) },
      ],
    ],
  };
}

/** What a ✅ 解决了 is on: the worker's ticket view, the resolution itself, or the question asked again. */
const SOLVED_ON = { view: 'v', note: 'n', ask: 'a' } as const;

/**
 * ✅ 解决了 / ❌ 没解决. `on`: the message they are on, which a ✅ keeps (QA8) — the ticket view redrawn as it is now,
 * the resolution marked confirmed, the question answered.
 */
export function solvedButtons(v: View, ticket: Ticket, on: keyof typeof SOLVED_ON): Button[][] {
  return [
    [
      { label: v.t('worker-btn-solved'), data: workerAction('ok', ticket.id, SOLVED_ON[on]) },
      { label: v.t('worker-btn-unsolved'), data: workerAction('no', ticket.id) },
    ],
  ];
}

/**
 * The resolution as the worker is sent it (`resolved` event `e`): the branch's words whole, in several messages when
 * long, "问题解决了吗？" and its buttons after the end. `confirmed`: the last of them once the worker said it is solved
 * — the same words, marked so, without buttons (the thanks and the rating follow as a new message).
 */
export function resolutionCards(v: View, ticket: Ticket, e: TicketEvent, confirmed = false): Card[] {
  return workerNoteCards(
    v,
    ticket.id,
    v.t('worker-resolved', { id: ticket.id, who: workerName(v, ticket, e) }),
    forLocale(v.locale, String(e.text ?? '')),
    v.t(confirmed ? 'worker-resolved-confirmed' : 'worker-resolved-ask'),
    confirmed ? [] : solvedButtons(v, ticket, 'note'),
  );
}

export function ratingButtons(ticket: Ticket): Button[][] {
  return [[1, 2, 3, 4, 5].map((n) => ({ label: `${n}★`, data: workerAction('r', ticket.id, String(n)) }))];
}

/** /mytickets: the newest first, one line each, a button to open each. */
export function myTicketsCard(v: View, tickets: Ticket[]): Card {
  if (!tickets.length) return { text: [v.t('mytickets-none')] };
  const text: Span[] = [bold(v.t('mytickets-title')), '\n'];
  for (const ticket of tickets) {
    text.push(
      '\n',
      bold(ticket.id),
      ` ${workerStatusText(v.t, ticket.status)} · ${categoryName(v.pack, ticket.category, v.locale)} · ${when(v, ticket.createdAt)}\n`,
      ellipsis(ticket.summary || v.t('ticket-no-text'), 40),
      '\n',
    );
  }
  return {
    text,
    buttons: tickets.map((ticket) => [
      {
        label: `${ticket.id} · ${v.t(`worker-status-${ticket.status}`)}`,
        data: workerAction('v', ticket.id),
      },
    ]),
  };
}
