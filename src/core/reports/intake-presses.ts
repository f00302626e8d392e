/**
 * Presses during the intake: `rp:<draft>:<op>[:<arg>]`. A button from a draft already filed, cancelled or
 * replaced is refused (naming the ticket when it was filed). The ops: `ok`/`cats`/`cat`/`back` (the category),
 * `anon`, `contact`, `submit`, `redo`, `cancel`, `aside` (add the question answered aside), `resume`/`restart`
 * (a half-written report met by a new start), and `file` (an emergency told outside a report, filed on one tap).
 */
import type { Button, Card } from '../card.js';
import type { ButtonCtx, Ctx } from '../feature.js';
import { ellipsis } from '../text.js';
import { maxUrgency } from './classify.js';
import { decideCategory } from './decide.js';
import { fileAsWorker } from './filing.js';
import { begin } from './intake.js';
import type { ReportsKit } from './kit.js';
import { categoryName, emergencyBlock } from './views.js';
import {
  choice,
  draftOf,
  INTAKE_STEPS,
  newDraftId,
  OriginSchema,
  owner,
  save,
  signalsOf,
  viewOf,
  waitingOn,
  type Draft,
  type Step,
} from './intake-draft.js';
import { addAside, keepCategoryCurrent } from './intake-messages.js';
import { ask, cancelRow, rateLimitedCard, showAgain } from './intake-questions.js';

/**
 * A ✅ on a proposal no longer current (stop 38: it still answered): the step has passed — the worker skipped the
 * category ("跳过") or went on — or a newer proposal was sent since (more words read again). A number typed for the
 * current card has no pressed message, and a proposal sent before this was kept has none recorded: both are current.
 */
function supersededProposal(ctx: ButtonCtx, step: string | undefined, draft: Draft): boolean {
  if (step !== 'category') return true;
  const pressed = ctx.in.message?.messageId;
  return !!pressed && !!draft.proposal && pressed !== draft.proposal;
}

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
  if (op === 'ok' && supersededProposal(ctx, dialog?.step, draft)) {
    await ctx.answer(ctx.t('report-proposal-replaced'), true);
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
      delete draft.categorySkipped;
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
      // A wrong tap on 🔁 has a way back to the proposal, and out, as every other step has (QA22).
      buttons.push([
        { label: ctx.t('report-btn-back'), data: choice(draft, 'back') },
        ...cancelRow(ctx, draft),
      ]);
      const card: Card = { text: [ctx.t('report-choose-category')], buttons };
      // Still the category step, now waiting on these buttons (a number typed picks a category).
      draft.waiting = waitingOn(buttons);
      await save(ctx, 'category', draft);
      await ctx.show(card);
      return;
    }
    case 'back':
      await ctx.answer();
      return showAgain(ctx, 'category', draft);
    case 'cat': {
      const category = pack.categories.categories.find((c) => c.id === arg);
      if (!category) return ctx.answer(ctx.t('error-button-expired'), true);
      await ctx.answer();
      // The worker knows the topic; the words still decide whether it is urgent.
      const c = await decideCategory(kit, pack, draft.text, { category: category.id });
      draft.category = c.category;
      draft.urgency = c.urgency;
      draft.confidence = c.confidence;
      delete draft.categorySkipped;
      await record(
        ctx.t('report-chosen-category', { category: categoryName(pack, category.id, ctx.locale) }),
      );
      if (draft.urgency === 'emergency' && !draft.numbersShown) {
        draft.numbersShown = true;
        await ctx.reply({ text: emergencyBlock(viewOf(ctx), signalsOf(draft.text, pack), draft.text) });
      }
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
