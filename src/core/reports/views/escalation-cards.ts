/**
 * What the district's escalation chat reads: a 督办's card, the sweep's one message for several tickets falling due
 * together, and the heads-up of an emergency as soon as it is filed; each says who holds the ticket, or its state once
 * closed, and offers organisers ✋ 签收 while it is new.
 */
import type { Button, Card, Span } from '../../card.js';
import { branchLabel } from '../../groups/branch-name.js';
import { maskText } from '../../mask.js';
import { ellipsis } from '../../text.js';
import { OPEN_STATUSES, type Ticket, type TicketEvent } from '../../ports/tickets.js';
import { durationText } from '../figures.js';
import { eventWords } from './history.js';
import {
  CARD_NOTE_MAX,
  action,
  categoryName,
  noteText,
  ownerText,
  placeText,
  staffName,
  statusText,
  ticketStateText,
  urgencyText,
  when,
  type View,
} from './words.js';

/**
 * A 督办's card in the escalation chat: who pushed for what, and the ticket's summary. While the ticket waits
 * for a claim, organisers can take it there (✋ 签收, `tk:oc:` — the claim script refuses anyone else); after,
 * the card says who holds it. 📄 查看详情 stays: its full view carries the rest of the ticket's buttons.
 */
export function escalationCard(v: View, ticket: Ticket, e: TicketEvent): Card {
  const words = eventWords(v, e);
  const owner = ownerText(v, ticket);
  const open = OPEN_STATUSES.includes(ticket.status);
  return {
    text: [
      v.t('escalation-escalated', {
        id: ticket.id,
        branch: branchLabel(v.pack, ticket.branch, v.locale, true),
        who: staffName(v, ticket, e),
        category: categoryName(v.pack, ticket.category, v.locale, true),
        status: statusText(v.t, ticket.status),
      }),
      words ? `\n${noteText(v, maskText(words), CARD_NOTE_MAX)}` : '',
      '\n',
      ellipsis(maskText(ticket.summary), 80),
      open && owner ? `\n${v.t('escalation-owner', { who: owner })}` : '',
    ],
    buttons: [
      ...(ticket.status === 'new'
        ? [[{ label: v.t('triage-btn-claim'), data: action('oc', ticket.id) }]]
        : []),
      [{ label: v.t('triage-btn-open'), data: action('view', ticket.id) }],
    ],
  };
}

/** A ticket no longer open, in the escalation chat: its state, and that the reporter withdrew it when they did. */
/** One ticket of the sweep's summary (CardCopy `batch`): the deadline it had passed, and when that was due. */
export interface BatchLine {
  id: string;
  deadline: 'respond' | 'resolve';
  due: number;
}

/** The number a secretary types after /ticket (JY-2026-000037 → 37), for a button's label. */
export const shortNumber = (id: string) => String(Number(id.split('-').at(-1)) || id);

/**
 * The sweep's one message for several of a branch's tickets falling due together (QA20 #1: eleven cards in a minute):
 * a line each — number, category, urgency, how late at `at` — and, for each, ✋ 签收 N (the district's claim, `oc`,
 * checked by the claim script as on a single card) while it is new and 📄 N. Drawn again as the tickets move: a
 * claimed one says by whom, a closed one its state. `tickets` holds those still there (by id).
 */
export function escalationBatchCard(
  v: View,
  branch: string,
  at: number,
  lines: readonly BatchLine[],
  tickets: ReadonlyMap<string, Ticket>,
): Card {
  const text: Span[] = [
    v.t('escalation-batch', { branch: branchLabel(v.pack, branch, v.locale, true), count: lines.length }),
  ];
  const buttons: Button[][] = [];
  for (const line of lines) {
    const ticket = tickets.get(line.id);
    const n = shortNumber(line.id);
    text.push(
      '\n',
      v.t('escalation-batch-line', {
        n,
        id: line.id,
        category: ticket ? categoryName(v.pack, ticket.category, v.locale, true) : '',
        urgency: ticket ? urgencyText(v.t, ticket.urgency) : '',
        deadline: line.deadline,
        late: durationText(v.t, Math.max(0, at - line.due)),
      }),
    );
    if (!ticket) continue;
    const owner = ownerText(v, ticket);
    const open = OPEN_STATUSES.includes(ticket.status);
    if (open && owner) text.push('\n   ', v.t('escalation-owner', { who: owner }));
    else if (!open) text.push('\n   ', ticketStateText(v.t, ticket));
    buttons.push([
      ...(ticket.status === 'new'
        ? [{ label: v.t('escalation-batch-claim', { n }), data: action('oc', ticket.id) }]
        : []),
      { label: v.t('escalation-batch-open', { n }), data: action('view', ticket.id) },
    ]);
  }
  text.push('\n', v.t('escalation-batch-hint'));
  return { text, buttons, noPreview: true };
}

/**
 * The district's heads-up of an emergency as soon as it is filed or raised (QA20 #2: the escalation chat heard nothing
 * until the deadline passed): branch, category, place, the report masked, the respond-by; ✋ 签收 for an organiser
 * while it is new, then who holds it. Followed like a 督办 card (CardCopy `alert`).
 */
export function emergencyAlertCard(v: View, ticket: Ticket): Card {
  const owner = ownerText(v, ticket);
  const open = OPEN_STATUSES.includes(ticket.status);
  const place = placeText(ticket, v.locale);
  const text: Span[] = [
    v.t('escalation-alert', {
      id: ticket.id,
      branch: branchLabel(v.pack, ticket.branch, v.locale, true),
      category: categoryName(v.pack, ticket.category, v.locale, true),
    }),
  ];
  if (place) text.push('\n', v.t('escalation-alert-place', { place }));
  if (ticket.summary) text.push('\n', ellipsis(maskText(ticket.summary), 80));
  if (ticket.status === 'new')
    text.push('\n', v.t('escalation-alert-due', { due: when(v, ticket.respondBy) }));
  else if (open && owner) text.push('\n', v.t('escalation-owner', { who: owner }));
  else text.push('\n', ticketStateText(v.t, ticket));
  return {
    text,
    buttons: [
      [
        ...(ticket.status === 'new'
          ? [{ label: v.t('triage-btn-claim'), data: action('oc', ticket.id) }]
          : []),
        { label: v.t('triage-btn-open'), data: action('view', ticket.id) },
      ],
    ],
  };
}
