/**
 * The effects of a ticket handed to a colleague (`handed-over`, QA20 #3) and of a report withdrawn by its reporter
 * (`withdrawn`, QA20 #7). The card is redrawn by the engine after each event, as for every other; these add what
 * people are told: the worker in their language, the triage chat under the card.
 */
import type { CoreDeps } from '../../feature.js';
import { parsePersonKey } from '../../ports/groups.js';
import type { Ticket, TicketEvent } from '../../ports/tickets.js';
import { action, namedOrRole, staffName, workerName } from '../views.js';
import type { Sending } from './sending.js';
import type { EventEffect } from './to-worker.js';

const receiverOf = (e: TicketEvent) => ({
  by: String(e.receiver ?? ''),
  byName: String(e.receiverName || parsePersonKey(String(e.receiver ?? ''))?.userId || ''),
  role: 'secretary',
});

export function handoverEffects(_deps: CoreDeps, s: Sending): Partial<Record<string, EventEffect>> {
  async function handedOver(ticket: Ticket, e: TicketEvent): Promise<void> {
    await s.toTriage(
      ticket,
      (v) => ({
        text: [
          v.t('handover-triage', {
            id: ticket.id,
            who: staffName(v, ticket, e),
            // A name, else a role word: "转给 另一位书记", never the receiver's platform id (stop 38: "转给 2011").
            previous: namedOrRole(v, ticket, e.previousName),
            receiver: e.receiverName ? staffName(v, ticket, receiverOf(e)) : v.t('handover-receiver-unnamed'),
          }),
        ],
        buttons: [[{ label: v.t('triage-btn-open'), data: action('view', ticket.id) }]],
      }),
      'handover',
      true,
    );
    await s.toWorker(
      ticket,
      (v) => ({
        // The receiver's name only when known: else "the branch secretary", not their platform id.
        text: [
          v.t('worker-handed-over', {
            id: ticket.id,
            who: workerName(v, ticket, { ...receiverOf(e), byName: String(e.receiverName ?? '') }),
          }),
        ],
      }),
      'handover',
    );
  }

  async function withdrawn(ticket: Ticket, e: TicketEvent): Promise<void> {
    await s.toTriage(
      ticket,
      (v) => ({
        text: [
          v.t(ticket.owner ? 'withdrawn-triage-held' : 'withdrawn-triage', {
            id: ticket.id,
            who: staffName(v, ticket, e),
            holder: ticket.owner
              ? staffName(v, ticket, { by: ticket.owner, byName: ticket.ownerName ?? '', role: 'secretary' })
              : '',
          }),
        ],
      }),
      'withdrawn',
      true,
    );
  }

  return { 'handed-over': handedOver, withdrawn };
}
