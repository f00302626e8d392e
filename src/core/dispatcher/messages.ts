/**
 * A message routed, in order: an edit (`edits.ts`), a command (`commands.ts`), the open dialog's feature, then — only
 * for text meant for the bot, within the sender's limit (flood.ts) — words sent in pieces read together
 * (fragments.ts), each feature's `onMessage`, and otherwise a localised "not understood".
 */
import { DEFAULT_FLOOD_LIMITS, overLimit } from '../flood.js';
import type { MessageCtx } from '../feature.js';
import { forgetLastWords, readWithLastWords } from '../fragments.js';
import { dialogOwner } from '../ports/dialogs.js';
import { onCommand } from './commands.js';
import type { DispatcherContext } from './context.js';
import { onEdit } from './edits.js';

/** Words typed beside a staff chat's threads: the waiting dialog's feature hears of them (admission.ts let them in). */
async function onAside({ deps, byName }: DispatcherContext, ctx: MessageCtx): Promise<boolean> {
  const dialog = await deps.store.dialogs.get(dialogOwner(ctx.in));
  const owner = dialog && byName.get(dialog.feature);
  if (!dialog || !owner?.onAside || !owner.takesAside?.(dialog)) return false;
  await owner.onAside(ctx, dialog);
  return true;
}

/** Whether the message was the bot's to handle (false: counted as ignored). */
export async function onMessage(dc: DispatcherContext, ctx: MessageCtx): Promise<boolean> {
  const { deps, features, options, byName } = dc;
  const m = ctx.in;
  // Past the sender's limit in this chat: one "slow down" line a minute, the rest marked done unread (flood.ts).
  // Asked once per message, whoever asks first (a dialog that counts its messages, then the reading after it).
  let verdict: Promise<boolean> | undefined;
  const flooded = () => (verdict ??= overLimit(ctx, options.flood ?? DEFAULT_FLOOD_LIMITS, options.urgent));
  if (m.aside && !m.addressed) return onAside(dc, ctx);
  if (m.edited) return (await flooded()) || onEdit(dc, ctx);
  if (m.command) return onCommand(dc, ctx, m.command, flooded);
  const dialog = await deps.store.dialogs.get(dialogOwner(m));
  if (dialog) {
    const owner = byName.get(dialog.feature);
    if (owner?.onDialog) {
      // A dialog that only narrows a lookup (a station card's "send your location") is limited as questions are.
      if (owner.countsInDialog?.(dialog) && (await flooded())) return true;
      // false: not the dialog's (a question while a choice waits) — read as any message is, below.
      if ((await owner.onDialog(ctx, dialog)) !== false) {
        await forgetLastWords(ctx);
        return true;
      }
    } else await ctx.clearDialog();
  }
  if (!m.addressed) return false;
  // Only now: what an open dialog took is never limited (unless it counts its messages, above).
  if (await flooded()) return true;
  // Words sent in pieces (我被 / 罚款了 / 200): a fragment is read with the words before it (fragments.ts).
  if ((await readWithLastWords(ctx, options.urgent)) === 'open') {
    await ctx.reply({ text: [ctx.t('fragment-go-on')] });
    return true;
  }
  for (const f of features) if (f.onMessage && (await f.onMessage(ctx))) return true;
  // A voice note or a photo outside a report is not read anywhere: say what to do with it, rather than
  // "not understood" (a photo alone is most often a problem to report).
  const alone = (kind: string) => !m.text && m.attachments?.some((a) => a.kind === kind);
  const id = alone('voice') ? 'voice-unreadable' : alone('photo') ? 'photo-alone' : 'fallback-not-understood';
  await ctx.reply({ text: [ctx.t(id)] });
  return true;
}
