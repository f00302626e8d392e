/**
 * An update claimed in Redis on arrival (kept, with a lease), or dropped: noise and chatter (`screen.ts`), a
 * duplicate (handled already, or being handled by another process), or a claim Redis refused.
 */
import type { Admission } from '../dispatcher.js';
import { updateKey } from '../ports/updates.js';
import { isStoreFull, isStoreUnavailable } from '../ports/unavailable.js';
import { dialogOwner } from '../ports/dialogs.js';
import type { Incoming, IncomingMessage } from '../types.js';
import type { DispatcherContext } from './context.js';
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
  let r;
  try {
    r = await updates.claim(channel, update.updateId, JSON.stringify(update), leaseMs);
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
  if (r === 'claimed' || r === 'reclaimed') {
    dc.hold(updateKey(channel, update.updateId));
    return r;
  }
  // Handled already, or being handled right now by another process (it is recovered if that one dies).
  deps.metrics.updates.inc({ channel, outcome: 'duplicate' });
  return 'duplicate';
}
