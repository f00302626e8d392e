/**
 * An update marked done once handled (or answered with an apology, or spooled): only a process that dies before
 * this leaves it to be handled again.
 */
import { isStoreFull } from '../ports/unavailable.js';
import type { Incoming } from '../types.js';
import type { DispatcherContext } from './context.js';

export async function markDone(
  { deps, updates }: DispatcherContext,
  update: Incoming,
  admitted: 'claimed' | 'reclaimed' | undefined,
): Promise<void> {
  const channel = update.chat.address.channel;
  await updates.done(channel, update.updateId).catch(async (err: unknown) => {
    deps.logger.warn({ err: (err as Error).message, update: update.updateId }, 'update not marked done');
    // Handled, but Redis is full: let the claim go, or recovery would handle it again a lease later.
    if (admitted && isStoreFull(err)) await updates.letGo(channel, update.updateId).catch(() => undefined);
  });
}
