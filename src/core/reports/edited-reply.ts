/**
 * A worker edits, in their private chat, a message already relayed to the triage chat — an answer to a secretary's
 * question, or an addition (📎 补充到) — and the secretary reads the new words: the relayed message is edited in place
 * and marked "（已修改）" (effects/to-staff.ts `reply-edited`). Without this the branch kept the old words.
 *
 * The `replied` effect remembers, for a week, the worker's message → the event and the message staff saw
 * (`tickets.rememberRelay`); an edit of that message is looked up here, before the dispatcher's other rules for edits.
 */
import type { MessageCtx } from '../feature.js';
import { maskText } from '../mask.js';
import { encodeRef } from '../ports/tickets.js';
import { ellipsis, hasWords } from '../text.js';
import type { ReportsKit } from './kit.js';
import { actorOf } from './triage/access.js';
import { NOTE_MAX } from './triage/prompts.js';

/** The worker's message the words came from, packed as a card ref (the thread left out: an edit keeps its id). */
export function sourceOf(ctx: MessageCtx): string | undefined {
  if (ctx.in.chat.kind !== 'private' || !ctx.in.messageId) return undefined;
  const { channel, chatId } = ctx.in.chat.address;
  return encodeRef({ address: { channel, chatId }, messageId: ctx.in.messageId });
}

/**
 * An edited private message that was relayed to a ticket: the new words follow it. True when handled; false for any
 * other edit, and after relaying words that now tell of danger, so the dispatcher's emergency rule still gives the
 * numbers at once.
 */
export async function followEdit(ctx: MessageCtx, kit: ReportsKit): Promise<boolean> {
  const source = sourceOf(ctx);
  if (!source || !hasWords(ctx.in.text)) return false;
  const tickets = ctx.deps.store.tickets;
  const relay = await tickets.relayOf(source);
  if (!relay) return false;
  // Kept masked, as the words first relayed were.
  const text = maskText(ellipsis(ctx.in.text, NOTE_MAX));
  const r = await tickets.replyEdited(
    relay.id,
    actorOf(ctx),
    ctx.deps.now().getTime(),
    relay.seq,
    text,
    relay.relayed,
  );
  if (!r.ok) {
    ctx.log.warn({ ticket: relay.id, reason: r.reason }, 'edited words not relayed');
    return false;
  }
  await ctx.reply({ text: [ctx.t('worker-edit-relayed', { id: relay.id })] });
  await kit.flushEffects(ctx.deps, relay.id, ctx.log);
  return kit.keywordUrgency(ctx.deps.content.get(), text) !== 'emergency';
}
