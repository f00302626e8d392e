/**
 * The ticket's card in the triage chat (posted once, then edited in place; photos and the worker's pin under it),
 * its copy in the branch's triage chat on another platform, and the copies that follow it (staff views, reminders,
 * the escalation chat's cards — a 督办, the sweep's summary of several, an emergency's heads-up: CardCopy).
 */
import type { Card } from '../../card.js';
import type { CoreDeps } from '../../feature.js';
import { DEFAULT_LOCALE, resolveLocale } from '../../i18n.js';
import { CHANNELS, type Address, type MessageRef } from '../../types.js';
import {
  OPEN_STATUSES,
  stillAsSeen,
  type CardCopy,
  type CopyAdded,
  type Ticket,
  type TicketRef,
} from '../../ports/tickets.js';
import {
  emergencyAlertCard,
  escalationBatchCard,
  promptClosedCard,
  escalationCard,
  evidencePhotos,
  reminderCard,
  retiredCopyCard,
  staffTicketCard,
  triageCard,
} from '../views.js';
import { digest, isTransient, sameChat, triageChat, withoutButtons, type Sending } from './sending.js';

export interface CardSync {
  /** Post the card (its photos under it as evidence, copies on other platforms) or edit it in place. */
  sync(ticket: Ticket): Promise<void>;
  /**
   * Bring the copies of a ticket's card in step with it: drawn as the ticket is now, with its buttons while it is
   * open in the branch they were shown for, else without — and then no longer followed. Best effort and never
   * throws: a copy the platform will not edit (deleted, too old) is dropped, and a stale press on it is refused by
   * the ticket's scripts (a claim is `taken`, a move `moved`).
   */
  followCopies(ticket: Ticket): Promise<void>;
  /** Post the copies of the card owed since a passing failure (see postMirror). Never throws. */
  payMirrors(ticket: Ticket): Promise<void>;
  /**
   * Say on each copy no longer followed (`addCopy`'s `retired`) that it is not the live one, without buttons: a view
   * replaced by a newer one in its chat points below, one dropped past the most followed says to use the card or
   * /ticket. Best effort, never throws.
   */
  retire(id: string, added: CopyAdded | undefined): Promise<void>;
}

/** How long a copy of a card that failed for a passing reason is tried again. */
const MIRROR_OWED_MS = 24 * 3600_000;

export function createCardSync(deps: CoreDeps, s: Sending): CardSync {
  const { log } = s;

  /** The ticket's photos under a card (or a copy of it), captioned as a staff view's are. */
  async function evidenceUnder(ref: MessageRef, ticket: Ticket): Promise<void> {
    const v = await s.viewFor(ref.address);
    await s.photosTo(ref.address, ticket, evidencePhotos(v, ticket), v, ref.messageId);
  }

  /** The branch's triage chats on the platforms other than the card's, that this process can post to. */
  function mirrorChats(ticket: Ticket, card: MessageRef): Address[] {
    const branch = deps.content.get().branches.find((b) => b.id === ticket.branch);
    return CHANNELS.flatMap((channel) => {
      const to = triageChat(branch, channel);
      // A platform this process does not run (a console chat in a Telegram deployment) is left alone.
      if (!to || to.channel === card.address.channel || deps.outbox.serves?.(to.channel) === false) return [];
      return [to];
    });
  }

  /** Whether the ticket already has its copy in that chat, for its branch (never two copies of one card). */
  async function hasMirror(ticket: Ticket, to: Address): Promise<boolean> {
    const copies = await deps.store.tickets.copies(ticket.id);
    return copies.some(
      ({ ref, copy }) =>
        copy.kind === 'mirror' && copy.branch === ticket.branch && sameChat(ref.address as Address, to),
    );
  }

  /**
   * Post the card's copy in `to`. A failure that will pass makes it owed (first failed at `since`): the ticket's next
   * change or the recovery timer posts it (`payMirrors`), for up to a day; any other failure is logged and that is all.
   */
  async function postMirror(ticket: Ticket, to: Address, pin: Card['pin'], since: number): Promise<void> {
    try {
      if (await hasMirror(ticket, to)) return;
      const v = await s.viewFor(to);
      const drawn = triageCard(v, ticket);
      const ref = await deps.outbox.send(to, { ...drawn, ...(pin ? { pin } : {}) });
      const added = await deps.store.tickets.addCopy(ticket.id, ref, {
        kind: 'mirror',
        branch: ticket.branch,
        locale: v.locale,
        at: deps.now().getTime(),
        shown: digest(drawn),
      });
      await retire(ticket.id, added);
      await evidenceUnder(ref, ticket);
    } catch (err) {
      const later = isTransient(err) && deps.now().getTime() - since < MIRROR_OWED_MS;
      if (later)
        await deps.store.tickets
          .oweMirror(ticket.id, to.channel, since)
          .catch((e: unknown) =>
            log.warn({ err: (e as Error).message, ticket: ticket.id }, 'owed copy not kept'),
          );
      log.warn(
        { err: (err as Error).message, ticket: ticket.id, chat: to.chatId, later },
        later
          ? 'copy of the card for another platform not posted; tried again later'
          : 'copy of the card for another platform not posted',
      );
    }
  }

  /**
   * A branch with triage chats on several platforms gets a copy of the card in each of the others, its photos under
   * it, followed like the copies of staff views (`mirror`): drawn again on every change, its buttons working (each
   * press checked on the server as on the card) — before, secretaries on the other platform learnt of the ticket
   * only from /queue (QA17 #3). Talk about the ticket (prompts' answers, the worker's replies) stays with the card.
   * Best effort: a copy that cannot go never holds up the ticket's own effects; one that failed for a passing
   * reason is owed and posted later (`payMirrors`).
   */
  async function postMirrors(ticket: Ticket, card: MessageRef, pin?: Card['pin']): Promise<void> {
    for (const to of mirrorChats(ticket, card)) await postMirror(ticket, to, pin, deps.now().getTime());
  }

  async function payMirrors(ticket: Ticket): Promise<void> {
    try {
      const card = ticket.card as MessageRef | undefined;
      const chats = card ? mirrorChats(ticket, card) : [];
      for (const channel of CHANNELS) {
        const since = await deps.store.tickets.takeOwedMirror(ticket.id, channel);
        if (since === undefined) continue;
        // Owed for a chat the ticket's branch no longer has (it moved: its new card brought its own copies).
        const to = chats.find((c) => c.channel === channel);
        const pin = ticket.location ? { lat: ticket.location.lat, lon: ticket.location.lon } : undefined;
        if (to) await postMirror(ticket, to, pin, since);
      }
    } catch (err) {
      log.warn({ err: (err as Error).message, ticket: ticket.id }, 'owed copies of a card not posted');
    }
  }

  async function sync(ticket: Ticket): Promise<void> {
    if (ticket.card) {
      const ref = ticket.card as MessageRef;
      // A card someone deleted is posted again; any other refusal ("not modified") leaves it as it is. One sent
      // afresh to a moved chat's new id is the card from now on.
      const card = triageCard(await s.viewFor(ref.address), ticket);
      const kept = (now: MessageRef) => deps.store.tickets.setCard(ticket.id, ticket.branch, now);
      if ((await s.edit(ref, card, ticket, kept)) !== 'gone') {
        await payMirrors(ticket);
        return;
      }
    }
    // The place a worker pinned goes under the card as a pin, not only as coordinates in its text (QA15).
    const pin = ticket.location ? { lat: ticket.location.lat, lon: ticket.location.lon } : undefined;
    const ref = await s.toTriage(
      ticket,
      (v) => ({ ...triageCard(v, ticket), ...(pin ? { pin } : {}) }),
      'card',
    );
    if (!ref) return;
    if (!(await deps.store.tickets.setCard(ticket.id, ticket.branch, ref))) {
      // The ticket moved while this card was posted: the move's effects post its card at the new branch, and
      // this one must offer no 签收 (QA7 #5). Best effort: a press on it is refused anyway.
      const now = (await deps.store.tickets.get(ticket.id)) ?? ticket;
      await deps.outbox
        .edit(ref, withoutButtons(triageCard(await s.viewFor(ref.address), now)))
        .catch((err: unknown) =>
          log.warn({ err: (err as Error).message, ticket: ticket.id }, 'card of a moved ticket not edited'),
        );
      return;
    }
    await evidenceUnder(ref, ticket);
    await postMirrors(ticket, ref, pin);
  }

  /** Show `card` on a copy unless it shows it already; a copy no longer `live` is then not followed. */
  async function follow(ticket: Ticket, ref: TicketRef, copy: CardCopy, card: Card, live: boolean) {
    const shown = digest(card);
    if (shown !== copy.shown) {
      try {
        await deps.outbox.edit(ref as MessageRef, card);
      } catch (err) {
        log.debug({ err: (err as Error).message, ticket: ticket.id }, 'copy of a card not edited');
        // A failure that will pass leaves the copy followed, to be tried again on the next event.
        if (!isTransient(err)) await deps.store.tickets.dropCopy(ticket.id, ref);
        return;
      }
    }
    // A live copy already showing this card needs no write; a closed or moved one is no longer followed.
    if (!live) await deps.store.tickets.dropCopy(ticket.id, ref);
    else if (shown !== copy.shown) await deps.store.tickets.setCopy(ticket.id, ref, { ...copy, shown });
  }

  async function followCopies(ticket: Ticket): Promise<void> {
    try {
      const copies = await deps.store.tickets.copies(ticket.id);
      if (!copies.length) return;
      const events = copies.some((c) => c.copy.kind !== 'reminder')
        ? await deps.store.tickets.events(ticket.id)
        : [];
      const open = OPEN_STATUSES.includes(ticket.status);
      for (const { ref, copy } of copies) {
        const v = s.view(resolveLocale(copy.locale) ?? DEFAULT_LOCALE);
        if (copy.kind === 'escalation' && copy.batch) {
          // The sweep's summary of several tickets: drawn whole, from each listed ticket as it is now.
          const listed = new Map(
            (await deps.store.tickets.getMany(copy.batch.map((l) => l.id))).map((t) => [t.id, t]),
          );
          listed.set(ticket.id, ticket);
          await follow(
            ticket,
            ref,
            copy,
            escalationBatchCard(v, copy.branch, copy.at, copy.batch, listed),
            open,
          );
          continue;
        }
        if (copy.kind === 'alert') {
          await follow(ticket, ref, copy, emergencyAlertCard(v, ticket), open);
          continue;
        }
        if (copy.kind === 'escalation') {
          // The district's card follows the ticket wherever it goes, until it is no longer open.
          const e = events.find((x) => x.seq === copy.seq);
          if (!e) await deps.store.tickets.dropCopy(ticket.id, ref);
          else await follow(ticket, ref, copy, escalationCard(v, ticket, e), open);
          continue;
        }
        if (copy.kind === 'prompt') {
          // A secretary's open prompt: left alone while the ticket is as they saw it; once someone else has moved it
          // on, it says it is closed (and is no longer followed) — a reply to it would not act (triage.ts).
          if (ticket.branch === copy.branch && stillAsSeen(ticket, copy.saw ?? '', copy.by ?? '')) continue;
          await follow(ticket, ref, copy, promptClosedCard(v, ticket, copy.step ?? '', copy.branch), false);
          continue;
        }
        if (copy.kind === 'mirror') {
          // The card on the branch's other platform: as the card is, for as long as the ticket stays in the branch.
          const inBranch = ticket.branch === copy.branch;
          const drawn = triageCard(v, ticket);
          await follow(ticket, ref, copy, inBranch ? drawn : withoutButtons(drawn), inBranch);
          continue;
        }
        const live = ticket.branch === copy.branch && open;
        const drawn =
          copy.kind === 'reminder'
            ? // As it was sent (its time left as of then), with the buttons the ticket has now.
              reminderCard(
                { ...v, now: copy.at },
                { ...ticket, dueAt: copy.due ?? ticket.dueAt },
                copy.deadline ?? 'respond',
                live,
              )
            : staffTicketCard(v, ticket, events);
        await follow(ticket, ref, copy, live ? drawn : withoutButtons(drawn), live);
      }
    } catch (err) {
      log.warn({ err: (err as Error).message, ticket: ticket.id }, 'copies of a card not brought up to date');
    }
  }

  async function retire(id: string, added: CopyAdded | undefined): Promise<void> {
    for (const { ref, copy } of added?.retired ?? []) {
      const v = s.view(resolveLocale(copy.locale) ?? DEFAULT_LOCALE);
      await deps.outbox
        .edit(ref as MessageRef, retiredCopyCard(v, id, copy.kind === 'view'))
        .catch((err: unknown) =>
          log.debug({ err: (err as Error).message, ticket: id }, 'copy no longer followed not edited'),
        );
    }
  }

  return { sync, followCopies, payMirrors, retire };
}
