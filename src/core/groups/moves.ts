/**
 * Chats that moved to a new id. A Telegram group upgraded to a supergroup (past 200 members, or when some
 * settings change) gets a new chat id and the old one refuses every send. The bot learns of it from the upgrade's
 * service messages (a `moved` update, handled by the dispatcher) or from a refused send (`DeliveryError.movedTo`,
 * in `followMoves`), and follows:
 *
 * - a bound group: its binding and what hangs on its chat key (its latest notice and lesson too) move to the new id
 *   (`store.groups.move`, one script). It stays bound and active; nobody is asked to re-add the bot.
 * - a staff chat the pack names (a triage or the escalation chat): the pack is the organisers' file and is not
 *   rewritten from here. The move is recorded and every send to the old id goes to the new one, so cards keep
 *   arriving; an error is logged and the organisers are told once, in the escalation chat, to put the new id in
 *   the pack. Until they do, the new chat is not known as a staff chat for what people type there (a press on a
 *   card works anywhere: it is checked against the presser's role).
 *
 * Every send through an adapter's outbox is wrapped (app.ts registers each adapter's outbox through
 * `followMoves`): a chat that could have moved (`Outbox.movable`: a Telegram basic group) is looked up among the
 * recorded moves first, and a send refused because the chat moved follows the move and goes once more, to the
 * new id.
 */
import type { ContentHolder } from '../content/holder.js';
import type { BroadcastRequest } from '../delivery/engine.js';
import type { I18n } from '../i18n.js';
import { staffChatAddress, staffChatOf } from '../identity.js';
import type { Logger } from '../logger.js';
import { DeliveryError, UNSURE_KEPT_S, type Outbox } from '../outbox.js';
import { chatKey } from '../ports/groups.js';
import type { StorePort } from '../ports/index.js';
import { headedBy, type Card } from '../card.js';
import type { Address, Channel, MessageRef } from '../types.js';
import { branchName } from './branch-name.js';
import { chatLocale } from './chat-locale.js';

export interface ChatMoves {
  /** The id a chat lives under now, if it moved (known moves are remembered in this process). */
  lookup(channel: Channel, chatId: string): Promise<string | undefined>;
  /** The chat `oldChatId` moved to `newChatId`: follow it (safe to repeat). `how` the bot learnt it, for the log. */
  follow(channel: Channel, oldChatId: string, newChatId: string, how: 'notice' | 'send'): Promise<void>;
  /**
   * The card `old` was sent afresh to `to` (its chat's new id) and the send had no answer: it may be there. Noted in
   * Redis (every process, a restart), so the next afresh copy of it says it may be a repeat (`repeatNote`).
   */
  unsure(old: MessageRef): Promise<void>;
  /** The line an afresh copy of `old` carries when an earlier one may be in `to` already, in its language. */
  repeatNote(old: MessageRef, to: Address): Promise<string | undefined>;
  /** A copy of `old` is known to be in the new chat: the next is no repeat. */
  settled(old: MessageRef): Promise<void>;
}

export interface ChatMovesDeps {
  store: StorePort;
  content: ContentHolder;
  i18n: I18n;
  logger: Logger;
  /** The delivery engine's enqueue (the organisers' warning goes as a `system` broadcast: once, and kept). */
  enqueue: (req: BroadcastRequest) => Promise<unknown>;
}

/** How long a chat read as not moved is not read again, and how many such chats are remembered. */
const UNMOVED_MS = 5 * 60_000;
const UNMOVED_KEPT = 10_000;
/** How many old messages sent afresh after a refused edit are remembered (see followMoves). */
const RESENT_KEPT = 1_000;
/** `chatKey:messageId`: one message of one chat. */
const messageKey = (ref: MessageRef) =>
  `${chatKey(ref.address.channel, ref.address.chatId)}:${ref.messageId}`;

export function createChatMoves(deps: ChatMovesDeps): ChatMoves {
  const logger = deps.logger.child({ part: 'moves' });
  /** chat key → new chat id: a move is for good, so what is known is never looked up again. */
  const known = new Map<string, string>();
  /**
   * chat key → until when it is known not to have moved (ms): a broadcast to a thousand basic groups would otherwise
   * read Redis once per send. A move another process learns meanwhile is learnt here from the refused send.
   */
  const unmoved = new Map<string, number>();

  /** Tell the organisers, in the escalation chat, that the pack names a staff chat by an id that is gone. */
  async function tellOrganisers(channel: Channel, oldChatId: string, newChatId: string): Promise<void> {
    const pack = deps.content.get();
    const staff = staffChatOf(pack, channel, oldChatId);
    const ref = pack.organisers.escalation[channel];
    const to = staffChatAddress(channel, ref);
    if (!staff || !to) return;
    const locale = await chatLocale(deps, to);
    let text = deps.i18n.t(locale, 'chat-moved-escalation', { old: oldChatId, new: newChatId });
    if (staff.kind === 'triage') {
      const branch = pack.branches.find((b) => b.id === staff.branch);
      text = deps.i18n.t(locale, 'chat-moved-triage', {
        branch: branch ? branchName(branch, locale) : staff.branch,
        old: oldChatId,
        new: newChatId,
      });
    }
    // One broadcast id per old chat: however many processes and refused sends learn of it, it is sent once.
    await deps.enqueue({
      id: `chat-moved:${chatKey(channel, oldChatId)}`,
      kind: 'system',
      items: [{ to, card: { text: [text] } }],
    });
  }

  return {
    async lookup(channel, chatId) {
      const key = chatKey(channel, chatId);
      const cached = known.get(key);
      if (cached) return cached;
      if ((unmoved.get(key) ?? 0) > Date.now()) return undefined;
      const moved = await deps.store.groups.movedTo(key);
      const newChatId = moved?.slice(channel.length + 1);
      if (newChatId) known.set(key, newChatId);
      else if (unmoved.size < UNMOVED_KEPT) unmoved.set(key, Date.now() + UNMOVED_MS);
      return newChatId;
    },

    async follow(channel, oldChatId, newChatId, how) {
      if (!newChatId || newChatId === oldChatId) return;
      const from = chatKey(channel, oldChatId);
      const to = chatKey(channel, newChatId);
      known.set(from, newChatId);
      unmoved.delete(from);
      const pack = deps.content.get();
      // One step, the group's latest notice and lesson with it: "上一课" / a question about the latest notice asked in
      // the new chat finds what the group was sent before.
      const moved = await deps.store.groups.move(
        from,
        to,
        pack.schedules.map((s) => s.id),
      );
      const log = logger.child({ from, to, how });
      if (moved.bound) log.info('group upgraded to a supergroup: its binding moved to the new id');
      const staff = staffChatOf(pack, channel, oldChatId);
      if (!staff) {
        if (moved.first && !moved.bound) log.info('chat moved to a new id');
        return;
      }
      log.error(
        { staff: staff.kind, ...(staff.kind === 'triage' ? { branch: staff.branch } : {}) },
        'a staff chat named in the pack moved to a new id: update the pack (sends follow it meanwhile)',
      );
      await tellOrganisers(channel, oldChatId, newChatId);
    },

    async unsure(old) {
      await deps.store.groups.noteUnsureResend(messageKey(old), UNSURE_KEPT_S);
    },
    async repeatNote(old, to) {
      if (!(await deps.store.groups.unsureResend(messageKey(old)))) return undefined;
      return deps.i18n.t(await chatLocale(deps, to), 'resent-maybe-repeat');
    },
    async settled(old) {
      await deps.store.groups.forgetUnsureResend(messageKey(old));
    },
  };
}

/**
 * One adapter's outbox, following chats that moved: a send to a chat recorded as moved goes to its new id; a send
 * refused because the chat moved records the move (`moves.follow`) and goes once more, to the new id.
 *
 * An edit is never redirected: message ids do not carry over to the supergroup (a new chat with its own ids), and
 * the messages sent before the move stay in the old group, where Telegram still lets the bot edit them
 * (tdlib/telegram-bot-api#266) — so a card or a notice's "got it" count is edited where it is. Should Telegram
 * refuse such an edit anyway (a migrate error), the move is recorded and the card goes afresh to the new chat,
 * once: the new ref is returned, and later edits of the old message in this process edit the new one.
 * A pin refused so records the move and still fails (the caller logs it): whether Telegram takes a pin in the old
 * group is not known, and the bot pins only what it has just sent, which after a move is in the new chat.
 */
export function followMoves(outbox: Outbox, moves: ChatMoves, logger: Logger): Outbox {
  /** Where to send: the chat's new id when it moved; as addressed when it cannot have, or when the lookup fails. */
  async function where(to: Address): Promise<Address> {
    if (!outbox.movable?.(to)) return to;
    const now = await moves.lookup(to.channel, to.chatId).catch((err: unknown) => {
      logger.warn(
        { err: (err as Error).message, chat: to.chatId },
        'moved chats not read; sending as addressed',
      );
      return undefined;
    });
    // A topic of the old chat means nothing in the new one.
    return now ? { channel: to.channel, chatId: now } : to;
  }

  /** The new id a refusal names, once the move is followed (a failure to record it is logged, not thrown). */
  async function learn(at: Address, err: unknown): Promise<string | undefined> {
    if (!(err instanceof DeliveryError) || !err.movedTo) return undefined;
    await moves
      .follow(at.channel, at.chatId, err.movedTo, 'send')
      .catch((e: unknown) =>
        logger.error({ err: e, chat: at.chatId, to: err.movedTo }, 'a moved chat could not be followed'),
      );
    return err.movedTo;
  }

  /** Old messages sent afresh to their chat's new id (a refused edit) → the new message, latest kept. */
  const resent = new Map<string, MessageRef>();
  const refKey = messageKey;

  /**
   * Send `card` afresh to `to` in place of the old message `ref`. A send that failed with no answer (the platform may
   * have taken it: `DeliveryError.maybeSent`) is noted, and thrown with `movedTo` set — the caller's retry sends
   * again, for a card lost is worse than one twice, and that copy opens with a line saying it may repeat the one
   * above (`repeatNote`). Telegram tells a bot no way to look: it has no idempotency key and a bot reads no history.
   * A refusal it answered (4xx, 429) sent nothing, and is thrown as it is.
   */
  async function sendAfresh(ref: MessageRef, to: Address, card: Card): Promise<MessageRef> {
    const note = await moves.repeatNote(ref, to).catch(() => undefined);
    let sent: MessageRef;
    try {
      sent = await outbox.send(to, note ? headedBy(card, note) : card);
    } catch (err) {
      if (!(err instanceof DeliveryError) || !err.maybeSent) throw err;
      await moves
        .unsure(ref)
        .catch((e: unknown) => logger.warn({ err: (e as Error).message }, 'unsure resend not noted'));
      logger.warn(
        { chat: ref.address.chatId, message: ref.messageId, to: to.chatId, err: err.message },
        'edit sent afresh to a moved chat had no answer: it may be there; a retry says it may repeat',
      );
      throw new DeliveryError(err.message, err.reason, err.retryAfterSeconds, to.chatId, true);
    }
    if (note)
      await moves
        .settled(ref)
        .catch((e: unknown) => logger.warn({ err: (e as Error).message }, 'unsure resend not cleared'));
    return sent;
  }

  const following: Outbox = {
    ...outbox,
    async send(to, card) {
      const at = await where(to);
      try {
        return await outbox.send(at, card);
      } catch (err) {
        const movedTo = await learn(at, err);
        if (!movedTo) throw err;
        return outbox.send({ channel: at.channel, chatId: movedTo }, card);
      }
    },
    async edit(ref, card) {
      const instead = resent.get(refKey(ref));
      if (instead) return outbox.edit(instead, card);
      try {
        return await outbox.edit(ref, card);
      } catch (err) {
        const movedTo = await learn(ref.address, err);
        if (!movedTo) throw err;
        const sent = await sendAfresh(ref, { channel: ref.address.channel, chatId: movedTo }, card);
        logger.info(
          { chat: ref.address.chatId, message: ref.messageId, to: movedTo },
          'edit refused in a moved chat: sent afresh to its new id',
        );
        if (resent.size >= RESENT_KEPT) resent.delete(resent.keys().next().value!);
        resent.set(refKey(ref), sent);
        return sent;
      }
    },
    async pin(ref) {
      try {
        await outbox.pin(ref);
      } catch (err) {
        await learn(ref.address, err);
        throw err;
      }
    },
  };
  const typing = outbox.typing?.bind(outbox);
  if (typing) following.typing = async (to) => typing(await where(to));
  const personName = outbox.personName?.bind(outbox);
  if (personName)
    following.personName = async (channel, userId, chat) =>
      personName(channel, userId, chat ? await where(chat) : undefined);
  return following;
}
