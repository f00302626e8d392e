/**
 * The context a feature is handed for one update: who is speaking (identity.ts), the group's binding (its title
 * caught up with), the locale (`written-locale.ts`), and the replies — remembered for a replay, quoting the
 * message in a group — with, for a button press, its answer, `show` and `record`. Everything the update sends is
 * counted as said (`Said`), its replies and what a feature sends itself through `ctx.deps.outbox` alike.
 */
import type { Card } from '../card.js';
import type { ButtonCtx, CoreDeps, Ctx, MembershipCtx, MessageCtx } from '../feature.js';
import { followTitle } from '../groups/titles.js';
import type { TArgs } from '../i18n.js';
import { identify, pickLocale, staffChatOf } from '../identity.js';
import { chatLocale } from '../groups/chat-locale.js';
import { chatKey } from '../ports/groups.js';
import { dialogOwner, type Dialog } from '../ports/dialogs.js';
import { DeliveryError, type Outbox } from '../outbox.js';
import type { Incoming, IncomingMove, IncomingRetitle, MessageRef } from '../types.js';
import type { DispatcherContext, Said } from './context.js';
import { remembered } from './remembered-replies.js';
import { noteWorkerGroup } from '../groups/worker-branch.js';
import { writtenLocale } from './written-locale.js';

/**
 * The outbox a feature is handed: each message it sends itself — a question passed to a triage chat, a branch's answer
 * relayed to the worker, a lesson posted in the group — counts as said, as a reply does. Once one is out, a full Redis
 * does not keep the update for a replay that would send it again: it is answered "only partly handled" (failure.ts).
 * Counted before the send, as replies are: a send that fails may still have reached the chat. Edits, pins and the
 * rest are not: done again they change nothing anyone sees twice — save an edit that goes out afresh, a new message
 * (a group since upgraded to a supergroup refused it: `Outbox.edit` returns the new message's ref, groups/moves.ts).
 * That one is said, counted once its ref is back (only then is it known to have gone afresh): a full Redis or a
 * replay after it would have sent it again (stop 41). So is one whose afresh send failed with no answer (thrown with
 * `maybeSent` and the new chat in `movedTo`): the platform may have taken it before the connection dropped (stop 42).
 */
function counting(outbox: Outbox, said: Said): Outbox {
  return {
    ...outbox,
    send(to, card) {
      said.n++;
      return outbox.send(to, card);
    },
    async edit(ref, card) {
      let afresh: MessageRef | void;
      try {
        afresh = await outbox.edit(ref, card);
      } catch (err) {
        // Sent afresh with no answer: the platform may have it, so it is said (a replay would send it again).
        if (err instanceof DeliveryError && err.maybeSent && err.movedTo) said.n++;
        throw err;
      }
      if (afresh) said.n++;
      return afresh;
    },
  };
}

export async function buildCtx(
  dc: DispatcherContext,
  update: Exclude<Incoming, IncomingMove | IncomingRetitle>,
  replayed: boolean,
  said: Said,
): Promise<Ctx> {
  const { deps } = dc;
  const pack = deps.content.get();
  const identity = identify(update.from, pack);
  const address = update.chat.address;
  // A rename the bot did not see (it was away) is caught up with here (groups/titles.ts).
  const group =
    update.chat.kind === 'private'
      ? undefined
      : await followTitle(
          deps.store,
          update,
          await deps.store.groups.get(chatKey(address.channel, address.chatId)),
        );
  // Where a question this worker asks in private later goes (groups/worker-branch.ts).
  await noteWorkerGroup(deps, update, identity.role, group);
  // A dialog whose messages count as the person's own (a station card's "send your location") waits for no words.
  const waitsForWords = (dialog: Dialog) => !dc.byName.get(dialog.feature)?.countsInDialog?.(dialog);
  const own =
    (await writtenLocale(deps, update, identity.role, waitsForWords)) ??
    pickLocale(update.from.languageCode, group?.locale);
  // A staff chat (a branch's triage chat, the escalation chat) speaks one language, its own — the pack's for it, else
  // zh-CN — to everyone and in everything the bot says there: its cards, /queue, /ticket, prompts and answers alike.
  // A secretary's own language is for their private chat with the bot (docs/reports.md "Which language", stop 43).
  // Someone there the bot does not know as staff is not part of its work: what they are told (this is the staff's
  // button) is in their own language.
  const staffChat =
    identity.role !== 'worker' &&
    update.chat.kind !== 'private' &&
    staffChatOf(pack, address.channel, address.chatId);
  const locale = staffChat ? await chatLocale(deps, address) : own;
  const log = deps.logger.child({
    update: update.updateId,
    channel: address.channel,
    chat: address.chatId,
  });
  const owner = dialogOwner(update);
  // A view of the app's deps for this update only (the reports kit keys its effects engine by the store, not by this).
  const sayingDeps: CoreDeps = { ...deps, outbox: counting(deps.outbox, said) };
  const base = {
    ...identity,
    deps: sayingDeps,
    log,
    locale,
    group,
    t: (id: string, args?: TArgs) => deps.i18n.t(locale, id, args),
    // Each adapter's outbox counts what it sends (replies_total), so replies are not counted here.
    // In a group, an answer to a message quotes it, so the asker sees it is meant for them.
    reply: remembered(dc, update, replayed, said, (card: Card) => {
      if (update.type !== 'message' || update.chat.kind === 'private') return deps.outbox.send(address, card);
      if (update.onlyToSender) return deps.outbox.send(address, { ...card, ephemeralTo: update.from.id });
      return deps.outbox.send(address, card.replyTo ? card : { ...card, replyTo: update.messageId });
    }),
    setDialog: (feature: string, step: string, data: Record<string, unknown> = {}) =>
      deps.store.dialogs.set(owner, { feature, step, data, startedAt: deps.now().getTime() }),
    clearDialog: () => deps.store.dialogs.clear(owner),
  };
  if (update.type === 'button') {
    let answered = false;
    const pressed = update.message;
    const ctx: ButtonCtx = {
      ...base,
      in: update,
      answer: async (text?: string, alert?: boolean) => {
        if (answered) return;
        answered = true;
        if (text) said.n++;
        await deps.outbox.answerPress(update, text, alert);
      },
      show: async (card: Card) => {
        said.n++;
        // A message too old to edit (or already gone) must not swallow the answer — but one sent afresh with no
        // answer may be there: not sent once more (the person is told it was only partly handled).
        if (pressed)
          await deps.outbox.edit(pressed, card).catch((err: unknown) => {
            if (err instanceof DeliveryError && err.maybeSent && err.movedTo) throw err;
            return base.reply(card);
          });
        else await base.reply(card);
      },
      // Through the counting view: an edit that goes out afresh (a group since upgraded) is said.
      record: async (card: Card) => {
        if (pressed) await sayingDeps.outbox.edit(pressed, card).catch(() => undefined);
      },
    };
    return ctx;
  }
  if (update.type === 'membership') return { ...base, in: update } satisfies MembershipCtx;
  return { ...base, in: update } satisfies MessageCtx;
}
