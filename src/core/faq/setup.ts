/**
 * What the parts of the FAQ feature share, built once by `faqFeature` (feature.ts): its options, the pack's
 * asker with its learned examples, the handoff to branches and, when an endpoint is configured, the model —
 * and the small rules every part reads the same way (a staff chat, a gap's key, a person's id, a place hint).
 */
import type { Ctx, MessageCtx } from '../feature.js';
import type { LlmClient } from '../llm/client.js';
import { staffChatOf } from '../identity.js';
import { maskDigitRuns, maskText } from '../mask.js';
import { examplePlace } from '../stations/example-place.js';
import type { Service } from '../stations/query.js';
import type { GeoPoint } from '../types.js';
import type { AskOptions } from './answer.js';
import type { Asker } from './ask.js';
import type { FaqFeatureOptions } from './feature.js';
import type { Handoff } from './handoff.js';
import { questionKey } from './normalize.js';

export interface FaqSetup {
  options: FaqFeatureOptions;
  /** The pack's asker with its learned examples; one version read per question keeps processes in step. */
  asker(ctx: Ctx): Promise<Asker>;
  /** Where passed questions and station problems go. */
  handoff(ctx: Ctx): Handoff;
  /** The model that writes answers from retrieved entries, when configured; `prompt` is its system prompt. */
  llm?: LlmClient;
  prompt: string;
}

export const GAP_MAX_CHARS = 200;
/** Phone and ID numbers masked, and every run of six digits or more hidden whole (see `gapText`). */
const numbersHidden = (question: string): string => maskDigitRuns(maskText(question));
/**
 * What the gap log keeps of a question, to show in /gaps, on the board and in what is exported from them: masked
 * (maskText), and every run of six digits or more hidden whole — the pieces of a number that stopped short of it
 * ("我身份证号是，110101，19900307，12") are no number the mask knows, yet name the person (mask.ts `maskDigitRuns`).
 */
export const gapText = (question: string): string => numbersHidden(question).slice(0, GAP_MAX_CHARS);
/** What /gaps counts a question as: its numbers hidden as in its gap text, normalised, then cut to size. */
export const gapOf = (question: string): string =>
  questionKey(numbersHidden(question)).slice(0, GAP_MAX_CHARS);

/** A landmark of the pack's own district for "name a place, e.g. …" hints. */
export const placeFor = (ctx: Ctx): string => examplePlace(ctx.deps.content.get(), ctx.locale);

/** Triage chats and the escalation chat: staff talk there; nothing said there is a worker's question. */
export function staffChat(ctx: Ctx): boolean {
  const chat = ctx.in.chat;
  if (chat.kind === 'private') return false;
  return !!staffChatOf(ctx.deps.content.get(), chat.address.channel, chat.address.chatId);
}

/** What a message brings besides its words: a shared location, and the filter a station card asked it for. */
export interface AskExtra {
  location?: GeoPoint;
  services?: Service[];
  allDay?: boolean;
}

/**
 * How a question is asked of the pack now, in the app's time zone, with what the message brought besides its words:
 * one rule, so an answer asked ahead (`/stations 五角场`: is it a place?) is the one `respond` would have asked.
 */
export const askingNow = (ctx: Ctx, extra: AskExtra = {}): AskOptions => ({
  now: ctx.deps.now(),
  timeZone: ctx.deps.timezone,
  ...extra,
});

/** Answer one question (or one shared location) in the chat it came from (reply.ts). */
export type Respond = (ctx: MessageCtx, text: string, extra?: AskExtra) => Promise<void>;

/** `a:b:c` → [`a`, `b:c`]: a button's action and the rest of its payload. */
export function splitOnce(s: string): [string, string | undefined] {
  const i = s.indexOf(':');
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}
