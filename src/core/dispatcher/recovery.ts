/**
 * Updates handled again: those whose handler died (their lease ran out, in any process), and those kept in the
 * spool while Redis was unreachable or full.
 */
import type { HandleOptions } from '../dispatcher.js';
import type { Incoming } from '../types.js';
import { isWorking, type DispatcherContext } from './context.js';

type Handle = (update: Incoming, options?: HandleOptions) => Promise<void>;

/** Handle again the updates whose handler died (their lease ran out); returns how many. */
export async function recoverUpdates(dc: DispatcherContext, handle: Handle): Promise<number> {
  const { deps, updates, leaseMs } = dc;
  let handled = 0;
  for (;;) {
    // A replica that stepped aside for a newer release recovers nothing (core/release.ts).
    if (!isWorking(dc)) return handled;
    const batch = await updates.recover(leaseMs);
    if (!batch.length) return handled;
    await Promise.all(
      batch.map(async ({ id, json }) => {
        // Still being handled here, only slower than its lease (a starved CPU renews late): the lease is this
        // process's again now, and handling it a second time would answer twice.
        if (dc.holds(id)) return;
        let update: Incoming;
        try {
          update = JSON.parse(json) as Incoming;
        } catch {
          deps.logger.error({ update: id }, 'kept update unreadable; dropped');
          const [channel, ...rest] = id.split(':');
          await updates.done(channel!, rest.join(':'));
          return;
        }
        dc.hold(id);
        deps.logger.info({ update: update.updateId }, 'update taken over after its handler stopped');
        await handle(update, { admitted: 'reclaimed' });
        handled++;
      }),
    );
  }
}

/** Hand the updates kept while Redis was unreachable back to `handle`; returns how many were handled. */
export function drainSpool(dc: DispatcherContext, handle: Handle): Promise<number> {
  const { deps } = dc;
  if (!isWorking(dc)) return Promise.resolve(0);
  return deps.spool ? deps.spool.drain((u) => handle(u, { replay: true })) : Promise.resolve(0);
}
