/**
 * The same answer asked for again (QA22 #6: 保险怎么买 three times in a minute got the same 8-line answer three
 * times). When the card the bot is about to send one person in one chat is the very card it sent them there a
 * little before, it sends one line pointing at that answer instead — as a reply to it where the platform quotes
 * (Telegram) — with the same buttons, so 👍/👎 (and through 👎, passing the question on) still work under it.
 *
 * Only an identical answer is pointed at: the fingerprint is the card's words and buttons, so an answer that
 * changed meanwhile (a taught example, an entry edited, a station closed) is sent in full. Kept in Redis (the app's
 * clock in the value), so replicas agree; the window runs from the full answer, so a worker who keeps asking gets it
 * in full again once it may have scrolled away. Pointing or sending in full is decided and claimed in one step (the
 * store's claimAnswer): two answers at the same moment never both decide from the answer before them, and one being
 * sent is never pointed at (it may not land) — the same answer raced is sent in full twice, never pointed at twice.
 */
import { createHash } from 'node:crypto';
import { spanText, type Card } from '../card.js';
import type { MessageCtx } from '../feature.js';
import type { MessageRef } from '../types.js';

/** How long after a full answer the same answer is pointed at rather than sent again. */
export const REPEAT_WINDOW_MS = 3 * 60_000;
/** Kept a little longer than the window, for replicas whose clocks are a little apart. */
const KEPT_SECONDS = REPEAT_WINDOW_MS / 1000 + 60;

/** What the person would read and press: the card's words and its buttons. */
export function cardPrint(card: Card): string {
  const words = card.text.map(spanText).join('');
  const buttons = (card.buttons ?? []).map((row) =>
    row.map((b) => `${b.label}\u0001${'data' in b ? b.data : b.url}`).join('\u0002'),
  );
  return createHash('sha1')
    .update([words, ...buttons].join('\u0003'))
    .digest('base64url')
    .slice(0, 16);
}

/** The chat and, in a forum group, its topic: an answer in another topic is not "above". */
function chatOf(ctx: MessageCtx): string {
  const { chatId, threadId } = ctx.in.chat.address;
  return threadId ? `${chatId}/${threadId}` : chatId;
}

/**
 * Send an answer card, or, when this person got the same card in this chat within the window, the one-line
 * pointer to it, naming the answer by `title` (Slack and the console quote no message). Returns the message sent (the pointer's, so a 👎 under it finds the question too).
 */
export async function sendAnswer(ctx: MessageCtx, card: Card, title: string): Promise<MessageRef> {
  const faq = ctx.deps.store.faq;
  const channel = ctx.in.chat.address.channel;
  const chat = chatOf(ctx);
  const print = cardPrint(card);
  const now = ctx.deps.now().getTime();
  const last = await faq.claimAnswer(
    channel,
    chat,
    ctx.user.id,
    { print, at: now },
    REPEAT_WINDOW_MS,
    KEPT_SECONDS,
  );
  if (last) {
    ctx.log.info({ since: now - last.at }, 'faq answer repeated: pointed at');
    return ctx.reply({
      text: [ctx.t('faq-repeat-above', { title })],
      ...(card.buttons ? { buttons: card.buttons } : {}),
      replyTo: last.messageId,
    });
  }
  const ref = await ctx.reply(card);
  if (ref.messageId)
    await faq.keepLastAnswer(
      channel,
      chat,
      ctx.user.id,
      { print, messageId: ref.messageId, at: now },
      KEPT_SECONDS,
    );
  return ref;
}
