/**
 * The core's single entry point: every adapter hands it normalised updates. It drops duplicates and
 * noise, works out who is speaking, routes to the right feature, and catches every error at one boundary
 * so that a person always gets a clear, localised reply and the bot never crashes on bad input.
 *
 * At least once: an update is claimed in Redis (kept, with a lease) when it arrives — `admit`, which an
 * adapter calls before the update waits behind its chat — and marked done only when its handling has
 * finished. A process killed mid-update leaves it claimed; once the lease runs out `recoverUpdates` (in
 * any process) handles it again, and the replies it had already sent are not sent twice.
 */
import type { Card } from './card.js';
import type {
  ButtonCtx,
  CommandSpec,
  CoreDeps,
  Ctx,
  Feature,
  Identity,
  MembershipCtx,
  MessageCtx,
} from './feature.js';
import { identify, pickLocale } from './identity.js';
import type { Locale, TArgs } from './i18n.js';
import { hasChinese, isPinyin, writtenIn } from './script.js';
import { COMMAND_WORDS } from './command.js';
import { forgetLastWords, readWithLastWords } from './fragments.js';
import { cleanInput, cleanLabel, cleanWhole } from './text.js';
import { DEFAULT_FLOOD_LIMITS, overLimit, type FloodLimits } from './flood.js';
import type { Incoming, IncomingButton, IncomingMove, IncomingRetitle, MessageRef } from './types.js';
import { followTitle, retitle } from './groups/titles.js';
import { chatKey } from './ports/groups.js';
import { onPlatform } from './platform-words.js';
import { updateKey } from './ports/updates.js';
import { isStoreFull, isStoreUnavailable } from './ports/unavailable.js';
import { allowedFor, offeredIn, toAsker } from './visibility.js';

/**
 * How `admit` left an update: handle it (`claimed`), or drop it. `refused`: Redis answered but would not
 * record it — the sender has already been told: it is kept in the spool (Redis full), or to send it again
 * (a script error, or no spool).
 */
export type Admission = 'claimed' | 'reclaimed' | 'duplicate' | 'ignored' | 'unavailable' | 'refused';

export interface HandleOptions {
  /** An update from the spool (its claim was recorded, or not, before Redis went away). */
  replay?: boolean;
  /** `admit` already claimed it (`reclaimed`: an earlier handler may have replied already). */
  admitted?: 'claimed' | 'reclaimed';
}

export interface Core {
  /**
   * Claim an update on arrival (before it waits behind its chat's earlier updates). `claimed` or
   * `reclaimed`: pass it on to `handle` with `{ admitted }`; `unavailable`: Redis is away, pass it on
   * unadmitted (it is spooled); anything else: drop it.
   */
  admit(update: Incoming): Promise<Admission>;
  handle(update: Incoming, options?: HandleOptions): Promise<void>;
  /** Handle again the updates whose handler died (their lease ran out); returns how many. */
  recoverUpdates(): Promise<number>;
  /** Hand the updates kept while Redis was unreachable back to `handle`; returns how many were handled. */
  drainSpool(): Promise<number>;
  features: readonly Feature[];
  /** Commands for the platform menus (setMyCommands), per scope and role. */
  commands(): readonly CommandSpec[];
}

export interface CoreOptions {
  /** How long a claimed update is this process's before another may handle it again (renewed while held). */
  updateLeaseMs?: number;
  /** Whether words tell of danger to a person now: an edit into such words is read however late it comes. */
  urgent?: (text: string) => boolean;
  /** Messages one person may send the bot per chat per minute (core/flood.ts). */
  flood?: FloodLimits;
}

const DEFAULT_UPDATE_LEASE_MS = 60_000;
/** An edit this soon after the message was sent is a typo fixed: the question is answered again. */
export const EDIT_ANSWERED_WITHIN_MS = 5 * 60_000;

export function createCore(deps: CoreDeps, features: Feature[], options: CoreOptions = {}): Core {
  const leaseMs = options.updateLeaseMs ?? DEFAULT_UPDATE_LEASE_MS;
  const updates = deps.store.updates;
  /** Updates this process holds (claimed, not done) → how many holds; their leases are renewed. */
  const held = new Map<string, number>();
  let renewer: NodeJS.Timeout | undefined;

  function hold(id: string): void {
    held.set(id, (held.get(id) ?? 0) + 1);
    renewer ??= setInterval(
      () => {
        updates
          .renew([...held.keys()], leaseMs)
          .catch((err: unknown) =>
            deps.logger.warn({ err: (err as Error).message }, 'update leases not renewed'),
          );
      },
      Math.max(50, Math.floor(leaseMs / 3)),
    );
    renewer.unref();
  }
  function release(id: string): void {
    const n = (held.get(id) ?? 1) - 1;
    if (n > 0) held.set(id, n);
    else held.delete(id);
    if (!held.size && renewer) {
      clearInterval(renewer);
      renewer = undefined;
    }
  }
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
   * the person's next presses (which carry no words) keep that language. Text typed in answer to a prompt
   * (a dialog is open: a report's words, a reason, a notice's `[en]` line, a drafted answer) is content,
   * not a choice of language: it changes nothing the person already uses. Only someone with no language
   * remembered yet gets one from such text — a worker whatever it is written in (their first English
   * words get English), staff only Chinese (what they type at a prompt is often for others: a notice's
   * English line, an answer for an English-speaking worker). docs/reports.md "Which language".
   */
  async function writtenLocale(update: Incoming, role: Identity['role']): Promise<Locale | undefined> {
    const { channel, id } = update.from;
    const people = deps.store.people;
    const remembered = await people.writtenLocale(channel, id);
    if (update.type !== 'message' || update.command || !update.text) return remembered;
    const client = pickLocale(update.from.languageCode, undefined);
    // English with a little Chinese in it, from someone who reads English, stays English (QA12 #3).
    let written = writtenIn(update.text, client === 'en' || remembered === 'en');
    // Chinese in characters both scripts share (哈哈, 谢谢你), or in pinyin, is still Chinese: never answered in English.
    const chinese = hasChinese(update.text) || isPinyin(update.text);
    if (!written && chinese && (!remembered || remembered === 'en')) {
      written = client === 'en' ? 'zh-CN' : client;
    }
    if (!written || written === remembered) return remembered;
    if (await answersPrompt(update)) {
      const fillsIn = !remembered && (role === 'worker' || written !== 'en');
      if (!fillsIn) return remembered;
    }
    await people.setWrittenLocale(channel, id, written);
    return written;
  }

  /** Whether a message is typed while one of the person's dialogs waits for words in that chat. */
  async function answersPrompt(update: Incoming): Promise<boolean> {
    const { address } = update.chat;
    const dialog = await deps.store.dialogs.get({
      channel: address.channel,
      chatId: address.chatId,
      userId: update.from.id,
    });
    return !!dialog;
  }

  async function buildCtx(
    update: Exclude<Incoming, IncomingMove | IncomingRetitle>,
    replayed: boolean,
    said: Said,
  ): Promise<Ctx> {
    const pack = deps.content.get();
    const identity = identify(update.from, pack);
    const address = update.chat.address;
    // A rename the bot did not see (it was away) is caught up with here (groups/titles.ts).
    const group =
      update.chat.kind === 'private'
        ? undefined
        : await followTitle(
            deps.store,
            update,
            await deps.store.groups.get(chatKey(address.channel, address.chatId)),
          );
    const locale =
      (await writtenLocale(update, identity.role)) ?? pickLocale(update.from.languageCode, group?.locale);
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
      reply: remembered(update, replayed, said, (card: Card) => {
        if (update.type !== 'message' || update.chat.kind === 'private')
          return deps.outbox.send(address, card);
        if (update.onlyToSender) return deps.outbox.send(address, { ...card, ephemeralTo: update.from.id });
        return deps.outbox.send(address, card.replyTo ? card : { ...card, replyTo: update.messageId });
      }),
      setDialog: (feature: string, step: string, data: Record<string, unknown> = {}) =>
        deps.store.dialogs.set(owner, { feature, step, data, startedAt: deps.now().getTime() }),
      clearDialog: () => deps.store.dialogs.clear(owner),
    };
    if (update.type === 'button') {
      let answered = false;
      const pressed = update.message;
      const ctx: ButtonCtx = {
        ...base,
        in: update,
        answer: async (text?: string, alert?: boolean) => {
          if (answered) return;
          answered = true;
          if (text) said.n++;
          await deps.outbox.answerPress(update, text, alert);
        },
        show: async (card: Card) => {
          said.n++;
          // A message too old to edit (or already gone) must not swallow the answer.
          if (pressed) await deps.outbox.edit(pressed, card).catch(() => base.reply(card));
          else await base.reply(card);
        },
        record: async (card: Card) => {
          if (pressed) await deps.outbox.edit(pressed, card).catch(() => undefined);
        },
      };
      return ctx;
    }
    if (update.type === 'membership') return { ...base, in: update } satisfies MembershipCtx;
    return { ...base, in: update } satisfies MessageCtx;
  }

  /**
   * Replies of one update are remembered (n-th reply → message) until the update is done, so a replay
   * after a crash skips the replies that already went out instead of sending them twice.
   */
  function remembered(
    update: Incoming,
    replayed: boolean,
    said: Said,
    send: (card: Card) => Promise<MessageRef>,
  ): (card: Card) => Promise<MessageRef> {
    const channel = update.chat.address.channel;
    let n = 0;
    return async (card) => {
      const i = n++;
      if (replayed) {
        const before = await updates.reply(channel, update.updateId, i);
        if (before) return JSON.parse(before) as MessageRef;
      }
      said.n++;
      const ref = await send(card);
      await updates
        .rememberReply(channel, update.updateId, i, JSON.stringify(ref))
        .catch((err: unknown) => deps.logger.warn({ err: (err as Error).message }, 'reply not remembered'));
      return ref;
    };
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
      for (const f of features) if (f.onStalePress && (await f.onStalePress(ctx))) return;
      await ctx.answer(ctx.t('error-button-expired'), true);
      return;
    }
    await spec.run(ctx, payload);
    // A handler that forgot to answer still stops the client's spinner.
    await ctx.answer();
  }

  /**
   * The command a typo or another word meant (/reprot, /broadcast → notice): one this person may use here,
   * at most two edits away.
   */
  function nearestCommand(ctx: MessageCtx, typed: string): string | undefined {
    const place = ctx.in.chat.kind === 'private' ? 'private' : 'group';
    const meant = commands.get(COMMAND_WORDS[typed] ?? '')?.spec;
    if (meant && offeredIn(meant, place) && allowedFor(meant, ctx.role)) return meant.name;
    let best: { name: string; d: number } | undefined;
    for (const { spec } of commands.values()) {
      if (!offeredIn(spec, place) || !allowedFor(spec, ctx.role)) continue;
      const d = editDistance(typed, spec.name);
      if (d <= Math.min(2, Math.floor(spec.name.length / 3)) && (!best || d < best.d))
        best = { name: spec.name, d };
    }
    return best?.name;
  }

  /** End the person's open dialog before a command, unless the feature that owns it keeps it. */
  async function endDialog(ctx: MessageCtx, command: string): Promise<void> {
    const { address } = ctx.in.chat;
    const dialog = await deps.store.dialogs.get({
      channel: address.channel,
      chatId: address.chatId,
      userId: ctx.in.from.id,
    });
    if (!dialog) return;
    const keeps = byName.get(dialog.feature)?.keepsDialogOn;
    if (keeps && (await keeps(ctx, dialog, command))) return;
    await ctx.clearDialog();
  }

  /**
   * A private text edited (ignorable lets only those through): first offered to the features that follow edits
   * (words relayed to a ticket's branch follow their edit: reports/edited-reply.ts); read as a new message when it now tells of an
   * emergency (the numbers and the report offer, however late the edit), or when it was fixed within a few minutes
   * of sending (a typo in a question: answered again). Never fed to an open dialog — a report's description edited
   * is not a second description — and never answered "not understood". docs/architecture.md "Edited messages".
   */
  async function onEdit(ctx: MessageCtx): Promise<boolean> {
    const m = ctx.in;
    // The files and the pin came with the message first sent; only the words are new.
    delete m.attachments;
    delete m.location;
    for (const f of features) if (f.onEdit && (await f.onEdit(ctx))) return true;
    if (options.urgent?.(m.text)) return readAsNew(ctx);
    const soon = m.sentAt !== undefined && deps.now().getTime() - m.sentAt <= EDIT_ANSWERED_WITHIN_MS;
    if (!soon) return false;
    const dialog = await deps.store.dialogs.get({
      channel: m.chat.address.channel,
      chatId: m.chat.address.chatId,
      userId: m.from.id,
    });
    return dialog ? false : readAsNew(ctx);
  }

  async function readAsNew(ctx: MessageCtx): Promise<boolean> {
    for (const f of features) if (f.onMessage && (await f.onMessage(ctx))) return true;
    return false;
  }

  async function onMessage(ctx: MessageCtx): Promise<boolean> {
    const m = ctx.in;
    // Past the sender's limit in this chat: one "slow down" line a minute, the rest marked done unread (flood.ts).
    const flooded = () => overLimit(ctx, options.flood ?? DEFAULT_FLOOD_LIMITS, options.urgent);
    if (m.edited) return (await flooded()) || onEdit(ctx);
    if (m.command) {
      const entry = commands.get(m.command.name);
      if (!entry) {
        // Bare unknown commands in groups may belong to another bot: answer only when meant for us.
        if (m.addressed) {
          const near = nearestCommand(ctx, m.command.name);
          await ctx.reply(
            toAsker(ctx, {
              text: [
                near
                  ? ctx.t('error-unknown-command-near', { command: m.command.name, near })
                  : ctx.t('error-unknown-command', { command: m.command.name }),
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
        await ctx.reply(
          toAsker(ctx, { text: [ctx.t(spec.refused ?? 'error-not-allowed', onPlatform(ctx))] }),
        );
        return true;
      }
      if (!spec.keepsDialog?.(m.command.args)) await endDialog(ctx, spec.name);
      await forgetLastWords(ctx);
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
        // false: not the dialog's (a question while a choice waits) — read as any message is, below.
        if ((await owner.onDialog(ctx, dialog)) !== false) {
          await forgetLastWords(ctx);
          return true;
        }
      } else await ctx.clearDialog();
    }
    if (!m.addressed) return false;
    // Only now: what an open dialog took is never limited.
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
    const id = alone('voice')
      ? 'voice-unreadable'
      : alone('photo')
        ? 'photo-alone'
        : 'fallback-not-understood';
    await ctx.reply({ text: [ctx.t(id)] });
    return true;
  }

  /**
   * Updates the bot does not act on: other bots, channel posts, edits in groups and edits with no words (a live
   * location's updates arrive as edits), an edit into a command. Cheap checks, no Redis.
   */
  function ignorable(update: Incoming): boolean {
    // A rename is taken whoever made it (a group's admin bot too).
    if (update.from.isBot && update.type !== 'retitled') return true;
    if (update.chat.kind === 'channel') return true;
    if (update.type === 'message' && update.edited) {
      if (update.chat.kind !== 'private' || update.command || update.location) return true;
      if (!cleanWhole(update.text).trim()) return true;
    }
    return false;
  }

  /** A person's name and a chat's title lose their bidirectional controls, as typed text does (QA30). */
  function cleanLabels(update: Incoming): void {
    const { name, ...from } = update.from;
    if (name !== undefined && cleanLabel(name) !== name) {
      const kept = cleanLabel(name);
      update.from = kept ? { ...from, name: kept } : from;
    }
    const { title, ...chat } = update.chat;
    if (title !== undefined && cleanLabel(title) !== title) {
      const kept = cleanLabel(title);
      update.chat = kept ? { ...chat, title: kept } : chat;
    }
  }

  /** Cheap drops before any Redis work: noise, and group chatter not meant for the bot. */
  function screen(update: Incoming): boolean {
    const channel = update.chat.address.channel;
    if (ignorable(update)) {
      deps.metrics.updates.inc({ channel, outcome: 'ignored' });
      return false;
    }
    cleanLabels(update);
    if (update.type === 'message') {
      const whole = cleanWhole(update.text);
      update.text = cleanInput(whole);
      if (whole.length > update.text.length) update.cutFrom = [...whole].length;
      // A dialog step in a group (e.g. a resolution note in a triage chat) asks with force-reply, so
      // the answer arrives addressed.
      if (!update.addressed && !update.command && update.chat.kind !== 'private') {
        deps.metrics.updates.inc({ channel, outcome: 'ignored' });
        return false;
      }
    }
    return true;
  }

  async function admit(update: Incoming): Promise<Admission> {
    if (!screen(update)) return 'ignored';
    const channel = update.chat.address.channel;
    let r;
    try {
      r = await updates.claim(channel, update.updateId, JSON.stringify(update), leaseMs);
    } catch (err) {
      if (isStoreUnavailable(err)) return 'unavailable';
      // Redis full: kept for a retry as in an outage (nothing of it is in Redis to recover).
      if (isStoreFull(err) && deps.spool) {
        await keepAndTell(undefined, update, err);
        return 'refused';
      }
      deps.metrics.errors.inc({ where: update.type });
      deps.logger.error({ err, update: update.updateId }, 'update could not be claimed');
      await apologise(undefined, update).catch((e: unknown) =>
        deps.logger.error({ err: e }, 'apology failed'),
      );
      return 'refused';
    }
    if (r === 'claimed' || r === 'reclaimed') {
      hold(updateKey(channel, update.updateId));
      return r;
    }
    // Handled already, or being handled right now by another process (it is recovered if that one dies).
    deps.metrics.updates.inc({ channel, outcome: 'duplicate' });
    return 'duplicate';
  }

  const core: Core = {
    features,
    commands: () => [...commands.values()].map((c) => c.spec),
    admit,
    drainSpool() {
      return deps.spool ? deps.spool.drain((u) => core.handle(u, { replay: true })) : Promise.resolve(0);
    },
    async recoverUpdates() {
      let handled = 0;
      for (;;) {
        const batch = await updates.recover(leaseMs);
        if (!batch.length) return handled;
        await Promise.all(
          batch.map(async ({ id, json }) => {
            let update: Incoming;
            try {
              update = JSON.parse(json) as Incoming;
            } catch {
              deps.logger.error({ update: id }, 'kept update unreadable; dropped');
              const [channel, ...rest] = id.split(':');
              await updates.done(channel!, rest.join(':'));
              return;
            }
            hold(id);
            deps.logger.info({ update: update.updateId }, 'update taken over after its handler stopped');
            await core.handle(update, { admitted: 'reclaimed' });
            handled++;
          }),
        );
      }
    },
    async handle(update, options = {}) {
      const channel = update.chat.address.channel;
      const id = updateKey(channel, update.updateId);
      let admitted = options.admitted;
      if (!admitted && !options.replay) {
        const r = await admit(update);
        if (r === 'claimed' || r === 'reclaimed') admitted = r;
        else if (r !== 'unavailable') return;
      } else if (!admitted && !screen(update)) return;
      let ctx: Ctx | undefined;
      let finished = true;
      const said: Said = { n: 0 };
      try {
        // A spooled update may have been recovered and handled meanwhile.
        if (options.replay && (await updates.isDone(channel, update.updateId))) return;
        let handled = true;
        if (update.type === 'moved') {
          // The chat has a new id (a group upgraded to a supergroup): its binding follows (groups/moves.ts).
          await deps.moves.follow(channel, update.oldChatId, update.newChatId, 'notice');
        } else if (update.type === 'retitled') {
          // The chat was renamed: a bound group's lists and the board name it as its members see it.
          await retitle(deps.store, update);
        } else {
          ctx = await buildCtx(update, admitted === 'reclaimed' || Boolean(options.replay), said);
          if (ctx.in.type === 'button') await onButton(ctx as ButtonCtx);
          else if (ctx.in.type === 'membership') await onMembership(ctx as MembershipCtx);
          else handled = await onMessage(ctx as MessageCtx);
        }
        deps.metrics.updates.inc({ channel, outcome: handled ? 'handled' : 'ignored' });
      } catch (err) {
        // Redis unreachable: keep the update on disk, tell the person it is saved, replay it later.
        // "Saved" is said only once the update really is on disk; anything else (Redis refusing a write:
        // OOM, a script error; a spool that cannot be written) gets an honest "please send again".
        if (isStoreUnavailable(err) && deps.spool) {
          if (options.replay) {
            finished = false;
            throw err;
          }
          await keepAndTell(ctx, update, err);
          return;
        }
        if (isStoreFull(err)) {
          // Redis full (noeviction): one behaviour, told once. The claim is let go (a done mark would be
          // refused, and a pending update would be recovered a lease later, after its apology); the update is
          // kept in the spool — unless something was said already, which a replay would say again.
          finished = false;
          if (admitted)
            await updates
              .letGo(channel, update.updateId)
              .catch((e: unknown) => deps.logger.error({ err: e }, 'update claim not let go'));
          if (!said.n) {
            // Still full on a replay: it stays in the spool, and the person is not told again.
            if (options.replay) throw err;
            if (deps.spool) {
              await keepAndTell(ctx, update, err);
              return;
            }
          }
        }
        deps.metrics.errors.inc({ where: update.type });
        deps.logger.error({ err, update: update.updateId }, 'update failed');
        await apologise(ctx, update, said.n ? 'error-unfinished' : 'error-generic').catch((e: unknown) =>
          deps.logger.error({ err: e }, 'apology failed'),
        );
      } finally {
        // Done once handled (or answered with an apology, or spooled): only a process that dies
        // before this line leaves the update to be handled again.
        if (finished && (admitted || options.replay))
          await updates.done(channel, update.updateId).catch(async (err: unknown) => {
            deps.logger.warn(
              { err: (err as Error).message, update: update.updateId },
              'update not marked done',
            );
            // Handled, but Redis is full: let the claim go, or recovery would handle it again a lease later.
            if (admitted && isStoreFull(err))
              await updates.letGo(channel, update.updateId).catch(() => undefined);
          });
        if (admitted) release(id);
      }
    },
  };
  return core;

  function keep(spool: NonNullable<CoreDeps['spool']>, update: Incoming): boolean {
    try {
      spool.keep(update);
      return true;
    } catch (e) {
      deps.metrics.errors.inc({ where: 'spool' });
      deps.logger.error({ err: e, update: update.updateId }, 'spool write failed: update not kept');
      return false;
    }
  }

  /**
   * Keep an update Redis could not take (unreachable, or full) in the spool and say so — or, when it cannot be
   * written there, apologise: "saved" is said only once it is on disk.
   */
  async function keepAndTell(ctx: Ctx | undefined, update: Incoming, err: unknown): Promise<void> {
    const spool = deps.spool!;
    if (!keep(spool, update)) {
      await apologise(ctx, update).catch((e: unknown) => deps.logger.error({ err: e }, 'apology failed'));
      return;
    }
    deps.metrics.updates.inc({ channel: update.chat.address.channel, outcome: 'spooled' });
    const why = isStoreFull(err) ? 'redis out of memory' : 'redis unreachable';
    // Out of memory does not pass by itself: logged as an error, for the alert (README "Redis memory").
    deps.logger[isStoreFull(err) ? 'error' : 'warn'](
      { err: (err as Error).message, update: update.updateId },
      `${why}: update spooled`,
    );
    await tell(ctx, update, 'spool-saved').catch((e: unknown) =>
      deps.logger.error({ err: e }, 'spool notice failed'),
    );
  }

  /** Nothing will retry this update: say so, and ask for it again (`error-unfinished`: after a partial answer). */
  function apologise(ctx: Ctx | undefined, update: Incoming, id = 'error-generic'): Promise<void> {
    return tell(ctx, update, id);
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

/** How many times one update's handling spoke to the person (replies, a press answered with words, a card shown). */
interface Said {
  n: number;
}

/** Edits (insert, delete, replace, swap two neighbours) from one word to another. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}
