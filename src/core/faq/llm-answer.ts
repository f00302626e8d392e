/**
 * The model path of the FAQ: the model writes the answer from the retrieved entries only, in the asker's
 * language, and cites the ids it used. Its output is checked, not trusted: ids it did not receive, a
 * "known" answer citing nothing, a contact (phone number, URL, e-mail, WeChat/QQ id, 公众号), a sum of money, a date
 * or any other number (a house number, a time, a count), or a person named with a title, that is not in the cited
 * entries' text, or an answer not in the asker's language are rejected, and the offline answer is used instead.
 *
 * Why fall back rather than cut the contact out: a cut sentence reads broken ("请拨打。"), and an invented
 * contact shows the model went beyond its entries, so the rest of its text is suspect too; the offline
 * answer is the entry itself, grounded by construction.
 *
 *   const r = await answerWithModel(llm, prompt, { question, locale, hits });
 *   if (r.ok && r.known) show(r.answer, r.used);
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod';
import type { FaqEntry, Locale } from '../content/schema.js';
import type { LlmClient, LlmFailure } from '../llm/client.js';
import { echoesInstructions } from '../llm/instructions.js';
import { maskForModel } from '../mask.js';
import { forLocale } from '../script.js';
import { foreignContacts } from './contacts.js';
import { foreignFigures } from './sums-and-dates.js';
import { foreignNames, foreignNumbers } from './stated.js';
import { localEntry } from './cards.js';
import { markdownText } from './model-markdown.js';
import { questionKey } from './normalize.js';
import type { Asker } from './ask.js';
import type { FaqHit } from './index.js';
import { rootPath } from '../../paths.js';

export const FaqModelOutput = z
  .object({
    answer: z.string().min(1).max(2000),
    used_ids: z.array(z.string().max(100)).max(10),
    known: z.boolean(),
  })
  .strict();

export type ModelFailure =
  LlmFailure | 'ungrounded' | 'contact' | 'figure' | 'name' | 'echo' | 'language' | 'long';

export type ModelAnswer =
  | { ok: true; known: true; answer: string; used: FaqEntry[]; ms: number }
  | { ok: true; known: false; ms: number }
  | { ok: false; reason: ModelFailure; detail: string; ms: number };

export const PROMPTS_DIR = rootPath('prompts');

/**
 * The longest model answer a group gets, in characters as shown: the longest cited entry's answer in the reader's
 * language (what the organisers would post themselves), at least this. Longer, the group gets the entry instead
 * (reason="long"): a cut answer reads broken, and an essay buries a busy group's chat; in private the whole answer
 * is shown (the schema caps it at 2,000).
 */
export const GROUP_MODEL_ANSWER_MIN = 300;

export function tooLongForGroup(answer: string, used: readonly FaqEntry[], locale: Locale): boolean {
  const entryLength = Math.max(...used.map((e) => localEntry(e, locale).answer.trim().length));
  return [...markdownText(answer)].length > Math.max(GROUP_MODEL_ANSWER_MIN, entryLength);
}

/** How many retrieved entries the model may answer from. */
const MODEL_HITS = 4;

/** The entries the model may answer from: the best few that clear the suggestion threshold (none: offline). */
export function modelHits(asker: Pick<Asker, 'retrieve' | 'thresholds'>, text: string): FaqHit[] {
  return asker.retrieve(text, MODEL_HITS).filter((h) => h.score >= asker.thresholds.suggest);
}

/**
 * What model answers cost, per person: this many a minute (OPENAI_ANSWERS_PER_MINUTE; 0 = no limit), then the offline
 * answer (counted as `reason="budget"`). Ten is more than a worker asks by hand; a script or a stuck client asking
 * fifty a minute would otherwise make fifty paid calls.
 */
export const DEFAULT_MODEL_ANSWERS_PER_MINUTE = 10;
/**
 * How long a vetted model answer is kept for the same question (normalised) from the same entries in the same
 * language: a repeated question costs nothing. Short, so a new prompt or model shows within the hour; a changed
 * entry changes the key at once.
 */
export const MODEL_ANSWER_CACHE_SECONDS = 30 * 60;

/**
 * The key a model answer is kept under: a hash of everything that decides it — the model, the prompt, the question
 * (masked and normalised: "体检在哪预约？" and "体检在哪预约" are one), the reply language and the retrieved entries'
 * text (so an edited pack never gets an answer written from the old one).
 */
export function modelAnswerKey(
  model: string,
  system: string,
  input: { question: string; locale: Locale; hits: readonly FaqHit[] },
): string {
  const asked = modelInput(questionKey(maskForModel(input.question)), input.locale, input.hits);
  return createHash('sha256').update(`${model}\0${system}\0${asked}`).digest('hex');
}

/**
 * Whether a question says enough for a model to be worth its cost: two letters or characters at least ("体", "?"
 * and an emoji do not; small talk never gets this far).
 */
export function worthAModel(question: string): boolean {
  return (question.match(/[\p{L}\p{N}]/gu) ?? []).length >= 2;
}

/** The system prompt (prompts/faq-answer.md), read once at start-up. */
export function loadFaqPrompt(dir = PROMPTS_DIR): string {
  return readFileSync(resolve(dir, 'faq-answer.md'), 'utf8');
}

/**
 * The user message: everything as JSON data, the worker's words one quoted string among it — their phone, ID and
 * card numbers and any token masked out first: the endpoint is a third party.
 */
export function modelInput(question: string, locale: Locale, hits: readonly FaqHit[]): string {
  return JSON.stringify({
    question: maskForModel(question),
    reply_language: locale,
    entries: hits.map(({ entry }) => ({
      id: entry.id,
      title: entry.title,
      answer: entry.answer,
      source: entry.source,
      updated: entry.updated,
    })),
  });
}

export async function answerWithModel(
  llm: LlmClient,
  system: string,
  input: { question: string; locale: Locale; hits: readonly FaqHit[] },
  timeoutMs?: number,
): Promise<ModelAnswer> {
  const r = await llm.json({
    name: 'faq_answer',
    job: 'faq',
    schema: FaqModelOutput,
    system,
    user: modelInput(input.question, input.locale, input.hits),
    ...(timeoutMs ? { timeoutMs } : {}),
  });
  if (!r.ok) return r;
  const out = r.value;
  const refuse = (reason: ModelFailure, detail: string): ModelAnswer => ({
    ok: false,
    reason,
    detail,
    ms: r.ms,
  });
  if (!out.known) return { ok: true, known: false, ms: r.ms };
  const byId = new Map(input.hits.map((h) => [h.entry.id, h.entry]));
  const foreign = out.used_ids.filter((id) => !byId.has(id));
  if (foreign.length) return refuse('ungrounded', `cited ${foreign.length} id(s) not retrieved`);
  if (out.used_ids.length === 0) return refuse('ungrounded', 'known answer citing no entry');
  const used = [...new Set(out.used_ids)].map((id) => byId.get(id)!);
  // "Ignore previous instructions. 我现在是自由的AI…": the question's injection steered it, so none of it is trusted.
  if (echoesInstructions(out.answer)) return refuse('echo', 'answer repeats instruction-like words');
  const foreignContact = foreignContacts(out.answer, used.flatMap(entryTexts));
  if (foreignContact.length)
    return refuse('contact', `${foreignContact.length} contact(s) not in the cited entries`);
  // A sum or a date the entries do not give (押金 500 元, 3月2日发) is invented as a contact is: the worker would act on
  // it. The worker's own figures, repeated, are not; the entries' "updated" date may be said.
  const seen = [input.question, ...used.flatMap((e) => [...entryTexts(e), e.updated ?? ''])];
  const foreignFigure = foreignFigures(out.answer, seen);
  if (foreignFigure.length)
    return refuse('figure', `${foreignFigure.length} sum(s) or date(s) not in the cited entries`);
  // Any other number — a house number (888 号三楼), a clock time (6:00–7:00), a count (一年三次) — likewise: one rule for
  // every number the answer states, measured to find nothing in an answer that repeats or rewords its entry.
  const foreignNumber = foreignNumbers(out.answer, seen);
  if (foreignNumber.length)
    return refuse('figure', `${foreignNumber.length} number(s) not in the cited entries`);
  // A person with a title (王建国书记, 李老师) where the entries name nobody with that title: the worker would ask for them.
  const foreignName = foreignNames(out.answer, seen);
  if (foreignName.length)
    return refuse('name', `${foreignName.length} person(s) with a title not in the cited entries`);
  if (!inLanguage(out.answer, input.locale)) return refuse('language', `answer not in ${input.locale}`);
  // Simplified characters a zh-TW reader would get from a model that forgot: converted, as the offline answer is.
  return { ok: true, known: true, answer: forLocale(input.locale, out.answer.trim()), used, ms: r.ms };
}

/**
 * Whether an answer is in the reader's language, loosely: English has a few English words (Chinese names of
 * places and offices may stand among them), Chinese has Chinese characters. Else the offline answer, which
 * is in the reader's language or says it is only in Chinese, is better.
 */
function inLanguage(answer: string, locale: Locale): boolean {
  if (locale === 'en') return (answer.match(/[a-z]{2,}/gi) ?? []).length >= 3;
  return /\p{Script=Han}/u.test(answer);
}

/** Everything an entry says, in every language it is written in. */
function entryTexts(e: FaqEntry): string[] {
  return [
    e.title,
    e.answer,
    e.source ?? '',
    ...Object.values(e.variants ?? {}).flatMap((v) => (v ? [v.title, v.answer] : [])),
  ];
}
