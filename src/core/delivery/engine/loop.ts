/**
 * The channel's loop, one per channel in each process: it serves the pins and progress edits waiting for a slot,
 * then claims the next due job from Redis — the claim takes the job's slots from the channel's and the chat's windows
 * in the same Lua step and leases the job — and sends it alongside the others in flight (at most `concurrency`).
 */
import type { EngineContext, Worker } from './context.js';
import { readPayload, type Claimed, type JobPayload } from './jobs.js';
import type { ProgressMessage } from './progress-message.js';
import type { Slots } from './slots.js';
import { record } from './waits.js';
import { windowsOf } from '../limits.js';

/** How many due jobs one claim looks at when their chats' windows are full. */
const CLAIM_SCAN = 20;

/** A sleep that `wake()` ends early; a wake while awake makes the next sleep return at once. */
export function interruptibleSleep() {
  let wakeUp: (() => void) | undefined;
  let woken = false;
  return {
    sleep(ms: number): Promise<void> {
      if (woken) {
        woken = false;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => {
        const timer = setTimeout(done, Math.max(0, ms));
        function done() {
          clearTimeout(timer);
          wakeUp = undefined;
          resolve();
        }
        wakeUp = done;
      });
    },
    wake: () => {
      if (wakeUp) wakeUp();
      else woken = true;
    },
  };
}

export function channelLoop(
  ctx: EngineContext,
  { settle, serveWaiters, nextWaiterIn }: Slots,
  { progress }: ProgressMessage,
  deliver: (w: Worker, c: Claimed) => Promise<void>,
) {
  const { repo, limits, logger, keepMs } = ctx;
  const { metrics } = ctx.deps;

  async function work(w: Worker): Promise<void> {
    const windows = windowsOf(limits, w.channel);
    while (!(w.stopping && w.inflight.size === 0)) {
      try {
        const blocked = await serveWaiters(w);
        if (blocked > 0) {
          await w.sleep(Math.min(blocked, limits.pollMs));
          continue;
        }
        if (w.stopping || w.inflight.size >= limits.concurrency) {
          await w.sleep(Math.max(0, Math.min(limits.pollMs, nextWaiterIn(w))));
          continue;
        }
        const c = await repo.claim(w.channel, windows, {
          leaseMs: limits.leaseMs,
          scan: CLAIM_SCAN,
          holdMs: limits.sendTimeoutMs,
        });
        metrics.deliveryQueueDepth.set({ channel: w.channel }, c.depth);
        if (c.type === 'job') {
          launch(w, c);
          continue;
        }
        const wait = c.type === 'wait' ? c.ms : limits.pollMs;
        if (wait > 0) await w.sleep(Math.max(0, Math.min(wait, limits.pollMs, nextWaiterIn(w))));
      } catch (err) {
        logger.warn(
          { channel: w.channel, err: (err as Error).message },
          'delivery loop: redis call failed; retrying',
        );
        await w.sleep(1000);
      }
    }
  }

  function launch(w: Worker, c: Extract<Awaited<ReturnType<typeof repo.claim>>, { type: 'job' }>): void {
    const task = (async () => {
      let p: JobPayload;
      try {
        p = readPayload(c.payload);
      } catch {
        logger.error({ job: c.job }, 'delivery job payload unreadable; failing it');
        await settle(w.channel, c.chat, c.slots);
        const r = await record(() =>
          repo.fail(
            c.broadcast,
            w.channel,
            c.chat,
            c.token,
            JSON.stringify({ reason: 'bad-request', detail: 'unreadable job' }),
            keepMs,
          ),
        );
        if (r.finished) await progress(c.broadcast, true);
        return;
      }
      await deliver(w, { job: c.job, token: c.token, attempts: c.attempts, slots: c.slots, payload: p });
    })()
      .catch((err: unknown) =>
        logger.error(
          { job: c.job, err },
          'delivery job failed unexpectedly (its lease will expire and it will be retried)',
        ),
      )
      .finally(() => {
        w.inflight.delete(task);
        w.wake();
      });
    w.inflight.add(task);
  }

  return { work };
}
