/**
 * The FAQ's hook for another job's dialog (`answerAside`, wired into the reports kit in app.ts): a line typed in
 * the middle of a report being written is answered here only when it is a question the pack answers
 * confidently, so a half-written report is not pulled off course by "not sure".
 */
import type { MessageCtx } from '../feature.js';
import type { Reply } from './reply.js';
import { staffChat, type FaqSetup } from './setup.js';
import { smallTalk } from './smalltalk.js';
import { asks } from './told.js';

/**
 * What became of the line: `answered` when it was a question the pack answers confidently (the answer is sent),
 * `talk` when it is only small talk ("早", "谢谢", "好的": nothing sent), else undefined — a problem told, or a
 * question the FAQ is unsure of.
 */
export type Aside = 'answered' | 'talk' | undefined;

export function createAnswerAside(
  setup: FaqSetup,
  reply: Pick<Reply, 'replyOffline' | 'keepAnswered'>,
): (ctx: MessageCtx, text: string) => Promise<Aside> {
  const { asker } = setup;
  const { replyOffline, keepAnswered } = reply;
  return async function answerAside(ctx: MessageCtx, text: string): Promise<Aside> {
    if (staffChat(ctx)) return undefined;
    if (smallTalk(text)) return 'talk';
    if (!asks(text)) return undefined;
    const a = await asker(ctx);
    const answer = a.ask(text, { now: ctx.deps.now(), timeZone: ctx.deps.timezone });
    // Only a confident answer: "not sure" would pull a half-written report off course for nothing.
    if (answer.kind !== 'faq') return undefined;
    const sent = await replyOffline(ctx, a, text, answer);
    if (sent) await keepAnswered(ctx, text, sent.entry, sent.ref);
    ctx.deps.metrics.faqAnswers.inc({ outcome: 'answered' });
    ctx.log.info({ kind: answer.kind, aside: true, entry: answer.hit.entry.id }, 'faq answered');
    return 'answered';
  };
}
