/**
 * A private text edited (`ignorable` in screen.ts lets only those through): first offered to the features that follow edits
 * (words relayed to a ticket's branch follow their edit: reports/edited-reply.ts); read as a new message when it now tells of an
 * emergency (the numbers and the report offer, however late the edit), or when it was fixed within a few minutes
 * of sending (a typo in a question: answered again). Never fed to an open dialog — a report's description edited
 * is not a second description — and never answered "not understood". docs/architecture.md "Edited messages".
 */
import type { MessageCtx } from '../feature.js';
import { dialogOwner } from '../ports/dialogs.js';
import type { DispatcherContext } from './context.js';

/** An edit this soon after the message was sent is a typo fixed: the question is answered again. */
export const EDIT_ANSWERED_WITHIN_MS = 5 * 60_000;

export async function onEdit(dc: DispatcherContext, ctx: MessageCtx): Promise<boolean> {
  const { deps, features, options } = dc;
  const m = ctx.in;
  // The files and the pin came with the message first sent; only the words are new.
  delete m.attachments;
  delete m.location;
  for (const f of features) if (f.onEdit && (await f.onEdit(ctx))) return true;
  if (options.urgent?.(m.text)) return readAsNew(dc, ctx);
  const soon = m.sentAt !== undefined && deps.now().getTime() - m.sentAt <= EDIT_ANSWERED_WITHIN_MS;
  if (!soon) return false;
  const dialog = await deps.store.dialogs.get(dialogOwner(m));
  return dialog ? false : readAsNew(dc, ctx);
}

async function readAsNew({ features }: DispatcherContext, ctx: MessageCtx): Promise<boolean> {
  for (const f of features) if (f.onMessage && (await f.onMessage(ctx))) return true;
  return false;
}
