/**
 * Where a ticket's messages go — the worker's private chat, the branch's triage chat (or the district's, or the
 * branch's on another platform), the escalation chat — and how a failed send is read: a failure that will pass
 * stops the flush (`RetryLater`, the ticket stays pending); one that never will is logged and skipped.
 */
import { createHash } from 'node:crypto';
import { headedBy, type AlbumPhoto, type Card } from '../../card.js';
import type { Branch, ContentPack } from '../../content/schema.js';
import type { CoreDeps } from '../../feature.js';
import type { Logger } from '../../logger.js';
import { DEFAULT_LOCALE, resolveLocale, type Locale } from '../../i18n.js';
import { staffChatAddress } from '../../identity.js';
import { DeliveryError, UNSURE_KEPT_S } from '../../outbox.js';
import { chatLocale } from '../../groups/chat-locale.js';
import { chatKey } from '../../ports/groups.js';
import { CHANNELS, type Address, type Channel, type MessageRef } from '../../types.js';
import type { Ticket } from '../../ports/tickets.js';
import { isStoreUnavailable } from '../../ports/unavailable.js';
import { showDocuments, showPhotos } from '../photos.js';
import type { View } from '../views.js';

/** The flush stopped on a failure that will pass; the ticket stays pending for the next try. */
export class RetryLater extends Error {}

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

/** A card's digest: a copy already showing it is not edited again. */
export const digest = (card: Card) =>
  createHash('sha1')
    .update(JSON.stringify([card.text, card.buttons ?? []]))
    .digest('base64url')
    .slice(0, 16);

/** The card without its buttons. */
export function withoutButtons(card: Card): Card {
  const { buttons: _gone, ...rest } = card;
  return rest;
}

export const sameChat = (a: Address, b: Address) => a.channel === b.channel && a.chatId === b.chatId;

/** What every part of the effects engine sends with. */
export interface Sending {
  log: Logger;
  /** What a card is drawn with, in a locale, as of now. */
  view(locale: Locale): View;
  /** The view for a chat, in the chat's locale. */
  viewFor(to: Address): Promise<View>;
  /**
   * Send, classifying failures: transient → RetryLater; permanent → logged, undefined. A send with no answer that may
   * have reached the chat (`DeliveryError.maybeSent`) is noted, so the retry's copy opens with "↻ 重发 …" (`mayRepeat`).
   */
  send(to: Address, card: Card, what: string, ticket: Ticket): Promise<MessageRef | undefined>;
  /**
   * Edit a message: 'gone' when the platform no longer has it, 'failed' for other lasting refusals. `resent`
   * hears of a card sent afresh instead (an edit refused in a chat that moved: groups/moves.ts).
   */
  edit(
    ref: MessageRef,
    card: Card,
    ticket: Ticket,
    resent?: (now: MessageRef) => Promise<unknown>,
  ): Promise<'ok' | 'gone' | 'failed'>;
  /** Tell the worker in their private chat and language, in one message or several in order. */
  toWorker(ticket: Ticket, build: (v: View) => Card | Card[], what: string): Promise<void>;
  /**
   * Post into the ticket's triage chat (the first that accepts it). `underCard`: the message belongs under the
   * ticket's card when it goes to the card's chat (Slack: in its thread, so the card stays the top-level message).
   */
  toTriage(
    ticket: Ticket,
    build: (v: View) => Card,
    what: string,
    underCard?: boolean,
  ): Promise<MessageRef | undefined>;
  toEscalation(ticket: Ticket, build: (v: View) => Card, what: string): Promise<MessageRef | undefined>;
  /**
   * Photos under a message of the triage chat: the reporter platform's own file ids there, else the bytes fetched
   * and uploaded (photos.ts), or a line pointing at the board.
   */
  photosTo(to: Address, ticket: Ticket, photos: AlbumPhoto[], v: View, under?: string): Promise<void>;
  /** Documents in a chat, each fetched and uploaded with its caption (photos.ts), or a line pointing at the board. */
  documentsTo(to: Address, ticket: Ticket, docs: AlbumPhoto[], v: View): Promise<void>;
}

export function createSending(deps: CoreDeps): Sending {
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
  const viewFor = async (to: Address) => view(await chatLocale(deps, to));

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
    return out.filter((a, i) => out.findIndex((b) => sameChat(a, b)) === i);
  }

  /**
   * One send of one ticket's message to one chat (`what`, the card's digest): noted when a try of it had no answer, so
   * the next copy says it may repeat the one above. A ticket's effects are retried well within `UNSURE_KEPT_S`.
   */
  const sendKey = (to: Address, card: Card, what: string, ticket: Ticket) =>
    `${chatKey(to.channel, to.chatId)}:${ticket.id}:${what}:${digest(card)}`;
  /** The language of the chat's line: the worker's own in their private chat, else the chat's. */
  const noteLocale = async (to: Address, ticket: Ticket): Promise<Locale> =>
    to.chatId === ticket.chat && to.channel === ticket.channel
      ? ((resolveLocale(ticket.locale) ?? DEFAULT_LOCALE) as Locale)
      : chatLocale(deps, to);

  /** `card` as the retry of a send that may have arrived carries it: "↻ 重发 … 以这一条为准" first. */
  async function mayRepeat(key: string, to: Address, card: Card, ticket: Ticket): Promise<Card | undefined> {
    if (!(await deps.store.groups.unsureResend(key).catch(() => false))) return undefined;
    const note = deps.i18n.t(await noteLocale(to, ticket), 'resent-maybe-repeat');
    return headedBy(card, note);
  }

  const sending: Sending = {
    log,
    view,
    viewFor,
    async send(to, card, what, ticket) {
      const key = sendKey(to, card, what, ticket);
      const marked = await mayRepeat(key, to, card, ticket);
      try {
        const ref = await deps.outbox.send(to, marked ?? card);
        if (marked)
          await deps.store.groups
            .forgetUnsureResend(key)
            .catch((e: unknown) => log.warn({ err: (e as Error).message }, 'unsure send not cleared'));
        return ref;
      } catch (err) {
        if (err instanceof DeliveryError && err.maybeSent) {
          // The message may be in the chat: a lost card is worse than one twice, so the retry sends it again, marked.
          await deps.store.groups
            .noteUnsureResend(key, UNSURE_KEPT_S)
            .catch((e: unknown) => log.warn({ err: (e as Error).message }, 'unsure send not noted'));
          log.warn(
            { err: err.message, ticket: ticket.id, what, chat: to.chatId },
            'report message had no answer: it may be there; the retry says it may repeat',
          );
        }
        if (isTransient(err)) throw new RetryLater((err as Error).message);
        log.warn(
          { err: (err as Error).message, ticket: ticket.id, what, chat: to.chatId },
          'report message not deliverable; skipped',
        );
        return undefined;
      }
    },
    async edit(ref, card, ticket, resent) {
      try {
        const now = await deps.outbox.edit(ref, card);
        if (now && resent) await resent(now);
        return 'ok';
      } catch (err) {
        if (isTransient(err)) throw new RetryLater((err as Error).message);
        log.debug({ err: (err as Error).message, ticket: ticket.id }, 'card edit failed');
        return err instanceof DeliveryError && err.reason === 'not-found' ? 'gone' : 'failed';
      }
    },
    async toWorker(ticket, build, what) {
      if (!ticket.chat || ticket.reporter === '-') return;
      const v = view((resolveLocale(ticket.locale) ?? DEFAULT_LOCALE) as Locale);
      const built = build(v);
      for (const card of Array.isArray(built) ? built : [built])
        await sending.send({ channel: ticket.channel as Channel, chatId: ticket.chat }, card, what, ticket);
    },
    async toTriage(ticket, build, what, underCard = false) {
      const card = underCard ? (ticket.card as MessageRef | undefined) : undefined;
      const candidates = triageCandidates(ticket);
      for (const to of candidates) {
        const built = build(await viewFor(to));
        const under = card && sameChat(card.address, to) ? card.messageId : undefined;
        const ref = await sending.send(to, under ? { ...built, under } : built, what, ticket);
        if (ref) return ref;
      }
      if (!candidates.length)
        log.warn({ ticket: ticket.id, branch: ticket.branch }, 'no triage chat configured for the branch');
      return undefined;
    },
    async toEscalation(ticket, build, what) {
      const to = escalationChat(deps.content.get(), ticket);
      if (!to) {
        log.warn({ ticket: ticket.id }, 'no escalation chat configured');
        return undefined;
      }
      return sending.send(to, build(await viewFor(to)), what, ticket);
    },
    async photosTo(to, ticket, photos, v, under) {
      await showPhotos(ticket.channel as Channel, to.channel, photos, {
        outbox: deps.outbox,
        log,
        send: (card) => sending.send(to, under ? { ...card, under } : card, 'evidence', ticket),
        elsewhere: v.t('ticket-photos-on-board'),
      });
    },
    async documentsTo(to, ticket, docs, v) {
      if (!docs.length) return;
      await showDocuments(ticket.channel as Channel, docs, {
        outbox: deps.outbox,
        log,
        send: (card) => sending.send(to, card, 'evidence', ticket),
        elsewhere: v.t('ticket-files-on-board'),
      });
    },
  };
  return sending;
}
