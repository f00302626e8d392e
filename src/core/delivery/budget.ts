/**
 * One send budget per bot token, shared with the delivery engine and every process on the same Redis:
 * the interactive side. Every reply, edit, pin and button answer a handler makes goes through here.
 *
 *   const outbox = budgetedOutbox(raw, { repo: store.delivery, limits, logger, metrics, retry });
 *
 * A request takes its slots from the same sliding windows the engine's jobs use (delivery-acquire), as
 * interactive traffic: it may fill the whole window, bulk work leaves it a reserve and yields while it
 * waits. A 429 pauses the whole channel for `retry_after` (shared through Redis) and the request is tried
 * again. Waiting is bounded (`interactiveWaitMs`); a message that still cannot go is handed to `retry`
 * (a durable job in the delivery queue) instead of being dropped.
 *
 * `pacing: false` takes no slots (tests run without pacing) but still honours a 429's retry_after.
 * The console has no limits and is passed through untouched, as is a platform no adapter here serves.
 */
import { randomBytes } from 'node:crypto';
import type { Card } from '../card.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import { DeliveryError, type Outbox } from '../outbox.js';
import type { Address, Channel, MessageRef } from '../types.js';
import type { DeliveryRepo } from '../ports/delivery.js';
import { chatKey } from '../ports/groups.js';
import { isStoreFull, isStoreUnavailable } from '../ports/unavailable.js';
import { windowsOf, type Limits } from './limits.js';

export interface SendBudgetDeps {
  repo: DeliveryRepo;
  limits: Limits;
  logger: Logger;
  metrics: Metrics;
  /** Take slots from the shared windows (default true); false = zero pacing, 429s still honoured. */
  pacing?: boolean;
  /** Queue a message that could not be sent in time for a durable retry; resolves once it is queued. */
  retry?: (to: Address, card: Card) => Promise<void>;
}

/** A message handed to the durable retry: it has no platform id yet (edits and pins of it are skipped). */
export const QUEUED_MESSAGE_ID = '';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
/** Redis could not keep the budget (full, or away): the request goes without it rather than not at all. */
const budgetRefused = (err: unknown) => isStoreFull(err) || isStoreUnavailable(err);
const costOf = (card: Card) =>
  1 + (card.photo ? 1 : 0) + (card.album?.length ?? 0) + (card.venue ? 1 : 0) + (card.pin ? 1 : 0);

class OutOfTime extends DeliveryError {
  constructor(waitMs: number) {
    super(
      `no send slot within the wait allowed (next in ${waitMs} ms)`,
      'rate-limited',
      Math.ceil(waitMs / 1000),
    );
  }
}

export function budgetedOutbox(inner: Outbox, deps: SendBudgetDeps): Outbox {
  const { repo, limits, metrics } = deps;
  const logger = deps.logger.child({ part: 'send-budget' });
  const pacing = deps.pacing ?? true;

  /**
   * Requests of this process waiting for room in a channel's window queue here, first come first
   * served: only the head asks Redis (one poller per process and channel, not one per reply), and a
   * request waiting for its own chat's window steps aside so it does not hold up the others.
   */
  const gates = new Map<Channel, Promise<unknown>>();
  function inTurn<T>(channel: Channel, task: () => Promise<T>): Promise<T> {
    const before = gates.get(channel) ?? Promise.resolve();
    const mine = before.then(task, task);
    const settled = mine.then(
      () => undefined,
      () => undefined,
    );
    gates.set(channel, settled);
    void settled.then(() => {
      if (gates.get(channel) === settled) gates.delete(channel);
    });
    return mine;
  }

  /** Slots for one request, waiting at most until `deadline` (ms, local clock). */
  async function slots(channel: Channel, chatId: string, cost: number, deadline: number): Promise<string> {
    const waiter = randomBytes(6).toString('hex');
    const windows = windowsOf(limits, channel, chatId);
    const chat = chatKey(channel, chatId);
    for (;;) {
      const r = await inTurn(channel, async () => {
        for (;;) {
          const a = await repo.acquire(channel, chat, windows, {
            cost,
            holdMs: limits.sendTimeoutMs,
            priority: { kind: 'interactive', waiter, hotMs: limits.interactiveHotMs },
          });
          if (a.taken || a.scope === 'chat') return a;
          if (Date.now() + a.waitMs > deadline) throw new OutOfTime(a.waitMs);
          // A slot still in flight frees when its answer comes: look again shortly, without spinning.
          await sleep(Math.max(10, Math.min(a.waitMs, 250)));
        }
      });
      if (r.taken) return r.slots;
      if (Date.now() + r.waitMs > deadline) throw new OutOfTime(r.waitMs);
      await sleep(r.waitMs);
    }
  }

  /**
   * One request within the budget: slots (when `counts`), the call, the slots settled on its answer; a
   * 429 pauses the channel and the request waits its turn again, all within `interactiveWaitMs`.
   */
  async function run<T>(to: Address, cost: number, counts: boolean, call: () => Promise<T>): Promise<T> {
    const channel = to.channel;
    const deadline = Date.now() + limits.interactiveWaitMs;
    const chat = chatKey(channel, to.chatId);
    for (;;) {
      let taken = '';
      if (pacing && counts)
        taken = await slots(channel, to.chatId, cost, deadline).catch((err: unknown) =>
          unbudgeted(channel, err, ''),
        );
      else {
        const paused = await repo.pausedFor(channel).catch((err: unknown) => unbudgeted(channel, err, 0));
        if (paused > 0) {
          if (Date.now() + paused > deadline) throw new OutOfTime(paused);
          await sleep(paused);
        }
      }
      try {
        return await call();
      } catch (err) {
        if (!(err instanceof DeliveryError) || err.reason !== 'rate-limited') throw err;
        const ms = Math.max(1, err.retryAfterSeconds ?? 1) * 1000;
        metrics.deliveryRateLimited.inc({ channel });
        logger.warn({ chat: to.chatId, retryAfter: ms / 1000 }, 'rate limited: pausing the channel');
        // Shared through Redis; when Redis cannot keep the pause, this request waits it out itself.
        const shared = await repo.pause(channel, ms).then(
          () => true,
          (e: unknown) => unbudgeted(channel, e, false),
        );
        if (Date.now() + ms > deadline) throw err;
        if (!shared) await sleep(ms);
      } finally {
        if (taken)
          await repo
            .settle(channel, chat, windowsOf(limits, channel, to.chatId), taken)
            .catch((e: unknown) => logger.debug({ err: e }, 'settling send slots failed'));
      }
    }
  }

  /**
   * Redis refused the budget's write or read (full: noeviction; or away): the request goes without its slot
   * rather than being dropped — a reply then is mostly "saved, will be handled" (the spool), which must reach
   * the person. Anything else is thrown on. Logged once a minute per channel.
   */
  const toldUnbudgeted = new Map<Channel, number>();
  function unbudgeted<T>(channel: Channel, err: unknown, instead: T): T {
    if (!budgetRefused(err)) throw err;
    const last = toldUnbudgeted.get(channel) ?? 0;
    if (Date.now() - last >= 60_000) {
      toldUnbudgeted.set(channel, Date.now());
      logger.warn(
        { channel, err: (err as Error).message },
        'send budget unavailable: sending without a slot',
      );
    }
    return instead;
  }

  // A platform no adapter serves here fails at once ("no adapter"): it takes no slot, and is never queued as a
  // retry nobody would send (QA29: such jobs stayed in the queue for good).
  const limited = (channel: Channel) => channel !== 'console' && inner.serves?.(channel) !== false;

  /** An interactive send that failed, counted for alerts by its platform-neutral reason. */
  async function counted<T>(channel: Channel, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (err) {
      metrics.repliesFailed.inc({ channel, reason: err instanceof DeliveryError ? err.reason : 'error' });
      throw err;
    }
  }

  return {
    async send(to, card) {
      if (!limited(to.channel)) return inner.send(to, card);
      try {
        return await counted(to.channel, () => run(to, costOf(card), true, () => inner.send(to, card)));
      } catch (err) {
        if (!(err instanceof DeliveryError) || err.reason !== 'rate-limited' || !deps.retry) throw err;
        // Not now: the delivery queue sends it as soon as the budget allows, surviving a restart.
        await deps.retry(to, card);
        logger.info({ chat: to.chatId }, 'reply queued for a durable retry');
        return { address: to, messageId: QUEUED_MESSAGE_ID } satisfies MessageRef;
      }
    },
    async edit(ref, card) {
      if (!limited(ref.address.channel)) return inner.edit(ref, card);
      if (ref.messageId === QUEUED_MESSAGE_ID) return;
      return counted(ref.address.channel, () => run(ref.address, 1, true, () => inner.edit(ref, card)));
    },
    async pin(ref) {
      if (!limited(ref.address.channel)) return inner.pin(ref);
      if (ref.messageId === QUEUED_MESSAGE_ID) return;
      return counted(ref.address.channel, () => run(ref.address, 1, true, () => inner.pin(ref)));
    },
    // A button answer is not a message: it takes no slot, but it does honour a pause and a 429.
    async answerPress(press, text, alert) {
      const to = press.chat.address;
      if (!limited(to.channel)) return inner.answerPress(press, text, alert);
      return run(to, 1, false, () => inner.answerPress(press, text, alert));
    },
    privateLink: (channel, payload) => inner.privateLink(channel, payload),
    ...(inner.fetchFile ? { fetchFile: inner.fetchFile.bind(inner) } : {}),
    // A look-up, not a message: it takes no slot.
    ...(inner.personName ? { personName: inner.personName.bind(inner) } : {}),
    ...(inner.fetchesFiles ? { fetchesFiles: inner.fetchesFiles.bind(inner) } : {}),
    ...(inner.sendsAlbums ? { sendsAlbums: inner.sendsAlbums.bind(inner) } : {}),
    ...(inner.serves ? { serves: inner.serves.bind(inner) } : {}),
    // "typing…" is a hint, not a message: it takes no slot and is never worth waiting for.
    ...(inner.typing ? { typing: inner.typing.bind(inner) } : {}),
  };
}
