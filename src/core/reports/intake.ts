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
 *
 * This file holds the ways into a report (/report, the group's link, words kept from a group or the FAQ, an
 * emergency told outside a report); the rest of the intake: intake-draft.ts (the draft and what the steps
 * share), intake-questions.ts (each step's question), intake-messages.ts and intake-presses.ts (what the
 * worker sends and presses meanwhile), filing.ts (the draft filed as a ticket).
 */
import { bold, italic, type Button, type Card } from '../card.js';
import type { Ctx, MessageCtx } from '../feature.js';
import { ellipsis, hasWords, MAX_INPUT } from '../text.js';
import { chatKey, parseChatKey, personKey } from '../ports/groups.js';
import { onPlatform } from '../platform-words.js';
import type { Dialog } from '../ports/dialogs.js';
import type { KeptWords } from '../ports/report-links.js';
import type { TicketFile } from '../ports/tickets.js';
import { asks } from '../faq/told.js';
import { outOfReports } from './decide.js';
import { fireNumber } from './emergency-numbers.js';
import type { ReportsKit } from './kit.js';
import { ticketFiles } from './ticket-files.js';
import { branchLabel, emergencyBlock } from './views.js';
import {
  appendText,
  choice,
  draftOf,
  hasContent,
  INTAKE_STEPS,
  MAX_FILES,
  newDraftId,
  owner,
  save,
  hazardOf,
  signalsOf,
  viewOf,
  waitingOn,
  type Draft,
  type Origin,
  type Step,
} from './intake-draft.js';
import { cutNotice, cutOf, tailOf, type Cut } from './cut.js';
import { workerBranch } from '../groups/worker-branch.js';
import { offer, propose, rateLimitedCard, sosCard } from './intake-questions.js';

/** How long words told in a group (or too long for the FAQ) wait for the private report. */
const KEPT_WORDS_SECONDS = 30 * 60;

/**
 * Words told where they cannot be reported ("/report 站点扣了我500块…" in a group, an emergency told there, a story
 * too long for the FAQ): kept server-side for half an hour, so the private report starts with them. Never echoed.
 */
export async function keepWordsForReport(ctx: Ctx, words: string | undefined): Promise<boolean> {
  if (!words || !hasWords(words)) return false;
  const address = ctx.in.chat.address;
  const chat = ctx.in.chat.kind === 'private' ? undefined : chatKey(address.channel, address.chatId);
  // Words from a message cut on arrival keep how much did not arrive, so the report can ask for it.
  const missing = cutOf(ctx)?.missing;
  await ctx.deps.store.reportLinks.keepWords(
    personKey(ctx.user.channel, ctx.user.id),
    { text: words.slice(0, MAX_INPUT), ...(chat ? { chat } : {}), ...(missing ? { missing } : {}) },
    KEPT_WORDS_SECONDS,
  );
  return true;
}

/** The cut of kept words (told in an earlier message), as `cutOf` gives it for this one. */
function keptCut(kept: KeptWords): Cut | undefined {
  if (!kept.missing) return undefined;
  const arrived = [...kept.text].length;
  return { n: arrived + kept.missing, kept: arrived, missing: kept.missing, end: tailOf(kept.text) };
}

/**
 * /report in a group: the one-tap link into the private chat (nothing asked in public). Words said with it are
 * kept for the private report, and the group is told they will be there (not shown again in the group).
 */
export async function offerPrivateLink(ctx: Ctx, words?: string): Promise<void> {
  await ctx.reply(await privateReportCard(ctx, words));
}

/** The link into the private chat for this group's report, when the platform has one. */
async function privateLinkOf(ctx: Ctx): Promise<string | undefined> {
  const address = ctx.in.chat.address;
  const token = await ctx.deps.store.reportLinks.tokenFor(chatKey(address.channel, address.chatId));
  return ctx.deps.outbox.privateLink(address.channel, `report-${token}`);
}

/**
 * The group's way to a private report. Where the platform has no link into the private chat (Slack), the
 * help button itself starts the private form (Slack opens a modal only the presser sees), and the words go
 * along the same way: kept for the form.
 */
async function privateReportCard(ctx: Ctx, words?: string, url?: string): Promise<Card> {
  const link = url ?? (await privateLinkOf(ctx));
  const kept = await keepWordsForReport(ctx, words);
  const told = kept ? ['\n', ctx.t('report-group-words-kept')] : [];
  if (!link)
    return {
      text: [ctx.t('report-group-no-link', onPlatform(ctx)), ...told],
      buttons: [[reportButton(ctx, 'link')]],
    };
  return {
    text: [ctx.t('report-group-link', onPlatform(ctx)), ...told],
    buttons: [[{ label: ctx.t('report-btn-open-private'), url: link }]],
  };
}

/**
 * "我想反映个问题" said in words: in private, what reporting is and a button that starts it; in a group, the
 * private link (/report's answer there).
 */
export async function offerReport(ctx: Ctx, lead?: string): Promise<void> {
  if (ctx.in.chat.kind !== 'private') {
    // "你是真人吗" asked in a group: what the bot is, then the group's way to a private report.
    const card = await privateReportCard(ctx);
    return void (await ctx.reply(lead ? { ...card, text: [lead, '\n', ...card.text] } : card));
  }
  await ctx.reply({
    text: [lead ?? ctx.t('report-offer', onPlatform(ctx))],
    buttons: [[reportButton(ctx, 'new')]],
  });
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
    ctx.in.chat.kind === 'private'
      ? await ctx.deps.store.reportLinks.takeWords(personKey(ctx.user.channel, ctx.user.id))
      : undefined;
  if (!kept || kept.chat !== chat) return startIntake(ctx, origin);
  if (await offeredOpenDraft(ctx, origin)) return;
  await begin(ctx, origin, { text: kept.text, files: [], kit, cut: keptCut(kept) });
}

/** "📝 反映这个问题" under a story too long for the FAQ: the report starts with its kept words. */
export async function reportKeptWords(ctx: Ctx, kit: ReportsKit): Promise<void> {
  const kept = await ctx.deps.store.reportLinks.takeWords(personKey(ctx.user.channel, ctx.user.id));
  if (!kept) return startIntake(ctx);
  await reportWithContent(ctx, { text: kept.text, files: [], cut: keptCut(kept) }, kit);
}

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
  await reportWithContent(ctx, { text, files: [], cut: cutOf(ctx) }, kit);
}

/** The same with files too (a photo sent after filing, reported anew: followup.ts). */
export async function reportWithContent(
  ctx: Ctx,
  content: { text: string; files: TicketFile[]; cut?: Cut | undefined },
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
export async function begin(
  ctx: Ctx,
  origin?: Origin,
  given?: { text: string; files: TicketFile[]; kit: ReportsKit; cut?: Cut | undefined },
): Promise<boolean> {
  if (await outOfReports(ctx.deps, ctx.user)) {
    ctx.log.info({ user: ctx.user.id }, 'report refused: rate limit');
    await ctx.reply(rateLimitedCard(ctx));
    return false;
  }
  // A report begun in private, not from a group's link, comes from the worker's branch as far as the bot knows it
  // (the group they last asked in, or the branch they named: groups/worker-branch.ts) — stop 42: it went to the
  // district's triage, and a branch never saw its own riders' private reports. No group: `chat` is empty.
  if (!origin && ctx.in.chat.kind === 'private') {
    const known = await workerBranch(ctx);
    if (known) origin = { chat: '', branch: known };
  }
  const draft: Draft = { id: newDraftId(), text: '', files: [], ...(origin ? { origin } : {}) };
  if (given) {
    draft.files = given.files.slice(0, MAX_FILES);
    if (hasWords(given.text)) appendText(draft, given.text);
  }
  if (given && draft.text) {
    if (given.cut) draft.missing = given.cut.missing;
    await ctx.reply({ text: [bold(ctx.t('report-start-title')), '\n', ellipsis(draft.text, 120)] });
    await propose(ctx, draft, given.kit);
    if (given.cut) await ctx.reply({ text: cutNotice(ctx, given.cut, 'report') });
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
  // The group it came from, named as that group's platform calls it.
  const platform = origin && parseChatKey(origin.chat)?.channel;
  const from = origin?.chat
    ? [
        ctx.t('report-start-origin', {
          branch: branchLabel(pack, origin.branch, ctx.locale),
          ...(platform ? { platform } : {}),
        }),
        '\n',
      ]
    : [];
  await ctx.reply({ text: [bold(ctx.t('report-start-title')), '\n', ...from, ctx.t('report-start-body')] });
  return true;
}

/**
 * /report (or the help button, or a group's link) while a report is half-written: carry on or drop it —
 * never dropped unsaid. The new start's origin waits beside the draft for "start again".
 */
async function offerOpenDraft(ctx: Ctx, step: Step, draft: Draft, origin?: Origin): Promise<void> {
  const buttons = [
    { label: ctx.t('report-btn-resume'), data: choice(draft, 'resume') },
    { label: ctx.t('report-btn-restart'), data: choice(draft, 'restart') },
  ];
  // A number typed next picks one of these, not a button of the step the draft had reached.
  draft.waiting = waitingOn([buttons]);
  await ctx.setDialog('reports', step, { draft, ...(origin ? { restartFrom: origin } : {}) });
  const said = draft.text
    ? ellipsis(draft.text, 100)
    : ctx.t('report-open-draft-files', { count: draft.files.length + (draft.location ? 1 : 0) });
  await ctx.reply({
    text: [ctx.t('report-open-draft'), '\n', italic(said), '\n', ctx.t('report-open-draft-ask')],
    buttons: [buttons],
  });
}

/**
 * A hazard still live that nobody is hurt by yet, told outside a report (QA31 #2: "充电柜冒火花，大家还在充电" got the
 * FAQ's indoor-charging answer, while inside /report the same words are 🟠): what to do now, instead of an FAQ
 * answer, and the way to report it with these words — in private a button that starts the report with them, in a
 * group the private link (the words kept for it). Asked as a question, the line only, and the FAQ answers after it
 * (false). Read as the report's urgency reads it (urgency.ts `liveHazard`);
 * no list of numbers, since nobody is hurt and nothing burns — the fire number is in the line, for when it does.
 */
async function hazardFirst(ctx: MessageCtx, text: string): Promise<boolean> {
  const hazard = hazardOf(text, ctx.deps.content.get());
  if (!hazard) return false;
  ctx.log.info({ hazard }, 'hazard told outside a report: danger line first');
  // 119 where a pack lists no fire service: the bot serves mainland districts (emergency-numbers.ts).
  const fire = fireNumber(ctx.deps.content.get().settings.emergencyNumbers) ?? '119';
  const line =
    hazard === 'electric' ? ctx.t('report-hazard-electric', { fire }) : ctx.t('report-hazard-other');
  if (asks(text)) {
    // "电池鼓包了 还在充 怎么办？": asked — the line first, then the FAQ answers (with its own way to report).
    await ctx.reply({ text: [line] });
    return false;
  }
  if (ctx.in.chat.kind !== 'private') {
    const card = await privateReportCard(ctx, text);
    await ctx.reply({ ...card, text: [line, '\n\n', ...card.text] });
    return true;
  }
  const kept = await keepWordsForReport(ctx, text);
  await ctx.reply({
    text: [line, ...(kept ? ['\n\n', ctx.t('report-hazard-offer')] : [])],
    ...(kept ? { buttons: [[{ label: ctx.t('report-btn-kept-words'), data: 'rs:kept' }]] } : {}),
  });
  return true;
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
  // Typed by sound (dianchi zhaohuo) is read as the report would read it, with the pack's words.
  const signals = signalsOf(text, ctx.deps.content.get());
  if (!signals.length) return hazardFirst(ctx, text);
  ctx.log.info({ signals }, 'emergency told outside a report: numbers first');
  if (m.chat.kind !== 'private') {
    const numbers = emergencyBlock(viewOf(ctx), signals, text);
    const url = await privateLinkOf(ctx);
    if (!url) {
      // No link into the private chat: the numbers, then at once the button that opens the private form
      // (with these words in it), in one message.
      await keepWordsForReport(ctx, text);
      await ctx.reply({
        text: [...numbers, ctx.t('report-sos-group-button', onPlatform(ctx))],
        buttons: [[reportButton(ctx, 'link')]],
      });
      return true;
    }
    await ctx.reply({ text: [...numbers, ctx.t('report-sos-group')] });
    // The words go along: the private report starts with them, already an emergency.
    await ctx.reply(await privateReportCard(ctx, text, url));
    return true;
  }
  if (await outOfReports(ctx.deps, ctx.user, 'emergency')) {
    await ctx.reply({ text: [...emergencyBlock(viewOf(ctx), signals, text), ctx.t('report-sos-limited')] });
    return true;
  }
  // The voice note the words were heard from, a photo they captioned, a pin sent with them: kept with the words (QA15).
  const files = ticketFiles(m.attachments).slice(0, MAX_FILES);
  const draft: Draft = {
    id: newDraftId(),
    text: '',
    files,
    ...(m.location ? { location: { lat: m.location.lat, lon: m.location.lon } } : {}),
  };
  appendText(draft, text);
  const cut = cutOf(ctx);
  if (cut) draft.missing = cut.missing;
  await offer(ctx, 'describe', draft, sosCard(ctx, draft));
  if (cut) await ctx.reply({ text: cutNotice(ctx, cut, 'report') });
  return true;
}
