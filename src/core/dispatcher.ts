/**
 * The core's single entry point: every adapter hands it normalised updates. It drops duplicates and
 * noise, works out who is speaking, routes to the right feature, and catches every error at one boundary
 * so that a person always gets a clear, localised reply and the bot never crashes on bad input.
 *
 * At least once: an update is claimed in Redis (kept, with a lease) when it arrives — `admit`, which an
 * adapter calls before the update waits behind its chat — and marked done only when its handling has
 * finished. A process killed mid-update leaves it claimed; once the lease runs out `recoverUpdates` (in
 * any process) handles it again, and the replies it had already sent are not sent twice.
 *
 * Its parts (dispatcher/), in the order of the flow: what they share, built once (`context.ts`: the features'
 * commands and button prefixes, `registry.ts`; the updates this process holds, their leases renewed, `leases.ts`);
 * noise and chatter dropped before any Redis work (`screen.ts`), the update claimed or dropped as a duplicate
 * (`admission.ts`); the context a feature is handed (`build-ctx.ts`), in the language the person writes in
 * (`written-locale.ts`), its replies remembered for a replay (`remembered-replies.ts`); a button press
 * (`button-press.ts`); a message (`messages.ts`: the open dialog, the per-person limit, words sent in pieces, the
 * features, "not understood"), a command (`commands.ts`, a typo's nearest command in `nearest-command.ts`), an edit
 * (`edits.ts`); the error boundary's answer — Redis unreachable or full, or an apology (`failure.ts`), told by
 * `spool-or-apologise.ts`; the update marked done (`done.ts`); updates handled again after a crash or from the spool
 * (`recovery.ts`). This file keeps the contract and runs one update through the parts.
 */
import type { ButtonCtx, CommandSpec, CoreDeps, Ctx, Feature, MembershipCtx, MessageCtx } from './feature.js';
import type { FloodLimits } from './flood.js';
import type { Channel, Incoming } from './types.js';
import { retitle } from './groups/titles.js';
import { updateKey } from './ports/updates.js';
import { admit } from './dispatcher/admission.js';
import { buildCtx } from './dispatcher/build-ctx.js';
import { onButton } from './dispatcher/button-press.js';
import { dispatcherContext, isWorking, type Said } from './dispatcher/context.js';
import { markDone } from './dispatcher/done.js';
import { answerFailure } from './dispatcher/failure.js';
import { onMessage } from './dispatcher/messages.js';
import { drainSpool, recoverUpdates } from './dispatcher/recovery.js';
import { hearsAside, screen } from './dispatcher/screen.js';

export { EDIT_ANSWERED_WITHIN_MS } from './dispatcher/edits.js';

/**
 * How `admit` left an update: handle it (`claimed`), or drop it. `refused`: Redis answered but would not
 * record it — the sender has already been told: it is kept in the spool (Redis full), or to send it again
 * (a script error, or no spool). `left`: this replica stepped aside for a newer release (core/release.ts); the update
 * is kept in Redis with its lease already over, for that release's recovery.
 */
export type Admission =
  'claimed' | 'reclaimed' | 'duplicate' | 'ignored' | 'unavailable' | 'refused' | 'left';

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
  /**
   * Whether a message typed in this chat, not meant for the bot, should still be handed over marked `aside`: a staff
   * chat, where a prompt's answer may be typed beside its thread. From the content pack, no Redis (Slack asks it for
   * every top-level channel message, and drops the rest as before).
   */
  hearsAside(channel: Channel, chatId: string): boolean;
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
  /**
   * false once this replica stepped aside for a newer release (core/release.ts): updates are left in Redis for its
   * recovery, none is handled or recovered here. Absent: always working.
   */
  working?: () => boolean;
}

export function createCore(deps: CoreDeps, features: Feature[], options: CoreOptions = {}): Core {
  const dc = dispatcherContext(deps, features, options);
  const { updates } = dc;

  /** The bot joined or left a chat: each feature that cares reacts (a welcome, marking a group inactive). */
  async function onMembership(ctx: MembershipCtx): Promise<void> {
    for (const f of features) if (f.onMembership) await f.onMembership(ctx);
  }

  const core: Core = {
    features,
    hearsAside: (channel, chatId) => hearsAside(deps, channel, chatId),
    commands: () => [...dc.commands.values()].map((c) => c.spec),
    admit: (update) => admit(dc, update),
    drainSpool: () => drainSpool(dc, (u, o) => core.handle(u, o)),
    recoverUpdates: () => recoverUpdates(dc, (u, o) => core.handle(u, o)),
    async handle(update, options = {}) {
      const channel = update.chat.address.channel;
      const id = updateKey(channel, update.updateId);
      let admitted = options.admitted;
      if (!isWorking(dc) && (admitted || options.replay)) {
        // Stepped aside before its turn came: claimed here, handled by the newer release (its lease ends now).
        if (admitted) {
          await updates.handBack([id]).finally(() => dc.release(id));
          return;
        }
        // Kept in the spool file, which the newer release replays once this process leaves it alone.
        throw new Error('this replica stepped aside for a newer release');
      }
      if (!admitted && !options.replay) {
        const r = await admit(dc, update);
        if (r === 'claimed' || r === 'reclaimed') admitted = r;
        else if (r !== 'unavailable') return;
      } else if (!admitted && !screen(dc, update)) return;
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
          ctx = await buildCtx(dc, update, admitted === 'reclaimed' || Boolean(options.replay), said);
          if (ctx.in.type === 'button') await onButton(dc, ctx as ButtonCtx);
          else if (ctx.in.type === 'membership') await onMembership(ctx as MembershipCtx);
          else handled = await onMessage(dc, ctx as MessageCtx);
        }
        deps.metrics.updates.inc({ channel, outcome: handled ? 'handled' : 'ignored' });
      } catch (err) {
        // Spooled, let go or apologised for (failure.ts); a replay Redis still refuses stays in the spool.
        const after = await answerFailure(dc, err, { update, ctx, said, admitted, replay: options.replay });
        finished = after === 'done';
        if (after === 'retry') throw err;
      } finally {
        // Done once handled (or answered with an apology, or spooled): only a process that dies
        // before this line leaves the update to be handled again.
        if (finished && (admitted || options.replay)) await markDone(dc, update, admitted);
        if (admitted) dc.release(id);
      }
    },
  };
  return core;
}
