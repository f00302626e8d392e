/**
 * Spaced-out edits of one message (a quiz tally, a "got it" count): many taps, few edits. The first
 * tap after a quiet spell edits at once; taps within the interval leave one trailing edit that renders
 * the latest state when the interval is over. The spacing is a Redis lock per message, so several
 * processes share it; the trailing edit is a timer in the process that saw the tap (a lost timer only
 * delays the count until the next tap).
 *
 *   const edits = createEditThrottle({ outbox, store, logger }, 2000);
 *   await edits.request(ref, async () => renderTally(await loadCounts()));
 */
import type { Card } from './card.js';
import type { Logger } from './logger.js';
import type { Outbox } from './outbox.js';
import type { MessageRef } from './types.js';
import { chatKey } from './ports/groups.js';
import type { StorePort } from './ports/index.js';

export interface EditThrottle {
  /** Edit `ref` to what `render` returns now or at the end of the interval; undefined skips the edit. */
  request(ref: MessageRef, render: () => Promise<Card | undefined>): Promise<void>;
  /** Edits waiting for their turn (tests wait for them). */
  pending(): number;
  dispose(): void;
}

export function createEditThrottle(
  deps: { outbox: Outbox; store: StorePort; logger: Logger },
  intervalMs = 2000,
): EditThrottle {
  const timers = new Map<string, NodeJS.Timeout>();
  let disposed = false;

  async function edit(ref: MessageRef, render: () => Promise<Card | undefined>): Promise<void> {
    const card = await render();
    if (!card) return;
    await deps.outbox.edit(ref, card).catch((err: unknown) => {
      // A deleted message or a chat we left: the count simply is not shown any more.
      deps.logger.warn(
        { err: (err as Error).message, chat: ref.address.chatId, message: ref.messageId },
        'throttled edit failed',
      );
    });
  }

  async function request(ref: MessageRef, render: () => Promise<Card | undefined>): Promise<void> {
    if (disposed) return;
    const chat = chatKey(ref.address.channel, ref.address.chatId);
    if (await deps.store.lessons.editLock(chat, ref.messageId, intervalMs)) return edit(ref, render);
    const key = `${chat}:${ref.messageId}`;
    if (timers.has(key)) return;
    const wait = (await deps.store.lessons.editLockLeft(chat, ref.messageId)) + 25;
    const timer = setTimeout(() => {
      timers.delete(key);
      request(ref, render).catch((err: unknown) =>
        deps.logger.warn({ err: (err as Error).message }, 'trailing edit failed'),
      );
    }, wait);
    timer.unref();
    timers.set(key, timer);
  }

  return {
    request,
    pending: () => timers.size,
    dispose() {
      disposed = true;
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
    },
  };
}
