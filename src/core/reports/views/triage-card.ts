/**
 * The card in a branch's triage chat, edited in place as the ticket moves: its body, the buttons of each state, and
 * what an old card becomes once the ticket has left the branch.
 */
import { bold, type Button, type Card } from '../../card.js';
import { branchLabel } from '../../groups/branch-name.js';
import { maskText } from '../../mask.js';
import type { Ticket, TicketEvent } from '../../ports/tickets.js';
import { canTakeOver } from '../owner-gone.js';
import { staffBody } from './staff-body.js';
import {
  ownerText,
  statusText,
  CARD_NOTE_MAX,
  CARD_TEXT_MAX,
  STATUS_ICON,
  action,
  categoryName,
  noteText,
  staffActor,
  trimEnd,
  type View,
} from './words.js';

/** The buttons a triage card offers in each state; every press is checked again on the server. */
export function triageButtons(v: View, ticket: Ticket): Button[][] {
  const b = (act: string, label: string): Button => ({ label: v.t(label), data: action(act, ticket.id) });
  switch (ticket.status) {
    case 'new':
      return [
        [b('claim', 'triage-btn-claim'), b('ask', 'triage-btn-ask')],
        [b('rs', 'triage-btn-resolve'), b('tr', 'triage-btn-transfer')],
        [b('rt', 'triage-btn-return'), b('es', 'triage-btn-escalate')],
        // Filed under the wrong category, or none (其他): the branch picks the right one (triage.ts).
        [b('cat', 'triage-btn-category')],
      ];
    case 'claimed':
    case 'waiting':
      return [
        // Its claimer has left the pack: 签收 again takes it over (checked on the server).
        ...(canTakeOver(v.pack, ticket) ? [[b('claim', 'triage-btn-claim')]] : []),
        [b('ask', 'triage-btn-ask'), b('rs', 'triage-btn-resolve')],
        [b('tr', 'triage-btn-transfer'), b('rt', 'triage-btn-return')],
        [b('ex', 'triage-btn-extend'), b('es', 'triage-btn-escalate')],
        // Shift end: to a colleague of the same branch (handover.ts; only its holder or an organiser, checked there).
        [{ label: v.t('handover-btn'), data: `th:pick:${ticket.id}` }, b('cat', 'triage-btn-category')],
      ];
    default:
      return [];
  }
}

/** True when the triage card cannot show the whole report (it then offers 📄 查看详情). */
function cardCutsText(ticket: Ticket): boolean {
  return !!ticket.text && maskText(ticket.text).length > CARD_TEXT_MAX;
}

/** The card in a branch's triage chat, edited in place as the ticket moves. */
export function triageCard(v: View, ticket: Ticket): Card {
  const buttons = triageButtons(v, ticket);
  // A long report: the card keeps its size, and the full view (in as many messages as needed) is one tap.
  if (cardCutsText(ticket))
    buttons.push([{ label: v.t('triage-btn-open'), data: action('view', ticket.id) }]);
  return {
    text: trimEnd([STATUS_ICON[ticket.status], ' ', ...staffBody(v, ticket, CARD_TEXT_MAX, 'card')]),
    ...(buttons.length ? { buttons } : {}),
    noPreview: true,
  };
}

/** What an old card becomes once the ticket has left that branch. */
export function movedCard(v: View, ticket: Ticket, e: TicketEvent): Card {
  const to = branchLabel(v.pack, String(e.to ?? ticket.branch), v.locale, true);
  return {
    text: [
      '↪️ ',
      bold(ticket.id),
      ` · ${categoryName(v.pack, ticket.category, v.locale, true)}\n`,
      v.t(e.type === 'returned' ? 'ticket-moved-returned' : 'ticket-moved-transferred', {
        branch: to,
        who: staffActor(v, ticket, e),
      }),
      '\n',
      v.t('ticket-reason'),
      noteText(v, maskText(e.text ?? ''), CARD_NOTE_MAX),
    ],
    noPreview: true,
  };
}

/**
 * Where a ticket stands now, in a few words for someone whose prompt it has overtaken: "✋ 已签收，签收人 王书记",
 * "已转至 五角场街道", "✅ 已办结".
 */
export function ticketNowText(v: View, ticket: Ticket, branch: string): string {
  if (ticket.branch !== branch)
    return v.t('triage-now-moved', { branch: branchLabel(v.pack, ticket.branch, v.locale, true) });
  const status = statusText(v.t, ticket.status);
  const held = ticket.owner && (ticket.status === 'claimed' || ticket.status === 'waiting');
  return held ? v.t('triage-now-held', { status, who: ownerText(v, ticket) }) : status;
}

/**
 * A secretary's prompt (↩️ 退单's "why not ours?", ✅ 办结's note…) once someone else has moved its ticket on: it says
 * it is closed, what the ticket is now, and that a reply to it does nothing (the dialog's answer is refused anyway).
 */
export function promptClosedCard(v: View, ticket: Ticket, step: string, branch: string): Card {
  return {
    text: [
      v.t('triage-prompt-closed', {
        id: ticket.id,
        what: v.t(`triage-step-${step}`),
        now: ticketNowText(v, ticket, branch),
      }),
    ],
  };
}

/**
 * A copy of a card no longer followed, in a line: a staff view replaced by a newer one in the same chat ("⤵️ JN-…
 * 已在下面重新打开…"), or one dropped past the most followed. It keeps no buttons, so nothing on it acts on a ticket it
 * no longer shows as it is.
 */
export function retiredCopyCard(v: View, id: string, replaced: boolean): Card {
  return { text: [v.t(replaced ? 'ticket-view-replaced' : 'ticket-copy-retired', { id })] };
}
