/**
 * A secretary's reply, in a branch's triage chat, to a bot message that is not a ticket's card — the /queue
 * list, a relayed answer, the digest — reaches nobody: the worker is reached only through a ticket's buttons.
 * Silence let them think it went out (QA round 2: ":reply 你好…" under /queue), so they get a short hint on how
 * to answer a ticket. A reply to a card is staff talking about that ticket and stays unanswered; so does any
 * reply in a workers' group or the escalation chat (the FAQ's own rule for staff chats).
 */
import type { Feature, MessageCtx } from '../feature.js';
import { triageBranchOf } from '../identity.js';

export function strayReplyFeature(): Feature {
  return {
    name: 'triage-stray-reply',
    async onMessage(ctx: MessageCtx): Promise<boolean> {
      const repliedTo = ctx.in.replyToBot;
      if (!repliedTo || ctx.in.chat.kind === 'private' || ctx.role === 'worker') return false;
      const address = ctx.in.chat.address;
      if (!triageBranchOf(ctx.deps.content.get(), address.channel, address.chatId)) return false;
      if (await ctx.deps.store.tickets.ticketOfCard(repliedTo)) return false;
      await ctx.reply({ text: [ctx.t('triage-stray-reply')] });
      return true;
    },
  };
}
