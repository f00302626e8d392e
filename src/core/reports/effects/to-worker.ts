/**
 * The effects of ticket events the worker hears of in their private chat: the receipt, a claim, a secretary's
 * question and its reminder, the resolution and its "solved?" question, a move to another branch.
 */
import type { CoreDeps } from '../../feature.js';
import type { MessageRef } from '../../types.js';
import { decodeRef, type Ticket, type TicketEvent } from '../../ports/tickets.js';
import { CONFIRM_TTL_SECONDS } from '../confirm.js';
import { nudgeFlag } from '../waiting.js';
import { forLocale } from '../../script.js';
import {
  branchLabel,
  movedCard,
  receiptCard,
  resolutionCards,
  workerAction,
  workerName,
  workerNoteCards,
} from '../views.js';
import type { Sending } from './sending.js';

/** What one kind of event does; the engine runs it once per event, in order. */
export type EventEffect = (ticket: Ticket, e: TicketEvent) => Promise<void>;

export function workerEffects(deps: CoreDeps, s: Sending): Partial<Record<string, EventEffect>> {
  /** The worker's next private message is the answer for `seconds`, unless they are in the middle of something else. */
  async function awaitTyped(ticket: Ticket, step: 'answer' | 'solved', seconds: number): Promise<void> {
    await deps.store.dialogs.setIfAbsent(
      { channel: ticket.channel, chatId: ticket.chat, userId: ticket.reporter },
      { feature: 'reports', step, data: { id: ticket.id }, startedAt: deps.now().getTime() },
      seconds,
    );
  }

  /**
   * A secretary's question (`asked`) to the worker, whole — in several messages when long (QA: a contact number at
   * its end was lost) — with an answer button, then a day for a typed answer. `title` says whether it is the question
   * or the reminder of it (`worker-asked` / `worker-nudge`, each with its `-hint`).
   */
  async function askWorker(
    ticket: Ticket,
    asked: TicketEvent,
    title: 'worker-asked' | 'worker-nudge',
    what: 'question' | 'nudge',
  ): Promise<void> {
    await s.toWorker(
      ticket,
      (v) =>
        workerNoteCards(
          v,
          ticket.id,
          v.t(title, { id: ticket.id, who: workerName(v, ticket, asked) }),
          forLocale(v.locale, String(asked.text ?? '')),
          v.t(`${title}-hint`),
          [[{ label: v.t('worker-btn-answer'), data: workerAction('ans', ticket.id) }]],
        ),
      what,
    );
    await awaitTyped(ticket, 'answer', 86_400);
  }

  async function moved(ticket: Ticket, e: TicketEvent): Promise<void> {
    const old = typeof e.oldCard === 'string' ? (decodeRef(e.oldCard) as MessageRef | undefined) : undefined;
    if (old) await s.edit(old, movedCard(await s.viewFor(old.address), ticket, e), ticket);
    await s.toWorker(
      ticket,
      (v) => ({
        text: [v.t('worker-moved', { id: ticket.id, branch: branchLabel(v.pack, String(e.to), v.locale) })],
      }),
      'moved',
    );
  }

  return {
    created: (ticket) => s.toWorker(ticket, (v) => receiptCard(v, ticket), 'receipt'),
    claimed: (ticket, e) =>
      s.toWorker(
        ticket,
        (v) => ({ text: [v.t('worker-claimed', { id: ticket.id, who: workerName(v, ticket, e) })] }),
        'claimed',
      ),
    asked: (ticket, e) => askWorker(ticket, e, 'worker-asked', 'question'),
    async nudged(ticket, e) {
      // The sweep's reminder after a day of waiting (sweep.ts): only while the wait it was marked for goes on —
      // an answer may have come between the sweep's read and now.
      if (ticket.status !== 'waiting' || e.field !== nudgeFlag(ticket.waitingSince ?? 0)) return;
      const asked = (await deps.store.tickets.events(ticket.id)).findLast((x) => x.type === 'asked');
      // The day's wait for a typed answer the question opened is over by now: typing answers again.
      if (asked) await askWorker(ticket, asked, 'worker-nudge', 'nudge');
    },
    async resolved(ticket, e) {
      await s.toWorker(ticket, (v) => resolutionCards(v, ticket, e), 'resolved');
      // A typed yes or no is the answer to "问题解决了吗？" for a day, unless they are in the middle of something else.
      await awaitTyped(ticket, 'solved', CONFIRM_TTL_SECONDS);
    },
    transferred: moved,
    returned: moved,
  };
}
