/**
 * An update claimed in Redis on arrival (kept, with a lease), or dropped: noise and chatter (`screen.ts`), a
 * duplicate (handled already, or being handled by another process), or a claim Redis refused.
 */
import type { Admission } from '../dispatcher.js';
import { updateKey } from '../ports/updates.js';
import { isStoreFull, isStoreUnavailable } from '../ports/unavailable.js';
import type { Incoming } from '../types.js';
import type { DispatcherContext } from './context.js';
import { screen } from './screen.js';
import { apologise, keepAndTell } from './spool-or-apologise.js';

export async function admit(dc: DispatcherContext, update: Incoming): Promise<Admission> {
  const { deps, updates, leaseMs } = dc;
  if (!screen(dc, update)) return 'ignored';
  const channel = update.chat.address.channel;
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
