/**
 * Typed answers to "问题解决了吗？" and to the rating question. The resolution notice opens a dialog (`solved`, 24 h,
 * as a secretary's question opens `answer`); pressing ✅ opens `rating`. While it waits, a short yes ("解决了，谢谢")
 * confirms, a no with words ("还没收到钱") reopens the ticket with those words as the reason, a bare no asks why (as
 * ❌ does), and "五星"/"5星" rates. A question of its own goes on to the FAQ (the dialog stays); other words get the
 * two buttons again, naming the report, once.
 *
 *   readSolved('解决了，谢谢')  // → 'yes'
 *   readSolved('还没收到钱')    // → 'no'
 *   readSolved('没解决')        // → 'bare-no'
 *   readStars('五星好评')       // → 5
 */
import type { Ctx, MessageCtx } from '../feature.js';
import type { Dialog } from '../ports/dialogs.js';
import type { Ticket } from '../ports/tickets.js';
import { hasWords } from '../text.js';
import { asks } from '../faq/told.js';
import { solvedButtons } from './views.js';
import { viewOf } from './intake-draft.js';

/** How long a typed answer is read as the answer to the question (as a secretary's question: a day). */
export const CONFIRM_TTL_SECONDS = 86_400;

/** Words that say it is not solved (simplified and traditional; English). "没问题" is a yes, so it is taken out first. */
const NO =
  /(?:还|還|仍|依然|根本|并|並)?(?:没|沒|未)(?:有)?(?:解决|解決|办好|辦好|处理|處理|搞定|退|收到|到账|到賬|给|給|弄好|修好|好)|(?:还|還)(?:是)?(?:没|沒|不)|不行|没用|沒用|不满意|不滿意|\b(?:no|nope|not (?:yet|solved|fixed|really)|still (?:not|no|waiting|haven'?t))\b|haven'?t|hasn'?t|didn'?t|❌/iu;
/** Only a no, saying nothing about what is left: asked for, as the ❌ button does. */
const BARE_NO =
  /^(?:还|還)?(?:是)?(?:没|沒|未)(?:有)?(?:解决|解決)?(?:呢|啊|呀|哦|喔)?$|^(?:不行|没用|沒用|no|nope|not yet|not solved|❌)$/iu;
/** Words that say it is solved. */
const YES =
  /解决了|解決了|已解决|已解決|搞定|好了|可以了|收到了|到账了|到賬了|退了|没问题了|沒問題了|满意|滿意|\b(?:yes|yep|solved|fixed|sorted|resolved|it'?s fine|all good|ok(?:ay)?)\b|✅|👍/iu;
/** A but after a yes ("解决了一半，不过…") leaves it unclear. */
const BUT = /但是|可是|不过|不過|只是|\bbut\b/iu;

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5 };

/** How the words answer "问题解决了吗？". */
export function readSolved(text: string): 'yes' | 'no' | 'bare-no' | 'unclear' {
  // Said as a yes though they hold a no-word: 没问题, 还不错, 还可以, 还行.
  const t = text.trim().replace(/没问题|沒問題|no problem|还不错|還不錯|还可以|還可以|还行|還行/giu, '好了');
  const bare = t.replace(/[\s,，。.!！~～]+/gu, '');
  if (BARE_NO.test(bare)) return 'bare-no';
  if (NO.test(t)) return 'no';
  if (YES.test(t) && !BUT.test(t)) return 'yes';
  return 'unclear';
}

/** Stars typed for the rating question ("五星", "5星", "4分", "★★★", "5 stars", "5"), or undefined. */
export function readStars(text: string): number | undefined {
  const t = text.trim();
  const bare = t.replace(/[\s,，。.!！]+/gu, '');
  if (/^[1-5]$/.test(bare)) return Number(bare);
  const marks = /^(★|⭐|🌟)+$/u.exec(bare) ? [...bare].length : 0;
  if (marks >= 1 && marks <= 5) return marks;
  const m = /([1-5一二两兩三四五])\s*(?:颗|顆|个|個)?\s*(?:星|分|stars?)/iu.exec(t);
  if (m) return DIGITS[m[1]!] ?? Number(m[1]);
  if (/满分|滿分|非常满意|非常滿意/u.test(t)) return 5;
  return undefined;
}

/** The resolution's question again, naming the report: words that did not answer it clearly. */
async function askSolvedAgain(ctx: Ctx, ticket: Ticket): Promise<void> {
  await ctx.reply({
    text: [ctx.t('worker-solved-again', { id: ticket.id })],
    buttons: solvedButtons(viewOf(ctx), ticket, 'ask'),
  });
}

export interface ConfirmActions {
  /** Words of acute danger: never read as a yes or no here (the FAQ's emergency answer takes them). */
  tellsDanger(ctx: MessageCtx, text: string): boolean;
  confirm(ctx: MessageCtx, id: string): Promise<void>;
  reopen(ctx: MessageCtx, dialog: Dialog): Promise<void>;
  askWhy(ctx: MessageCtx, id: string): Promise<void>;
  rate(ctx: MessageCtx, id: string, stars: number): Promise<void>;
}

/**
 * A message while "问题解决了吗？" (`solved`) or the rating (`rating`) waits. `false`: not an answer to it (a question,
 * a file) — read as any message is.
 */
export async function onConfirmDialog(
  ctx: MessageCtx,
  dialog: Dialog,
  act: ConfirmActions,
): Promise<void | false> {
  const id = String(dialog.data.id ?? '');
  const words = hasWords(ctx.in.text) ? ctx.in.text : '';
  if (!id || !words || ctx.in.attachments?.length) return false;
  if (dialog.step === 'rating') {
    const n = readStars(words);
    // Anything else ends the wait: the rating buttons stay on screen.
    await ctx.clearDialog();
    if (n === undefined) return false;
    return act.rate(ctx, id, n);
  }
  const ticket = await ctx.deps.store.tickets.get(id);
  // Closed meanwhile (the window passed) or reopened by a tap: nothing waits for an answer any more.
  if (ticket?.status !== 'resolved') {
    await ctx.clearDialog();
    return false;
  }
  const said = readSolved(words);
  // "没解决，他又动手了，在流血": the reopen raises it (numbers first); danger told otherwise is read as any message.
  if (act.tellsDanger(ctx, words) && said !== 'no') return false;
  if (said === 'yes') return act.confirm(ctx, id);
  if (said === 'no') return act.reopen(ctx, { ...dialog, step: 'reopen' });
  if (said === 'bare-no') return act.askWhy(ctx, id);
  if (asks(words)) return false;
  // Unclear: the buttons again, once; what comes next is read as any message is.
  await ctx.clearDialog();
  await askSolvedAgain(ctx, ticket);
}
