/** A reminder before a deadline, as the branch's staff chat reads it. */
import type { Card, Span } from '../../card.js';
import { maskText } from '../../mask.js';
import { ellipsis } from '../../text.js';
import type { Ticket } from '../../ports/tickets.js';
import { durationText } from '../figures.js';
import { canTakeOver } from '../owner-gone.js';
import { action, categoryName, ownerText, urgencyText, when, type View } from './words.js';

/**
 * A reminder before a deadline, in the staff chat: time left, category, summary, 签收 while new and 查看详情.
 * `live: false` draws it without buttons (a copy whose ticket has left the branch, QA7 #5).
 */
export function reminderCard(v: View, ticket: Ticket, deadline: 'respond' | 'resolve', live = true): Card {
  const due = ticket.dueAt ?? (deadline === 'respond' ? ticket.respondBy : ticket.resolveBy);
  const text: Span[] = [
    v.t('sweep-remind', { id: ticket.id, deadline, left: durationText(v.t, due - v.now), due: when(v, due) }),
    '\n',
    `${categoryName(v.pack, ticket.category, v.locale, true)} · ${urgencyText(v.t, ticket.urgency)}`,
  ];
  if (ticket.summary) text.push('\n', ellipsis(maskText(ticket.summary), 60));
  if (ticket.owner && deadline === 'resolve')
    text.push('\n', v.t('sweep-remind-owner', { who: ownerText(v, ticket) }));
  const buttons = [
    [
      ...(ticket.status === 'new' || canTakeOver(v.pack, ticket)
        ? [{ label: v.t('triage-btn-claim'), data: action('claim', ticket.id) }]
        : []),
      { label: v.t('triage-btn-open'), data: action('view', ticket.id) },
    ],
  ];
  return { text, ...(live ? { buttons } : {}), noPreview: true };
}
