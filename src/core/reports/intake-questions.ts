/**
 * The question each intake step asks, with its buttons: the proposed category (emergency numbers first when it
 * looks like one; ✅ or 🔁), anonymous or named, consent to be contacted, and the summary to confirm — each with
 * a way out (✖️). Also the classification that makes the proposal, and the cards for a voice note not read and
 * for a worker out of reports for the hour.
 */
import { bold, type Button, type Card, type Span } from '../card.js';
import type { ButtonCtx, Ctx } from '../feature.js';
import { ellipsis } from '../text.js';
import { decideCategory } from './decide.js';
import { routeOf } from './filing.js';
import type { ReportsKit } from './kit.js';
import { branchLabel, categoryName, emergencyBlock, emergencyLine, urgencyText } from './views.js';
import {
  choice,
  REPORT_MAX,
  save,
  signalsOf,
  sosWaiting,
  viewOf,
  waitingOn,
  type Draft,
  type Step,
} from './intake-draft.js';

export function rateLimitedCard(ctx: Ctx): Card {
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

/** Classify and show the proposed category (emergency numbers first when it looks like one). */
export async function propose(
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
  delete draft.categorySkipped;
  if (c.summary) draft.summary = c.summary;
  else delete draft.summary;
  await save(ctx, 'category', draft);
  await ask(ctx, 'category', draft, opts);
}

/**
 * The question of a step, with its buttons. `added`: the worker's last message joined the draft — said
 * first, so a question typed mid-report is not silently taken for part of it. The draft is kept at the step with
 * the buttons the card offers (a number typed instead is read as one of them) and whether the emergency numbers
 * were shown: once per draft, not above every question asked again (QA9 #3).
 */
export async function ask(ctx: Ctx, step: Step, draft: Draft, opts: { added?: boolean } = {}): Promise<void> {
  const card = stepCard(ctx, step, draft, opts);
  if (draft.urgency === 'emergency' && step === 'category') draft.numbersShown = true;
  await offer(ctx, step, draft, card);
}

/** The question of a step again, on the message whose button was pressed (the category list's "‹ 返回"). */
export async function showAgain(ctx: ButtonCtx, step: Step, draft: Draft): Promise<void> {
  const card = stepCard(ctx, step, draft, {});
  draft.waiting = waitingOn(card.buttons);
  // The pressed message shows the proposal again: it is the current one.
  const shown = ctx.in.message?.messageId;
  if (step === 'category' && shown) draft.proposal = shown;
  await save(ctx, step, draft);
  await ctx.show(card);
}

/** Send a card the draft waits on at `step`, keeping its buttons with the draft (a number typed reads as one). */
export async function offer(ctx: Ctx, step: Step, draft: Draft, card: Card): Promise<void> {
  draft.waiting = waitingOn(card.buttons);
  await save(ctx, step, draft);
  const ref = await ctx.reply(card);
  // A new proposal: kept with the draft once sent, so a ✅ on an older one is told it was replaced (intake-presses.ts).
  if (step === 'category' && ref.messageId && ref.messageId !== draft.proposal) {
    draft.proposal = ref.messageId;
    await save(ctx, step, draft);
  }
}

function stepCard(ctx: Ctx, step: Step, draft: Draft, opts: { added?: boolean }): Card {
  const v = viewOf(ctx);
  const pack = v.pack;
  const extra: Span[] = [
    ...(opts.added ? [ctx.t('report-added'), ' '] : []),
    ...(draft.truncated ? [ctx.t('report-truncated', { max: String(REPORT_MAX) }), '\n\n'] : []),
  ];
  switch (step) {
    case 'describe':
      // An emergency's words wait for the 🆘 tap (or more details): that card again, its numbers shown once.
      if (sosWaiting(step, draft)) return sosCard(ctx, draft);
      return { text: [ctx.t('report-start-body')] };
    case 'category': {
      const urgent =
        draft.urgency === 'emergency' && !draft.numbersShown
          ? emergencyBlock(v, signalsOf(draft.text, pack), draft.text)
          : [];
      return {
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
      };
    }
    case 'anon':
      return {
        text: [ctx.t('report-anon-ask')],
        buttons: [
          [
            { label: ctx.t('report-btn-anonymous'), data: choice(draft, 'anon', '1') },
            { label: ctx.t('report-btn-named'), data: choice(draft, 'anon', '0') },
          ],
          cancelRow(ctx, draft),
        ],
      };
    case 'contact':
      return {
        text: [ctx.t('report-contact-ask')],
        buttons: [
          [
            { label: ctx.t('report-btn-contact-yes'), data: choice(draft, 'contact', '1') },
            { label: ctx.t('report-btn-contact-no'), data: choice(draft, 'contact', '0') },
          ],
          cancelRow(ctx, draft),
        ],
      };
    case 'confirm':
      return confirmCard(ctx, draft);
  }
}

/**
 * The card of an emergency told outside a report: the numbers (only the first time for this draft), what happens on
 * the 🆘 tap, and the tap itself.
 */
export function sosCard(ctx: Ctx, draft: Draft): Card {
  const numbers = draft.numbersShown
    ? []
    : emergencyBlock(viewOf(ctx), signalsOf(draft.text, ctx.deps.content.get()), draft.text);
  draft.numbersShown = true;
  return {
    text: [...numbers, ctx.t(numbers.length ? 'report-sos-body' : 'report-sos-again')],
    buttons: [[{ label: ctx.t('report-sos-file'), data: choice(draft, 'file') }]],
  };
}

/** A way out on every step with buttons: a worker who meant to ask something else is not held in the report. */
export function cancelRow(ctx: Ctx, draft: Draft): Button[] {
  return [{ label: ctx.t('report-btn-cancel'), data: choice(draft, 'cancel') }];
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

/**
 * A voice note kept but not read (no speech-to-text here, or it failed). With no words yet the worker is
 * asked for a line of text, or may pick the category themselves; later steps just carry on.
 */
export function voiceKeptCard(ctx: Ctx, draft: Draft, step: Step, canTranscribe: boolean): Card {
  const said = ctx.t(canTranscribe ? 'report-voice-unheard' : 'report-voice-unreadable');
  if (step !== 'describe' || draft.text) return { text: [said] };
  return {
    text: [said, '\n\n', ctx.t('report-voice-ask-text')],
    buttons: [[{ label: ctx.t('report-btn-pick-category'), data: choice(draft, 'cats') }]],
  };
}
