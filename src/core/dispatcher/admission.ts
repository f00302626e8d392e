/**
 * An update claimed in Redis on arrival (kept, with a lease), or dropped: noise and chatter (`screen.ts`), a
 * duplicate (handled already, or being handled by another process or by this one), a claim Redis refused, or an
 * update left for a newer release (this replica stepped aside: `left`).
 */
import type { Admission } from '../dispatcher.js';
import { updateKey } from '../ports/updates.js';
import { isStoreFull, isStoreUnavailable } from '../ports/unavailable.js';
import { dialogOwner } from '../ports/dialogs.js';
import type { Incoming, IncomingMessage } from '../types.js';
import { isWorking, type DispatcherContext } from './context.js';
import { screen } from './screen.js';
import { apologise, keepAndTell } from './spool-or-apologise.js';

/**
 * Words typed beside a staff chat's threads (`aside`): one Redis read — the sender's dialog there — and only a dialog
 * that takes such words (`Feature.takesAside`: a prompt waiting for its answer) lets the update be claimed. Any other
 * is dropped unclaimed, and so is every one while Redis cannot be read: it is chatter, nothing to keep.
 */
async function asideWaits(dc: DispatcherContext, update: IncomingMessage): Promise<boolean> {
  const dialog = await dc.deps.store.dialogs.get(dialogOwner(update)).catch(() => undefined);
  return dialog !== undefined && dc.byName.get(dialog.feature)?.takesAside?.(dialog) === true;
}

export async function admit(dc: DispatcherContext, update: Incoming): Promise<Admission> {
  const { deps, updates, leaseMs } = dc;
  if (!screen(dc, update)) return 'ignored';
  const channel = update.chat.address.channel;
  if (update.type === 'message' && update.aside && !update.addressed && !(await asideWaits(dc, update))) {
    deps.metrics.updates.inc({ channel, outcome: 'ignored' });
    return 'ignored';
  }
  const key = updateKey(channel, update.updateId);
  // Being handled here already (its lease lapsed while this process was slow): not a second time.
  if (dc.holds(key)) return duplicate(dc, channel);
  // Stepped aside for a newer release (core/release.ts): kept with a lease already over, for its recovery.
  const working = isWorking(dc);
  let r;
  try {
    r = await updates.claim(channel, update.updateId, JSON.stringify(update), working ? leaseMs : 1);
  } catch (err) {
    if (isStoreUnavailable(err)) return 'unavailable';
    // Redis full: kept for a retry as in an outage (nothing of it is in Redis to recover).
    if (isStoreFull(err) && deps.spool) {
      await keepAndTell(dc, undefined, update, err);
      return 'refused';
    }
    deps.metrics.errors.inc({ where: update.type });
    deps.logger.error({ err, update: update.updateId }, 'update could not be claimed');
    await apologise(dc, undefined, update);
    return 'refused';
  }
  if (!working) {
    deps.metrics.updates.inc({ channel, outcome: 'left' });
    return 'left';
  }
  if (r === 'claimed' || r === 'reclaimed') {
    dc.hold(key);
    return r;
  }
  return duplicate(dc, channel);
}

/** Handled already, or being handled right now by another process (it is recovered if that one dies). */
function duplicate({ deps }: DispatcherContext, channel: string): 'duplicate' {
  deps.metrics.updates.inc({ channel, outcome: 'duplicate' });
  return 'duplicate';
}
