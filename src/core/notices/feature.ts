/**
 * Organisers' notices, composed in a private chat and sent through the delivery engine:
 *
 *   /notice → text (+ optional photo; `[en]` / `[zh-TW]` blocks for other languages)   this file, compose.ts
 *           → audience with buttons (all groups, branches, industries, tags — with the group count)   audience.ts
 *           → preview exactly as the groups will see it, and one card of settings:                     review.ts
 *             send now or at a time (HH:MM or YYYY-MM-DD HH:MM), pin, "got it" button
 *           → confirm. Nothing reaches a group before the confirmation.
 *
 * Quiet windows do not hold a notice back (an organiser's notice may be urgent); when the chosen time
 * falls in one, the settings card says so and offers one tap to move it to the window's end.
 *
 * `/notices` lists recent notices (list.ts); the "got it" button counts one press per person per group
 * (acks.ts). The draft and the button names live in draft.ts.
 */
import { randomBytes } from 'node:crypto';
import type { EditThrottle } from '../edits.js';
import type { ButtonCtx, CoreDeps, Ctx, Feature, MessageCtx } from '../feature.js';
import { formatLocal } from '../zoned.js';
import type { Dialog } from '../ports/dialogs.js';
import { ellipsis } from '../text.js';
import { ackHandler } from './acks.js';
import { audienceCard, onAudiencePress, reach } from './audience.js';
import {
  ACK_PREFIX,
  badNoticeTextCard,
  exampleSendTime,
  NOTICE_MAX_CHARS,
  NOTICE_MAX_DAYS,
  parseNoticeText,
  parseSendTime,
} from './compose.js';
import {
  data,
  draftOf,
  emptyAudience,
  FEATURE,
  loadDraft,
  parseAction,
  PREFIX,
  saveDraft,
  type Draft,
} from './draft.js';
import {
  askCorrection,
  askWithdraw,
  CORRECT_STEP,
  followUp,
  onCorrection,
  withdrawNotice,
} from './change.js';
import { cancelNotice, listNotices, showAckers, showNotice } from './list.js';
import { controlsCard, onReviewPress, showReview } from './review.js';
import { onPlatform } from '../platform-words.js';

/** Words typed after `/notice` (QA4 #11: "/notice 明天全区停电…" is the notice itself). */
const textWithCommand = (ctx: Ctx): string | undefined =>
  ctx.in.type === 'message' ? ctx.in.command?.args || undefined : undefined;

/**
 * /notice (or the help button) while a typed notice is still being set up: nothing is dropped unsaid —
 * its cards above still work, and one tap starts afresh.
 */
async function startOrAsk(ctx: Ctx): Promise<void> {
  const open = await loadDraft(ctx);
  if (!open?.draft.text) return start(ctx, textWithCommand(ctx));
  await ctx.reply({
    text: [ctx.t('notice-draft-open', { preview: ellipsis(open.draft.text, 60) })],
    buttons: [[{ label: ctx.t('notice-btn-fresh'), data: data('new', 'fresh') }]],
  });
}

/** Another command (not /cancel) while a typed notice is being set up: kept, and said. */
async function keepsDialogOn(ctx: MessageCtx, dialog: Dialog, command: string): Promise<boolean> {
  if (command === 'cancel' || !draftOf(dialog.data)?.text) return false;
  await ctx.reply({ text: [ctx.t('notice-draft-kept')] });
  return true;
}

/** A fresh draft; with the text given already (typed after the command), straight on to the audience. */
async function start(ctx: Ctx, text?: string): Promise<void> {
  const draft: Draft = {
    draft: randomBytes(6).toString('hex'),
    audience: emptyAudience(),
    pin: false,
    ack: true,
  };
  await saveDraft(ctx, 'text', draft);
  if (text !== undefined) return onText(ctx, draft, text);
  await ctx.reply({
    text: [ctx.t('notice-ask-text', onPlatform(ctx, { max: String(NOTICE_MAX_CHARS) }))],
    forceReply: true,
  });
}

/** The text step: the notice's words (and photo), then the audience card. */
async function onText(ctx: Ctx, draft: Draft, text: string): Promise<void> {
  const photo = ctx.in.type === 'message' ? ctx.in.attachments?.find((a) => a.kind === 'photo') : undefined;
  const parsed = parseNoticeText(text);
  if (!parsed.ok) return void (await ctx.reply(badNoticeTextCard(ctx.t, parsed)));
  const next: Draft = {
    ...draft,
    text: parsed.main,
    variants: parsed.variants,
    ...(photo ? { photo: photo.fileId, photoChannel: ctx.in.chat.address.channel } : {}),
  };
  const ref = await ctx.reply(await audienceCard(ctx, next, 'main'));
  await saveDraft(ctx, 'audience', { ...next, audienceCard: ref });
}

/** The time step: a send time typed after "choose a time", then a fresh settings card. */
async function onTime(ctx: MessageCtx, draft: Draft): Promise<void> {
  const res = await parseSendTime(ctx.in.text, ctx.deps.now().getTime(), ctx.deps.timezone);
  if (!res.ok) {
    const id = {
      past: 'notice-past-time',
      far: 'notice-far-time',
      'no-hour': 'notice-time-no-hour',
      bad: 'notice-bad-time',
    }[res.error];
    const example = exampleSendTime(ctx.deps.now().getTime(), ctx.deps.timezone);
    return void (await ctx.reply({
      text: [ctx.t(id, { days: NOTICE_MAX_DAYS, example })],
      forceReply: true,
    }));
  }
  const next = { ...draft, sendAt: res.at };
  // The old settings card must not keep live buttons that would act on the replaced time.
  if (draft.controls)
    await ctx.deps.outbox
      .edit(draft.controls, { text: [ctx.t('notice-controls-replaced')] })
      .catch(() => undefined);
  await ctx.reply({
    text: [ctx.t('notice-time-confirmed', { when: formatLocal(res.at, ctx.deps.timezone, ctx.t) })],
  });
  const controls = await ctx.reply(controlsCard(ctx, next, await reach(ctx, next.audience)));
  await saveDraft(ctx, 'review', { ...next, controls });
}

/** The expiry step: "有效期至", read as a send time is, after the send time; then a fresh settings card. */
async function onExpiry(ctx: MessageCtx, draft: Draft): Promise<void> {
  const now = ctx.deps.now().getTime();
  const res = await parseSendTime(ctx.in.text, now, ctx.deps.timezone);
  const example = exampleSendTime(now, ctx.deps.timezone);
  if (!res.ok || res.at <= (draft.sendAt ?? now))
    return void (await ctx.reply({
      text: [ctx.t(res.ok ? 'notice-expiry-before' : 'notice-bad-time', { days: NOTICE_MAX_DAYS, example })],
      forceReply: true,
    }));
  const next = { ...draft, expiresAt: res.at };
  if (draft.controls)
    await ctx.deps.outbox
      .edit(draft.controls, { text: [ctx.t('notice-controls-replaced')] })
      .catch(() => undefined);
  await ctx.reply({
    text: [ctx.t('notice-expiry-confirmed', { when: formatLocal(res.at, ctx.deps.timezone, ctx.t) })],
  });
  const controls = await ctx.reply(controlsCard(ctx, next, await reach(ctx, next.audience)));
  await saveDraft(ctx, 'review', { ...next, controls });
}

async function onDialog(
  ctx: MessageCtx,
  dialog: { step: string; data: Record<string, unknown> },
): Promise<void> {
  // A correction's text for a notice that went out (change.ts).
  if (dialog.step === CORRECT_STEP && ctx.isOrganiser && typeof dialog.data.notice === 'string')
    return onCorrection(ctx, dialog.data.notice);
  const draft = draftOf(dialog.data);
  if (!ctx.isOrganiser || !draft) {
    await ctx.clearDialog();
    return void (await ctx.reply({
      text: [ctx.t(ctx.isOrganiser ? 'notice-draft-gone' : 'error-not-allowed')],
    }));
  }
  if (dialog.step === 'text') return onText(ctx, draft, ctx.in.text);
  if (dialog.step === 'time') return onTime(ctx, draft);
  if (dialog.step === 'expiry') return onExpiry(ctx, draft);
  // audience / review: the next step is taken with the buttons above.
  await ctx.reply({ text: [ctx.t('notice-use-buttons')] });
}

async function onButton(ctx: ButtonCtx, payload: string): Promise<void> {
  if (!ctx.isOrganiser || ctx.in.chat.kind !== 'private') {
    ctx.log.warn({ user: ctx.user.id, payload }, 'refused: notice button');
    return ctx.answer(ctx.t('error-not-allowed'), true);
  }
  const parsed = parseAction(payload);
  if (!parsed) return ctx.answer(ctx.t('error-button-expired'), true);
  const { action, arg } = parsed;
  if (action === 'show') return showNotice(ctx, arg);
  if (action === 'who') return showAckers(ctx, arg);
  if (action === 'cancel') return cancelNotice(ctx, arg);
  if (action === 'fix') return askCorrection(ctx, arg);
  if (action === 'withdraw') return askWithdraw(ctx, arg);
  if (action === 'withdraw-yes') {
    const r = await withdrawNotice(ctx, arg);
    // A notice not sent yet has nothing to take back: withdrawing it is cancelling it.
    if (r === 'scheduled') return cancelNotice(ctx, arg);
    if (r === 'again') return ctx.answer(ctx.t('notice-withdraw-again', { id: arg }), true);
    if (r === 'unknown') return ctx.answer(ctx.t('notice-unknown'), true);
    return;
  }
  if (action === 'new') {
    await ctx.answer();
    return arg === 'fresh' ? start(ctx) : startOrAsk(ctx);
  }
  const loaded = await loadDraft(ctx);
  if (!loaded) return ctx.answer(ctx.t('notice-draft-gone'), true);
  const { step, draft } = loaded;
  if (action === 'discard') {
    await ctx.clearDialog();
    await ctx.answer();
    await ctx.show({ text: [ctx.t('notice-discarded')] });
    return;
  }
  if (step === 'audience')
    return onAudiencePress(ctx, action, arg, draft, (next, groups) => showReview(ctx, next, groups));
  if (step !== 'review' && step !== 'time' && step !== 'expiry')
    return ctx.answer(ctx.t('notice-draft-gone'), true);
  return onReviewPress(ctx, action, draft);
}

export function noticesFeature(options: { deps: CoreDeps; edits: EditThrottle }): Feature {
  followUp(options.deps);
  return {
    name: FEATURE,
    commands: [
      {
        name: 'notice',
        description: 'cmd-notice',
        scope: 'private',
        roles: ['organiser'],
        refused: 'notices-refused',
        keepsDialog: () => true,
        run: startOrAsk,
      },
      {
        name: 'notices',
        description: 'cmd-notices',
        scope: 'private',
        roles: ['organiser'],
        refused: 'notices-refused',
        run: listNotices,
      },
    ],
    buttons: [
      { prefix: PREFIX, run: onButton },
      { prefix: ACK_PREFIX, run: ackHandler(options.edits) },
    ],
    onDialog,
    keepsDialogOn,
    helpButtons: (ctx) =>
      ctx.isOrganiser && ctx.in.chat.kind === 'private'
        ? [{ label: ctx.t('notice-help-button'), data: data('new') }]
        : [],
  };
}
