/**
 * Danger told about a ticket that is already over: the worker answers a question after the ticket was
 * resolved, or says "not solved" once the confirmation window has passed, and their words tell of acute
 * danger to a person now. The old ticket cannot take the words any more, so they are filed as a new report
 * through the intake's own `fileAsWorker` — same worker, same origin group, same anonymity and contact
 * choice — which the classifier makes an emergency (deadlines, 🔴 card in the triage chat). The new
 * ticket names the old one (`follows`): its card shows the link, and its receipt, the one message the
 * worker gets, says that #A was closed and the words went out as #B.
 *
 *   if (danger && refusedAsClosed) return fileAfterClosed(ctx, kit, ticket, text, files);
 */
import { createHash } from 'node:crypto';
import type { MessageCtx } from '../feature.js';
import type { Ticket, TicketFile } from '../ports/tickets.js';
import { decideCategory } from './decide.js';
import { fileAsWorker } from './filing.js';
import type { Draft } from './intake-draft.js';
import type { ReportsKit } from './kit.js';

/**
 * One draft id per message: a redelivered update (a crash mid-handling) finds the ticket it made instead
 * of filing a second one. Letters and digits only, like the intake's own ids.
 */
function draftIdFor(ctx: MessageCtx, old: Ticket): string {
  const digest = createHash('sha256').update(`${old.id}|${ctx.in.updateId}`).digest('base64url');
  return `f${digest.replace(/[-_]/g, 'x').slice(0, 11)}`;
}

/** The new report's draft: the worker's words and files, the old ticket's origin and choices. */
async function draftFrom(
  ctx: MessageCtx,
  kit: ReportsKit,
  old: Ticket,
  text: string,
  files: TicketFile[],
): Promise<Draft> {
  const c = await decideCategory(kit, ctx.deps.content.get(), text);
  return {
    id: draftIdFor(ctx, old),
    ...(old.originChat ? { origin: { chat: old.originChat, branch: old.originBranch ?? '' } } : {}),
    text,
    files,
    category: c.category,
    // The words were found to tell of danger (the caller's check): never filed below an emergency.
    urgency: 'emergency',
    confidence: c.confidence,
    ...(c.summary ? { summary: c.summary } : {}),
    anonymous: old.anonymous,
    contact: old.contact,
    follows: old.id,
  };
}

/**
 * File the words as a new emergency report that follows `old`. The receipt (sent by the ticket's effects)
 * tells the worker both numbers; when the hourly limit refuses it, the worker is told the old ticket is
 * closed and to call the numbers shown just before.
 */
export async function fileAfterClosed(
  ctx: MessageCtx,
  kit: ReportsKit,
  old: Ticket,
  text: string,
  files: TicketFile[],
): Promise<void> {
  const draft = await draftFrom(ctx, kit, old, text, files);
  const result = await fileAsWorker(ctx, kit, draft);
  ctx.log.info({ ticket: old.id, filed: result.id, status: result.status }, 'danger after close: new report');
  if (result.status === 'rate-limited')
    await ctx.reply({ text: [ctx.t('worker-danger-closed-limited', { old: old.id })] });
}
