/**
 * /start and /help: what the bot can do for this person, here. Also the entry point of deep links
 * (`/start report-…` opened from a group) which are routed to the feature that owns the prefix.
 */
import { bold, type Button, type Card, type Span } from '../card.js';
import type { Ctx, Feature, MessageCtx } from '../feature.js';
import { staffChatNote } from '../groups/staff-chat.js';
import { visibleCommands } from '../visibility.js';
import { onPlatform } from '../platform-words.js';

export interface StartFeature extends Feature {
  /** What /help shows, for a help request typed in words ("help", "菜单": the FAQ job recognises them). */
  showHelp(ctx: Ctx): Promise<void>;
}

export function startFeature(getFeatures: () => readonly Feature[]): StartFeature {
  function helpCard(ctx: Ctx, greeting: boolean): Card {
    const kind = ctx.in.chat.kind === 'private' ? 'private' : 'group';
    const features = getFeatures();
    const lines: Span[] = [];
    if (greeting) lines.push(ctx.t('start-greeting', { name: ctx.user.name || 'none' }), '\n\n');
    lines.push(bold(ctx.t(`help-title-${ctx.role}`)), '\n');
    if (ctx.group) {
      const branch = ctx.deps.content.get().branches.find((b) => b.id === ctx.group!.branch);
      if (branch)
        lines.push(
          ctx.t(
            'help-group-branch',
            onPlatform(ctx, { branch: branch.variants?.[ctx.locale as 'en']?.name ?? branch.name }),
          ),
          '\n',
        );
    }
    const specs = visibleCommands(
      features.flatMap((f) => f.commands ?? []),
      ctx.role,
      kind,
    );
    for (const c of specs)
      lines.push(
        '\n',
        `/${c.name}${c.usage ? ` ${ctx.t(c.usage)}` : ''} — ${ctx.t(c.description, onPlatform(ctx))}`,
      );
    if (kind === 'group' && !ctx.group)
      lines.push('\n\n', staffChatNote(ctx) ?? ctx.t('help-group-unbound', onPlatform(ctx)));
    const buttons: Button[][] = features.flatMap((f) => f.helpButtons?.(ctx) ?? []).map((b) => [b]);
    return { text: lines, buttons: buttons.length ? buttons : undefined };
  }

  /**
   * A worker's /start: one phone screen at a large font — who the bot is, what it does in two short lines, the
   * group's branch, the main things as buttons, and where the full list is (/help). Staff keep the full card.
   */
  function workerStartCard(ctx: Ctx): Card {
    const lines: Span[] = [ctx.t('start-greeting', { name: ctx.user.name || 'none' }), '\n'];
    lines.push(ctx.t('start-worker-what'));
    const branch = ctx.group && ctx.deps.content.get().branches.find((b) => b.id === ctx.group!.branch);
    if (branch)
      lines.push(
        '\n',
        ctx.t(
          'help-group-branch',
          onPlatform(ctx, { branch: branch.variants?.[ctx.locale as 'en']?.name ?? branch.name }),
        ),
      );
    lines.push('\n', ctx.t('start-worker-more'));
    if (ctx.in.chat.kind !== 'private' && !ctx.group)
      lines.push('\n\n', staffChatNote(ctx) ?? ctx.t('help-group-unbound', onPlatform(ctx)));
    const buttons: Button[][] = getFeatures()
      .flatMap((f) => f.helpButtons?.(ctx) ?? [])
      .map((b) => [b]);
    return { text: lines, buttons: buttons.length ? buttons : undefined };
  }

  async function start(ctx: MessageCtx, args: string): Promise<void> {
    const payload = args.trim();
    if (payload) {
      const dash = payload.indexOf('-');
      const prefix = dash < 0 ? payload : payload.slice(0, dash);
      const spec = getFeatures()
        .flatMap((f) => f.deepLinks ?? [])
        .find((d) => d.prefix === prefix);
      if (spec) return spec.run(ctx, dash < 0 ? '' : payload.slice(dash + 1));
      // An unknown or stale link still gets a useful answer: the normal welcome.
      await ctx.clearDialog();
    }
    await ctx.reply(ctx.role === 'worker' ? workerStartCard(ctx) : helpCard(ctx, true));
  }

  const showHelp = async (ctx: Ctx) => void (await ctx.reply(helpCard(ctx, false)));

  return {
    name: 'start',
    showHelp,
    commands: [
      {
        name: 'start',
        description: 'cmd-start',
        scope: 'all',
        // A deep link's feature decides about an open dialog (a report link asks about a half-written report).
        keepsDialog: (args) => args.trim() !== '',
        run: start,
      },
      {
        name: 'help',
        description: 'cmd-help',
        scope: 'all',
        run: showHelp,
      },
      {
        name: 'cancel',
        description: 'cmd-cancel',
        scope: 'all',
        // The dispatcher clears the dialog before running any command; this only confirms it.
        run: async (ctx) => void (await ctx.reply({ text: [ctx.t('cancel-done')] })),
      },
    ],
  };
}
