/**
 * A prompt's answer typed in the chat itself instead of where the prompt waits (Slack: a secretary pressed ❓ 询问,
 * then typed the question in the triage channel, not in the card's thread). It is not the answer — a top-level line
 * in a staff channel is as often talk among colleagues — and before stop 44 it reached nobody, silently. Now the
 * person alone (ephemeral) is told it was not sent, where the prompt's thread is, and offered one button that sends
 * exactly those words as the answer (`tk:as:<ticket>:<message>`): the press goes through `answerPrompt`, the path of
 * an answer typed in the thread — the same checks against the ticket as it is now, the same scripts.
 *
 * The words wait in the dialog itself (`aside`: text and the message they came in), so the button carries no text and
 * sends only what that message said; a later line typed beside the thread replaces them, and the older button is
 * told so. Of two presses at once only the one that clears the dialog acts.
 *
 * The dispatcher reads the sender's dialog once per such message (admission.ts); a message with no prompt waiting is
 * dropped unclaimed and unanswered, as any channel chatter is.
 */
import { plainText, type Card } from '../../card.js';
import type { ButtonCtx, MessageCtx } from '../../feature.js';
import { dialogOwner, type Dialog } from '../../ports/dialogs.js';
import { decodeRef } from '../../ports/tickets.js';
import { hasWords, overLimit } from '../../text.js';
import type { ReportsKit } from '../kit.js';
import { answerPrompt, NOTE_MAX, TRIAGE_STEPS } from './prompts.js';
import { action } from '../views.js';

/** The words typed beside a prompt, kept in its dialog until sent or replaced. */
interface Aside {
  text: string;
  /** The message they were typed in: the button names it, so it sends those words and no later ones. */
  message: string;
}

function asideOf(dialog: Dialog): Aside | undefined {
  const a = dialog.data.aside as Partial<Aside> | undefined;
  return typeof a?.text === 'string' && typeof a.message === 'string'
    ? { text: a.text, message: a.message }
    : undefined;
}

/** A staff prompt waiting for a ticket's answer wants to hear of words typed beside it. */
export function takesAside(dialog: Dialog): boolean {
  return TRIAGE_STEPS.has(dialog.step) && typeof dialog.data.id === 'string';
}

/** Words typed beside the prompt: not sent; the person is told where the prompt is and offered to send them. */
export async function onAside(ctx: MessageCtx, dialog: Dialog): Promise<void> {
  const text = ctx.in.text;
  // A file alone, an emoji: nothing that could have been the answer.
  if (!hasWords(text)) return;
  const id = String(dialog.data.id);
  const what = ctx.t(`triage-step-${dialog.step}`);
  const notSent = ctx.t('triage-aside-not-sent', { id, what, text: ctx.t('quoted', { text }) });
  const toSender = (card: Card) => ctx.reply({ ...card, ephemeralTo: ctx.in.from.id });
  const tooLong = overLimit(ctx.in, NOTE_MAX);
  if (tooLong) {
    await toSender({ text: [notSent, '\n', ctx.t('triage-aside-too-long', tooLong)] });
    return;
  }
  await ctx.setDialog('reports', dialog.step, {
    ...dialog.data,
    aside: { text, message: ctx.in.messageId } satisfies Aside,
  });
  await toSender({
    text: [notSent, '\n', ctx.t('triage-aside-where', { id })],
    buttons: [[{ label: ctx.t('triage-aside-send', { what }), data: action('as', id, ctx.in.messageId) }]],
  });
}

/**
 * 📨 pressed (`tk:as:<ticket>:<message>`; the ticket loaded and the presser allowed by `onTriagePress`): the words
 * kept for that message are the prompt's answer. The outcome is said in the prompt's thread, as an answer typed there
 * hears it, and to the presser where they pressed.
 */
export async function sendAside(ctx: ButtonCtx, kit: ReportsKit, id: string, message: string): Promise<void> {
  const dialog = await ctx.deps.store.dialogs.get(dialogOwner(ctx.in));
  const aside = dialog && dialog.feature === 'reports' && takesAside(dialog) ? asideOf(dialog) : undefined;
  const gone = () => ctx.answer(ctx.t('triage-aside-gone', { id }), true);
  if (!dialog || !aside || dialog.data.id !== id || aside.message !== message) return gone();
  // Taken once: a second press (a double click, another replica) finds the dialog cleared.
  if (!(await ctx.clearDialog())) return gone();
  const prompt = typeof dialog.data.prompt === 'string' ? decodeRef(dialog.data.prompt) : undefined;
  const thread = prompt?.address.threadId;
  await answerPrompt(ctx, dialog, aside.text, kit, async (card) => {
    await ctx.answer(plainText(card));
    return ctx.reply(thread ? { ...card, under: thread } : { ...card, ephemeralTo: ctx.in.from.id });
  });
  await ctx.answer();
}
