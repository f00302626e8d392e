/**
 * The core's single entry point: every adapter hands it normalised updates. It drops duplicates and
 * noise, works out who is speaking, routes to the right feature, and catches every error at one boundary
 * so that a person always gets a clear, localised reply and the bot never crashes on bad input.
 */
import type { Card } from './card.js';
import type { ButtonCtx, CommandSpec, CoreDeps, Ctx, Feature, MembershipCtx, MessageCtx } from './feature.js';
import { identify, pickLocale } from './identity.js';
import type { Locale, TArgs } from './i18n.js';
import { writtenIn } from './script.js';
import { cleanInput } from './text.js';
import type { Incoming, IncomingButton } from './types.js';
import { chatKey } from '../store/index.js';
import { isStoreUnavailable } from '../store/unavailable.js';

export interface Core {
  /** `replay`: an update from the spool (its delivery was recorded, or not, before Redis went away). */
  handle(update: Incoming, options?: { replay?: boolean }): Promise<void>;
  /** Hand the updates kept while Redis was unreachable back to `handle`; returns how many were handled. */
  drainSpool(): Promise<number>;
  features: readonly Feature[];
  /** Commands for the platform menus (setMyCommands), per scope and role. */
  commands(): readonly CommandSpec[];
}

export function createCore(deps: CoreDeps, features: Feature[]): Core {
  const commands = new Map<string, { feature: Feature; spec: CommandSpec }>();
  const buttons = new Map<string, Feature>();
  for (const f of features) {
    for (const c of f.commands ?? []) {
      if (commands.has(c.name)) throw new Error(`command /${c.name} registered twice`);
      commands.set(c.name, { feature: f, spec: c });
    }
    for (const b of f.buttons ?? []) {
      // Two features answering one prefix would silently steal each other's presses.
      if (buttons.has(b.prefix)) throw new Error(`button prefix "${b.prefix}" registered twice`);
      buttons.set(b.prefix, f);
    }
  }
  const byName = new Map(features.map((f) => [f.name, f]));

  /**
   * A question is answered in the language and script it was written in, whatever the client's setting;
   * the person's next presses (which carry no words) keep that language.
   */
  async function writtenLocale(update: Incoming): Promise<Locale | undefined> {
    const { channel, id } = update.from;
    const people = deps.store.people;
    const remembered = await people.writtenLocale(channel, id);
    if (update.type !== 'message' || update.command || !update.text) return remembered;
    const written = writtenIn(update.text);
    if (written && written !== remembered) await people.setWrittenLocale(channel, id, written);
    return written ?? remembered;
  }

  async function buildCtx(update: Incoming): Promise<Ctx> {
    const pack = deps.content.get();
    const identity = identify(update.from, pack);
    const address = update.chat.address;
    const group =
      update.chat.kind === 'private'
        ? undefined
        : await deps.store.groups.get(chatKey(address.channel, address.chatId));
    const locale = (await writtenLocale(update)) ?? pickLocale(update.from.languageCode, group?.locale);
    const log = deps.logger.child({
      update: update.updateId,
      channel: address.channel,
      chat: address.chatId,
    });
    const owner = { channel: address.channel, chatId: address.chatId, userId: update.from.id };
    const base = {
      ...identity,
      deps,
      log,
      locale,
      group,
      t: (id: string, args?: TArgs) => deps.i18n.t(locale, id, args),
      // Each adapter's outbox counts what it sends (replies_total), so replies are not counted here.
      // In a group, an answer to a message quotes it, so the asker sees it is meant for them.
      reply: (card: Card) => {
        if (update.type !== 'message' || update.chat.kind === 'private')
          return deps.outbox.send(address, card);
        if (update.onlyToSender) return deps.outbox.send(address, { ...card, ephemeralTo: update.from.id });
        return deps.outbox.send(address, card.replyTo ? card : { ...card, replyTo: update.messageId });
      },
      setDialog: (feature: string, step: string, data: Record<string, unknown> = {}) =>
        deps.store.dialogs.set(owner, { feature, step, data, startedAt: deps.now().getTime() }),
      clearDialog: () => deps.store.dialogs.clear(owner),
    };
    if (update.type === 'button') {
      let answered = false;
      const ctx: ButtonCtx = {
        ...base,
        in: update,
        answer: async (text?: string, alert?: boolean) => {
          if (answered) return;
          answered = true;
          await deps.outbox.answerPress(update, text, alert);
        },
      };
      return ctx;
    }
    if (update.type === 'membership') return { ...base, in: update } satisfies MembershipCtx;
    return { ...base, in: update } satisfies MessageCtx;
  }

  /** The bot joined or left a chat: each feature that cares reacts (a welcome, marking a group inactive). */
  async function onMembership(ctx: MembershipCtx): Promise<void> {
    for (const f of features) if (f.onMembership) await f.onMembership(ctx);
  }

  async function onButton(ctx: ButtonCtx): Promise<void> {
    const data = ctx.in.data;
    const colon = data.indexOf(':');
    const prefix = colon < 0 ? data : data.slice(0, colon);
    const payload = colon < 0 ? '' : data.slice(colon + 1);
    const spec = buttons.get(prefix)?.buttons?.find((b) => b.prefix === prefix);
    if (!spec) {
      await ctx.answer(ctx.t('error-button-expired'), true);
      return;
    }
    await spec.run(ctx, payload);
    // A handler that forgot to answer still stops the client's spinner.
    await ctx.answer();
  }

  async function onMessage(ctx: MessageCtx): Promise<boolean> {
    const m = ctx.in;
    if (m.command) {
      const entry = commands.get(m.command.name);
      if (!entry) {
        // Bare unknown commands in groups may belong to another bot: answer only when meant for us.
        if (m.addressed)
          await ctx.reply({ text: [ctx.t('error-unknown-command', { command: m.command.name })] });
        return m.addressed;
      }
      const { spec } = entry;
      const kind = ctx.in.chat.kind;
      if (spec.scope === 'private' && kind !== 'private') {
        await ctx.reply({ text: [ctx.t('error-private-only', { command: spec.name })] });
        return true;
      }
      if (spec.scope === 'group' && kind === 'private') {
        await ctx.reply({ text: [ctx.t('error-group-only', { command: spec.name })] });
        return true;
      }
      if (
        spec.roles &&
        !spec.roles.includes(ctx.role) &&
        !(ctx.isOrganiser && spec.roles.includes('secretary'))
      ) {
        ctx.log.warn({ user: ctx.user.id, command: spec.name }, 'refused: role');
        await ctx.reply({ text: [ctx.t('error-not-allowed')] });
        return true;
      }
      await ctx.clearDialog();
      await spec.run(ctx, m.command.args);
      return true;
    }
    const dialog = await deps.store.dialogs.get({
      channel: m.chat.address.channel,
      chatId: m.chat.address.chatId,
      userId: m.from.id,
    });
    if (dialog) {
      const owner = byName.get(dialog.feature);
      if (owner?.onDialog) {
        await owner.onDialog(ctx, dialog);
        return true;
      }
      await ctx.clearDialog();
    }
    if (!m.addressed) return false;
    for (const f of features) if (f.onMessage && (await f.onMessage(ctx))) return true;
    // A voice note outside a report is not read anywhere: say so, rather than "not understood".
    const voice = !m.text && m.attachments?.some((a) => a.kind === 'voice');
    await ctx.reply({ text: [ctx.t(voice ? 'voice-unreadable' : 'fallback-not-understood')] });
    return true;
  }

  /** Updates the bot does not act on: other bots, channel posts, edits. Cheap checks, no Redis. */
  function ignorable(update: Incoming): boolean {
    if (update.from.isBot) return true;
    if (update.chat.kind === 'channel') return true;
    if (update.type === 'message' && update.edited) return true;
    return false;
  }

  const core: Core = {
    features,
    commands: () => [...commands.values()].map((c) => c.spec),
    drainSpool() {
      return deps.spool ? deps.spool.drain((u) => core.handle(u, { replay: true })) : Promise.resolve(0);
    },
    async handle(update, options = {}) {
      const channel = update.chat.address.channel;
      if (ignorable(update)) {
        deps.metrics.updates.inc({ channel, outcome: 'ignored' });
        return;
      }
      if (update.type === 'message') {
        update.text = cleanInput(update.text);
        // Group chatter not meant for the bot is dropped before any Redis work. A dialog step in a group
        // (e.g. a resolution note in a triage chat) asks with force-reply, so the answer arrives addressed.
        if (!update.addressed && !update.command && update.chat.kind !== 'private') {
          deps.metrics.updates.inc({ channel, outcome: 'ignored' });
          return;
        }
      }
      let ctx: Ctx | undefined;
      try {
        if (!options.replay && !(await deps.store.firstDelivery(channel, update.updateId))) {
          deps.metrics.updates.inc({ channel, outcome: 'duplicate' });
          return;
        }
        ctx = await buildCtx(update);
        let handled = true;
        if (ctx.in.type === 'button') await onButton(ctx as ButtonCtx);
        else if (ctx.in.type === 'membership') await onMembership(ctx as MembershipCtx);
        else handled = await onMessage(ctx as MessageCtx);
        deps.metrics.updates.inc({ channel, outcome: handled ? 'handled' : 'ignored' });
      } catch (err) {
        // Redis unreachable: keep the update on disk, tell the person it is saved, replay it later.
        if (isStoreUnavailable(err) && deps.spool) {
          if (options.replay) throw err;
          deps.spool.keep(update);
          deps.metrics.updates.inc({ channel, outcome: 'spooled' });
          deps.logger.warn(
            { err: (err as Error).message, update: update.updateId },
            'redis unreachable: update spooled',
          );
          await tell(ctx, update, 'spool-saved').catch((e: unknown) =>
            deps.logger.error({ err: e }, 'spool notice failed'),
          );
          return;
        }
        deps.metrics.errors.inc({ where: update.type });
        deps.logger.error({ err, update: update.updateId }, 'update failed');
        await apologise(ctx, update).catch((e: unknown) => deps.logger.error({ err: e }, 'apology failed'));
      }
    },
  };
  return core;

  function apologise(ctx: Ctx | undefined, update: Incoming): Promise<void> {
    return tell(ctx, update, 'error-generic');
  }

  async function tell(ctx: Ctx | undefined, update: Incoming, id: string): Promise<void> {
    const locale = ctx?.locale ?? pickLocale(update.from.languageCode, undefined);
    const text = deps.i18n.t(locale, id);
    if (update.type === 'button') {
      await deps.outbox.answerPress(update as IncomingButton, text, true);
    } else if (update.type === 'message' && (update.addressed || update.chat.kind === 'private')) {
      await deps.outbox.send(update.chat.address, { text: [text] });
    }
  }
}
