/**
 * The short dialogs some triage actions need (a question for the worker, a resolution note, a reason), asked with
 * force-reply — on Slack in the card's thread — so the answer reaches the bot under Telegram's privacy mode; and the
 * answers to them, acted on only while the ticket is as the prompt saw it (`answerPrompt`, also the path of an answer
 * typed beside its thread: aside.ts).
 */
import type { Card } from '../../card.js';
import type { ButtonCtx, Ctx, MessageCtx } from '../../feature.js';
import { onPlatform } from '../../platform-words.js';
import { hasWords, MAX_INPUT, overLimit } from '../../text.js';
import type { Dialog } from '../../ports/dialogs.js';
import { personKey } from '../../ports/groups.js';
import { decodeRef, encodeRef, seenOf, stillAsSeen, type Ticket } from '../../ports/tickets.js';
import { staffAction, type StaffAction, type StaffResult } from '../actions.js';
import { viewOf } from '../intake-draft.js';
import type { ReportsKit } from '../kit.js';
import { branchLabel, ticketNowText } from '../views.js';
import { explain, load, staffOf } from './access.js';

/**
 * Notes, questions and reasons are kept to this many characters — as long as a report (`MAX_INPUT`), so
 * nothing a secretary writes for a worker is cut: a longer one is refused with its length, the prompt kept.
 */
export const NOTE_MAX = MAX_INPUT;
/** The prompts whose dialog waits for a secretary's text about one ticket (the `step` of `prompt()`). */
export const TRIAGE_STEPS: ReadonlySet<string> = new Set([
  'ask',
  'resolve',
  'transfer',
  'return',
  'extend',
  'escalate',
]);

/**
 * Ask for text with force-reply and remember what it is for, and the ticket as the secretary saw it (`seenOf`): the
 * answer acts only while nobody else has moved the ticket on (claimed, handed over, resolved, moved — checked again
 * in the script, `Actor.saw`). The prompt is followed like a copy of the card (kind `prompt`), so the moment someone
 * else moves the ticket on it says it is closed, rather than waiting for an answer that would no longer act.
 */
export async function prompt(
  ctx: ButtonCtx,
  kit: ReportsKit,
  ticket: Ticket,
  step: string,
  data: Record<string, unknown>,
  text: string,
): Promise<void> {
  // The press is answered here: on Slack the prompt goes in the card's thread, easy to miss, so the presser is told
  // where it is (an ephemeral line in the channel); elsewhere a force-reply opens the reply box itself.
  const where = ctx.t('triage-prompt-where', onPlatform(ctx, { id: ticket.id }));
  await ctx.answer(where.trim() ? where : undefined);
  const saw = seenOf(ticket);
  const by = personKey(ctx.user.channel, ctx.user.id);
  await ctx.setDialog('reports', step, { ...data, saw });
  // Under the card (or view) whose button asked for it: Slack keeps a ticket's talk in the card's thread.
  const under = ctx.in.message?.messageId;
  const card: Card = {
    text: [text, '\n', ctx.t('triage-prompt-hint', onPlatform(ctx))],
    forceReply: true,
    ...(under ? { under } : {}),
  };
  const ref = await ctx.reply(card);
  if (!ref.messageId) return;
  // The dialog learns its prompt, so an answer (or a refusal) stops following it.
  await ctx.setDialog('reports', step, { ...data, saw, prompt: encodeRef(ref) });
  const copy = {
    kind: 'prompt' as const,
    branch: ticket.branch,
    locale: ctx.locale,
    at: ctx.deps.now().getTime(),
  };
  await kit.effects(ctx.deps).rememberCopy(ticket, ref, { ...copy, step, by, saw }, card);
}

/** The prompt a dialog answers is no longer followed (answered, or refused as overtaken). Best effort. */
async function forgetPrompt(ctx: Ctx, dialog: Dialog, id: string): Promise<void> {
  const ref = typeof dialog.data.prompt === 'string' ? decodeRef(dialog.data.prompt) : undefined;
  if (ref)
    await ctx.deps.store.tickets
      .dropCopy(id, ref)
      .catch((err: unknown) =>
        ctx.log.warn({ err: (err as Error).message, ticket: id }, 'prompt still followed'),
      );
}

/**
 * The answer to a prompt that someone else overtook (the ticket claimed, handed over, resolved or moved since it
 * opened): nothing is done, and the secretary reads plainly what the ticket is now and that their words went nowhere.
 */
async function overtaken(ctx: Ctx, dialog: Dialog, id: string, branch: string, say: Say): Promise<void> {
  await ctx.clearDialog();
  await forgetPrompt(ctx, dialog, id);
  const now = await ctx.deps.store.tickets.get(id);
  if (!now) {
    await say({ text: [ctx.t('ticket-missing')] });
    return;
  }
  const what = ctx.t(`triage-step-${dialog.step}`);
  await say({
    text: [ctx.t('triage-prompt-overtaken', { id, what, now: ticketNowText(viewOf(ctx), now, branch) })],
  });
}

/** The staff's answers to the prompts above. */
export async function onTriageDialog(ctx: MessageCtx, dialog: Dialog, kit: ReportsKit): Promise<void> {
  const text = ctx.in.text;
  if (!hasWords(text)) {
    await ctx.reply({ text: [ctx.t('triage-need-text')], forceReply: true });
    return;
  }
  const tooLong = overLimit(ctx.in, NOTE_MAX);
  if (tooLong) {
    // Never cut silently (QA: a contact number at the end was lost): say how long it is, and keep the
    // prompt open so the shortened text still answers it.
    await ctx.reply({ text: [ctx.t('triage-note-too-long', tooLong)], forceReply: true });
    return;
  }
  await answerPrompt(ctx, dialog, text, kit, (card) => ctx.reply(card));
}

/** Where the outcome of an answer is said: in reply to it (typed in the prompt's thread), or under the prompt. */
export type Say = (card: Card) => Promise<unknown>;

/**
 * A prompt's answer acted on, as `staffAction` decides — typed where the prompt waits (`onTriageDialog`), or typed
 * beside it and sent with the button that offered to (aside.ts): the same checks, the same scripts, the same words.
 */
export async function answerPrompt(
  ctx: Ctx,
  dialog: Dialog,
  note: string,
  kit: ReportsKit,
  say: Say,
): Promise<void> {
  const id = String(dialog.data.id ?? '');
  const branch = String(dialog.data.branch ?? '');
  // Someone else moved the ticket on since the prompt opened (a colleague claimed it, resolved it, moved it): say so
  // and do nothing — the script checks the same again, atomically (`Actor.saw`).
  const saw = typeof dialog.data.saw === 'string' ? dialog.data.saw : undefined;
  const seen = await ctx.deps.store.tickets.get(id);
  const by = personKey(ctx.user.channel, ctx.user.id);
  if (seen && saw !== undefined && (seen.branch !== branch || !stillAsSeen(seen, saw, by)))
    return overtaken(ctx, dialog, id, branch, say);
  const loaded = await load(ctx, id, dialog.step);
  if (typeof loaded === 'string') {
    await ctx.clearDialog();
    await say({ text: [loaded] });
    return;
  }
  const ticket = loaded;
  const pack = ctx.deps.content.get();
  let a: StaffAction;
  let ok: (r: Extract<StaffResult, { ok: true }>) => string;
  const movedTo = (r: Extract<StaffResult, { ok: true }>, target: string) =>
    branchLabel(pack, r.detail[0] ?? target, ctx.locale, true);
  switch (dialog.step) {
    case 'ask':
      a = { kind: 'ask', note };
      ok = () => ctx.t(ticket.anonymous ? 'triage-asked-anonymous' : 'triage-asked', { id });
      break;
    case 'resolve':
      a = { kind: 'resolve', note };
      ok = () => ctx.t('triage-resolved', { id });
      break;
    case 'transfer': {
      const target = String(dialog.data.target ?? '');
      a = { kind: 'transfer', target, note };
      ok = (r) => ctx.t('triage-transferred', { id, branch: movedTo(r, target) });
      break;
    }
    case 'return':
      a = { kind: 'return', note };
      ok = (r) => ctx.t('triage-returned', { id, branch: movedTo(r, '') });
      break;
    case 'extend':
      a = { kind: 'extend', until: Number(dialog.data.until), note };
      ok = () => ctx.t('triage-extension-requested', { id });
      break;
    case 'escalate':
      a = { kind: 'escalate', note };
      ok = () => ctx.t('triage-escalated-done', { id });
      break;
    default:
      await ctx.clearDialog();
      return;
  }
  const staff = staffOf(ctx);
  const actor = saw !== undefined ? { ...staff.actor, saw } : staff.actor;
  const r = await staffAction(ctx.deps, kit, { ...staff, actor }, id, a, branch, async (done) => {
    await ctx.clearDialog();
    await forgetPrompt(ctx, dialog, id);
    await say({ text: [ok(done)] });
  });
  if (!r.ok && (r.reason === 'changed' || r.reason === 'moved'))
    return overtaken(ctx, dialog, id, branch, say);
  if (!r.ok) {
    await ctx.clearDialog();
    await forgetPrompt(ctx, dialog, id);
    await say({ text: [explain(ctx, r)] });
  }
}
