/**
 * A secretary's reply, in a branch's triage chat, to a bot message that is not a ticket's card — the /queue
 * list, a relayed answer, the digest — reaches nobody: the worker is reached only through a ticket's buttons.
 * Silence let them think it went out (QA round 2: ":reply 你好…" under /queue), so they get a short hint on how
 * to answer a ticket. A reply to a card is staff talking about that ticket and stays unanswered; so does any
 * other reply in a workers' group or the escalation chat (the FAQ's own rule for staff chats).
 *
 * A reply, in any staff chat, to the sweep's summary of several tickets ("🔺 <branch> 11 件超时…") is about none
 * of them in particular: the message is indexed as showing each ticket it lists, the last one written winning, so
 * it read as about the last (stop 37). It is answered with the tickets the summary lists and how to reach one.
 */
import type { Feature, MessageCtx } from '../feature.js';
import { staffChatOf } from '../identity.js';
import type { TicketRef } from '../ports/tickets.js';
import { shortNumber } from './views.js';

const sameMessage = (a: TicketRef, b: TicketRef) =>
  a.messageId === b.messageId &&
  a.address.channel === b.address.channel &&
  a.address.chatId === b.address.chatId;

/**
 * The tickets a message lists when it is the sweep's summary of several (its copy's `batch`), else undefined. `id`:
 * the ticket the message is indexed as showing.
 */
async function summaryListing(
  ctx: MessageCtx,
  message: TicketRef,
  id: string,
): Promise<string[] | undefined> {
  const copy = (await ctx.deps.store.tickets.copies(id)).find((c) => sameMessage(c.ref, message))?.copy;
  const listed = copy?.kind === 'escalation' ? (copy.batch ?? []).map((line) => line.id) : [];
  return listed.length > 1 ? listed : undefined;
}

export function strayReplyFeature(): Feature {
  return {
    name: 'triage-stray-reply',
    async onMessage(ctx: MessageCtx): Promise<boolean> {
      const repliedTo = ctx.in.replyToBot;
      if (!repliedTo || ctx.in.chat.kind === 'private' || ctx.role === 'worker') return false;
      const address = ctx.in.chat.address;
      const staff = staffChatOf(ctx.deps.content.get(), address.channel, address.chatId);
      if (!staff) return false;
      const shown = await ctx.deps.store.tickets.ticketOfCard(repliedTo);
      const listed = shown ? await summaryListing(ctx, repliedTo, shown) : undefined;
      if (listed) {
        await ctx.reply({
          text: [
            ctx.t('escalation-batch-reply', {
              count: listed.length,
              ids: listed.join(ctx.t('list-separator')),
              n: shortNumber(listed[0]!),
            }),
          ],
        });
        return true;
      }
      if (staff.kind !== 'triage') return false;
      if (shown) return false;
      await ctx.reply({ text: [ctx.t('triage-stray-reply')] });
      return true;
    },
  };
}
