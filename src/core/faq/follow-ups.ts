/**
 * Follow-ups that name no topic of their own, read against the same person's last question in the same chat
 * within `TOPIC_WINDOW_S`: "那要钱吗", "有厕所吗", "明天呢" after one station's card are asked of that station;
 * "那要钱吗", "在哪办" after any question with a topic are asked as both together. The topic is kept with its
 * numbers masked.
 */
import type { Ctx, MessageCtx } from '../feature.js';
import { maskText } from '../mask.js';
import { askedLines, stationDetailCard } from '../stations/cards.js';
import { followUpAsks } from '../stations/follow-up.js';
import { localDay, openStatus } from '../stations/hours.js';
import type { Answer } from './answer.js';
import type { Asker } from './ask.js';
import { feeOf, keepList, reports } from './station-replies.js';

/** How long a question's topic carries over to a follow-up that names none ("那要钱吗"). */
const TOPIC_WINDOW_S = 10 * 60;

type AskerOf = (ctx: Ctx) => Promise<Asker>;

/** This person's last question here that named its topic, while it is recent enough to follow. */
async function recentTopic(ctx: Ctx, now: Date) {
  const { channel, chatId } = ctx.in.chat.address;
  const topic = await ctx.deps.store.faq.topic(channel, chatId, ctx.user.id);
  // Redis forgets it after the window; the app's clock decides too (a process may run a clock of its own).
  if (!topic || now.getTime() - topic.at > TOPIC_WINDOW_S * 1000) return undefined;
  return topic;
}

/**
 * A short follow-up after one station's card ("那要钱吗", "有厕所吗", "明天呢", "is it free"), from the same person in
 * the same chat within `TOPIC_WINDOW_S`: answered of that station, first, then its card in full. False when the
 * last question named no one station or this one asks something else.
 */
export async function askOfStation(ctx: MessageCtx, text: string, asker: AskerOf): Promise<boolean> {
  const now = ctx.deps.now();
  const topic = await recentTopic(ctx, now);
  if (!topic) return false;
  const a = await asker(ctx);
  const before = a.ask(topic.question, { now, timeZone: ctx.deps.timezone });
  const pack = ctx.deps.content.get();
  const station =
    before.kind === 'stations' && before.named ? pack.stations.find((s) => s.id === before.named) : undefined;
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
export async function keepTopic(ctx: Ctx, text: string): Promise<void> {
  const { channel, chatId } = ctx.in.chat.address;
  const topic = { question: maskText(text), at: ctx.deps.now().getTime() };
  await ctx.deps.store.faq.keepTopic(channel, chatId, ctx.user.id, topic, TOPIC_WINDOW_S);
}

/**
 * A question with no topic of its own ("那要钱吗", "要带什么", "在哪办") after one that had a topic, from the same
 * person in the same chat within `TOPIC_WINDOW_S`: asked as both together. Undefined (the worker is asked what
 * about) when there is no such question or both together find nothing.
 */
export async function followUp(
  ctx: Ctx,
  text: string,
  asking: Parameters<Asker['ask']>[1],
  asker: AskerOf,
): Promise<{ question: string; answer: Answer } | undefined> {
  const topic = await recentTopic(ctx, ctx.deps.now());
  if (!topic) return undefined;
  const question = `${topic.question} ${text.trim()}`;
  const answer = (await asker(ctx)).ask(question, asking);
  return answer.kind === 'faq' || answer.kind === 'weak' || answer.kind === 'stations'
    ? { question, answer }
    : undefined;
}
