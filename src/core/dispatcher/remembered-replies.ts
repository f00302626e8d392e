/**
 * Replies of one update are remembered (n-th reply → message) until the update is done, so a replay
 * after a crash skips the replies that already went out instead of sending them twice.
 */
import type { Card } from '../card.js';
import type { Incoming, MessageRef } from '../types.js';
import type { DispatcherContext, Said } from './context.js';

export function remembered(
  { deps, updates }: DispatcherContext,
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
