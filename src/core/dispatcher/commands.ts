/**
 * A command routed to the feature that registered it: an unknown one answered with the nearest (only when meant
 * for us); the per-person limit (unknown commands meant for us count too), scope and role checked (visibility.ts),
 * the open dialog ended unless kept.
 */
import type { MessageCtx } from '../feature.js';
import { forgetLastWords } from '../fragments.js';
import { onPlatform } from '../platform-words.js';
import { dialogOwner } from '../ports/dialogs.js';
import { allowedFor, offeredIn, toAsker } from '../visibility.js';
import type { DispatcherContext } from './context.js';
import { nearestCommand } from './nearest-command.js';

export async function onCommand(
  dc: DispatcherContext,
  ctx: MessageCtx,
  command: { name: string; args: string },
  flooded: () => Promise<boolean>,
): Promise<boolean> {
  const m = ctx.in;
  const entry = dc.commands.get(command.name);
  if (!entry) {
    // Bare unknown commands in groups may belong to another bot: answer only when meant for us — and count it then,
    // or /foo sent again and again would be answered every time, past the limit.
    if (m.addressed) {
      if (await flooded()) return true;
      const near = nearestCommand(dc, ctx, command.name);
      await ctx.reply(
        toAsker(ctx, {
          text: [
            near
              ? ctx.t('error-unknown-command-near', { command: command.name, near })
              : ctx.t('error-unknown-command', { command: command.name }),
          ],
        }),
      );
    }
    return m.addressed;
  }
  if (await flooded()) return true;
  const { spec } = entry;
  const kind = ctx.in.chat.kind;
  const place = kind === 'private' ? 'private' : 'group';
  // A private command typed in a group by someone who may not use it is refused there: sending them to a
  // private chat that refuses it helps nobody (QA4 #12). A group command typed in private still says where.
  const allowed = allowedFor(spec, ctx.role);
  if (!offeredIn(spec, place) && (allowed || place === 'private')) {
    const refusal = place === 'group' ? 'error-private-only' : 'error-group-only';
    await ctx.reply(toAsker(ctx, { text: [ctx.t(refusal, onPlatform(ctx, { command: spec.name }))] }));
    return true;
  }
  if (!allowed) {
    ctx.log.warn({ user: ctx.user.id, command: spec.name }, 'refused: role');
    await ctx.reply(toAsker(ctx, { text: [ctx.t(spec.refused ?? 'error-not-allowed', onPlatform(ctx))] }));
    return true;
  }
  if (!spec.keepsDialog?.(command.args)) await endDialog(dc, ctx, spec.name);
  await forgetLastWords(ctx);
  await spec.run(ctx, command.args);
  return true;
}

/** End the person's open dialog before a command, unless the feature that owns it keeps it. */
async function endDialog(
  { deps, byName }: DispatcherContext,
  ctx: MessageCtx,
  command: string,
): Promise<void> {
  const dialog = await deps.store.dialogs.get(dialogOwner(ctx.in));
  if (!dialog) return;
  const keeps = byName.get(dialog.feature)?.keepsDialogOn;
  if (keeps && (await keeps(ctx, dialog, command))) return;
  await ctx.clearDialog();
}
