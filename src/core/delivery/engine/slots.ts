/**
 * Send slots outside jobs (pins, progress edits), handed out by the channel's loop, and settling any slot once the
 * platform has answered (slots count from the answer on).
 */
import type { Channel } from '../../types.js';
import type { EngineContext, Waiter, Worker } from './context.js';
import { SlotTimeoutError, sleep, StoppingError } from './waits.js';

export type Slots = ReturnType<typeof createSlots>;

export function createSlots(ctx: EngineContext) {
  const { repo, limits, logger, workers, chatWindows } = ctx;

  /**
   * Wait for a send slot in `chat`, at most `withinMs`. The channel's loop serves these before it claims
   * new jobs, so a pin or a progress edit is not starved by a long broadcast.
   */
  function slot(
    channel: Channel,
    chat: string,
    withinMs = 2 * limits.channels[channel].perChat.windowMs + 5_000,
  ): Promise<string> {
    const w = workers.get(channel);
    if (w?.stopping) return Promise.reject(new StoppingError());
    if (w) {
      return new Promise<string>((resolve, reject) => {
        const waiter: Waiter = {
          chat,
          cost: 1,
          notBefore: 0,
          resolve: (slots) => {
            clearTimeout(timer);
            resolve(slots);
          },
          reject: (err) => {
            clearTimeout(timer);
            reject(err);
          },
        };
        const timer = setTimeout(() => {
          const i = w.waiters.indexOf(waiter);
          if (i >= 0) w.waiters.splice(i, 1);
          reject(new SlotTimeoutError(chat));
        }, withinMs);
        w.waiters.push(waiter);
        w.wake();
      });
    }
    // No loop for this channel here (a process that enqueues but does not send it): wait in place.
    return (async () => {
      const deadline = Date.now() + withinMs;
      for (;;) {
        const r = await repo.acquire(channel, chat, chatWindows(channel, chat), {
          holdMs: limits.sendTimeoutMs,
        });
        if (r.taken) return r.slots;
        if (Date.now() + r.waitMs > deadline) throw new SlotTimeoutError(chat);
        await sleep(r.waitMs);
      }
    })();
  }

  async function settle(channel: Channel, chat: string, slots: string): Promise<void> {
    await repo
      .settle(channel, chat, chatWindows(channel, chat), slots)
      .catch((err: unknown) => logger.debug({ err }, 'settling send slots failed'));
  }

  /** Send one request on slots taken by `slot`, then settle them (they count from the answer on). */
  async function onSlots<T>(
    channel: Channel,
    chat: string,
    slots: string,
    request: () => Promise<T>,
  ): Promise<T> {
    try {
      return await request();
    } finally {
      await settle(channel, chat, slots);
    }
  }

  /** Serve waiting pins and edits; returns how long the channel is blocked (0: go on claiming). */
  async function serveWaiters(w: Worker): Promise<number> {
    for (const waiter of [...w.waiters]) {
      if (waiter.notBefore > Date.now()) continue;
      const r = await repo.acquire(w.channel, waiter.chat, chatWindows(w.channel, waiter.chat), {
        cost: waiter.cost,
        holdMs: limits.sendTimeoutMs,
      });
      if (r.taken) {
        if (!w.waiters.includes(waiter)) {
          // Timed out meanwhile: give the slot back as answered.
          await repo.settle(w.channel, waiter.chat, chatWindows(w.channel, waiter.chat), r.slots);
          continue;
        }
        w.waiters.splice(w.waiters.indexOf(waiter), 1);
        waiter.resolve(r.slots);
      } else if (r.scope === 'chat') {
        waiter.notBefore = Date.now() + r.waitMs;
      } else {
        return r.waitMs;
      }
    }
    return 0;
  }

  const nextWaiterIn = (w: Worker) => Math.min(Infinity, ...w.waiters.map((x) => x.notBefore - Date.now()));

  return { slot, settle, onSlots, serveWaiters, nextWaiterIn };
}
