/**
 * The effects of ticket events: the worker's receipt and notices, relayed questions and answers, the
 * triage card (posted once, then edited in place), cards in the escalation chat. A state change is one
 * Lua script that also marks the ticket "pending"; `flush(id)` then performs the effects of every event
 * after the ticket's `fxSeq` and moves `fxSeq` on. A crash between the two leaves the ticket pending, and
 * `recover()` (at start-up and on a timer) finishes the job: effects are at-least-once, state is exactly-once.
 *
 *   await store.tickets.claim(id, actor, branch, now);
 *   await effects.flush(id);   // tells the worker, edits the card
 *
 * A send that fails for a reason that will pass (network, rate limit, Redis) stops the flush and leaves
 * the rest pending; a send that can never succeed (the bot was removed from a chat) is logged and skipped.
 *
 * Its parts (effects/): where messages go and how failures are read (`sending.ts`), the card and its copies
 * (`card.ts`), what the worker hears (`to-worker.ts`), what staff hear (`to-staff.ts`), and what a hand-over
 * or a withdrawal tells whom (`handover.ts`).
 */
import type { Card } from '../card.js';
import type { CoreDeps } from '../feature.js';
import { CHANNELS, type MessageRef } from '../types.js';
import type { CardCopy, Ticket, TicketEvent } from '../ports/tickets.js';
import { triageCard } from './views.js';
import { createCardSync } from './effects/card.js';
import { createSending, digest, RetryLater } from './effects/sending.js';
import { staffEffects } from './effects/to-staff.js';
import { workerEffects, type EventEffect } from './effects/to-worker.js';
import { handoverEffects } from './effects/handover.js';

export { escalationChat, isTransient, triageChat } from './effects/sending.js';

export interface Effects {
  /** Perform what the ticket's new events call for. Calls for one ticket run one after another. */
  flush(id: string): Promise<void>;
  /** Flush every ticket that still has effects pending; returns how many were flushed. */
  recover(): Promise<number>;
  /**
   * Follow a staff view or reminder just shown with `card` (see CardCopy): its buttons follow the ticket from
   * now on, and if the ticket changed since it was drawn it is brought up to date at once. Never throws.
   */
  rememberCopy(ticket: Ticket, ref: MessageRef, copy: Omit<CardCopy, 'shown'>, card: Card): Promise<void>;
  /**
   * Draw the ticket's card and its followed copies again as the pack now has it, with no event (a claimer who
   * left the pack: owner-gone.ts). Edits in place only; never throws.
   */
  redraw(id: string): Promise<void>;
}

/**
 * The mark that effect `index` of event `seq` was performed; set for each but the last of an event's effects (the
 * last is covered by the event's `fxSeq`), and only where an event has several. Set in order, each once the one
 * before it is there (`perform`): lua/ticket-effects-done-2.lua removes an event's marks from index 0 up to the first
 * missing one when the done point passes it.
 */
const effectDoneField = (seq: number, index: number) => `fx:${seq}:${index}`;

export function createEffects(deps: CoreDeps): Effects {
  const chains = new Map<string, Promise<void>>();
  const s = createSending(deps);
  const card = createCardSync(deps, s);
  // closed, rated, and marks from other jobs (reminders) have none: the card update after is all they need. An event
  // may have effects of both parts (`created`: the worker's receipt, then an emergency's heads-up to the district).
  const byType = new Map<string, EventEffect[]>();
  for (const part of [workerEffects(deps, s), staffEffects(deps, s, card.retire), handoverEffects(deps, s)])
    for (const [type, effect] of Object.entries(part))
      if (effect) byType.set(type, [...(byType.get(type) ?? []), effect]);

  async function perform(ticket: Ticket, e: TicketEvent): Promise<void> {
    // The event that was the branch's first response: observed once, when its effects run.
    if (ticket.firstResponseAt !== undefined && e.at === ticket.firstResponseAt && e.type !== 'created')
      deps.metrics.firstResponse.observe(
        { urgency: ticket.urgency },
        Math.max(0, (ticket.firstResponseAt - ticket.createdAt) / 1000),
      );
    const effects = byType.get(e.type) ?? [];
    for (const [i, effect] of effects.entries()) {
      // An event of several effects (`created`: the receipt, then the heads-up) is retried whole after a passing
      // failure of a later one: each one done is marked on the ticket, so a retry redoes only those not done —
      // the worker's receipt went twice when the heads-up failed once (stop 37).
      const field = effectDoneField(e.seq, i);
      if (ticket.flags[field]) continue;
      await effect(ticket, e);
      // Never once the done point covers the event: a replica that finished it meanwhile removed its marks.
      if (i < effects.length - 1) await deps.store.tickets.markEffectDone(ticket.id, e.seq, field);
    }
  }

  async function run(id: string): Promise<void> {
    const ticket = await deps.store.tickets.get(id);
    if (!ticket) {
      await deps.store.tickets.effectsDone(id, 0);
      return;
    }
    const events = await deps.store.tickets.events(id, ticket.fxSeq);
    if (!events.length) {
      await deps.store.tickets.effectsDone(id, ticket.evSeq);
      return;
    }
    try {
      for (const [i, e] of events.entries()) {
        await perform(ticket, e);
        // The last event is marked done only after the card is in step with the ticket.
        if (i < events.length - 1) await deps.store.tickets.effectsDone(id, e.seq);
      }
      await card.sync(ticket);
      await card.followCopies(ticket);
      await deps.store.tickets.effectsDone(id, events[events.length - 1]!.seq);
    } catch (err) {
      if (err instanceof RetryLater) {
        s.log.warn({ ticket: id, err: err.message }, 'report effects postponed');
        return;
      }
      throw err;
    }
  }

  /** Run `job` for a ticket after whatever is running for it: one ticket's effects happen one after another. */
  function chained(id: string, job: () => Promise<void>): Promise<void> {
    const previous = chains.get(id) ?? Promise.resolve();
    const next = previous.then(job, job);
    const tail = next
      .catch(() => undefined)
      .finally(() => {
        if (chains.get(id) === tail) chains.delete(id);
      });
    chains.set(id, tail);
    return next;
  }

  const flush = (id: string) => chained(id, () => run(id));

  return {
    flush,
    async rememberCopy(ticket, ref, copy, shown) {
      try {
        const added = await deps.store.tickets.addCopy(ticket.id, ref, { ...copy, shown: digest(shown) });
        // The views it replaces in its chat (and one past the most followed) say they are not the live one.
        await card.retire(ticket.id, added);
        // Drawn before an event whose effects may have run already: bring it up to date now.
        if (added !== undefined && added.seq !== ticket.evSeq)
          await chained(ticket.id, async () => {
            const now = await deps.store.tickets.get(ticket.id);
            if (now) await card.followCopies(now);
          });
      } catch (err) {
        s.log.warn({ err: (err as Error).message, ticket: ticket.id }, 'copy of a card not followed');
      }
    },
    redraw: (id) =>
      chained(id, async () => {
        const ticket = await deps.store.tickets.get(id);
        if (!ticket) return;
        if (ticket.card) {
          const ref = ticket.card as MessageRef;
          await s.edit(ref, triageCard(await s.viewFor(ref.address), ticket), ticket);
        }
        await card.followCopies(ticket);
      }).catch((err: unknown) =>
        s.log.warn({ err: (err as Error).message, ticket: id }, 'card not drawn again'),
      ),
    async recover() {
      const pending = await deps.store.tickets.pending();
      // Copies of cards owed since a passing failure, for tickets with nothing else to do.
      const owed = new Set((await deps.store.tickets.owedMirrors()).map((o) => o.id));
      for (const id of owed) {
        if (pending.has(id)) continue;
        await chained(id, async () => {
          const ticket = await deps.store.tickets.get(id);
          if (ticket) await card.payMirrors(ticket);
          // A ticket no longer kept owes nothing.
          else for (const c of CHANNELS) await deps.store.tickets.takeOwedMirror(id, c);
        }).catch((err: unknown) =>
          s.log.warn({ err: (err as Error).message, ticket: id }, 'owed copies not posted'),
        );
      }
      let n = 0;
      for (const id of pending.keys()) {
        try {
          await flush(id);
          n++;
        } catch (err) {
          s.log.error({ err, ticket: id }, 'report effects failed');
        }
      }
      return n;
    },
  };
}
