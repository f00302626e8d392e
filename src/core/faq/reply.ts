/**
 * The asking path: one question (or one shared location) in, one reply out. In order: an emergency gets its
 * numbers first (the reports job), "2" picks from the last list of stations, a follow-up is asked of the station
 * or the question before it, small talk gets a friendly line, and everything else is asked of the pack — a
 * station card, a sourced answer (written by the model when one is configured, from the retrieved entries only),
 * or "not sure" with the closest entries and an offer to pass the question on. Answers and unanswered
 * questions are kept for the buttons under them (👎, pass on, report this) and for /gaps.
 */
import type { Card } from '../card.js';
import type { FaqEntry } from '../content/schema.js';
import type { MessageCtx } from '../feature.js';
import { PIECES_KEPT_S } from '../fragments.js';
import { maskText } from '../mask.js';
import type { PieceGap } from '../ports/faq.js';
import { chatKey, personKey } from '../ports/groups.js';
import { lostOnArrival } from '../text.js';
import type { MessageRef } from '../types.js';
import { runnersUp, type Answer } from './answer.js';
import type { Asker } from './ask.js';
import { answerCard, localEntry, modelCard, notSureCard, unknownCard } from './cards.js';
import { passWords, yourBranchWords } from './handoff.js';
import { workerBranch } from '../groups/worker-branch.js';
import { brokenAtStation, replyBroken } from './broken.js';
import { askOfStation, followUp, keepTopic } from './follow-ups.js';
import type { FaqHit } from './index.js';
import {
  answerWithModel,
  tooLongForGroup,
  DEFAULT_MODEL_ANSWERS_PER_MINUTE,
  MODEL_ANSWER_CACHE_SECONDS,
  modelAnswerKey,
  modelHits,
  worthAModel,
  type ModelAnswer,
} from './llm-answer.js';
import { fillerOnly, smallTalk } from './smalltalk.js';
import { pickFromList, replyStations } from './station-replies.js';
import { sendAnswer } from './repeats.js';
import { askingNow, gapOf, gapText, placeFor, type AskExtra, type FaqSetup } from './setup.js';
import { grievance } from './grievance.js';
import { toldNotAsked } from './told.js';

/** "这条消息有 5000 字，只收到了前 4096 字…" when the message was cut on arrival; nothing when it came whole. */
function cutLine(ctx: MessageCtx): string[] {
  const lost = lostOnArrival(ctx.in);
  if (!lost) return [];
  const counts = { n: String(lost.n), kept: String(lost.kept), missing: String(lost.missing) };
  return [ctx.t('input-cut', counts), '\n'];
}

/** An answer sent with an entry: kept, so a 👎 or a runner-up pressed under it finds the question. */
export type Sent = { entry: FaqEntry; ref: MessageRef };

/** A question its caller has asked of the pack already (`/stations 五角场`): the asker and its answer. */
export interface Asked {
  asker: Asker;
  answer: Answer;
}

export interface Reply {
  /**
   * Answer one question (or one shared location) in the chat it came from. `asked`: `text`, asked already with no
   * extra, is not asked again — the same reply, one ask.
   */
  respond(ctx: MessageCtx, text: string, extra?: AskExtra, asked?: Asked): Promise<void>;
  /** The offline reply; an answer (its entry and message) when the bot answered with an entry. */
  replyOffline(ctx: MessageCtx, a: Asker, text: string, answer: Answer): Promise<Sent | undefined>;
  /** Keep an answered question, found again by the answer's message when someone presses 👎. */
  keepAnswered(ctx: MessageCtx, text: string, entry: FaqEntry, ref: MessageRef): Promise<void>;
}

/** The worker's question, as kept for "pass it on" (a 👎, "not sure") and for the branch's answer. */
export function workerQuestion(
  ctx: MessageCtx,
  text: string,
  branch: string | undefined,
  entry?: string,
  askBranch = false,
) {
  const chat = ctx.in.chat;
  // Slack events carry no channel name: the bound group's title (from /bind) names it instead.
  const title = chat.title ?? ctx.group?.title;
  return {
    question: maskText(text).slice(0, 1000),
    chat: chatKey(chat.address.channel, chat.address.chatId),
    ...(chat.address.threadId ? { thread: chat.address.threadId } : {}),
    ...(ctx.in.messageId ? { messageId: ctx.in.messageId } : {}),
    ...(chat.kind !== 'private' && title ? { chatTitle: maskText(title) } : {}),
    user: personKey(ctx.user.channel, ctx.user.id),
    locale: ctx.locale,
    ...(branch ? { branch } : {}),
    ...(entry ? { entry } : {}),
    ...(askBranch ? { askBranch } : {}),
    at: ctx.deps.now().getTime(),
  };
}

/** In a private chat, the worker's branch as far as the bot knows it (groups/worker-branch.ts); elsewhere none. */
async function privateBranch(ctx: MessageCtx): Promise<string | undefined> {
  return ctx.in.chat.kind === 'private' ? workerBranch(ctx) : undefined;
}

/** This private message's place among words sent in pieces (core/fragments.ts), for the gap log; none elsewhere. */
function pieceOf(ctx: MessageCtx, text: string): PieceGap | undefined {
  const pieces = ctx.in.pieces;
  if (!pieces) return undefined;
  const { channel, chatId } = ctx.in.chat.address;
  return {
    owner: { channel, chatId, userId: ctx.in.from.id },
    since: pieces.since,
    joined: pieces.joined,
    text,
    now: ctx.deps.now().getTime(),
    ttlSeconds: PIECES_KEPT_S,
  };
}

export function createReply(setup: FaqSetup): Reply {
  const { options, asker, llm, prompt } = setup;

  /** Answer one question (or one shared location) in the chat it came from. */
  async function respond(ctx: MessageCtx, text: string, extra: AskExtra = {}, asked?: Asked): Promise<void> {
    const started = performance.now();
    if (!extra.location && (await options.urgent?.(ctx, text))) return;
    if (!extra.location && (await pickFromList(ctx, text))) return;
    if (!extra.location && (await askOfStation(ctx, text, asker))) return;
    const asking = askingNow(ctx, extra);
    let talk = extra.location ? undefined : smallTalk(text);
    // A follow-up that names no topic ("那要钱吗", "在哪办") is asked of this person's last question here.
    const followed =
      talk === 'vague' && !fillerOnly(text) ? await followUp(ctx, text, asking, asker) : undefined;
    if (followed) talk = undefined;
    // "我反映的事怎么样了": their reports, as /mytickets shows them; "给我回个电话", "你是真人吗": said plainly what
    // the bot is, with the way to a person at the branch (QA22 #3, #4, #7).
    if ((talk === 'mine' && options.mine) || ((talk === 'callback' || talk === 'bot') && options.report)) {
      if (talk === 'mine') await options.mine?.(ctx);
      else await options.report?.(ctx, ctx.t(`faq-smalltalk-${talk}`));
      ctx.log.info({ kind: 'smalltalk', talk, chars: [...text].length }, 'faq answered');
      return;
    }
    if (talk && talk !== 'help' && talk !== 'report') {
      await ctx.reply({ text: [ctx.t(`faq-smalltalk-${talk}`)] });
      ctx.log.info({ kind: 'smalltalk', talk, chars: [...text].length }, 'faq answered');
      return;
    }
    const a = asked?.asker ?? (await asker(ctx));
    const question = followed?.question ?? text;
    const answer = followed?.answer ?? asked?.answer ?? a.ask(question, asking);
    // "你能干啥" or "我想反映个问题" names no topic a follow-up could mean.
    const topical = !talk && !followed && !extra.location;
    if (topical && answer.kind !== 'invalid' && answer.kind !== 'unknown') await keepTopic(ctx, text);
    // "help", "你能干啥": the pack's entry about the bot when it has one, else what /help shows; "我想反映个问题":
    // the pack's entry on reporting, else the way to /report. Neither is a gap.
    if ((talk === 'help' || talk === 'report') && answer.kind !== 'faq') {
      const builtIn = talk === 'help' ? options.help : options.report;
      if (builtIn) await builtIn(ctx);
      else await ctx.reply({ text: [ctx.t('faq-smalltalk-greeting')] });
      ctx.log.info({ kind: 'smalltalk', talk, chars: [...text].length }, 'faq answered');
      return;
    }
    // Something broken at a station is a report to make, not a list of stations that have it (stop 41).
    if (topical && brokenAtStation(question)) {
      await replyBroken(ctx, answer, (branch) =>
        ctx.deps.store.faq.savePending(workerQuestion(ctx, question, branch)),
      );
      return;
    }
    ctx.deps.metrics.faqAnswers.inc({
      outcome:
        answer.kind === 'faq'
          ? 'answered'
          : answer.kind === 'weak'
            ? 'suggested'
            : answer.kind === 'stations' || answer.kind === 'invalid'
              ? answer.kind
              : 'unanswered',
    });
    const log = (fields: Record<string, unknown>) =>
      ctx.log.info(
        {
          kind: answer.kind,
          chars: [...text].length,
          ms: Math.round(performance.now() - started),
          ...fields,
        },
        'faq answered',
      );
    switch (answer.kind) {
      case 'invalid': {
        const id = {
          empty: 'faq-ask-usage',
          'no-words': 'faq-no-words',
          number: 'faq-only-number',
          language: 'faq-language',
          'too-long': 'faq-too-long',
        }[answer.reason];
        const max = String(a.thresholds.maxChars);
        // A story too long for a question is most often a problem to report: offered with its words (private).
        const report =
          answer.reason === 'too-long' && ctx.in.chat.kind === 'private'
            ? await options.keepForReport?.(ctx, text)
            : undefined;
        // Longer than the bot takes at all: said plainly that the end did not arrive, never that all was kept.
        const cut = answer.reason === 'too-long' ? cutLine(ctx) : [];
        if (report) {
          const offer = cut.length ? 'faq-too-long-report-cut' : 'faq-too-long-report';
          await ctx.reply({ text: [...cut, ctx.t(offer, { max })], buttons: [[report]] });
          return log({ reason: answer.reason, offered: 'report', cut: cut.length > 0 });
        }
        await ctx.reply({ text: [...cut, ctx.t(id, { max, place: placeFor(ctx) })] });
        return log({ reason: answer.reason, ...(cut.length ? { cut: true } : {}) });
      }
      case 'stations':
        await replyStations(ctx, answer, a);
        return log({ located: answer.located, first: answer.results.hits[0]?.station.id });
      default: {
        const model = llm ? await tryModel(ctx, a, question, answer.kind === 'faq') : false;
        const viaModel = model !== false;
        const sent = model === false ? await replyOffline(ctx, a, question, answer) : model;
        if (sent) await keepAnswered(ctx, question, sent.entry, sent.ref);
        return log({
          entry: answer.kind === 'faq' ? answer.hit.entry.id : undefined,
          score: answer.kind === 'faq' ? round(answer.hit.score) : undefined,
          model: viaModel,
        });
      }
    }
  }

  /** The reply; an answer (its entry and message) when the bot answered with an entry. */
  async function replyOffline(
    ctx: MessageCtx,
    a: Asker,
    text: string,
    answer: Answer,
  ): Promise<{ entry: FaqEntry; ref: MessageRef } | undefined> {
    if (answer.kind === 'faq') {
      const also = runnersUp(answer, a.thresholds).map((h) => h.entry);
      const ref = await sendAnswer(
        ctx,
        answerCard(ctx.t, answer.hit.entry, ctx.locale, also, reportable(ctx, text)),
        localEntry(answer.hit.entry, ctx.locale).title,
      );
      return { entry: answer.hit.entry, ref };
    }
    const candidates = answer.kind === 'weak' ? answer.candidates : [];
    await replyUnsure(ctx, text, candidates);
    return undefined;
  }

  /** Keep an answered question, found again by the answer's message when someone presses 👎. */
  async function keepAnswered(
    ctx: MessageCtx,
    text: string,
    entry: FaqEntry,
    ref: MessageRef,
  ): Promise<void> {
    // A 👎 goes to the branch that owns the topic, else the group's branch — in private the worker's, as far as it is
    // known (groups/worker-branch.ts), else the one they name when they pass it on.
    const branch = entry.branch ?? ctx.group?.branch ?? (await privateBranch(ctx));
    const q = workerQuestion(ctx, text, branch, entry.id, !branch && ctx.in.chat.kind === 'private');
    await ctx.deps.store.faq.savePending(q, {
      chat: chatKey(ref.address.channel, ref.address.chatId),
      messageId: ref.messageId,
    });
  }

  /** Not sure or don't know: log the gap, keep the question for the "pass it on" button. */
  async function replyUnsure(ctx: MessageCtx, text: string, candidates: readonly FaqHit[]): Promise<void> {
    const gap = gapOf(text);
    const now = ctx.deps.now().getTime();
    // Masked, and no run of six digits or more: an ID number in pieces that stopped short of the whole (setup.ts).
    const sample = gapText(text);
    const piece = pieceOf(ctx, sample);
    // Noted as its run's gap, so the next piece read with it withdraws it (core/fragments.ts, QA31 #1).
    if (piece) await ctx.deps.store.faq.logPieceGap(gap ?? '', piece);
    else if (gap) await ctx.deps.store.faq.logGap(gap, { text: sample, now });
    // The group's branch first; else the branch that owns the closest topic (a guess), else the district. In private,
    // the worker's branch as far as it is known, else the one they name when they pass it on (stop 42: the guess
    // sent private questions to the district, which owns the most entries).
    const inPrivate = ctx.in.chat.kind === 'private';
    const branch = inPrivate ? await privateBranch(ctx) : (ctx.group?.branch ?? candidates[0]?.entry.branch);
    const askBranch = !branch && inPrivate;
    const pendingId = await ctx.deps.store.faq.savePending(
      workerQuestion(ctx, text, branch, undefined, askBranch),
    );
    const passTo = askBranch ? yourBranchWords(ctx.t) : passWords(ctx.deps.content.get(), branch, ctx.locale);
    const told = reportable(ctx, text);
    // Words a worker with a report open sends unasked ("回复：是昨天下午…") are often more for it (QA20 #5).
    const open = ctx.in.chat.kind === 'private' && options.openReports ? await options.openReports(ctx) : [];
    const card: Card = candidates.length
      ? notSureCard(
          ctx.t,
          candidates.map((c) => c.entry),
          ctx.locale,
          pendingId,
          passTo,
          told,
          open,
        )
      : unknownCard(ctx.t, pendingId, passTo, told, open);
    await ctx.reply(card);
  }

  /**
   * A problem told, not asked ("充电桩坏了", "站长天天骂人"), or a grievance however asked ("凭什么罚我钱？", QA9 #4),
   * may be reported with its words — in private, where reports are made — whether the FAQ answered it or not: an
   * answer's advice rarely settles a problem.
   */
  function reportable(ctx: MessageCtx, text: string): boolean {
    return !!options.reportWords && ctx.in.chat.kind === 'private' && (toldNotAsked(text) || grievance(text));
  }

  /**
   * The model path; false when it did not produce the reply (the caller answers offline). `confident`: the
   * offline answer is a sure one, so a model that says it does not know is overruled by it, not shown.
   */
  async function tryModel(
    ctx: MessageCtx,
    a: Asker,
    text: string,
    confident: boolean,
  ): Promise<false | undefined | { entry: FaqEntry; ref: MessageRef }> {
    const hits = modelHits(a, text);
    if (!llm || hits.length === 0 || !worthAModel(text)) return false;
    const input = { question: text, locale: ctx.locale, hits };
    const key = modelAnswerKey(llm.model, prompt, input);
    let r: ModelAnswer | undefined = await cachedAnswer(ctx, key, hits);
    ctx.deps.metrics.faqModelCache.inc({ result: r ? 'hit' : 'miss' });
    if (!r) {
      if (!(await withinBudget(ctx))) {
        ctx.deps.metrics.llmFallbacks.inc({ job: 'faq', reason: 'budget' });
        ctx.log.warn({ reason: 'budget' }, 'faq model budget of this person spent; answering offline');
        return false;
      }
      await ctx.deps.outbox.typing?.(ctx.in.chat.address);
      r = await answerWithModel(llm, prompt, input, options.llmTimeoutMs);
      if (r.ok && r.known) {
        const kept = { answer: r.answer, used: r.used.map((e) => e.id) };
        await ctx.deps.store.faq.keepModelAnswer(key, kept, MODEL_ANSWER_CACHE_SECONDS);
      }
    }
    if (!r.ok) {
      ctx.deps.metrics.llmFallbacks.inc({ job: 'faq', reason: r.reason });
      ctx.log.warn({ reason: r.reason, detail: r.detail, ms: r.ms }, 'faq model failed; answering offline');
      return false;
    }
    if (!r.known && confident) {
      // "Not sure" where the bot alone answers surely would make the model path worse than none.
      ctx.deps.metrics.llmFallbacks.inc({ job: 'faq', reason: 'refused' });
      ctx.log.warn(
        { reason: 'refused', ms: r.ms },
        'faq model did not know a sure answer; answering offline',
      );
      return false;
    }
    if (!r.known) {
      await replyUnsure(ctx, text, hits.slice(0, 3));
      return undefined;
    }
    if (ctx.in.chat.kind !== 'private' && tooLongForGroup(r.answer, r.used, ctx.locale)) {
      // An essay in a group: the entry instead, which the organisers wrote to be posted (llm-answer.ts).
      ctx.deps.metrics.llmFallbacks.inc({ job: 'faq', reason: 'long' });
      ctx.log.info(
        { reason: 'long', chars: r.answer.length },
        'faq model answer too long for a group; answering offline',
      );
      return false;
    }
    const card = modelCard(ctx.t, r.answer, r.used, ctx.locale, reportable(ctx, text));
    const ref = await sendAnswer(ctx, card, localEntry(r.used[0]!, ctx.locale).title);
    return { entry: r.used[0]!, ref };
  }

  /** The answer the model wrote for the same question from the same entries, while it is kept (no call). */
  async function cachedAnswer(
    ctx: MessageCtx,
    key: string,
    hits: readonly FaqHit[],
  ): Promise<ModelAnswer | undefined> {
    const kept = await ctx.deps.store.faq.modelAnswer(key);
    if (!kept) return undefined;
    const byId = new Map(hits.map((h) => [h.entry.id, h.entry]));
    const used = kept.used.map((id) => byId.get(id));
    if (!used.length || used.some((e) => !e)) return undefined;
    ctx.log.debug({ entries: kept.used }, 'faq model answer reused');
    return { ok: true, known: true, answer: kept.answer, used: used as FaqEntry[], ms: 0 };
  }

  /** One model answer from this person's budget for this minute (every replica counts in the same Redis key). */
  async function withinBudget(ctx: MessageCtx): Promise<boolean> {
    const limit = options.openai?.answersPerMinute ?? DEFAULT_MODEL_ANSWERS_PER_MINUTE;
    if (limit === 0) return true;
    const minute = Math.floor(ctx.deps.now().getTime() / 60_000);
    return ctx.deps.store.faq.takeModelAnswer(personKey(ctx.user.channel, ctx.user.id), minute, limit);
  }

  return { respond, replyOffline, keepAnswered };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
