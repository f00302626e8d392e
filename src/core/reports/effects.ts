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
 */
import { createHash } from 'node:crypto';
import type { AlbumPhoto, Card } from '../card.js';
import type { Branch, ContentPack } from '../content/schema.js';
import type { CoreDeps } from '../feature.js';
import { CONFIRM_TTL_SECONDS } from './confirm.js';
import { nudgeFlag } from './waiting.js';
import { showPhotos } from './photos.js';
import { DEFAULT_LOCALE, resolveLocale, type Locale } from '../i18n.js';
import { staffChatAddress } from '../identity.js';
import { DeliveryError } from '../outbox.js';
import { chatLocale } from '../groups/chat-locale.js';
import { CHANNELS, type Address, type Channel, type MessageRef } from '../types.js';
import { maskText } from '../mask.js';
import { forLocale } from '../script.js';
import {
  decodeRef,
  encodeRef,
  OPEN_STATUSES,
  type Actor,
  type CardCopy,
  type Ticket,
  type TicketEvent,
  type TicketRef,
} from '../ports/tickets.js';
import { isStoreUnavailable } from '../ports/unavailable.js';
import {
  action,
  branchLabel,
  CARD_NOTE_MAX,
  escalationCard,
  eventWords,
  evidencePhotos,
  movedCard,
  noteText,
  receiptCard,
  reminderCard,
  resolutionCards,
  staffName,
  staffTicketCard,
  triageCard,
  urgencyText,
  when,
  workerAction,
  workerName,
  workerNoteCards,
  type View,
} from './views.js';

/** The effects engine acting on its own account (a note on the ticket, no event). */
const EFFECTS: Actor = { by: 'system', role: 'system' };

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

/** A card's digest: a copy already showing it is not edited again. */
const digest = (card: Card) =>
  createHash('sha1')
    .update(JSON.stringify([card.text, card.buttons ?? []]))
    .digest('base64url')
    .slice(0, 16);

/** The card without its buttons. */
function withoutButtons(card: Card): Card {
  const { buttons: _gone, ...rest } = card;
  return rest;
}

/** The flush stopped on a failure that will pass; the ticket stays pending for the next try. */
class RetryLater extends Error {}

export function isTransient(err: unknown): boolean {
  if (err instanceof DeliveryError)
    return (
      err.reason === 'transient' || err.reason === 'rate-limited' || err.message.startsWith('no adapter')
    );
  return isStoreUnavailable(err);
}

/** Where a branch's triage chat is on a channel. */
export function triageChat(branch: Branch | undefined, channel: Channel): Address | undefined {
  return staffChatAddress(channel, branch?.triage[channel]);
}

/** The district's escalation chat, on the ticket's own channel when the pack has one there. */
export function escalationChat(pack: ContentPack, ticket: Ticket): Address | undefined {
  const esc = pack.organisers.escalation;
  const channel = ticket.channel as Channel;
  for (const c of [channel, ...CHANNELS.filter((x) => x !== channel)]) {
    const to = staffChatAddress(c, esc[c]);
    if (to) return to;
  }
  return undefined;
}

export function createEffects(deps: CoreDeps): Effects {
  const chains = new Map<string, Promise<void>>();
  const log = deps.logger.child({ job: 'reports' });

  function view(locale: Locale): View {
    return {
      t: (id, args) => deps.i18n.t(locale, id, args),
      locale,
      pack: deps.content.get(),
      tz: deps.timezone,
      now: deps.now().getTime(),
    };
  }

  /** The triage chats to try for a ticket: its branch on its channel, the district's, then other channels. */
  function triageCandidates(ticket: Ticket): Address[] {
    const pack = deps.content.get();
    const branch = pack.branches.find((b) => b.id === ticket.branch);
    const district = pack.branches.find((b) => b.kind === 'district');
    const channel = ticket.channel as Channel;
    const out = [
      triageChat(branch, channel),
      ...CHANNELS.filter((c) => c !== channel).map((c) => triageChat(branch, c)),
      triageChat(district, channel),
    ].filter((a): a is Address => !!a);
    return out.filter((a, i) => out.findIndex((b) => b.channel === a.channel && b.chatId === a.chatId) === i);
  }

  /** Send, classifying failures: transient → stop the flush; permanent → log, skip, return undefined. */
  async function send(
    to: Address,
    card: Card,
    what: string,
    ticket: Ticket,
  ): Promise<MessageRef | undefined> {
    try {
      return await deps.outbox.send(to, card);
    } catch (err) {
      if (isTransient(err)) throw new RetryLater((err as Error).message);
      log.warn(
        { err: (err as Error).message, ticket: ticket.id, what, chat: to.chatId },
        'report message not deliverable; skipped',
      );
      return undefined;
    }
  }

  /**
   * Edit a message: 'gone' when the platform no longer has it, 'failed' for other lasting refusals. `resent`
   * hears of a card sent afresh instead (an edit refused in a chat that moved: groups/moves.ts).
   */
  async function edit(
    ref: MessageRef,
    card: Card,
    ticket: Ticket,
    resent?: (now: MessageRef) => Promise<unknown>,
  ): Promise<'ok' | 'gone' | 'failed'> {
    try {
      const now = await deps.outbox.edit(ref, card);
      if (now && resent) await resent(now);
      return 'ok';
    } catch (err) {
      if (isTransient(err)) throw new RetryLater((err as Error).message);
      log.debug({ err: (err as Error).message, ticket: ticket.id }, 'card edit failed');
      return err instanceof DeliveryError && err.reason === 'not-found' ? 'gone' : 'failed';
    }
  }

  /** Tell the worker, in their private chat and language. */
  async function toWorker(ticket: Ticket, build: (v: View) => Card, what: string): Promise<void> {
    await toWorkerAll(ticket, (v) => [build(v)], what);
  }

  /** Tell the worker in several messages, in order (a long note). */
  async function toWorkerAll(ticket: Ticket, build: (v: View) => Card[], what: string): Promise<void> {
    if (!ticket.chat || ticket.reporter === '-') return;
    const v = view((resolveLocale(ticket.locale) ?? DEFAULT_LOCALE) as Locale);
    for (const card of build(v))
      await send({ channel: ticket.channel as Channel, chatId: ticket.chat }, card, what, ticket);
  }

  /**
   * Post into the ticket's triage chat (the first that accepts it). `underCard`: the message belongs under the
   * ticket's card when it goes to the card's chat (Slack: in its thread, so the card stays the top-level message).
   */
  async function toTriage(
    ticket: Ticket,
    build: (v: View) => Card,
    what: string,
    underCard = false,
  ): Promise<MessageRef | undefined> {
    const card = underCard ? (ticket.card as MessageRef | undefined) : undefined;
    for (const to of triageCandidates(ticket)) {
      const built = build(view(await chatLocale(deps, to)));
      const under = card && sameChat(card.address, to) ? card.messageId : undefined;
      const ref = await send(to, under ? { ...built, under } : built, what, ticket);
      if (ref) return ref;
    }
    if (!triageCandidates(ticket).length)
      log.warn({ ticket: ticket.id, branch: ticket.branch }, 'no triage chat configured for the branch');
    return undefined;
  }

  async function toEscalation(
    ticket: Ticket,
    build: (v: View) => Card,
    what: string,
  ): Promise<MessageRef | undefined> {
    const to = escalationChat(deps.content.get(), ticket);
    if (!to) {
      log.warn({ ticket: ticket.id }, 'no escalation chat configured');
      return undefined;
    }
    return send(to, build(view(await chatLocale(deps, to))), what, ticket);
  }

  /**
   * An extension request's card in the escalation chat is remembered on the ticket (a once-only field named
   * after the request), so a decision taken anywhere — the card's own buttons or the board — takes its
   * buttons away and says who decided.
   */
  const requestCardField = (request: unknown) => `extcard:${String(request)}`;
  async function closeRequestCard(ticket: Ticket, e: TicketEvent): Promise<void> {
    const ref = decodeRef(ticket.flags[requestCardField(e.request)]) as MessageRef | undefined;
    if (!ref) return;
    const v = view(await chatLocale(deps, ref.address));
    const decided = v.t(e.type === 'extension-approved' ? 'escalation-approved' : 'escalation-refused', {
      id: ticket.id,
      who: staffName(v, ticket, e),
    });
    await edit(ref, { text: [decided] }, ticket);
  }

  /** Post the card (its photos under it as evidence) or edit it in place. */
  async function syncCard(ticket: Ticket): Promise<void> {
    if (ticket.card) {
      const ref = ticket.card as MessageRef;
      // A card someone deleted is posted again; any other refusal ("not modified") leaves it as it is. One sent
      // afresh to a moved chat's new id is the card from now on.
      const card = triageCard(view(await chatLocale(deps, ref.address)), ticket);
      const kept = (now: MessageRef) => deps.store.tickets.setCard(ticket.id, ticket.branch, now);
      if ((await edit(ref, card, ticket, kept)) !== 'gone') return;
    }
    // The place a worker pinned goes under the card as a pin, not only as coordinates in its text (QA15).
    const pin = ticket.location ? { lat: ticket.location.lat, lon: ticket.location.lon } : undefined;
    const ref = await toTriage(
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
        .edit(ref, withoutButtons(triageCard(view(await chatLocale(deps, ref.address)), now)))
        .catch((err: unknown) =>
          log.warn({ err: (err as Error).message, ticket: ticket.id }, 'card of a moved ticket not edited'),
        );
      return;
    }
    await evidenceUnder(ref, ticket);
    await postMirrors(ticket, ref, pin);
  }

  /** The ticket's photos under a card (or a copy of it), captioned as a staff view's are. */
  async function evidenceUnder(ref: MessageRef, ticket: Ticket): Promise<void> {
    const v = view(await chatLocale(deps, ref.address));
    await photosTo(ref.address, ticket, evidencePhotos(v, ticket), v, ref.messageId);
  }

  /**
   * A branch with triage chats on several platforms gets a copy of the card in each of the others, its photos under
   * it, followed like the copies of staff views (`mirror`): drawn again on every change, its buttons working (each
   * press checked on the server as on the card) — before, secretaries on the other platform learnt of the ticket
   * only from /queue (QA17 #3). Talk about the ticket (prompts' answers, the worker's replies) stays with the card.
   * Best effort: a copy that cannot go (no adapter for that platform here, a refusal, a passing failure) is logged
   * and never holds up the ticket's own effects.
   */
  async function postMirrors(ticket: Ticket, card: MessageRef, pin?: Card['pin']): Promise<void> {
    const branch = deps.content.get().branches.find((b) => b.id === ticket.branch);
    for (const channel of CHANNELS) {
      const to = triageChat(branch, channel);
      // A platform this process does not run (a console chat in a Telegram deployment) is left alone.
      if (!to || to.channel === card.address.channel || deps.outbox.serves?.(to.channel) === false) continue;
      try {
        const v = view(await chatLocale(deps, to));
        const drawn = triageCard(v, ticket);
        const ref = await deps.outbox.send(to, { ...drawn, ...(pin ? { pin } : {}) });
        await deps.store.tickets.addCopy(ticket.id, ref, {
          kind: 'mirror',
          branch: ticket.branch,
          locale: v.locale,
          at: deps.now().getTime(),
          shown: digest(drawn),
        });
        await evidenceUnder(ref, ticket);
      } catch (err) {
        log.warn(
          { err: (err as Error).message, ticket: ticket.id, chat: to.chatId },
          'copy of the card for another platform not posted',
        );
      }
    }
  }

  /**
   * Photos under a message of the triage chat: the reporter platform's own file ids there, else the bytes fetched
   * and uploaded (photos.ts), or a line pointing at the board.
   */
  async function photosTo(
    to: Address,
    ticket: Ticket,
    photos: AlbumPhoto[],
    v: View,
    under?: string,
  ): Promise<void> {
    await showPhotos(ticket.channel as Channel, to.channel, photos, {
      outbox: deps.outbox,
      log,
      send: (card) => send(to, under ? { ...card, under } : card, 'evidence', ticket),
      elsewhere: v.t('ticket-photos-on-board'),
    });
  }

  /** The photos an addition carried (`replied` with files), posted silently after its words (in their thread). */
  async function sendPhotos(to: Address, ticket: Ticket, e: TicketEvent): Promise<void> {
    const files = Array.isArray(e.files) ? (e.files as { kind?: unknown; fileId?: unknown }[]) : [];
    const photos = files.filter(
      (f): f is { kind: 'photo'; fileId: string } => f.kind === 'photo' && typeof f.fileId === 'string',
    );
    const v = view(await chatLocale(deps, to));
    const captioned = photos.map((p, i) => ({
      fileId: p.fileId,
      caption: v.t('ticket-added-photo', { id: ticket.id, n: i + 1, of: photos.length }),
    }));
    await photosTo(to, ticket, captioned, v);
  }

  /** The worker's next private message is the answer for a day, unless they are in the middle of something else. */
  async function awaitAnswer(ticket: Ticket): Promise<void> {
    const owner = { channel: ticket.channel, chatId: ticket.chat, userId: ticket.reporter };
    await deps.store.dialogs.setIfAbsent(
      owner,
      { feature: 'reports', step: 'answer', data: { id: ticket.id }, startedAt: deps.now().getTime() },
      86_400,
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
    await toWorkerAll(
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
    await awaitAnswer(ticket);
  }

  async function perform(ticket: Ticket, e: TicketEvent): Promise<void> {
    // Staff read the words masked; the worker reads them whole, in traditional characters when theirs is zh-TW
    // (secretaries write simplified; converted character by character, not rephrased: script.ts, QA8).
    const text = (v: View, masked = false) =>
      masked ? noteText(v, maskText(String(e.text ?? '')), 1500) : forLocale(v.locale, String(e.text ?? ''));
    // The event that was the branch's first response: observed once, when its effects run.
    if (ticket.firstResponseAt !== undefined && e.at === ticket.firstResponseAt && e.type !== 'created')
      deps.metrics.firstResponse.observe(
        { urgency: ticket.urgency },
        Math.max(0, (ticket.firstResponseAt - ticket.createdAt) / 1000),
      );
    switch (e.type) {
      case 'created':
        await toWorker(ticket, (v) => receiptCard(v, ticket), 'receipt');
        return;
      case 'claimed':
        await toWorker(
          ticket,
          (v) => ({ text: [v.t('worker-claimed', { id: ticket.id, who: workerName(v, ticket, e) })] }),
          'claimed',
        );
        return;
      case 'asked':
        await askWorker(ticket, e, 'worker-asked', 'question');
        return;
      case 'nudged': {
        // The sweep's reminder after a day of waiting (sweep.ts): only while the wait it was marked for goes on —
        // an answer may have come between the sweep's read and now.
        if (ticket.status !== 'waiting' || e.field !== nudgeFlag(ticket.waitingSince ?? 0)) return;
        const asked = (await deps.store.tickets.events(ticket.id)).findLast((x) => x.type === 'asked');
        // The day's wait for a typed answer the question opened is over by now: typing answers again.
        if (asked) await askWorker(ticket, asked, 'worker-nudge', 'nudge');
        return;
      }
      case 'replied': {
        const files = Array.isArray(e.files) ? e.files.length : 0;
        const ref = await toTriage(
          ticket,
          (v) => ({
            text: [
              v.t(e.added ? 'triage-added' : 'triage-replied', {
                id: ticket.id,
                who: staffName(v, ticket, e),
              }),
              '\n',
              text(v, true),
              files ? `\n${v.t('triage-replied-files', { n: files })}` : '',
            ],
            buttons: [[{ label: v.t('triage-btn-open'), data: action('view', ticket.id) }]],
          }),
          'reply',
          true,
        );
        // Photos added later follow the words, as the first report's evidence follows its card (on another
        // platform uploaded as bytes); other files stay counted.
        if (ref) await sendPhotos(ref.address, ticket, e);
        return;
      }
      case 'resolved':
        await toWorkerAll(ticket, (v) => resolutionCards(v, ticket, e), 'resolved');
        // A typed yes or no is the answer to "问题解决了吗？" for a day, unless they are in the middle of something else.
        await deps.store.dialogs.setIfAbsent(
          { channel: ticket.channel, chatId: ticket.chat, userId: ticket.reporter },
          { feature: 'reports', step: 'solved', data: { id: ticket.id }, startedAt: deps.now().getTime() },
          CONFIRM_TTL_SECONDS,
        );
        return;
      case 'reopened':
        await toTriage(
          ticket,
          (v) => ({
            text: [
              v.t('triage-reopened', { id: ticket.id, who: staffName(v, ticket, e) }),
              '\n',
              text(v, true),
            ],
            buttons: [[{ label: v.t('triage-btn-open'), data: action('view', ticket.id) }]],
          }),
          'reopened',
        );
        return;
      case 'transferred':
      case 'returned': {
        const old =
          typeof e.oldCard === 'string' ? (decodeRef(e.oldCard) as MessageRef | undefined) : undefined;
        if (old) await edit(old, movedCard(view(await chatLocale(deps, old.address)), ticket, e), ticket);
        await toWorker(
          ticket,
          (v) => ({
            text: [
              v.t('worker-moved', { id: ticket.id, branch: branchLabel(v.pack, String(e.to), v.locale) }),
            ],
          }),
          'moved',
        );
        return;
      }
      case 'raised':
        // The card is edited below (🔴 and the new deadlines); an edit pings nobody, so the chat is told too.
        await toTriage(
          ticket,
          (v) => ({
            text: [v.t('triage-raised', { id: ticket.id, urgency: urgencyText(v.t, 'emergency') })],
            buttons: [[{ label: v.t('triage-btn-open'), data: action('view', ticket.id) }]],
          }),
          'raised',
        );
        return;
      case 'extension-requested': {
        const card = await toEscalation(
          ticket,
          (v) => ({
            text: [
              v.t('escalation-extension', {
                id: ticket.id,
                branch: branchLabel(v.pack, ticket.branch, v.locale),
                who: staffName(v, ticket, e),
                from: when(v, ticket.resolveBy),
                until: when(v, Number(e.until)),
              }),
              '\n',
              v.t('ticket-reason'),
              text(v, true),
            ],
            buttons: [
              [
                { label: v.t('escalation-btn-approve'), data: action('xa', ticket.id, String(e.at)) },
                { label: v.t('escalation-btn-refuse'), data: action('xr', ticket.id, String(e.at)) },
              ],
            ],
          }),
          'extension',
        );
        if (card)
          await deps.store.tickets.flagOnce(
            ticket.id,
            EFFECTS,
            deps.now().getTime(),
            requestCardField(e.at),
            encodeRef(card),
          );
        return;
      }
      case 'extension-approved':
      case 'extension-refused':
        await closeRequestCard(ticket, e);
        await toTriage(
          ticket,
          (v) => ({
            text: [
              v.t(
                e.type === 'extension-approved' ? 'triage-extension-approved' : 'triage-extension-refused',
                { id: ticket.id, until: when(v, Number(e.until)), who: staffName(v, ticket, e) },
              ),
            ],
          }),
          'extension-decision',
        );
        // The worker is told the new date (never the reason, nor a refusal: those stay internal), unless the
        // ticket was resolved meanwhile and the date no longer matters.
        if (e.type === 'extension-approved' && ticket.status !== 'resolved' && ticket.status !== 'closed')
          await toWorker(
            ticket,
            (v) => ({ text: [v.t('worker-extended', { id: ticket.id, until: when(v, Number(e.until)) })] }),
            'extended',
          );
        return;
      case 'extension-voided':
        // The raise voided a request made on the old timeline: the approvers need not decide it, the
        // branch must finish by the emergency deadline.
        await toEscalation(
          ticket,
          (v) => ({
            text: [
              v.t('escalation-extension-voided', {
                id: ticket.id,
                branch: branchLabel(v.pack, ticket.branch, v.locale),
                until: when(v, Number(e.until)),
              }),
            ],
          }),
          'extension-voided',
        );
        await toTriage(
          ticket,
          (v) => ({
            text: [
              v.t('triage-extension-voided', {
                id: ticket.id,
                until: when(v, Number(e.until)),
                resolve: when(v, ticket.resolveBy),
              }),
            ],
          }),
          'extension-voided',
        );
        return;
      case 'escalated': {
        let shown: { locale: Locale; card: Card } | undefined;
        const ref = await toEscalation(
          ticket,
          (v) => (shown = { locale: v.locale, card: escalationCard(v, ticket, e) }).card,
          'escalation',
        );
        // Followed like a copy of the card, so its 签收 goes (and who holds it shows) once anyone claims it.
        if (ref && shown)
          await deps.store.tickets
            .addCopy(ticket.id, ref, {
              kind: 'escalation',
              branch: ticket.branch,
              locale: shown.locale,
              at: deps.now().getTime(),
              seq: e.seq,
              shown: digest(shown.card),
            })
            .catch((err: unknown) =>
              log.warn({ err: (err as Error).message, ticket: ticket.id }, 'escalation card not followed'),
            );
        await toTriage(
          ticket,
          (v) => ({
            text: [
              v.t('triage-escalated', { id: ticket.id, who: staffName(v, ticket, e) }),
              eventWords(v, e) ? `\n${noteText(v, maskText(eventWords(v, e)), CARD_NOTE_MAX)}` : '',
            ],
          }),
          'escalation-notice',
        );
        return;
      }
      default:
        // closed, rated, and marks from other jobs (reminders): the card update below is all they need.
        return;
    }
  }

  /**
   * Bring the copies of a ticket's card (staff views, reminders: CardCopy) in step with it: drawn as the ticket
   * is now, with its buttons while it is open in the branch they were shown for, else without — and then no
   * longer followed. Best effort and never throws: a copy the platform will not edit (deleted, too old) is
   * dropped, and a stale press on it is refused by the ticket's scripts (a claim is `taken`, a move `moved`).
   */
  async function followCopies(ticket: Ticket): Promise<void> {
    /** Show `card` on a copy unless it shows it already; a copy no longer `live` is then not followed. */
    async function follow(ref: TicketRef, copy: CardCopy, card: Card, live: boolean): Promise<void> {
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
    try {
      const copies = await deps.store.tickets.copies(ticket.id);
      if (!copies.length) return;
      const events = copies.some((c) => c.copy.kind !== 'reminder')
        ? await deps.store.tickets.events(ticket.id)
        : [];
      for (const { ref, copy } of copies) {
        const open = OPEN_STATUSES.includes(ticket.status);
        const locale = resolveLocale(copy.locale) ?? DEFAULT_LOCALE;
        if (copy.kind === 'escalation') {
          // The district's card follows the ticket wherever it goes, until it is no longer open.
          const e = events.find((x) => x.seq === copy.seq);
          if (!e) {
            await deps.store.tickets.dropCopy(ticket.id, ref);
            continue;
          }
          await follow(ref, copy, escalationCard(view(locale), ticket, e), open);
          continue;
        }
        if (copy.kind === 'mirror') {
          // The card on the branch's other platform: as the card is, for as long as the ticket stays in the branch.
          const inBranch = ticket.branch === copy.branch;
          const drawn = triageCard(view(locale), ticket);
          await follow(ref, copy, inBranch ? drawn : withoutButtons(drawn), inBranch);
          continue;
        }
        const live = ticket.branch === copy.branch && open;
        const drawn =
          copy.kind === 'reminder'
            ? // As it was sent (its time left as of then), with the buttons the ticket has now.
              reminderCard(
                { ...view(locale), now: copy.at },
                { ...ticket, dueAt: copy.due ?? ticket.dueAt },
                copy.deadline ?? 'respond',
                live,
              )
            : staffTicketCard(view(locale), ticket, events);
        await follow(ref, copy, live ? drawn : withoutButtons(drawn), live);
      }
    } catch (err) {
      log.warn({ err: (err as Error).message, ticket: ticket.id }, 'copies of a card not brought up to date');
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
      await syncCard(ticket);
      await followCopies(ticket);
      await deps.store.tickets.effectsDone(id, events[events.length - 1]!.seq);
    } catch (err) {
      if (err instanceof RetryLater) {
        log.warn({ ticket: id, err: err.message }, 'report effects postponed');
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
    async rememberCopy(ticket, ref, copy, card) {
      try {
        const seq = await deps.store.tickets.addCopy(ticket.id, ref, { ...copy, shown: digest(card) });
        // Drawn before an event whose effects may have run already: bring it up to date now.
        if (seq !== undefined && seq !== ticket.evSeq)
          await chained(ticket.id, async () => {
            const now = await deps.store.tickets.get(ticket.id);
            if (now) await followCopies(now);
          });
      } catch (err) {
        log.warn({ err: (err as Error).message, ticket: ticket.id }, 'copy of a card not followed');
      }
    },
    redraw: (id) =>
      chained(id, async () => {
        const ticket = await deps.store.tickets.get(id);
        if (!ticket) return;
        if (ticket.card) {
          const ref = ticket.card as MessageRef;
          await edit(ref, triageCard(view(await chatLocale(deps, ref.address)), ticket), ticket);
        }
        await followCopies(ticket);
      }).catch((err: unknown) =>
        log.warn({ err: (err as Error).message, ticket: id }, 'card not drawn again'),
      ),
    async recover() {
      const pending = await deps.store.tickets.pending();
      let n = 0;
      for (const id of pending.keys()) {
        try {
          await flush(id);
          n++;
        } catch (err) {
          log.error({ err, ticket: id }, 'report effects failed');
        }
      }
      return n;
    },
  };
}

const sameChat = (a: Address, b: Address) => a.channel === b.channel && a.chatId === b.chatId;
