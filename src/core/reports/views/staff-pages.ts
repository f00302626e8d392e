/**
 * A ticket as staff open it (/ticket, 📄 查看详情, the board): the card's body, the whole history and the actions, then
 * the rest of a long report, one message a piece.
 */
import { bold, type Card } from '../../card.js';
import { maskText } from '../../mask.js';
import { textPieces } from '../../text.js';
import type { Ticket, TicketEvent } from '../../ports/tickets.js';
import { history } from './history.js';
import { staffBody } from './staff-body.js';
import { triageButtons } from './triage-card.js';
import { STATUS_ICON, TEXT_PAGE_MAX, VIEW_TEXT_MAX, trimEnd, type View } from './words.js';

/**
 * The staff's full view: the card's body, the text, the history, and the actions. In chat (`textMax`
 * VIEW_TEXT_MAX) a long text is cut and says the rest follows (`staffTextPages`); the board passes
 * Infinity and shows it whole.
 */
export function staffTicketCard(
  v: View,
  ticket: Ticket,
  events: TicketEvent[],
  textMax: number = VIEW_TEXT_MAX,
): Card {
  const buttons = triageButtons(v, ticket);
  return {
    text: trimEnd([
      STATUS_ICON[ticket.status],
      ' ',
      ...staffBody(v, ticket, textMax),
      '\n',
      bold(v.t('ticket-history')),
      '\n',
      ...history(v, ticket, events, 'staff'),
    ]),
    ...(buttons.length ? { buttons } : {}),
    noPreview: true,
  };
}

/** The rest of a long report after the chat's full view, one message per piece, numbers masked. */
export function staffTextPages(v: View, ticket: Ticket): Card[] {
  if (!ticket.text) return [];
  const pieces = textPieces(maskText(ticket.text), VIEW_TEXT_MAX, TEXT_PAGE_MAX).slice(1);
  return pieces.map((piece, i) => ({
    text: [bold(v.t('ticket-text-page', { id: ticket.id, n: i + 1, of: pieces.length })), '\n', piece],
    noPreview: true,
  }));
}

/** /ticket and 📄 查看详情 in chat: the full view, then the rest of a long report. */
export function staffTicketCards(v: View, ticket: Ticket, events: TicketEvent[]): Card[] {
  return [staffTicketCard(v, ticket, events), ...staffTextPages(v, ticket)];
}
