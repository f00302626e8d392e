/**
 * The worker's report, step by step, in the private chat: describe (text or voice; photos and a location
 * as evidence) → the proposed category (one tap to change) → anonymous or not → consent to be contacted →
 * a summary to confirm → the receipt. The draft lives in the dialog (Redis), so it survives a restart;
 * /cancel drops it. Filing is idempotent per draft id: a repeated "submit" finds the ticket it made.
 *
 * In a group, /report asks nothing: it answers with a one-tap link into the private chat whose payload
 * is an opaque token for the group, so the report knows its branch without saying anything in public.
 *
 * With an endpoint configured a voice note is also transcribed (kit.transcribe): its words join the text
 * as if typed and are shown back to the worker at once, and again on the summary, where "start over"
 * corrects them. The voice note stays as evidence either way; a failed transcription only costs the words.
 */
import { randomBytes } from 'node:crypto';
import * as z from 'zod';
import { bold, italic, type Button, type Card, type Span } from '../card.js';
import { URGENCIES, type ContentPack, type Locale } from '../content/schema.js';
import type { ButtonCtx, CoreDeps, Ctx, MessageCtx } from '../feature.js';
import type { Logger } from '../logger.js';
import type { Channel } from '../types.js';
import { ellipsis, hasWords, MAX_INPUT } from '../text.js';
import { localDate } from '../zoned.js';
import { chatKey } from '../ports/groups.js';
import type { Dialog } from '../ports/dialogs.js';
import type { TicketFile, TicketUrgency } from '../ports/tickets.js';
import { areaAt, detectArea, maxUrgency, normaliseReportText } from './classify.js';
import { decideCategory, HOUR, numberPrefix, outOfReports, reportAllowance } from './decide.js';
import { emergencySignals } from './emergency.js';
import { routeReport } from './route.js';
import type { ReportsKit } from './kit.js';
import { countSimilar, SIMILAR_WINDOW_MS } from './similar.js';
import { branchLabel, categoryName, emergencyBlock, emergencyLine, urgencyText, type View } from './views.js';
import { maskText } from '../mask.js';

export { HOUR };
/** Evidence files one report keeps. */
const MAX_FILES = 10;

export interface Draft {
  id: string;
  origin?: { chat: string; branch: string };
  text: string;
  files: TicketFile[];
  location?: { lat: number; lon: number };
  category?: string;
  urgency?: TicketUrgency;
  confidence?: number;
  /** A model's one-line summary of the text, when a model classified it. */
  summary?: string;
  anonymous?: boolean;
  contact?: boolean;
  truncated?: boolean;
  /** The closed ticket whose reporter told of danger after it closed (see worker.ts `fileAfterClosed`). */
  follows?: string;
  /** The last question asked mid-report and answered by the FAQ: one tap adds it to the report after all. */
  aside?: string;
}

/** The draft as kept in the dialog, checked when read back (a stale or foreign shape counts as none). */
const DraftSchema = z.object({
  id: z.string(),
  origin: z.object({ chat: z.string(), branch: z.string() }).optional(),
  text: z.string(),
  files: z.array(z.object({ kind: z.string(), fileId: z.string() })),
  location: z.object({ lat: z.number(), lon: z.number() }).optional(),
  category: z.string().optional(),
  urgency: z.enum(['normal', 'urgent', 'emergency']).optional(),
  confidence: z.number().optional(),
  summary: z.string().optional(),
  anonymous: z.boolean().optional(),
  contact: z.boolean().optional(),
  truncated: z.boolean().optional(),
  follows: z.string().optional(),
  aside: z.string().optional(),
}) satisfies z.ZodType<Draft>;

type Step = 'describe' | 'category' | 'anon' | 'contact' | 'confirm';

export function viewOf(ctx: Ctx): View {
  return {
    t: ctx.t,
    locale: ctx.locale,
    pack: ctx.deps.content.get(),
    tz: ctx.deps.timezone,
    now: ctx.deps.now().getTime(),
  };
}

const newDraftId = () => randomBytes(6).toString('base64url').replace(/[-_]/g, 'x');

/** Callback data of an intake choice, bound to one draft so a stale button cannot touch a newer one. */
const choice = (draft: Draft, op: string, arg?: string) =>
  `rp:${draft.id}:${op}${arg === undefined ? '' : `:${arg}`}`;

function draftOf(dialog: Dialog | undefined): Draft | undefined {
  if (!dialog || dialog.feature !== 'reports') return undefined;
  const parsed = DraftSchema.safeParse(dialog.data.draft);
  return parsed.success ? parsed.data : undefined;
}

const owner = (ctx: Ctx) => ({
  channel: ctx.in.chat.address.channel,
  chatId: ctx.in.chat.address.chatId,
  userId: ctx.user.id,
});

async function save(ctx: Ctx, step: Step, draft: Draft): Promise<void> {
  await ctx.setDialog('reports', step, { draft });
}

function rateLimitedCard(ctx: Ctx): Card {
  const pack = ctx.deps.content.get();
  return {
    text: [
      ctx.t('report-rate-limited', { limit: pack.settings.reportsPerHour }),
      '\n',
      ctx.t('report-emergency-title'),
      '\n',
      emergencyLine(pack, [], ctx),
      '\n',
      ctx.t('report-rate-limited-danger'),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Entry points

/** How long words told in a group (or too long for the FAQ) wait for the private report. */
const KEPT_WORDS_SECONDS = 30 * 60;

const personOf = (ctx: Ctx) => `${ctx.user.channel}:${ctx.user.id}`;

/**
 * Words told where they cannot be reported ("/report 站点扣了我500块…" in a group, an emergency told there, a story
 * too long for the FAQ): kept server-side for half an hour, so the private report starts with them. Never echoed.
 */
export async function keepWordsForReport(ctx: Ctx, words: string | undefined): Promise<boolean> {
  if (!words || !hasWords(words)) return false;
  const address = ctx.in.chat.address;
  const chat = ctx.in.chat.kind === 'private' ? undefined : chatKey(address.channel, address.chatId);
  await ctx.deps.store.reportLinks.keepWords(
    personOf(ctx),
    { text: words.slice(0, MAX_INPUT), ...(chat ? { chat } : {}) },
    KEPT_WORDS_SECONDS,
  );
  return true;
}

/**
 * /report in a group: the one-tap link into the private chat (nothing asked in public). Words said with it are
 * kept for the private report, and the group is told they will be there (not shown again in the group).
 */
export async function offerPrivateLink(ctx: Ctx, words?: string): Promise<void> {
  const address = ctx.in.chat.address;
  const token = await ctx.deps.store.reportLinks.tokenFor(chatKey(address.channel, address.chatId));
  const url = ctx.deps.outbox.privateLink(address.channel, `report-${token}`);
  const kept = url ? await keepWordsForReport(ctx, words) : false;
  const card: Card = url
    ? {
        text: [ctx.t('report-group-link'), ...(kept ? ['\n', ctx.t('report-group-words-kept')] : [])],
        buttons: [[{ label: ctx.t('report-btn-open-private'), url }]],
      }
    : { text: [ctx.t('report-group-no-link')] };
  await ctx.reply(card);
}

/**
 * "我想反映个问题" said in words: in private, what reporting is and a button that starts it; in a group, the
 * private link (/report's answer there).
 */
export async function offerReport(ctx: Ctx): Promise<void> {
  if (ctx.in.chat.kind !== 'private') return offerPrivateLink(ctx);
  await ctx.reply({ text: [ctx.t('report-offer')], buttons: [[reportButton(ctx, 'new')]] });
}

/** The button that starts a report in private (`new`) or offers the private link in a group (`link`). */
export function reportButton(ctx: Ctx, where: 'new' | 'link'): Button {
  return { label: ctx.t('report-help-button'), data: `rs:${where}` };
}

/**
 * The deep link from a group (`/start report-<token>`): start with the group's branch as the origin — and with the
 * words the worker told there, if they are still kept (classified at once).
 */
export async function startFromLink(ctx: MessageCtx, token: string, kit: ReportsKit): Promise<void> {
  const chat = token ? await ctx.deps.store.reportLinks.chatOf(token) : undefined;
  const binding = chat ? await ctx.deps.store.groups.get(chat) : undefined;
  const origin = chat ? { chat, branch: binding?.branch ?? '' } : undefined;
  const kept =
    ctx.in.chat.kind === 'private' ? await ctx.deps.store.reportLinks.takeWords(personOf(ctx)) : undefined;
  if (!kept || kept.chat !== chat) return startIntake(ctx, origin);
  if (await offeredOpenDraft(ctx, origin)) return;
  await begin(ctx, origin, { text: kept.text, files: [], kit });
}

/** "📝 反映这个问题" under a story too long for the FAQ: the report starts with its kept words. */
export async function reportKeptWords(ctx: Ctx, kit: ReportsKit): Promise<void> {
  const kept = await ctx.deps.store.reportLinks.takeWords(personOf(ctx));
  if (!kept) return startIntake(ctx);
  await reportWords(ctx, kept.text, kit);
}

type Origin = { chat: string; branch: string };
const OriginSchema = z.object({ chat: z.string(), branch: z.string() });

export async function startIntake(ctx: Ctx, origin?: Origin): Promise<void> {
  if (ctx.in.chat.kind !== 'private') return offerPrivateLink(ctx);
  if (await offeredOpenDraft(ctx, origin)) return;
  await begin(ctx, origin);
}

/**
 * A problem the worker told the FAQ in words ("这个驿站门口的充电桩坏了") and chose to report: the report starts with
 * those words, classified at once. A half-written report is offered first, as /report does.
 */
export async function reportWords(ctx: Ctx, text: string, kit: ReportsKit): Promise<void> {
  await reportWithContent(ctx, { text, files: [] }, kit);
}

/** The same with files too (a photo sent after filing, reported anew: followup.ts). */
export async function reportWithContent(
  ctx: Ctx,
  content: { text: string; files: TicketFile[] },
  kit: ReportsKit,
): Promise<void> {
  if (ctx.in.chat.kind !== 'private') return offerPrivateLink(ctx);
  if (await offeredOpenDraft(ctx)) return;
  await begin(ctx, undefined, { ...content, kit });
}

/** A half-written report with something in it is offered (carry on or start again) before a new one: true then. */
async function offeredOpenDraft(ctx: Ctx, origin?: Origin): Promise<boolean> {
  const dialog = await ctx.deps.store.dialogs.get(owner(ctx));
  const open = draftOf(dialog);
  if (!dialog || !open || !INTAKE_STEPS.has(dialog.step) || !hasContent(open)) return false;
  await offerOpenDraft(ctx, dialog.step as Step, open, origin);
  return true;
}

/** Whether a draft holds anything the worker gave (words, files, a location). */
const hasContent = (draft: Draft): boolean => Boolean(draft.text || draft.files.length || draft.location);

/** Another command mid-report: a draft with something in it is kept, and the worker told so. */
export async function keepOpenDraft(ctx: Ctx, dialog: Dialog): Promise<boolean> {
  const draft = draftOf(dialog);
  if (!draft || !hasContent(draft)) return false;
  await ctx.reply({ text: [ctx.t('report-open-draft-kept')] });
  return true;
}

/**
 * A new draft and its first question — or, with `given` (a problem told to the FAQ, a photo sent after filing),
 * the draft started with those words and files: classified at once when there are words, else the words are
 * asked for. False when the worker is out of reports for the hour.
 */
async function begin(
  ctx: Ctx,
  origin?: Origin,
  given?: { text: string; files: TicketFile[]; kit: ReportsKit },
): Promise<boolean> {
  if (await outOfReports(ctx.deps, ctx.user)) {
    ctx.log.info({ user: ctx.user.id }, 'report refused: rate limit');
    await ctx.reply(rateLimitedCard(ctx));
    return false;
  }
  const draft: Draft = { id: newDraftId(), text: '', files: [], ...(origin ? { origin } : {}) };
  if (given) {
    draft.files = given.files.slice(0, MAX_FILES);
    if (hasWords(given.text)) appendText(draft, given.text);
  }
  if (given && draft.text) {
    await ctx.reply({ text: [bold(ctx.t('report-start-title')), '\n', ellipsis(draft.text, 120)] });
    await propose(ctx, draft, given.kit);
    return true;
  }
  if (given && draft.files.length) {
    // Files alone: kept, and a sentence asked for (as a photo sent first at the describe step is).
    await save(ctx, 'describe', draft);
    await ctx.reply({ text: [bold(ctx.t('report-start-title')), '\n', ctx.t('report-describe-more')] });
    return true;
  }
  await save(ctx, 'describe', draft);
  const pack = ctx.deps.content.get();
  const from = origin?.branch
    ? [ctx.t('report-start-origin', { branch: branchLabel(pack, origin.branch, ctx.locale) }), '\n']
    : [];
  await ctx.reply({ text: [bold(ctx.t('report-start-title')), '\n', ...from, ctx.t('report-start-body')] });
  return true;
}

const INTAKE_STEPS: ReadonlySet<string> = new Set<Step>([
  'describe',
  'category',
  'anon',
  'contact',
  'confirm',
]);

/**
 * /report (or the help button, or a group's link) while a report is half-written: carry on or drop it —
 * never dropped unsaid. The new start's origin waits beside the draft for "start again".
 */
async function offerOpenDraft(ctx: Ctx, step: Step, draft: Draft, origin?: Origin): Promise<void> {
  await ctx.setDialog('reports', step, { draft, ...(origin ? { restartFrom: origin } : {}) });
  const said = draft.text
    ? ellipsis(draft.text, 100)
    : ctx.t('report-open-draft-files', { count: draft.files.length + (draft.location ? 1 : 0) });
  await ctx.reply({
    text: [ctx.t('report-open-draft'), '\n', italic(said), '\n', ctx.t('report-open-draft-ask')],
    buttons: [
      [
        { label: ctx.t('report-btn-resume'), data: choice(draft, 'resume') },
        { label: ctx.t('report-btn-restart'), data: choice(draft, 'restart') },
      ],
    ],
  });
}

/**
 * A question telling of danger to a person right now, sent outside a report (to the bot in private, or
 * addressed to it in a group; the FAQ asks this first): the emergency numbers come first, at once, instead of an FAQ
 * answer. In private the words are kept as a report draft, so one tap files it as an emergency (or the
 * worker adds more); in a group the private link follows. False when the message is no emergency.
 */
export async function emergencyFirst(ctx: MessageCtx, text: string): Promise<boolean> {
  const m = ctx.in;
  if (!hasWords(text)) return false;
  const signals = signalsOf(text);
  if (!signals.length) return false;
  ctx.log.info({ signals }, 'emergency told outside a report: numbers first');
  const numbers = emergencyBlock(viewOf(ctx), signals);
  if (m.chat.kind !== 'private') {
    await ctx.reply({ text: [...numbers, ctx.t('report-sos-group')] });
    // The words go along: the private report starts with them, already an emergency.
    await offerPrivateLink(ctx, text);
    return true;
  }
  if (await outOfReports(ctx.deps, ctx.user, 'emergency')) {
    await ctx.reply({ text: [...numbers, ctx.t('report-sos-limited')] });
    return true;
  }
  const draft: Draft = { id: newDraftId(), text: '', files: [] };
  appendText(draft, text);
  await save(ctx, 'describe', draft);
  await ctx.reply({
    text: [...numbers, ctx.t('report-sos-body')],
    buttons: [[{ label: ctx.t('report-sos-file'), data: choice(draft, 'file') }]],
  });
  return true;
}

// ---------------------------------------------------------------------------------------------
// Messages during the intake

/** Add words to the draft's text, within the input limit (the worker is told when it is cut). */
function appendText(draft: Draft, text: string): void {
  draft.text = draft.text ? `${draft.text}\n${text}` : text;
  if (text.length >= MAX_INPUT || draft.text.length > MAX_INPUT) draft.truncated = true;
  draft.text = draft.text.slice(0, MAX_INPUT);
}

/** Add what a message carries to the draft; says what it was (and which voice notes it kept). */
function absorb(
  ctx: MessageCtx,
  draft: Draft,
): { text: boolean; voices: string[]; evidence: boolean; nothing: boolean } {
  const m = ctx.in;
  const words = hasWords(m.text);
  if (words) appendText(draft, m.text);
  const voices: string[] = [];
  let evidence = false;
  for (const a of m.attachments ?? []) {
    // A sticker says nothing a secretary can act on.
    if (a.kind === 'sticker' || draft.files.length >= MAX_FILES) continue;
    draft.files.push({ kind: a.kind, fileId: a.fileId });
    if (a.kind === 'voice') voices.push(a.fileId);
    else evidence = true;
  }
  if (m.location) {
    draft.location = { lat: m.location.lat, lon: m.location.lon };
    evidence = true;
  }
  return { text: words, voices, evidence, nothing: !words && !voices.length && !evidence };
}

/**
 * Transcribe the voice notes a message brought (only with an endpoint: `kit.transcribe`), add their words
 * to the text, and tell the worker what was heard — or that the voice note is kept for the secretary.
 * A failure costs nothing but the words: the voice note is already in the draft. True when words were added.
 */
async function hear(ctx: MessageCtx, draft: Draft, voices: string[], kit: ReportsKit): Promise<boolean> {
  if (!kit.transcribe || !voices.length) return false;
  const heard: string[] = [];
  await ctx.deps.outbox.typing?.(ctx.in.chat.address);
  for (const fileId of voices) {
    const words = await kit.transcribe(ctx.deps, ctx.in.chat.address.channel, fileId);
    if (words) heard.push(words);
  }
  if (!heard.length) return false;
  for (const words of heard) appendText(draft, words);
  await ctx.reply({
    text: [
      ctx.t('report-voice-heard'),
      '\n',
      italic(ellipsis(heard.join('\n'), 1000)),
      '\n\n',
      ctx.t('report-voice-heard-hint'),
    ],
  });
  return true;
}

export async function onIntakeMessage(ctx: MessageCtx, dialog: Dialog, kit: ReportsKit): Promise<void> {
  const draft = draftOf(dialog);
  if (!draft) {
    await ctx.clearDialog();
    return;
  }
  const step = dialog.step as Step;
  await keepCategoryCurrent(ctx, draft, kit);
  if (await answeredAside(ctx, step, draft, kit)) return;
  const got = absorb(ctx, draft);
  if (got.nothing) {
    await ctx.reply({ text: [ctx.t('report-describe-nothing')] });
    return;
  }
  // A transcribed voice note counts as words from here on.
  const heard = await hear(ctx, draft, got.voices, kit);
  if (got.voices.length && !heard) {
    // Voice that could not be read: kept as evidence, said so honestly, never "classified" from nothing.
    await save(ctx, step, draft);
    await ctx.reply(voiceKeptCard(ctx, draft, step, Boolean(kit.transcribe)));
    if (step !== 'describe') await ask(ctx, step, draft);
    return;
  }
  if (step === 'describe') {
    if (!draft.text) {
      // A photo or a location alone: keep it and ask for a sentence.
      await save(ctx, 'describe', draft);
      await ctx.reply({ text: [ctx.t('report-describe-more')] });
      return;
    }
    if (!/\p{L}/u.test(draft.text)) {
      // Only numbers so far (a phone number, an amount): kept, but nothing to sort a report by yet.
      await save(ctx, 'describe', draft);
      await ctx.reply({ text: [ctx.t('report-describe-words')] });
      return;
    }
    await propose(ctx, draft, kit);
    return;
  }
  // Later steps: more words or files join the draft, and the current question is asked again.
  if (step === 'category' && (got.text || heard)) return propose(ctx, draft, kit, { added: true });
  if (got.text || heard) await raiseUrgency(ctx, draft, kit);
  await save(ctx, step, draft);
  await ctx.reply({ text: [ctx.t('report-added')] });
  await ask(ctx, step, draft);
}

/**
 * A category the pack no longer has (the pack was edited and reloaded while the report was open) is decided
 * again from the words, never lowering the urgency: a report is not filed under a category nobody can see.
 */
async function keepCategoryCurrent(ctx: Ctx, draft: Draft, kit: ReportsKit): Promise<void> {
  const pack = ctx.deps.content.get();
  if (!draft.category || pack.categories.categories.some((c) => c.id === draft.category)) return;
  const c = await decideCategory(kit, pack, draft.text);
  draft.category = c.category;
  draft.urgency = maxUrgency(draft.urgency ?? 'normal', c.urgency);
  draft.confidence = c.confidence;
}

/** Steps where a typed line may be a question of its own rather than more of the report. */
const ASIDE_STEPS = new Set<Step>(['category', 'anon', 'confirm']);

/**
 * A question typed once the report is described ("骑手体检要钱吗" at the category step) is answered by the FAQ
 * when it answers it confidently, and kept out of the report — with one tap to add it after all; small talk
 * ("早", "谢谢", "好的") is not added either. Then the step is asked again, saying the draft is kept. Words of
 * danger or urgency never leave the report; neither do files, voice or places.
 */
async function answeredAside(ctx: MessageCtx, step: Step, draft: Draft, kit: ReportsKit): Promise<boolean> {
  const m = ctx.in;
  if (!kit.aside || !ASIDE_STEPS.has(step) || m.attachments?.length || m.location) return false;
  const text = m.text.trim();
  if (!hasWords(text) || kit.keywordUrgency(ctx.deps.content.get(), text)) return false;
  const aside = await kit.aside(ctx, text);
  if (!aside) return false;
  if (aside === 'talk') {
    await ctx.reply({ text: [ctx.t('report-aside-talk')] });
  } else {
    draft.aside = text.slice(0, MAX_INPUT);
    await save(ctx, step, draft);
    await ctx.reply({
      text: [ctx.t('report-aside-answered')],
      buttons: [[{ label: ctx.t('report-btn-add-aside'), data: choice(draft, 'aside') }]],
    });
  }
  await ask(ctx, step, draft);
  return true;
}

/** "Add it to my report": the question answered aside joins the report's words after all. */
async function addAside(ctx: ButtonCtx, step: Step, draft: Draft, kit: ReportsKit): Promise<void> {
  if (!draft.aside) return ctx.answer(ctx.t('error-button-expired'), true);
  await ctx.answer();
  appendText(draft, draft.aside);
  delete draft.aside;
  await ctx.record({ text: [ctx.t('report-added')] });
  if (step === 'category') return propose(ctx, draft, kit);
  await raiseUrgency(ctx, draft, kit);
  await save(ctx, step, draft);
  await ask(ctx, step, draft);
}

/**
 * Words added after the category was settled may tell of danger ("he is bleeding" at the anonymity
 * question): the urgency is raised from them — never lowered — and an emergency's numbers shown at once.
 */
async function raiseUrgency(ctx: Ctx, draft: Draft, kit: ReportsKit): Promise<void> {
  if (!draft.category) return;
  const was = draft.urgency ?? 'normal';
  const c = await decideCategory(kit, ctx.deps.content.get(), draft.text, {
    category: draft.category,
    proposal: { category: draft.category, urgency: was, confidence: draft.confidence ?? 1 },
  });
  if (URGENCIES.indexOf(c.urgency) <= URGENCIES.indexOf(was)) return;
  draft.urgency = c.urgency;
  if (c.urgency === 'emergency')
    await ctx.reply({ text: emergencyBlock(viewOf(ctx), signalsOf(draft.text)) });
}

/**
 * A voice note kept but not read (no speech-to-text here, or it failed). With no words yet the worker is
 * asked for a line of text, or may pick the category themselves; later steps just carry on.
 */
function voiceKeptCard(ctx: Ctx, draft: Draft, step: Step, canTranscribe: boolean): Card {
  const said = ctx.t(canTranscribe ? 'report-voice-unheard' : 'report-voice-unreadable');
  if (step !== 'describe' || draft.text) return { text: [said] };
  return {
    text: [said, '\n\n', ctx.t('report-voice-ask-text')],
    buttons: [[{ label: ctx.t('report-btn-pick-category'), data: choice(draft, 'cats') }]],
  };
}

/** Classify and show the proposed category (emergency numbers first when it looks like one). */
async function propose(
  ctx: Ctx,
  draft: Draft,
  kit: ReportsKit,
  opts: { added?: boolean } = {},
): Promise<void> {
  const pack = ctx.deps.content.get();
  if (kit.slowClassify) await ctx.deps.outbox.typing?.(ctx.in.chat.address);
  const c = await decideCategory(kit, pack, draft.text);
  draft.category = c.category;
  draft.urgency = c.urgency;
  draft.confidence = c.confidence;
  if (c.summary) draft.summary = c.summary;
  else delete draft.summary;
  await save(ctx, 'category', draft);
  await ask(ctx, 'category', draft, opts);
}

/**
 * The question of a step, with its buttons. `added`: the worker's last message joined the draft — said
 * first, so a question typed mid-report is not silently taken for part of it.
 */
async function ask(ctx: Ctx, step: Step, draft: Draft, opts: { added?: boolean } = {}): Promise<void> {
  const v = viewOf(ctx);
  const pack = v.pack;
  const extra: Span[] = [
    ...(opts.added ? [ctx.t('report-added'), ' '] : []),
    ...(draft.truncated ? [ctx.t('report-truncated', { max: MAX_INPUT }), '\n\n'] : []),
  ];
  switch (step) {
    case 'describe':
      await ctx.reply({ text: [ctx.t('report-start-body')] });
      return;
    case 'category': {
      const urgent = draft.urgency === 'emergency' ? emergencyBlock(v, signalsOf(draft.text)) : [];
      await ctx.reply({
        text: [
          ...urgent,
          ...extra,
          ctx.t('report-proposal', {
            category: categoryName(pack, draft.category ?? 'other', ctx.locale),
            urgency: urgencyText(ctx.t, draft.urgency ?? 'normal'),
          }),
        ],
        buttons: [
          [
            { label: ctx.t('report-btn-ok'), data: choice(draft, 'ok') },
            { label: ctx.t('report-btn-change'), data: choice(draft, 'cats') },
          ],
          cancelRow(ctx, draft),
        ],
      });
      return;
    }
    case 'anon':
      await ctx.reply({
        text: [ctx.t('report-anon-ask')],
        buttons: [
          [
            { label: ctx.t('report-btn-anonymous'), data: choice(draft, 'anon', '1') },
            { label: ctx.t('report-btn-named'), data: choice(draft, 'anon', '0') },
          ],
          cancelRow(ctx, draft),
        ],
      });
      return;
    case 'contact':
      await ctx.reply({
        text: [ctx.t('report-contact-ask')],
        buttons: [
          [
            { label: ctx.t('report-btn-contact-yes'), data: choice(draft, 'contact', '1') },
            { label: ctx.t('report-btn-contact-no'), data: choice(draft, 'contact', '0') },
          ],
          cancelRow(ctx, draft),
        ],
      });
      return;
    case 'confirm':
      await ctx.reply(confirmCard(ctx, draft));
      return;
  }
}

/** A way out on every step with buttons: a worker who meant to ask something else is not held in the report. */
function cancelRow(ctx: Ctx, draft: Draft): Button[] {
  return [{ label: ctx.t('report-btn-cancel'), data: choice(draft, 'cancel') }];
}

/** Where the report would go, for the summary (and, at submit, for real). */
function routeOf(pack: ContentPack, draft: Draft): { branch: string; area?: string } {
  const area =
    detectArea(draft.text, pack, draft.category) ??
    (draft.location ? areaAt(draft.location.lat, draft.location.lon, pack) : undefined);
  const originBranch =
    draft.origin?.branch && pack.branches.some((b) => b.id === draft.origin!.branch)
      ? draft.origin.branch
      : undefined;
  const { branch } = routeReport(
    {
      category: draft.category ?? 'other',
      ...(originBranch ? { originBranch } : {}),
      ...(area ? { area } : {}),
    },
    pack,
  );
  return { branch, ...(area ? { area } : {}) };
}

function confirmCard(ctx: Ctx, draft: Draft): Card {
  const pack = ctx.deps.content.get();
  const count = (kind: string) => draft.files.filter((f) => f.kind === kind).length;
  const photos = count('photo');
  const voices = count('voice');
  const others = draft.files.length - photos - voices;
  const text: Span[] = [
    bold(ctx.t('report-confirm-title')),
    '\n',
    ctx.t('report-confirm-category', {
      category: categoryName(pack, draft.category ?? 'other', ctx.locale),
      urgency: urgencyText(ctx.t, draft.urgency ?? 'normal'),
    }),
    '\n',
    ctx.t('report-confirm-text'),
    draft.text ? ellipsis(draft.text, 300) : ctx.t('ticket-no-text'),
    '\n',
  ];
  if (draft.files.length || draft.location) {
    text.push(
      ctx.t('ticket-evidence', { photos, voices, others, location: draft.location ? 'yes' : 'no' }),
      '\n',
    );
  }
  text.push(
    ctx.t(
      draft.anonymous
        ? 'report-confirm-anonymous'
        : draft.contact
          ? 'report-confirm-named-contact'
          : 'report-confirm-named',
    ),
    '\n',
    ctx.t('report-confirm-branch', { branch: branchLabel(pack, routeOf(pack, draft).branch, ctx.locale) }),
  );
  return {
    text,
    buttons: [
      [{ label: ctx.t('report-btn-submit'), data: choice(draft, 'submit') }],
      [
        { label: ctx.t('report-btn-redo'), data: choice(draft, 'redo') },
        { label: ctx.t('report-btn-cancel'), data: choice(draft, 'cancel') },
      ],
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Presses during the intake: `rp:<draft>:<op>[:<arg>]`

export async function onIntakePress(ctx: ButtonCtx, payload: string, kit: ReportsKit): Promise<void> {
  const [draftId, op, arg] = payload.split(':');
  const dialog = await ctx.deps.store.dialogs.get(owner(ctx));
  const draft = draftOf(dialog);
  if (!draft || draft.id !== draftId) {
    // A button from a draft already filed, cancelled or replaced.
    const filed = draftId
      ? await ctx.deps.store.tickets.byDraft(ctx.user.channel, ctx.user.id, draftId)
      : undefined;
    await ctx.answer(
      filed ? ctx.t('report-filed-before', { id: filed }) : ctx.t('error-button-expired'),
      true,
    );
    return;
  }
  await keepCategoryCurrent(ctx, draft, kit);
  const pack = ctx.deps.content.get();
  const record = (text: string) => ctx.record({ text: [text] });
  switch (op) {
    case 'file': {
      // The words of an emergency told outside a report (emergencyFirst), filed on this one tap (stop 32): the
      // category as classified, never below emergency, anonymous (the branch still reaches the worker through the
      // bot, and nothing is asked of someone hurt). The tapped card becomes the record, so the numbers stay on
      // screen once: in the receipt.
      const c = await decideCategory(kit, pack, draft.text);
      draft.category = c.category;
      draft.urgency = maxUrgency(c.urgency, 'emergency');
      draft.confidence = c.confidence;
      if (c.summary) draft.summary = c.summary;
      draft.anonymous = true;
      draft.contact = false;
      return submit(ctx, draft, kit);
    }
    case 'ok':
      await ctx.answer();
      await record(
        ctx.t('report-chosen-category', {
          category: categoryName(pack, draft.category ?? 'other', ctx.locale),
        }),
      );
      await save(ctx, 'anon', draft);
      return ask(ctx, 'anon', draft);
    case 'cats': {
      await ctx.answer();
      const buttons: Button[][] = [];
      const cats = pack.categories.categories;
      for (let i = 0; i < cats.length; i += 2) {
        buttons.push(
          cats
            .slice(i, i + 2)
            .map((c) => ({ label: categoryName(pack, c.id, ctx.locale), data: choice(draft, 'cat', c.id) })),
        );
      }
      const card: Card = { text: [ctx.t('report-choose-category')], buttons };
      await ctx.show(card);
      return;
    }
    case 'cat': {
      const category = pack.categories.categories.find((c) => c.id === arg);
      if (!category) return ctx.answer(ctx.t('error-button-expired'), true);
      await ctx.answer();
      // The worker knows the topic; the words still decide whether it is urgent.
      const c = await decideCategory(kit, pack, draft.text, { category: category.id });
      draft.category = c.category;
      draft.urgency = c.urgency;
      draft.confidence = c.confidence;
      await record(
        ctx.t('report-chosen-category', { category: categoryName(pack, category.id, ctx.locale) }),
      );
      if (draft.urgency === 'emergency')
        await ctx.reply({ text: emergencyBlock(viewOf(ctx), signalsOf(draft.text)) });
      await save(ctx, 'anon', draft);
      return ask(ctx, 'anon', draft);
    }
    case 'anon':
      await ctx.answer();
      draft.anonymous = arg === '1';
      await record(ctx.t(draft.anonymous ? 'report-chosen-anonymous' : 'report-chosen-named'));
      if (draft.anonymous) {
        draft.contact = false;
        await save(ctx, 'confirm', draft);
        return ask(ctx, 'confirm', draft);
      }
      await save(ctx, 'contact', draft);
      return ask(ctx, 'contact', draft);
    case 'contact':
      await ctx.answer();
      draft.contact = arg === '1';
      await record(ctx.t(draft.contact ? 'report-chosen-contact-yes' : 'report-chosen-contact-no'));
      await save(ctx, 'confirm', draft);
      return ask(ctx, 'confirm', draft);
    case 'redo': {
      await ctx.answer();
      await record(ctx.t('report-chosen-redo'));
      const fresh: Draft = {
        id: newDraftId(),
        text: '',
        files: [],
        ...(draft.origin ? { origin: draft.origin } : {}),
      };
      await save(ctx, 'describe', fresh);
      return ask(ctx, 'describe', fresh);
    }
    case 'cancel':
      await ctx.answer();
      await ctx.clearDialog();
      await record(ctx.t('report-cancelled'));
      return;
    case 'submit':
      return submit(ctx, draft, kit);
    case 'aside':
      return addAside(ctx, INTAKE_STEPS.has(dialog!.step) ? (dialog!.step as Step) : 'describe', draft, kit);
    case 'resume':
      // The step the worker had reached, asked again (a describe step just asks for the words).
      await ctx.answer();
      return ask(ctx, INTAKE_STEPS.has(dialog!.step) ? (dialog!.step as Step) : 'describe', draft);
    case 'restart': {
      await ctx.answer();
      const from = OriginSchema.safeParse(dialog!.data.restartFrom);
      const origin = from.success ? from.data : draft.origin;
      if (await begin(ctx, origin)) await record(ctx.t('report-open-dropped'));
      return;
    }
    default:
      return ctx.answer(ctx.t('error-button-expired'), true);
  }
}

export interface FileReportInput {
  reporter: { channel: Channel; id: string; name?: string };
  /** The reporter's private chat with the bot (where the receipt and notices go). */
  chat: string;
  locale: Locale;
  draft: Draft;
  log: Logger;
}

export type FileReportResult =
  { status: 'created' | 'exists'; id: string } | { status: 'rate-limited'; id?: undefined };

/**
 * File a finished draft as a ticket — once per draft id, however often it is called — and perform its
 * effects (the receipt to the worker, the card to the branch's triage chat). Routing, deadlines, the
 * number and "similar this week" are worked out here, so every channel's intake (the step-by-step
 * dialog, Slack's modal) files the same way.
 */
export async function fileReport(
  deps: CoreDeps,
  kit: ReportsKit,
  input: FileReportInput,
): Promise<FileReportResult> {
  const { draft, reporter } = input;
  const pack = deps.content.get();
  const now = deps.now().getTime();
  const { branch, area } = routeOf(pack, draft);
  const urgency = draft.urgency ?? 'normal';
  const deadlines = pack.settings.deadlines[urgency];
  // Masked before it is cut: a cut number no longer looks like one and would escape the views' mask.
  const summary = ellipsis(
    maskText(draft.summary ?? (draft.text.split('\n').find((l) => hasWords(l)) ?? '').trim()),
    60,
  );
  const similar = await countSimilar(
    deps.store,
    { category: draft.category ?? 'other', area, summary },
    now - SIMILAR_WINDOW_MS,
  );
  const originBranch =
    draft.origin?.branch && pack.branches.some((b) => b.id === draft.origin!.branch)
      ? draft.origin.branch
      : undefined;
  const result = await deps.store.tickets.create(
    {
      draft: draft.id,
      channel: reporter.channel,
      reporter: reporter.id,
      reporterName: reporter.name,
      chat: input.chat,
      locale: input.locale,
      branch,
      originBranch,
      originChat: draft.origin?.chat,
      follows: draft.follows,
      area,
      category: draft.category ?? 'other',
      urgency,
      confidence: draft.confidence ?? 0,
      anonymous: draft.anonymous ?? false,
      contact: draft.contact ?? false,
      text: draft.text,
      summary,
      evidence: draft.files,
      location: draft.location,
      similar,
      respondBy: now + deadlines.respondHours * HOUR,
      resolveBy: now + deadlines.resolveHours * HOUR,
    },
    {
      now,
      numberPrefix: numberPrefix(deps, now),
      limit: reportAllowance(pack, urgency),
      windowMs: HOUR,
      day: localDate(now, deps.timezone),
    },
  );
  if (result.status === 'rate-limited') {
    input.log.info({ user: reporter.id }, 'report refused: rate limit');
    return { status: 'rate-limited' };
  }
  input.log.info(
    { ticket: result.id, branch, category: draft.category, urgency, status: result.status },
    'report filed',
  );
  await kit
    .effects(deps)
    .flush(result.id)
    .catch((err: unknown) => input.log.error({ err, ticket: result.id }, 'report effects failed'));
  return result;
}

/** File a draft as the worker of `ctx`, from the chat they are in (see fileReport). */
export function fileAsWorker(
  ctx: MessageCtx | ButtonCtx,
  kit: ReportsKit,
  draft: Draft,
): Promise<FileReportResult> {
  return fileReport(ctx.deps, kit, {
    reporter: {
      channel: ctx.user.channel,
      id: ctx.user.id,
      ...(ctx.user.name ? { name: ctx.user.name } : {}),
    },
    chat: ctx.in.chat.address.chatId,
    locale: ctx.locale,
    draft,
    log: ctx.log,
  });
}

/** The worker pressed "submit": file, close the dialog, record it on the summary card. */
async function submit(ctx: ButtonCtx, draft: Draft, kit: ReportsKit): Promise<void> {
  const result = await fileAsWorker(ctx, kit, draft);
  if (result.status === 'rate-limited') {
    // The draft stays: the worker can submit it when the hour has passed.
    await ctx.answer();
    await ctx.reply(rateLimitedCard(ctx));
    return;
  }
  await ctx.answer(ctx.t('report-submitted'));
  await ctx.clearDialog();
  await ctx.record(confirmedCard(ctx, draft, result.id));
  if (result.status === 'exists') {
    // A second "submit" (a retry after a crash): say which ticket it already is.
    await ctx.reply({ text: [ctx.t('report-filed-before', { id: result.id })] });
  }
}

function confirmedCard(ctx: Ctx, draft: Draft, id: string): Card {
  return { text: [ctx.t('report-submitted-record', { id }), '\n', ellipsis(draft.text, 120)] };
}

/** What the report describes (bleeding, fire, violence…), to put the right emergency number first. */
function signalsOf(text: string): string[] {
  return emergencySignals(normaliseReportText(text));
}
