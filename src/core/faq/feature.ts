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
 * `faq:help`, `fq:r:<question>` (a branch replies, branch-reply.ts), `gap:…`, `stn:p:<station>` (a station's
 * problem choices), `stn:r:<station>:<problem>` (one-tap station report), `stn:list`, `stn:all:<page>`.
 *
 * With an OpenAI-compatible endpoint configured, the model writes the answer from the retrieved entries
 * only (llm-answer.ts); any failure falls back to the offline answer and is counted in /metrics.
 */
import type { Button, Card } from '../card.js';
import { STATION_SERVICES, type ContentPack, type FaqEntry, type Station } from '../content/schema.js';
import type { ButtonCtx, Ctx, Feature, MessageCtx } from '../feature.js';
import { maskText } from '../mask.js';
import { createLlmClient, type LlmClient } from '../llm/client.js';
import {
  allStationsCard,
  askedLines,
  numberedStations,
  shownStations,
  stationCard,
  stationDetailCard,
  stationProblemsCard,
  type Reports,
} from '../stations/cards.js';
import { forLocale } from '../script.js';
import { localDay, openStatus } from '../stations/hours.js';
import { examplePlace } from '../stations/example-place.js';
import { feeSaid, followUpAsks } from '../stations/follow-up.js';
import { pickedNumber } from '../stations/pick.js';
import type { Service } from '../stations/query.js';
import { nearestStations } from '../stations/search.js';
import { staffChatOf } from '../identity.js';
import type { GeoPoint, MessageRef } from '../types.js';
import type { OpenAIConfig } from '../../config/index.js';
import type { StationProblem, StoredQuestion, Vote } from '../ports/faq.js';
import { runnersUp, type Answer, type Asker } from './ask.js';
import { onReplyDialog, onReplyPress } from './branch-reply.js';
import { answerCard, modelCard, notSureCard, unknownCard } from './cards.js';
import { createGaps } from './gaps.js';
import { branchName, createHandoff, type Handoff } from './handoff.js';
import { learnedAskers } from './curate.js';
import { smallTalk } from './smalltalk.js';
import { asks, toldNotAsked } from './told.js';
import type { FaqHit } from './index.js';
import { answerWithModel, loadFaqPrompt, modelHits } from './llm-answer.js';
import { questionKey } from './normalize.js';

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
  report?: (ctx: MessageCtx) => Promise<void>;
  /** Starts a report with a problem's words (the "report this" button on a "not sure" reply in private). */
  reportWords?: (ctx: Ctx, text: string) => Promise<void>;
  /**
   * Keeps words too long for a question (a story told) for a report and returns the button that starts it with
   * them; undefined when they cannot be kept.
   */
  keepForReport?: (ctx: Ctx, text: string) => Promise<Button | undefined>;
  /** Asked before answering: true when the question was an emergency and has been answered as one. */
  urgent?: (ctx: MessageCtx, text: string) => Promise<boolean>;
}

/** How long a "send me your location" request keeps the services asked for. */
const LOCATION_WAIT_MS = 30 * 60_000;
/** How long "2" picks from the last numbered list of stations a person was shown in a chat. */
const PICK_WINDOW_S = 10 * 60;
/** How long a question's topic carries over to a follow-up that names none ("那要钱吗"). */
const TOPIC_WINDOW_S = 10 * 60;
const GAP_MAX_CHARS = 200;
/** What /gaps counts a (scrubbed) question as. */
const gapOf = (question: string): string => questionKey(question).slice(0, GAP_MAX_CHARS);

/** A landmark of the pack's own district for "name a place, e.g. …" hints. */
const placeFor = (ctx: Ctx): string => examplePlace(ctx.deps.content.get(), ctx.locale);

export type Aside = 'answered' | 'talk' | undefined;

export interface FaqFeature extends Feature {
  /**
   * A line typed in the middle of another job's dialog (a report being written): `answered` when it was a
   * question the pack answers confidently (the answer is sent), `talk` when it is only small talk ("早",
   * "谢谢", "好的": nothing sent), else undefined — a problem told, or a question the FAQ is unsure of.
   */
  answerAside(ctx: MessageCtx, text: string): Promise<Aside>;
}

export function faqFeature(options: FaqFeatureOptions = {}): FaqFeature {
  const llm =
    options.llm ??
    (options.openai ? createLlmClient(options.openai, { timeoutMs: options.llmTimeoutMs }) : undefined);
  const prompt = llm ? loadFaqPrompt(options.promptsDir) : '';
  // One asker per pack and version of its learned examples: a reload or a new example rebuilds it.
  const askers = learnedAskers();
  const handoff = (ctx: Ctx) => options.handoff?.(ctx) ?? createHandoff(ctx.deps);

  /** The pack's asker with its learned examples; one version read per question keeps processes in step. */
  const asker = (ctx: Ctx): Promise<Asker> => askers(ctx.deps);
  // A learned example bumps the version in Redis, so the next question rebuilds the asker with it.
  const gaps = createGaps({ asker });

  /** Triage chats and the escalation chat: staff talk there; nothing said there is a worker's question. */
  function staffChat(ctx: Ctx): boolean {
    const chat = ctx.in.chat;
    if (chat.kind === 'private') return false;
    return !!staffChatOf(ctx.deps.content.get(), chat.address.channel, chat.address.chatId);
  }

  const voter = (ctx: Ctx) => `${ctx.user.channel}:${ctx.user.id}`;

  async function reports(ctx: Ctx, ids: string[]): Promise<Reports> {
    return ctx.deps.store.faq.stationReports(ids, localDay(ctx.deps.now(), ctx.deps.timezone).date);
  }

  /** Answer one question (or one shared location) in the chat it came from. */
  async function respond(
    ctx: MessageCtx,
    text: string,
    extra: { location?: GeoPoint; services?: Service[]; allDay?: boolean } = {},
  ): Promise<void> {
    const started = performance.now();
    if (!extra.location && (await options.urgent?.(ctx, text))) return;
    if (!extra.location && (await pickFromList(ctx, text))) return;
    if (!extra.location && (await askOfStation(ctx, text))) return;
    const asking = { now: ctx.deps.now(), timeZone: ctx.deps.timezone, ...extra };
    let talk = extra.location ? undefined : smallTalk(text);
    // A follow-up that names no topic ("那要钱吗", "在哪办") is asked of this person's last question here.
    const followed = talk === 'vague' ? await followUp(ctx, text, asking) : undefined;
    if (followed) talk = undefined;
    if (talk && talk !== 'help' && talk !== 'report') {
      await ctx.reply({ text: [ctx.t(`faq-smalltalk-${talk}`)] });
      ctx.log.info({ kind: 'smalltalk', talk, chars: [...text].length }, 'faq answered');
      return;
    }
    const a = await asker(ctx);
    const question = followed?.question ?? text;
    const answer = followed?.answer ?? a.ask(question, asking);
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
        if (report) {
          await ctx.reply({ text: [ctx.t('faq-too-long-report', { max })], buttons: [[report]] });
          return log({ reason: answer.reason, offered: 'report' });
        }
        await ctx.reply({ text: [ctx.t(id, { max, place: placeFor(ctx) })] });
        return log({ reason: answer.reason });
      }
      case 'stations':
        await replyStations(ctx, answer);
        return log({ located: answer.located, first: answer.results.hits[0]?.station.id });
      default: {
        const model = llm ? await tryModel(ctx, a, question) : false;
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

  async function replyStations(
    ctx: MessageCtx,
    answer: Extract<Answer, { kind: 'stations' }>,
  ): Promise<void> {
    const pack = ctx.deps.content.get();
    if (answer.badLocation || answer.results.outside) {
      await ctx.reply({
        text: [
          answer.badLocation
            ? ctx.t('faq-stations-bad-location', { place: placeFor(ctx) })
            : ctx.t('faq-stations-outside', { district: pack.settings.district.name }),
        ],
        buttons: [[{ label: ctx.t('faq-btn-all-stations'), data: 'stn:all:0' }]],
      });
      return;
    }
    // Station problems are read only for the stations the card shows.
    const shown = shownStations(answer.results, answer.named);
    const ids = numberedStations(shown).map((s) => s.id);
    await keepList(ctx, ids);
    const named = answer.named ? pack.stations.find((s) => s.id === answer.named) : undefined;
    const q = answer.query;
    const namedLines = named
      ? askedLines(ctx.t, {
          station: named,
          asked: {
            ...(q.day ? { day: q.day } : {}),
            hours: q.cues.hours,
            fee: !!q.fee,
            services: answer.query.services,
          },
          today: localDay(ctx.deps.now(), ctx.deps.timezone),
          locale: ctx.locale,
          ...feeOf(pack, named, !!q.fee),
        })
      : [];
    await ctx.reply(
      stationCard(ctx.t, {
        results: shown,
        services: answer.query.services,
        allDay: answer.query.cues.allDay,
        ...(answer.query.anchor ? { anchor: answer.query.anchor } : {}),
        ...(answer.named ? { named: answer.named, namedLines } : {}),
        located: answer.located,
        reports: await reports(ctx, ids),
        locale: ctx.locale,
        ...locationHint(ctx),
      }),
    );
    if (!answer.located) await offerLocationButton(ctx);
    if (!answer.located) {
      // The next location this person shares gets the same filter.
      await ctx.setDialog('faq', 'await-location', {
        services: answer.query.services,
        allDay: answer.query.cues.allDay,
        at: ctx.deps.now().getTime(),
      });
    }
  }

  /**
   * A short follow-up after one station's card ("那要钱吗", "有厕所吗", "明天呢", "is it free"), from the same person in
   * the same chat within `TOPIC_WINDOW_S`: answered of that station, first, then its card in full. False when the
   * last question named no one station or this one asks something else.
   */
  async function askOfStation(ctx: MessageCtx, text: string): Promise<boolean> {
    const { channel, chatId } = ctx.in.chat.address;
    const topic = await ctx.deps.store.faq.topic(channel, chatId, ctx.user.id);
    const now = ctx.deps.now();
    if (!topic || now.getTime() - topic.at > TOPIC_WINDOW_S * 1000) return false;
    const a = await asker(ctx);
    const before = a.ask(topic.question, { now, timeZone: ctx.deps.timezone });
    const pack = ctx.deps.content.get();
    const station =
      before.kind === 'stations' && before.named
        ? pack.stations.find((s) => s.id === before.named)
        : undefined;
    if (!station) return false;
    const asks = followUpAsks(a.reader, a.index.plain(text), station.id);
    if (!asks) return false;
    const today = localDay(now, ctx.deps.timezone);
    const answers = askedLines(ctx.t, {
      station,
      asked: { ...(asks.day ? { day: asks.day } : {}), hours: false, fee: asks.fee, services: asks.services },
      today,
      locale: ctx.locale,
      ...feeOf(pack, station, asks.fee),
      weekShown: true,
    });
    // The station stays the topic: "明天呢" and then "周日呢" are both asked of it.
    await keepTopic(ctx, topic.question);
    await keepList(ctx, [station.id]);
    await ctx.reply(
      stationDetailCard(ctx.t, {
        station,
        status: openStatus(station, now, ctx.deps.timezone),
        today: today.date,
        reports: await reports(ctx, [station.id]),
        locale: ctx.locale,
        answers,
      }),
    );
    ctx.deps.metrics.faqAnswers.inc({ outcome: 'stations' });
    ctx.log.info({ kind: 'station-follow-up', station: station.id, chars: [...text].length }, 'faq answered');
    return true;
  }

  /** Keep a question that named its topic, for a follow-up that names none (numbers masked). */
  async function keepTopic(ctx: Ctx, text: string): Promise<void> {
    const { channel, chatId } = ctx.in.chat.address;
    const topic = { question: maskText(text), at: ctx.deps.now().getTime() };
    await ctx.deps.store.faq.keepTopic(channel, chatId, ctx.user.id, topic, TOPIC_WINDOW_S);
  }

  /**
   * A question with no topic of its own ("那要钱吗", "要带什么", "在哪办") after one that had a topic, from the same
   * person in the same chat within `TOPIC_WINDOW_S`: asked as both together. Undefined (the worker is asked what
   * about) when there is no such question or both together find nothing.
   */
  async function followUp(
    ctx: Ctx,
    text: string,
    asking: Parameters<Asker['ask']>[1],
  ): Promise<{ question: string; answer: Answer } | undefined> {
    const { channel, chatId } = ctx.in.chat.address;
    const topic = await ctx.deps.store.faq.topic(channel, chatId, ctx.user.id);
    // Redis forgets it after the window; the app's clock decides too (a process may run a clock of its own).
    if (!topic || ctx.deps.now().getTime() - topic.at > TOPIC_WINDOW_S * 1000) return undefined;
    const question = `${topic.question} ${text.trim()}`;
    const answer = (await asker(ctx)).ask(question, asking);
    return answer.kind === 'faq' || answer.kind === 'weak' || answer.kind === 'stations'
      ? { question, answer }
      : undefined;
  }

  /** Remember the numbered stations a reply shows this person here, so "2" can pick one of them. */
  async function keepList(ctx: Ctx, ids: readonly string[]): Promise<void> {
    if (!ids.length) return;
    const { channel, chatId } = ctx.in.chat.address;
    await ctx.deps.store.faq.keepStationList(channel, chatId, ctx.user.id, ids, PICK_WINDOW_S);
  }

  /**
   * "2", "第二个", "the second" after a numbered list of stations (this person, this chat, the last ten
   * minutes): that station in full; a number beyond the list says how many there were. False when the
   * text picks nothing or there is no recent list (the caller answers as before: "only a number").
   */
  async function pickFromList(ctx: MessageCtx, text: string): Promise<boolean> {
    const n = pickedNumber(text);
    if (n === undefined) return false;
    const pack = ctx.deps.content.get();
    // A station named by its number ("3号驿站") is that station, not the third of a list.
    const asked = text.trim();
    if (pack.stations.some((s) => s.name === asked || s.aliases.includes(asked))) return false;
    const { channel, chatId } = ctx.in.chat.address;
    const ids = await ctx.deps.store.faq.stationList(channel, chatId, ctx.user.id);
    const listed = (ids ?? []).map((id) => pack.stations.find((s) => s.id === id)).filter((s) => !!s);
    if (!listed.length) return false;
    const station = listed[n - 1];
    if (!station) {
      await ctx.reply({ text: [ctx.t('faq-station-pick-range', { n: listed.length })] });
      ctx.log.info({ kind: 'station-pick', n, of: listed.length }, 'faq answered');
      return true;
    }
    const now = ctx.deps.now();
    const today = localDay(now, ctx.deps.timezone).date;
    await ctx.reply(
      stationDetailCard(ctx.t, {
        station,
        status: openStatus(station, now, ctx.deps.timezone),
        today,
        reports: await reports(ctx, [station.id]),
        locale: ctx.locale,
      }),
    );
    ctx.log.info({ kind: 'station-pick', n, station: station.id }, 'faq answered');
    return true;
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
      const ref = await ctx.reply(
        answerCard(ctx.t, answer.hit.entry, ctx.locale, also, reportable(ctx, text)),
      );
      return { entry: answer.hit.entry, ref };
    }
    const candidates = answer.kind === 'weak' ? answer.candidates : [];
    await replyUnsure(ctx, text, candidates);
    return undefined;
  }

  /** The worker's question, as kept for "pass it on" (a 👎, "not sure") and for the branch's answer. */
  function workerQuestion(ctx: MessageCtx, text: string, branch: string | undefined, entry?: string) {
    const chat = ctx.in.chat;
    return {
      question: maskText(text).slice(0, 1000),
      chat: `${chat.address.channel}:${chat.address.chatId}`,
      ...(chat.address.threadId ? { thread: chat.address.threadId } : {}),
      ...(ctx.in.messageId ? { messageId: ctx.in.messageId } : {}),
      ...(chat.kind !== 'private' && chat.title ? { chatTitle: maskText(chat.title) } : {}),
      user: `${ctx.user.channel}:${ctx.user.id}`,
      locale: ctx.locale,
      ...(branch ? { branch } : {}),
      ...(entry ? { entry } : {}),
      at: ctx.deps.now().getTime(),
    };
  }

  /** Keep an answered question, found again by the answer's message when someone presses 👎. */
  async function keepAnswered(
    ctx: MessageCtx,
    text: string,
    entry: FaqEntry,
    ref: MessageRef,
  ): Promise<void> {
    // A 👎 goes to the branch that owns the topic, else the group's branch, else the district.
    const q = workerQuestion(ctx, text, entry.branch ?? ctx.group?.branch, entry.id);
    await ctx.deps.store.faq.savePending(q, {
      chat: `${ref.address.channel}:${ref.address.chatId}`,
      messageId: ref.messageId,
    });
  }

  /** Not sure or don't know: log the gap, keep the question for the "pass it on" button. */
  async function replyUnsure(ctx: MessageCtx, text: string, candidates: readonly FaqHit[]): Promise<void> {
    const clean = maskText(text);
    const gap = gapOf(clean);
    const now = ctx.deps.now().getTime();
    if (gap) await ctx.deps.store.faq.logGap(gap, { text: clean.slice(0, GAP_MAX_CHARS), now });
    // The group's branch first; else the branch that owns the closest topic; else the district.
    const pendingId = await ctx.deps.store.faq.savePending(
      workerQuestion(ctx, text, ctx.group?.branch ?? candidates[0]?.entry.branch),
    );
    const told = reportable(ctx, text);
    const card: Card = candidates.length
      ? notSureCard(
          ctx.t,
          candidates.map((c) => c.entry),
          ctx.locale,
          pendingId,
          told,
        )
      : unknownCard(ctx.t, pendingId, told);
    await ctx.reply(card);
  }

  /**
   * A problem told, not asked ("充电桩坏了", "站长天天骂人"), may be reported with its words — in private, where
   * reports are made — whether the FAQ answered it or not: an answer's advice rarely settles a problem.
   */
  function reportable(ctx: MessageCtx, text: string): boolean {
    return !!options.reportWords && ctx.in.chat.kind === 'private' && toldNotAsked(text);
  }

  /** The model path; false when it did not produce the reply (the caller answers offline). */
  async function tryModel(
    ctx: MessageCtx,
    a: Asker,
    text: string,
  ): Promise<false | undefined | { entry: FaqEntry; ref: MessageRef }> {
    const hits = modelHits(a, text);
    if (!llm || hits.length === 0) return false;
    await ctx.deps.outbox.typing?.(ctx.in.chat.address);
    const r = await answerWithModel(
      llm,
      prompt,
      { question: text, locale: ctx.locale, hits },
      options.llmTimeoutMs,
    );
    if (!r.ok) {
      ctx.deps.metrics.llmFallbacks.inc({ job: 'faq', reason: r.reason });
      ctx.log.warn({ reason: r.reason, detail: r.detail, ms: r.ms }, 'faq model failed; answering offline');
      return false;
    }
    if (!r.known) {
      await replyUnsure(ctx, text, hits.slice(0, 3));
      return undefined;
    }
    const ref = await ctx.reply(modelCard(ctx.t, r.answer, r.used, ctx.locale, reportable(ctx, text)));
    return { entry: r.used[0]!, ref };
  }

  async function answerAside(ctx: MessageCtx, text: string): Promise<Aside> {
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
  }

  async function onMessage(ctx: MessageCtx): Promise<boolean> {
    if (staffChat(ctx)) {
      // Replies to the bot's cards there are staff talking among themselves; a mention gets a pointer.
      if (!ctx.in.replyToBot) await ctx.reply({ text: [ctx.t('faq-staff-chat')] });
      return true;
    }
    if (ctx.in.location) {
      await respond(ctx, ctx.in.text, { location: ctx.in.location });
      return true;
    }
    if (!ctx.in.text) return false;
    await respond(ctx, ctx.in.text);
    return true;
  }

  // ---- buttons
  async function feedback(ctx: ButtonCtx, payload: string): Promise<void> {
    const m = /^(.+):(up|down)$/.exec(payload);
    const entry = m && ctx.deps.content.get().faq.find((e) => e.id === m[1]);
    if (!m || !entry) return ctx.answer(ctx.t('error-button-expired'), true);
    const result = await ctx.deps.store.faq.vote(entry.id, voter(ctx), m[2] as Vote);
    if (result === 'new') ctx.deps.metrics.faqVotes.inc({ vote: m[2] as Vote });
    ctx.log.info({ entry: entry.id, vote: m[2], result }, 'faq feedback');
    await ctx.answer(
      ctx.t(
        result === 'new' ? 'faq-vote-thanks' : result === 'changed' ? 'faq-vote-changed' : 'faq-vote-same',
      ),
    );
    if (m[2] === 'down' && result !== 'same') await offerPass(ctx, entry);
  }

  /**
   * The asker pressed one of the "did you mean" entries: /gaps shows it beside their question, so an
   * organiser can confirm "this is entry X" at a glance. Only the asker's press counts (anyone in a
   * group may press), once each.
   */
  async function notePick(ctx: ButtonCtx, pendingId: string, entry: FaqEntry): Promise<void> {
    const store = ctx.deps.store.faq;
    const q = await store.question(pendingId);
    if (!q || q.user !== `${ctx.user.channel}:${ctx.user.id}`) return;
    const gap = gapOf(q.question);
    if (gap && (await store.notePick(gap, entry.id, q.user)))
      ctx.log.info({ entry: entry.id }, 'faq suggestion picked');
  }

  /** The kept question the pressed button's message answered (a 👎 or a runner-up under an answer). */
  async function answeredQuestion(ctx: ButtonCtx) {
    const ref = ctx.in.message;
    if (!ref) return undefined;
    const store = ctx.deps.store.faq;
    const id = await store.questionOfAnswer(`${ref.address.channel}:${ref.address.chatId}`, ref.messageId);
    const q = id ? await store.question(id) : undefined;
    return id && q ? { id, q } : undefined;
  }

  /**
   * The asker tapped another entry offered under the bot's answer: the answer was likely not what they
   * asked, so /gaps counts it (once per asker) with the entry they meant. A press by anyone else, or on
   * a button not under a kept answer, shows the entry and notes nothing.
   */
  async function notePassedOver(ctx: ButtonCtx, picked: FaqEntry): Promise<void> {
    const { q } = (await answeredQuestion(ctx)) ?? {};
    if (!q?.entry || q.entry === picked.id || q.user !== `${ctx.user.channel}:${ctx.user.id}`) return;
    const gap = gapOf(q.question);
    if (!gap) return;
    const counted = await ctx.deps.store.faq.logGap(gap, {
      text: q.question.slice(0, GAP_MAX_CHARS),
      kind: 'skipped',
      entry: q.entry,
      pick: { entry: picked.id, picker: q.user },
      now: ctx.deps.now().getTime(),
    });
    if (counted) ctx.log.info({ entry: q.entry, picked: picked.id }, 'faq answer passed over');
  }

  /** After a 👎: count the question as a gap and offer to pass it to the branch. */
  async function offerPass(ctx: ButtonCtx, entry: FaqEntry): Promise<void> {
    const found = await answeredQuestion(ctx);
    if (!found) return;
    const { id, q } = found;
    const gap = gapOf(q.question);
    if (gap)
      await ctx.deps.store.faq.logGap(gap, {
        text: q.question.slice(0, GAP_MAX_CHARS),
        kind: 'down',
        entry: entry.id,
        now: ctx.deps.now().getTime(),
      });
    if (q.status !== 'pending') return;
    const pack = ctx.deps.content.get();
    await ctx.reply({
      text: [ctx.t('faq-down-offer', { branch: branchName(pack, q.branch ?? '', ctx.locale) })],
      buttons: [[{ label: ctx.t('faq-btn-pass'), data: `faq:pass:${id}` }]],
    });
  }

  async function faqButton(ctx: ButtonCtx, payload: string): Promise<void> {
    const [action, arg = ''] = splitOnce(payload);
    if (action === 'show') {
      const [entryId = '', pendingId] = arg.split(':');
      const entry = ctx.deps.content.get().faq.find((e) => e.id === entryId);
      if (!entry) return ctx.answer(ctx.t('error-button-expired'), true);
      await ctx.answer();
      if (pendingId) await notePick(ctx, pendingId, entry);
      else await notePassedOver(ctx, entry);
      await ctx.reply(answerCard(ctx.t, entry, ctx.locale));
      return;
    }
    if (action === 'pass') return pass(ctx, arg);
    if (action === 'rep') return reportQuestion(ctx, arg);
    if (action === 'repa') return reportAnswered(ctx);
    if (action === 'help') {
      await ctx.answer();
      await ctx.reply({ text: [ctx.t('faq-ask-usage', { place: placeFor(ctx) })] });
      return;
    }
    await ctx.answer(ctx.t('error-button-expired'), true);
  }

  async function pass(ctx: ButtonCtx, id: string): Promise<void> {
    const pack = ctx.deps.content.get();
    const district = pack.branches.find((b) => b.kind === 'district')!;
    const store = ctx.deps.store.faq;
    const r = await store.pass(
      id,
      ctx.deps.now().getTime(),
      pack.branches.map((b) => b.id),
      district.id,
    );
    if (r.result === 'missing') return ctx.answer(ctx.t('faq-pass-expired'), true);
    const name = branchName(pack, r.branch ?? district.id, ctx.locale);
    if (r.result === 'passed') return ctx.answer(ctx.t('faq-pass-already', { branch: name }), true);
    const branch = pack.branches.find((b) => b.id === r.branch) ?? district;
    const q = await store.question(id);
    if (q) await handoff(ctx).question({ branch, question: q, channel: ctx.in.chat.address.channel });
    ctx.log.info({ branch: branch.id }, 'faq question passed to branch');
    await ctx.answer(ctx.t('faq-passed', { branch: name }));
  }

  /** "Report this": the kept question's words start a report — only for the worker who asked it. */
  async function reportQuestion(ctx: ButtonCtx, id: string): Promise<void> {
    await reportKept(ctx, await ctx.deps.store.faq.question(id));
  }

  /** "Report this" under an answer: the question is the one the pressed message answered. */
  async function reportAnswered(ctx: ButtonCtx): Promise<void> {
    await reportKept(ctx, (await answeredQuestion(ctx))?.q);
  }

  async function reportKept(ctx: ButtonCtx, q: StoredQuestion | undefined): Promise<void> {
    if (!q || !options.reportWords) return ctx.answer(ctx.t('faq-pass-expired'), true);
    if (q.user !== `${ctx.user.channel}:${ctx.user.id}`)
      return ctx.answer(ctx.t('error-button-expired'), true);
    await ctx.answer();
    await options.reportWords(ctx, q.question);
  }

  async function stationButton(ctx: ButtonCtx, payload: string): Promise<void> {
    const [action, arg = ''] = splitOnce(payload);
    const pack = ctx.deps.content.get();
    if (action === 'r') return report(ctx, arg);
    if (action === 'p') {
      const station = pack.stations.find((s) => s.id === arg);
      if (!station) return ctx.answer(ctx.t('error-button-expired'), true);
      await ctx.answer();
      await ctx.reply(stationProblemsCard(ctx.t, station, ctx.locale));
      return;
    }
    if (action === 'all') {
      await ctx.answer();
      await ctx.reply(
        allStationsCard(
          ctx.t,
          forLocale(ctx.locale, pack.settings.district.name),
          pack.stations,
          Number(arg) || 0,
          8,
          ctx.locale,
        ),
      );
      return;
    }
    if (action === 'list') {
      await ctx.answer();
      await listStations(ctx);
      return;
    }
    await ctx.answer(ctx.t('error-button-expired'), true);
  }

  async function report(ctx: ButtonCtx, arg: string): Promise<void> {
    const m = /^(.+):(closed|nowater|full)$/.exec(arg);
    const pack = ctx.deps.content.get();
    const station = m && pack.stations.find((s) => s.id === m[1]);
    if (!m || !station) return ctx.answer(ctx.t('error-button-expired'), true);
    const problem = m[2] as StationProblem;
    const date = localDay(ctx.deps.now(), ctx.deps.timezone).date;
    const r = await ctx.deps.store.faq.reportStation(station.id, date, problem, voter(ctx));
    if (!r.counted) return ctx.answer(ctx.t('faq-report-already'));
    const branch =
      pack.branches.find((b) => b.id === station.branch) ?? pack.branches.find((b) => b.kind === 'district')!;
    await handoff(ctx).stationProblem({
      station,
      branch,
      problem,
      count: r.count,
      channel: ctx.in.chat.address.channel,
    });
    ctx.log.info({ station: station.id, problem, count: r.count }, 'station problem reported');
    await ctx.answer(ctx.t('faq-report-thanks'));
  }

  /** A private Telegram chat can share a location in one tap: offered on its own message (one keyboard each). */
  const canRequestLocation = (ctx: Ctx) =>
    ctx.in.chat.address.channel === 'telegram' && ctx.in.chat.kind === 'private';

  /** Each platform's own way to share a location, for the station card (none where the button does it). */
  function locationHint(ctx: Ctx): { locationHint?: string } {
    if (canRequestLocation(ctx)) return {};
    const id =
      ctx.in.chat.address.channel === 'telegram'
        ? 'faq-stations-share-location'
        : 'faq-stations-share-location-place';
    return { locationHint: ctx.t(id, { place: placeFor(ctx) }) };
  }

  async function offerLocationButton(ctx: Ctx): Promise<void> {
    if (!canRequestLocation(ctx)) return;
    await ctx.reply({
      text: [ctx.t('faq-stations-share-location-button', { place: placeFor(ctx) })],
      requestLocation: ctx.t('faq-btn-send-location'),
    });
  }

  /** Stations with no place known: open ones first, and how to share a location. */
  async function listStations(ctx: Ctx): Promise<void> {
    const results = nearestStations(ctx.deps.content.get().stations, {
      services: [],
      now: ctx.deps.now(),
      timeZone: ctx.deps.timezone,
    });
    const ids = numberedStations(results).map((s) => s.id);
    await keepList(ctx, ids);
    await ctx.reply(
      stationCard(ctx.t, {
        results,
        services: [],
        allDay: false,
        located: false,
        reports: await reports(ctx, ids),
        locale: ctx.locale,
        ...locationHint(ctx),
      }),
    );
    await offerLocationButton(ctx);
    await ctx.setDialog('faq', 'await-location', {
      services: [],
      allDay: false,
      at: ctx.deps.now().getTime(),
    });
  }

  return {
    name: 'faq',
    answerAside,
    commands: [
      {
        name: 'ask',
        description: 'cmd-ask',
        scope: 'all',
        run: async (ctx, args) => {
          if (staffChat(ctx)) return void (await ctx.reply({ text: [ctx.t('faq-staff-chat')] }));
          if (!args.trim())
            return void (await ctx.reply({ text: [ctx.t('faq-ask-usage', { place: placeFor(ctx) })] }));
          await respond(ctx, args);
        },
      },
      { name: 'stations', description: 'cmd-stations', scope: 'all', run: (ctx) => listStations(ctx) },
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
      await ctx.clearDialog();
      const d = dialog.data as { services?: unknown; allDay?: unknown; at?: unknown };
      const fresh = typeof d.at === 'number' && ctx.deps.now().getTime() - d.at < LOCATION_WAIT_MS;
      const services =
        fresh && Array.isArray(d.services)
          ? d.services.filter((s): s is Service => (STATION_SERVICES as readonly unknown[]).includes(s))
          : [];
      if (ctx.in.location) {
        await respond(ctx, ctx.in.text, {
          location: ctx.in.location,
          services,
          allDay: fresh && d.allDay === true,
        });
        return;
      }
      // Anything else is a new message, read as any is (a photo may be for an open report).
      return false;
    },
    helpButtons: (ctx) => [
      { label: ctx.t('faq-help-ask'), data: 'faq:help' },
      { label: ctx.t('faq-help-stations'), data: 'stn:list' },
    ],
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** What the pack says a station charges for, when whether it costs was asked. */
function feeOf(pack: ContentPack, station: Station, asked: boolean): { feeSaid?: string } {
  const said = asked ? feeSaid(pack, station) : undefined;
  return said ? { feeSaid: said } : {};
}

function splitOnce(s: string): [string, string | undefined] {
  const i = s.indexOf(':');
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}
