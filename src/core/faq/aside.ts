/**
 * The FAQ's hook for another job's dialog (`answerAside`, wired into the reports kit in app.ts): a line typed in
 * the middle of a report being written is answered here when it is plainly a question of its own — one the pack
 * answers confidently, a station's hours or where stations are, or a question the FAQ has close entries for — so
 * it is not swallowed into the report (QA9 #3: "怀特那个驿站几点关门" and a pay question became lines of a ticket).
 * Words that tell a problem, and a question about the problem itself ("凭什么扣我钱"), stay the report's.
 */
import type { MessageCtx } from '../feature.js';
import type { Reply } from './reply.js';
import { grievance } from './grievance.js';
import { askingNow, staffChat, type FaqSetup } from './setup.js';
import { smallTalk } from './smalltalk.js';
import { replyStations } from './station-replies.js';
import { asks } from './told.js';

/**
 * What became of the line: `answered` when the pack answered it (an entry or stations; sent), `unsure` when the
 * FAQ's closest entries were offered instead ("not sure", sent), `talk` when it is only small talk ("早", "谢谢",
 * "好的": nothing sent), else undefined — a problem told, or a question with nothing to answer it.
 */
export type Aside = 'answered' | 'unsure' | 'talk' | undefined;

/**
 * Asked in so many words: a question mark or word (asks), or a sentence ending in 不 — "夜里送加钱不", "这合理不" —
 * the A-not question of northern speech, which `asks` leaves to the words before it.
 */
export function plainlyAsks(text: string): boolean {
  return asks(text) || /不[\s\p{P}]*$/u.test(text.trim());
}

export function createAnswerAside(
  setup: FaqSetup,
  reply: Pick<Reply, 'replyOffline' | 'keepAnswered'>,
): (ctx: MessageCtx, text: string) => Promise<Aside> {
  const { asker } = setup;
  const { replyOffline, keepAnswered } = reply;
  return async function answerAside(ctx: MessageCtx, text: string): Promise<Aside> {
    if (staffChat(ctx)) return undefined;
    if (smallTalk(text)) return 'talk';
    // A question about the problem being reported ("这合理吗", "凭什么罚我") is more of the report.
    if (!plainlyAsks(text) || grievance(text)) return undefined;
    const a = await asker(ctx);
    const answer = a.ask(text, askingNow(ctx));
    if (answer.kind === 'stations') {
      // A station's hours, where stations are: what the worker would have got outside the report.
      await replyStations(ctx, answer, a);
      ctx.deps.metrics.faqAnswers.inc({ outcome: 'stations' });
      ctx.log.info(
        { kind: answer.kind, aside: true, first: answer.results.hits[0]?.station.id },
        'faq answered',
      );
      return 'answered';
    }
    // Nothing close at all may be a question for the branch: it stays with the report.
    if (answer.kind !== 'faq' && answer.kind !== 'weak') return undefined;
    const sent = await replyOffline(ctx, a, text, answer);
    if (sent) await keepAnswered(ctx, text, sent.entry, sent.ref);
    ctx.deps.metrics.faqAnswers.inc({ outcome: answer.kind === 'faq' ? 'answered' : 'suggested' });
    ctx.log.info(
      { kind: answer.kind, aside: true, ...(answer.kind === 'faq' ? { entry: answer.hit.entry.id } : {}) },
      'faq answered',
    );
    return answer.kind === 'faq' ? 'answered' : 'unsure';
  };
}
