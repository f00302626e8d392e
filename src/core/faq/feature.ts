/**
 * The FAQ job: workers ask about benefits and rest stations in their own words and get a short, sourced
 * answer — or an honest "not sure" with the closest entries and an offer to pass the question on.
 *
 * Where it listens: `/ask …` anywhere; in a group, a mention or a reply to the bot; in a private chat,
 * any text and any shared location (a live location too) — never in triage chats or the escalation chat,
 * where people talk about workers' questions rather than ask their own. Greetings, thanks and chit-chat
 * get a short friendly reply (smalltalk.ts) and are not gaps. `/stations` lists stations; `/gaps` shows
 * organisers the questions most often left unanswered or voted 👎, and closes them (gaps.ts).
 *
 * Buttons: `fb:<entry>:up|down` (feedback; a 👎 offers passing the question on), `faq:show:<entry>`,
 * `faq:pass:<pending>`, `faq:rep:<pending>` (report a told problem), `faq:repa` (the same under an answer),
 * `faq:add:<pending>:<ticket>` (a "not sure" question's words added to the asker's open report),
 * `faq:help`, `fq:r:<question>` (a branch replies, branch-reply.ts), `gap:…`, `stn:p:<station>` (a station's
 * problem choices), `stn:r:<station>:<problem>` (one-tap station report), `stn:list`, `stn:all:<page>`.
 *
 * With an OpenAI-compatible endpoint configured, the model writes the answer from the retrieved entries
 * only (llm-answer.ts); any failure falls back to the offline answer and is counted in /metrics.
 *
 * This file wires the feature; its parts: reply.ts (the asking path and its reply), follow-ups.ts (a
 * question that names no topic, asked of the last one), station-replies.ts (station cards, "2" from a list,
 * the wait for a location, the `stn:` buttons), answer-buttons.ts (`fb:` and `faq:`), aside.ts (a question
 * asked mid-report), setup.ts (what they share).
 */
import type { Button } from '../card.js';
import type { ButtonCtx, Ctx, Feature, MessageCtx } from '../feature.js';
import { onPlatform } from '../platform-words.js';
import { createLlmClient, type LlmClient } from '../llm/client.js';
import type { OpenAIConfig } from '../../config/index.js';
import { createAnswerAside, type Aside } from './aside.js';
import type { OpenReport } from './cards.js';
import { createAnswerButtons } from './answer-buttons.js';
import { onReplyDialog, onReplyPress } from './branch-reply.js';
import { learnedAskers } from './curate.js';
import { createGaps } from './gaps.js';
import { createHandoff, type Handoff } from './handoff.js';
import { loadFaqPrompt } from './llm-answer.js';
import { createReply } from './reply.js';
import { smallTalk } from './smalltalk.js';
import { askingNow, placeFor, staffChat, type FaqSetup } from './setup.js';
import { listStations, onLocationDialog, stationButtons } from './station-replies.js';

export type { Aside } from './aside.js';

export interface FaqFeatureOptions {
  /** OpenAI-compatible endpoint; without it the bot answers offline only. */
  openai?: OpenAIConfig;
  /** A ready client (tests); takes precedence over `openai`. */
  llm?: LlmClient;
  llmTimeoutMs?: number;
  /** Directory holding faq-answer.md (default: the repository's prompts/). */
  promptsDir?: string;
  /** Where passed questions and station problems go (default: stored + announced in triage chats). */
  handoff?: (ctx: Ctx) => Handoff;
  /** Shows what the bot can do here (the /help card), for "help" or "你能干啥" the pack has no entry for. */
  help?: (ctx: MessageCtx) => Promise<void>;
  /** The way to /report, for "我想反映个问题" or "how do I complain" the pack has no entry on reporting for. */
  report?: (ctx: MessageCtx, lead?: string) => Promise<void>;
  /** The worker's own reports (what /mytickets shows), for "我反映的事怎么样了". */
  mine?: (ctx: MessageCtx) => Promise<void>;
  /** Starts a report with a problem's words (the "report this" button on a "not sure" reply in private). */
  reportWords?: (ctx: Ctx, text: string) => Promise<void>;
  /**
   * Keeps words too long for a question (a story told) for a report and returns the button that starts it with
   * them; undefined when they cannot be kept.
   */
  keepForReport?: (ctx: Ctx, text: string) => Promise<Button | undefined>;
  /**
   * The asker's open reports (newest first), for a "not sure" reply in private to offer adding the words to one
   * (📎 补充到, QA20 #5); none when they have none.
   */
  openReports?: (ctx: Ctx) => Promise<OpenReport[]>;
  /** Adds the words of a kept question (its message `messageId`) to the asker's open report `ticket`. */
  addToReport?: (ctx: ButtonCtx, ticket: string, text: string, messageId?: string) => Promise<void>;
  /**
   * Asked before answering: true when the question was an emergency (or a live hazard told) and has been answered as
   * one; a live hazard asked about may get its danger line and false, and is answered after it.
   */
  urgent?: (ctx: MessageCtx, text: string) => Promise<boolean>;
}

export interface FaqFeature extends Feature {
  /** A line typed in the middle of another job's dialog (a report being written), answered here or not: aside.ts. */
  answerAside(ctx: MessageCtx, text: string): Promise<Aside>;
  /**
   * Whether the pack answers this question itself — a confident entry or stations, the same judgement that answers
   * it — without replying (a question of its own asked under a notice: posts/feature.ts).
   */
  answers(ctx: MessageCtx, text: string): Promise<boolean>;
}

export function faqFeature(options: FaqFeatureOptions = {}): FaqFeature {
  const llm =
    options.llm ??
    (options.openai ? createLlmClient(options.openai, { timeoutMs: options.llmTimeoutMs }) : undefined);
  // One asker per pack and version of its learned examples: a reload or a new example rebuilds it.
  const askers = learnedAskers();
  const setup: FaqSetup = {
    options,
    asker: (ctx) => askers(ctx.deps),
    handoff: (ctx) => options.handoff?.(ctx) ?? createHandoff(ctx.deps),
    ...(llm ? { llm } : {}),
    prompt: llm ? loadFaqPrompt(options.promptsDir) : '',
  };
  // A learned example bumps the version in Redis, so the next question rebuilds the asker with it.
  const gaps = createGaps({ asker: setup.asker });
  const { respond, replyOffline, keepAnswered } = createReply(setup);
  const answerAside = createAnswerAside(setup, { replyOffline, keepAnswered });
  const { feedback, faqButton } = createAnswerButtons(setup);
  const stationButton = stationButtons(setup.handoff);

  async function onMessage(ctx: MessageCtx): Promise<boolean> {
    if (staffChat(ctx)) {
      // Replies to the bot's cards there are staff talking among themselves; a mention gets a pointer.
      if (!ctx.in.replyToBot) await ctx.reply({ text: [ctx.t('faq-staff-chat', onPlatform(ctx))] });
      return true;
    }
    if (ctx.in.location) {
      await respond(ctx, ctx.in.text, { location: ctx.in.location });
      return true;
    }
    if (!ctx.in.text) return answerSticker(ctx);
    await respond(ctx, ctx.in.text);
    return true;
  }

  /**
   * A sticker alone, read by its emoji where the emoji typed would be small talk: a 👍 sticker after an answer is "OK",
   * a 🙏 one thanks (a sticker was "not understood" while the same emoji typed was taken so). Any other is not read.
   */
  async function answerSticker(ctx: MessageCtx): Promise<boolean> {
    const emoji = ctx.in.attachments?.find((a) => a.kind === 'sticker')?.emoji;
    const talk = emoji ? smallTalk(emoji) : undefined;
    if (!emoji || (talk !== 'ack' && talk !== 'thanks')) return false;
    await respond(ctx, emoji);
    return true;
  }

  async function answers(ctx: MessageCtx, text: string): Promise<boolean> {
    const a = await setup.asker(ctx);
    const kind = a.ask(text, askingNow(ctx)).kind;
    return kind === 'faq' || kind === 'stations';
  }

  /**
   * `/stations 五角场`: the words after the command are a place (a station, a service) and are answered as they are
   * when typed — on Slack, saying a place in a channel takes a mention, so the argument is how one is given (QA26 #5).
   * No words, words the stations cannot read, or a staff chat: the whole list, as before.
   */
  async function stations(ctx: MessageCtx, args: string): Promise<void> {
    const words = args.trim();
    if (words && !staffChat(ctx)) {
      const a = await setup.asker(ctx);
      const answer = a.ask(words, askingNow(ctx));
      // Answered as typed words are, with this answer: the pack is asked once.
      if (answer.kind === 'stations') return respond(ctx, words, {}, { asker: a, answer });
    }
    await listStations(ctx);
  }

  return {
    name: 'faq',
    answerAside,
    answers,
    commands: [
      {
        name: 'ask',
        description: 'cmd-ask',
        scope: 'all',
        run: async (ctx, args) => {
          if (staffChat(ctx))
            return void (await ctx.reply({ text: [ctx.t('faq-staff-chat', onPlatform(ctx))] }));
          if (!args.trim())
            return void (await ctx.reply({ text: [ctx.t('faq-ask-usage', { place: placeFor(ctx) })] }));
          await respond(ctx, args);
        },
      },
      { name: 'stations', description: 'cmd-stations', scope: 'all', run: stations },
      {
        name: 'gaps',
        description: 'cmd-gaps',
        scope: 'all',
        roles: ['organiser'],
        run: (ctx, args) => gaps.command(ctx, args),
      },
    ],
    buttons: [
      { prefix: 'fb', run: feedback },
      { prefix: 'faq', run: faqButton },
      { prefix: 'stn', run: stationButton },
      {
        prefix: 'fq',
        run: (ctx, payload) =>
          payload.startsWith('r:')
            ? onReplyPress(ctx, payload.slice(2))
            : ctx.answer(ctx.t('error-button-expired'), true),
      },
      { prefix: 'gap', run: (ctx, payload) => gaps.press(ctx, payload) },
    ],
    onMessage,
    async onDialog(ctx, dialog) {
      if (dialog.step === 'answer') return onReplyDialog(ctx, dialog);
      if (dialog.step === 'draft-title' || dialog.step === 'draft-answer') return gaps.dialog(ctx, dialog);
      return onLocationDialog(ctx, dialog, respond);
    },
    // A pin sent after a station card asked for one is a station question with a filter: counted like one.
    countsInDialog: (dialog) => dialog.step === 'await-location',
    helpButtons: (ctx) => [
      { label: ctx.t('faq-help-ask'), data: 'faq:help' },
      { label: ctx.t('faq-help-stations'), data: 'stn:list' },
    ],
  };
}
