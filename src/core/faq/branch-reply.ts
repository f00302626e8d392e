/**
 * The branch answers a passed question: **Reply** on the triage announcement (`fq:r:<id>`) opens a short
 * dialog (force-reply, like the report triage prompts); the answer goes back to the worker in the chat
 * they asked in — as a reply to their message where the platform can — framed in their locale, and the
 * question is marked answered (once: a second Reply is told who answered).
 *
 * Who may answer is checked on the server at the press and again at the answer: a secretary of the
 * question's branch (as Redis has it) or an organiser. Anyone in a triage chat can press, and callback
 * data can be forged, so the button itself proves nothing.
 */
import { bold, italic, type Card } from '../card.js';
import type { Locale } from '../content/schema.js';
import { LOCALES } from '../content/schema.js';
import type { ButtonCtx, Ctx, MessageCtx } from '../feature.js';
import { ellipsis, hasWords, MAX_INPUT, overLimit, textPieces } from '../text.js';
import { parseChatKey, personKey } from '../ports/groups.js';
import type { MessageRef } from '../types.js';
import type { Dialog } from '../ports/dialogs.js';
import type { StoredQuestion } from '../ports/faq.js';
import { decodeRef } from '../ports/tickets.js';
import { branchName, forwardedCard } from './handoff.js';
import { chatLocale } from '../groups/chat-locale.js';
import type { TArgs } from '../i18n.js';
import { forLocale } from '../script.js';

/** Longest answer kept and relayed, in characters: what one message may carry (a secretary's note, too). */
export const REPLY_MAX = MAX_INPUT;

/** A long answer reaches the worker in pieces of at most this many characters, the first under the title. */
const PIECE_MAX = 3500;

function mayAnswer(ctx: Ctx, q: Pick<StoredQuestion, 'branch' | 'id'>): boolean {
  if (ctx.isOrganiser || (q.branch !== undefined && ctx.secretaryOf.includes(q.branch))) return true;
  ctx.log.warn(
    { user: personKey(ctx.user.channel, ctx.user.id), role: ctx.role, question: q.id },
    'refused: reply to a passed question by someone not allowed',
  );
  return false;
}

export async function onReplyPress(ctx: ButtonCtx, id: string): Promise<void> {
  const q = await ctx.deps.store.faq.question(id);
  if (!q || q.status === 'pending') return ctx.answer(ctx.t('faq-reply-missing'), true);
  if (!mayAnswer(ctx, q)) return ctx.answer(ctx.t('error-not-allowed'), true);
  if (q.status === 'answered') return ctx.answer(ctx.t('faq-reply-already', { who: q.byName ?? '?' }), true);
  await ctx.answer();
  await ctx.setDialog('faq', 'answer', { id });
  await ctx.reply({
    text: [ctx.t('faq-reply-prompt', { question: ellipsis(q.question, 200) }), '\n', ctx.t('faq-reply-hint')],
    forceReply: true,
  });
}

export async function onReplyDialog(ctx: MessageCtx, dialog: Dialog): Promise<void> {
  const id = String(dialog.data.id ?? '');
  const text = ctx.in.text.trim();
  if (!hasWords(text)) {
    await ctx.reply({ text: [ctx.t('faq-reply-need-text')], forceReply: true });
    return;
  }
  const tooLong = overLimit(ctx.in, REPLY_MAX);
  if (tooLong) {
    // Never cut an answer silently (QA6: the worker got paragraphs 1–14 of 20 and the secretary "sent ✅"):
    // say how long it is and keep the prompt open, as for a note on a report.
    await ctx.reply({ text: [ctx.t('triage-note-too-long', tooLong)], forceReply: true });
    return;
  }
  await ctx.clearDialog();
  const store = ctx.deps.store.faq;
  const q = await store.question(id);
  if (!q || q.status === 'pending') return void (await ctx.reply({ text: [ctx.t('faq-reply-missing')] }));
  if (!mayAnswer(ctx, q)) return void (await ctx.reply({ text: [ctx.t('error-not-allowed')] }));
  const answer = text;
  const name = ctx.user.name ?? ctx.user.id;
  const r = await store.answer(
    id,
    personKey(ctx.user.channel, ctx.user.id),
    name,
    ctx.deps.now().getTime(),
    answer,
  );
  if (r.result === 'answered')
    return void (await ctx.reply({ text: [ctx.t('faq-reply-already', { who: r.byName || '?' })] }));
  if (r.result === 'missing') return void (await ctx.reply({ text: [ctx.t('faq-reply-missing')] }));

  const delivered = await deliver(ctx, q, answer);
  ctx.log.info({ question: id, branch: q.branch, delivered }, 'faq question answered by branch');
  // "可能机器人已不在那个群里": the worker's chat, named as its platform calls it.
  const platform = parseChatKey(q.chat)?.channel;
  await ctx.reply({
    text: [ctx.t(delivered ? 'faq-reply-sent' : 'faq-reply-undelivered', platform ? { platform } : {})],
  });
  const card = decodeRef(q.card) as MessageRef | undefined;
  if (card) {
    const answered: StoredQuestion = { ...q, status: 'answered', byName: name, answer };
    // The card is the chat's, not the replier's: it stays in the language it was posted in.
    const locale = await chatLocale(ctx.deps, card.address);
    const t = (key: string, args?: TArgs) => ctx.deps.i18n.t(locale, key, args);
    await ctx.deps.outbox
      .edit(card, forwardedCard(t, locale, ctx.deps.content.get(), answered))
      .catch((err: unknown) => ctx.log.warn({ err: (err as Error).message }, 'triage card not updated'));
  }
}

/** The answer to the worker, where they asked, in their locale; false when it could not be sent. */
async function deliver(ctx: Ctx, q: StoredQuestion, answer: string): Promise<boolean> {
  const to = parseChatKey(q.chat, q.thread);
  if (!to) return false;
  const locale: Locale = (LOCALES as readonly string[]).includes(q.locale ?? '')
    ? (q.locale as Locale)
    : 'zh-CN';
  try {
    for (const card of workerCards(ctx, q, answer, locale)) await ctx.deps.outbox.send(to, card);
    return true;
  } catch (err) {
    ctx.log.warn({ err: (err as Error).message, question: q.id }, 'branch answer not delivered');
    return false;
  }
}

/** The answer as the worker reads it: the title and their question, then the answer in as many pieces as it needs. */
function workerCards(ctx: Ctx, q: StoredQuestion, answer: string, locale: Locale): Card[] {
  const t = (id: string, args?: Record<string, string>) => ctx.deps.i18n.t(locale, id, args);
  const pack = ctx.deps.content.get();
  const hasHan = /\p{Script=Han}/u.test(answer);
  // Secretaries write simplified Chinese; a zh-TW reader gets it in traditional characters, not rephrased
  // (script.ts). English readers get the words as written (no offline translation), with a note when they are Chinese.
  const body = forLocale(locale, answer);
  const pieces = textPieces(body, PIECE_MAX, PIECE_MAX);
  const last = pieces.length - 1;
  return pieces.map((piece, i) => ({
    text: [
      ...(i === 0
        ? [
            bold(t('faq-reply-title', { branch: branchName(pack, q.branch ?? '', locale) })),
            '\n',
            italic(t('faq-reply-your-question', { question: ellipsis(q.question, 120) })),
            '\n\n',
          ]
        : []),
      piece,
      ...(i === last && locale === 'en' && hasHan ? ['\n', italic(t('faq-reply-as-written'))] : []),
    ],
    ...(i === 0 && q.messageId ? { replyTo: q.messageId } : {}),
  }));
}
