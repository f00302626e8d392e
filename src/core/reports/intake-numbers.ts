/**
 * A bare number typed while the draft waits for a press ("2" at the category step): the console numbers the buttons
 * and many clients invite typing the number, so it is read as that button — never as words of the report (QA9 #3:
 * "5" and "2" became lines of a ticket). A number beyond the buttons gets the buttons again, saying how many there
 * are. Where no button waits (the description, the rest of a message cut on arrival), a number is words as before.
 */
import type { ButtonCtx, MessageCtx } from '../feature.js';
import type { Dialog } from '../ports/dialogs.js';
import { draftOf } from './intake-draft.js';
import { onIntakePress } from './intake-presses.js';
import type { ReportsKit } from './kit.js';

/** A message that is only a number of one or two digits (full-width too), punctuation aside. */
export function bareNumber(text: string): number | undefined {
  const bare = text.normalize('NFKC').replace(/[\s\p{P}]+/gu, '');
  return /^\d{1,2}$/.test(bare) ? Number(bare) : undefined;
}

/** True when the message was a number read against the draft's buttons (pressed, or the buttons shown again). */
export async function pressedByNumber(ctx: MessageCtx, dialog: Dialog, kit: ReportsKit): Promise<boolean> {
  const m = ctx.in;
  if (m.attachments?.length || m.location) return false;
  const n = bareNumber(m.text);
  const draft = draftOf(dialog);
  const waiting = draft?.waiting ?? [];
  // The rest of a cut message is owed: whatever comes next is more of the report.
  if (n === undefined || !draft || draft.missing || !waiting.length) return false;
  const button = waiting[n - 1];
  if (!button) {
    await ctx.reply({
      text: [ctx.t('report-press-range', { count: waiting.length })],
      buttons: waiting.map((b) => [{ label: b.label, data: b.data }]),
    });
    return true;
  }
  ctx.log.info({ step: dialog.step, n }, 'report: a number typed read as a button');
  await onIntakePress(typedPress(ctx, button.data), button.data.replace(/^rp:/, ''), kit);
  return true;
}

/**
 * The press a typed number stands for: what a press would show in place of its card, or record there, is sent as a
 * reply (the worker sees what the number was read as); a toast is said only when it is a refusal.
 */
function typedPress(ctx: MessageCtx, data: string): ButtonCtx {
  return {
    ...ctx,
    in: { ...ctx.in, type: 'button', data, pressId: '' },
    answer: async (text?: string, alert?: boolean) => {
      if (text && alert) await ctx.reply({ text: [text] });
    },
    show: async (card) => void (await ctx.reply(card)),
    record: async (card) => void (await ctx.reply(card)),
  };
}
