/**
 * The error boundary's answer when an update's handling threw: Redis unreachable (kept in the spool, replayed
 * later), Redis full (out of memory: the claim let go, kept in the spool once), anything else (an apology).
 */
import type { Ctx } from '../feature.js';
import { isStoreFull, isStoreUnavailable } from '../ports/unavailable.js';
import type { Incoming } from '../types.js';
import type { DispatcherContext, Said } from './context.js';
import { apologise, keepAndTell } from './spool-or-apologise.js';

/**
 * `done`: answered (spooled or apologised for), mark it done; `let go`: answered, but its claim was let go and it is
 * not marked done; `retry`: a replay that stays in the spool — the error goes on to the spool's drain.
 */
export type AfterFailure = 'done' | 'let go' | 'retry';

export async function answerFailure(
  dc: DispatcherContext,
  err: unknown,
  failed: {
    update: Incoming;
    ctx: Ctx | undefined;
    said: Said;
    admitted: 'claimed' | 'reclaimed' | undefined;
    replay: boolean | undefined;
  },
): Promise<AfterFailure> {
  const { deps, updates } = dc;
  const { update, ctx, said, admitted } = failed;
  const channel = update.chat.address.channel;
  // Redis unreachable: keep the update on disk, tell the person it is saved, replay it later.
  // "Saved" is said only once the update really is on disk; anything else (Redis refusing a write:
  // OOM, a script error; a spool that cannot be written) gets an honest "please send again".
  if (isStoreUnavailable(err) && deps.spool) {
    if (failed.replay) return 'retry';
    await keepAndTell(dc, ctx, update, err);
    return 'done';
  }
  let after: AfterFailure = 'done';
  if (isStoreFull(err)) {
    // Redis full (noeviction): one behaviour, told once. The claim is let go (a done mark would be
    // refused, and a pending update would be recovered a lease later, after its apology); the update is
    // kept in the spool — unless something was said already (a reply, or a message a feature sent itself, such as a
    // question passed to a triage chat or a lesson posted in the group), which a replay would say again: then the
    // person is told it was only partly handled ("error-unfinished").
    after = 'let go';
    if (admitted)
      await updates
        .letGo(channel, update.updateId)
        .catch((e: unknown) => deps.logger.error({ err: e }, 'update claim not let go'));
    if (!said.n) {
      // Still full on a replay: it stays in the spool, and the person is not told again.
      if (failed.replay) return 'retry';
      if (deps.spool) {
        await keepAndTell(dc, ctx, update, err);
        return 'let go';
      }
    }
  }
  deps.metrics.errors.inc({ where: update.type });
  deps.logger.error({ err, update: update.updateId }, 'update failed');
  await apologise(dc, ctx, update, said.n ? 'error-unfinished' : 'error-generic');
  return after;
}
