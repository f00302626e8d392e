/**
 * One delivery engine for all bulk sending (lessons, notices): a Redis-backed queue with one job per
 * (broadcast, chat), paced under each platform's limits and shared by every bot process on the same Redis.
 *
 *   await deps.delivery.enqueue({ id: 'notice:N12', kind: 'notice', items, progress: { to: organiser, locale: 'zh-CN' } });
 *   deps.delivery.onDelivered(({ broadcastId, chat, ref }) => remember(broadcastId, chat, ref));
 *
 * Per channel, one loop per process claims jobs from Redis; a claim takes the job's send slots from the
 * channel's and the chat's sliding windows in the same Lua step, so two processes never double the
 * rate. A 429 pauses the whole channel for `retry_after`; transient errors are retried with capped
 * exponential back-off; a 403 fails the job, marks the group inactive and tells the organisers. A push the outbox
 * had to send outside its closed or deleted topic moves the group's binding to the chat itself, and they are told.
 *
 * Guarantee: at least once. A claimed job is leased; if its process dies, the lease runs out and another
 * process sends it. A crash between the platform accepting a message and Redis recording it sends that
 * one message again — so after one crash no group gets a message more than twice. See docs/delivery.md.
 */
import type { Card } from '../card.js';
import type { Locale } from '../content/schema.js';
import type { I18n } from '../i18n.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import { DeliveryError, type Outbox } from '../outbox.js';
import { CHANNELS, type Address, type Channel, type MessageRef } from '../types.js';
import { chatKey, type GroupBinding } from '../ports/groups.js';
import type { StorePort } from '../ports/index.js';
import { backoffMs, resolveLimits, windowsOf, type LimitsInput } from './limits.js';
import { progressCard, progressTitle, type FailureReason } from './progress.js';

export type { Limits, LimitsInput, ChannelLimits, Rate } from './limits.js';

export interface DeliveryItem {
  to: Address;
  card: Card;
  /** Pin the message after sending it (silently). */
  pin?: boolean;
  /** Edit this message (sent before) to `card` in place of sending one (a corrected notice). */
  edits?: MessageRef;
  /**
   * Delete this message (sent before); where the platform will not (Telegram: over 48 hours old), edit it to
   * `card` and unpin it instead (a withdrawn notice). The outcome is in the status's `outcomes`.
   */
  deletes?: MessageRef;
  /** Unpin this message (sent before); `card` is not sent (a notice past its "有效期至"). */
  unpins?: MessageRef;
}

/** What became of a message a `deletes` job was for: deleted (or gone already), or replaced by its card. */
export type Withdrawal = 'deleted' | 'replaced';

/**
 * `system` is the engine's own traffic (the organisers' warning about a removed group); `reply` is an
 * interactive reply the send budget could not place in time (queued ahead of every other job).
 */
export type BroadcastKind = 'lesson' | 'notice' | 'notice-change' | 'system' | 'reply';

export interface BroadcastRequest {
  /** Unique broadcast id, no whitespace (e.g. `notice:N12`, `lesson:<schedule>:<yyyymmddhhmm>`). */
  id: string;
  kind: BroadcastKind;
  /** One job per (broadcast, chat); a chat listed twice is sent once. */
  items: DeliveryItem[];
  /** Epoch ms on the engine's clock (`now`): do not send before. */
  notBefore?: number;
  /** Where to keep one progress message (sent / failed / left), edited in place; `title` heads it. */
  progress?: { to: Address; locale: Locale; title?: string };
}

export interface BroadcastStatus {
  id: string;
  kind: string;
  total: number;
  sent: number;
  /** `reason` is forbidden | not-found | bad-request | transient (after the last try); `detail` is the platform's words. */
  failed: { chat: string; reason: string; detail?: string }[];
  pending: number;
  cancelled: number;
  /** chat (`channel:chatId`) → the message sent there (or edited, or deleted). */
  refs: Record<string, MessageRef>;
  /** chat → what a `deletes` job did there. */
  outcomes: Record<string, Withdrawal>;
  /** Redis clock, epoch ms. */
  createdAt: number;
  finishedAt?: number;
  cancelledAt?: number;
}

export interface Delivered {
  broadcastId: string;
  kind: string;
  chat: string;
  ref: MessageRef;
  /** The card that went (a listener may see it was an older wording than the one it holds now). */
  card: Card;
}

/** A job that failed for good: nothing of it reached the chat. */
export interface Failed {
  broadcastId: string;
  kind: string;
  chat: string;
  reason: FailureReason;
}

/** Told when the bot can no longer post in a bound group (removed, blocked, or the chat is gone). */
export interface GroupRemoved {
  chat: string;
  group: GroupBinding;
  broadcastId: string;
  kind: string;
  reason: Extract<FailureReason, 'forbidden' | 'not-found'>;
}

/**
 * Told when a bound group's topic took a push no more (closed or deleted): the push went to the chat's General topic,
 * and the binding now points there.
 */
export interface TopicLost {
  chat: string;
  /** The binding as it was, with the topic that was lost. */
  group: GroupBinding;
  broadcastId: string;
  kind: string;
}

export interface DeliveryEngine {
  /** Idempotent per (id, chat): enqueuing twice queues once. */
  enqueue(req: BroadcastRequest): Promise<{ queued: number }>;
  status(id: string): Promise<BroadcastStatus | undefined>;
  /** Pending jobs are removed (jobs being sent right now finish); sent ones stay sent. Returns how many were removed. */
  cancel(id: string): Promise<number>;
  /**
   * Jobs of broadcast `id` not sent yet take these items' cards instead (matched by chat); a job being sent right
   * now goes as it was. Returns how many were changed.
   */
  revise(id: string, items: DeliveryItem[]): Promise<number>;
  /** Called once per (broadcast, chat), when the platform has accepted the message. */
  onDelivered(listener: (e: Delivered) => void | Promise<void>): void;
  /** Called once per (broadcast, chat), when its job has failed for good (after the last try, or at once for a refusal). */
  onFailed(listener: (e: Failed) => void | Promise<void>): void;
  /** Begin working the queues of these channels (default: all) in this process. */
  start(channels?: readonly Channel[]): void;
  /** Finish in-flight sends, then stop. */
  stop(): Promise<void>;
}

export interface DeliveryEngineDeps {
  store: StorePort;
  /** An outbox whose 429s reach the engine (no automatic retry or throttling of its own). */
  outbox: Outbox;
  logger: Logger;
  metrics: Metrics;
  i18n: I18n;
  /** The clock `notBefore` is read against (epoch ms). Pacing uses the Redis clock, shared by all processes. */
  now?: () => number;
  limits?: LimitsInput;
  notifyOrganisers?: (e: GroupRemoved) => Promise<void>;
  notifyTopicLost?: (e: TopicLost) => Promise<void>;
  /** For back-off jitter. */
  random?: () => number;
}

const ID = /^\S{1,200}$/;
/** How many due jobs one claim looks at when their chats' windows are full. */
const CLAIM_SCAN = 20;
const PROGRESS_LOCK_MS = 15_000;

type ProgressTarget = NonNullable<BroadcastRequest['progress']>;

interface JobPayload {
  broadcast: string;
  kind: string;
  /** `channel:chatId`, the key the per-chat limit is counted under. */
  chat: string;
  to: Address;
  card: Card;
  pin?: boolean;
  edits?: MessageRef;
  deletes?: MessageRef;
  unpins?: MessageRef;
  /** Requests the send makes (a photo or a venue is a message of its own). */
  cost: number;
  /** The broadcast keeps a progress message. */
  hasProgress?: true;
}

/**
 * A card as a job stores it: a file's bytes (a chart, a CSV, a photo fetched from another platform) as base64 —
 * JSON writes a Buffer as an array of numbers, which reads back as a plain object no platform can upload.
 */
function storedCard(card: Card): Card {
  if (!card.file) return card;
  return { ...card, file: { ...card.file, data: card.file.data.toString('base64') as unknown as Buffer } };
}

/** The card a stored job holds, its file's bytes a Buffer again (base64, or the number array of older jobs). */
function cardOf(card: Card): Card {
  const data = card.file?.data as unknown;
  if (!card.file || Buffer.isBuffer(data)) return card;
  const bytes =
    typeof data === 'string'
      ? Buffer.from(data, 'base64')
      : Buffer.from((data as { data?: number[] } | undefined)?.data ?? []);
  return { ...card, file: { ...card.file, data: bytes } };
}

/** A job as stored; jobs queued before the keys were spelt out used one-letter names. */
function readPayload(raw: string): JobPayload {
  const p = JSON.parse(raw) as JobPayload & { b?: string; k?: string; c?: string; g?: true };
  const { b, k, c, g, ...rest } = p;
  return {
    ...rest,
    card: cardOf(p.card),
    broadcast: p.broadcast ?? b!,
    kind: p.kind ?? k!,
    chat: p.chat ?? c!,
    ...(p.hasProgress || g ? { hasProgress: true as const } : {}),
  };
}

interface Claimed {
  job: string;
  token: string;
  attempts: number;
  slots: string;
  payload: JobPayload;
}

interface Waiter {
  chat: string;
  cost: number;
  notBefore: number;
  resolve(slots: string): void;
  reject(err: Error): void;
}

interface Worker {
  channel: Channel;
  stopping: boolean;
  inflight: Set<Promise<void>>;
  waiters: Waiter[];
  sleep(ms: number): Promise<void>;
  wake(): void;
  done?: Promise<void>;
}

class StoppingError extends Error {
  constructor() {
    super('delivery engine is stopping');
  }
}

class SlotTimeoutError extends Error {
  constructor(chat: string) {
    super(`no send slot in ${chat} in time`);
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A sleep that `wake()` ends early; a wake while awake makes the next sleep return at once. */
function interruptibleSleep() {
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

class TimeoutError extends DeliveryError {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`, 'transient');
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const asDeliveryError = (err: unknown): DeliveryError =>
  err instanceof DeliveryError ? err : new DeliveryError((err as Error)?.message ?? String(err), 'transient');

const costOf = (item: DeliveryItem) => {
  if (item.edits || item.unpins) return 1;
  // A delete that is refused is followed by an edit and an unpin.
  if (item.deletes) return 3;
  const card = item.card;
  return 1 + (card.photo ? 1 : 0) + (card.album?.length ?? 0) + (card.venue ? 1 : 0) + (card.pin ? 1 : 0);
};

/** A job's payload as stored, from the item and its broadcast. */
function payloadOf(
  req: Pick<BroadcastRequest, 'id' | 'kind'> & { hasProgress: boolean },
  item: DeliveryItem,
): JobPayload {
  return {
    broadcast: req.id,
    kind: req.kind,
    chat: chatKey(item.to.channel, item.to.chatId),
    to: item.to,
    card: storedCard(item.card),
    cost: costOf(item),
    ...(item.pin ? { pin: true } : {}),
    ...(item.edits ? { edits: item.edits } : {}),
    ...(item.deletes ? { deletes: item.deletes } : {}),
    ...(item.unpins ? { unpins: item.unpins } : {}),
    ...(req.hasProgress ? { hasProgress: true as const } : {}),
  };
}

export function createDeliveryEngine(deps: DeliveryEngineDeps): DeliveryEngine {
  const { store, outbox, metrics, i18n } = deps;
  const repo = store.delivery;
  const logger = deps.logger.child({ part: 'delivery' });
  const limits = resolveLimits(deps.limits);
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const listeners: ((e: Delivered) => void | Promise<void>)[] = [];
  const failListeners: ((e: Failed) => void | Promise<void>)[] = [];
  const workers = new Map<Channel, Worker>();
  const side = new Set<Promise<void>>();
  const keepMs = limits.retentionMs;
  /** The windows for one chat (`channel:chatId`): a private chat has a rate of its own. */
  const chatWindows = (channel: Channel, chat: string) =>
    windowsOf(limits, channel, chat.slice(channel.length + 1));

  /** Writes that record what already happened on the platform are retried through a Redis blip. */
  async function record<T>(write: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await write();
      } catch (err) {
        if (attempt >= 5) throw err;
        await sleep(200 * 2 ** attempt);
      }
    }
  }

  // ---------- slots outside jobs (pins, progress edits) ----------

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

  /** Work that no job waits for (intermediate progress edits); stop() lets it finish. */
  function background(task: () => Promise<void>): void {
    const p = task().finally(() => side.delete(p));
    side.add(p);
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

  // ---------- the loop ----------

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

  async function deliver(w: Worker, c: Claimed): Promise<void> {
    const { payload: p } = c;
    const log = logger.child({ broadcast: p.broadcast, chat: p.chat });
    // A picture that fails for a passing reason fails the try (nothing has reached the chat) and the job is tried
    // again; on its last try the text goes without it rather than not at all.
    const lastTry = c.attempts + 1 >= limits.maxAttempts;
    const card = p.card.photo && !lastTry ? { ...p.card, photoRequired: true } : p.card;
    let ref: MessageRef & { outcome?: Withdrawal };
    try {
      ref = await withTimeout(
        p.edits || p.deletes || p.unpins ? change(p, log) : outbox.send(p.to, card),
        limits.sendTimeoutMs,
      );
      await settle(w.channel, p.chat, c.slots);
    } catch (err) {
      // A send that timed out may still reach the platform: its slots stay in flight until they expire.
      if (!(err instanceof TimeoutError)) await settle(w.channel, p.chat, c.slots);
      await onSendError(w, c, asDeliveryError(err), log);
      return;
    }
    const { first, finished } = await record(() =>
      repo.complete(p.broadcast, w.channel, p.chat, JSON.stringify(ref), keepMs),
    );
    if (p.to.threadId && !ref.address.threadId && ref.address.chatId === p.to.chatId) await topicGone(p, log);
    if (first) {
      metrics.deliverySent.inc({ channel: w.channel, kind: p.kind });
      for (const l of listeners) {
        try {
          await l({ broadcastId: p.broadcast, kind: p.kind, chat: p.chat, ref, card: p.card });
        } catch (err) {
          log.error({ err }, 'delivery listener failed');
        }
      }
    } else {
      metrics.deliveryDuplicates.inc({ channel: w.channel });
      log.warn('message sent again after a lost lease (at-least-once)');
    }
    if (p.pin && first) await pin(w.channel, ref, log);
    if (p.hasProgress) await progress(p.broadcast, finished);
  }

  /**
   * An edit or a delete of a message sent before. A message gone already counts as deleted; one the platform
   * will not delete (Telegram, after 48 hours) is edited to the job's card and unpinned.
   */
  async function change(p: JobPayload, log: Logger): Promise<MessageRef & { outcome?: Withdrawal }> {
    if (p.edits) return (await outbox.edit(p.edits, p.card)) ?? p.edits;
    if (p.unpins) {
      await outbox.unpin?.(p.unpins);
      return p.unpins;
    }
    const ref = p.deletes!;
    try {
      if (!outbox.delete) throw new DeliveryError('this outbox cannot delete', 'bad-request');
      await outbox.delete(ref);
      return { ...ref, outcome: 'deleted' };
    } catch (err) {
      const e = asDeliveryError(err);
      if (e.reason === 'not-found' && !e.movedTo) return { ...ref, outcome: 'deleted' };
      if (e.reason !== 'bad-request') throw e;
      log.info({ reason: e.message }, 'message not deleted: replaced and unpinned instead');
    }
    await outbox.edit(ref, p.card);
    await outbox
      .unpin?.(ref)
      .catch((err: unknown) =>
        log.info({ reason: (err as Error).message }, 'unpin failed (the message was replaced)'),
      );
    return { ...ref, outcome: 'replaced' };
  }

  async function onSendError(w: Worker, c: Claimed, e: DeliveryError, log: Logger): Promise<void> {
    const { payload: p } = c;
    let finished = false;
    if (e.reason === 'rate-limited') {
      const ms = Math.max(1, e.retryAfterSeconds ?? 1) * 1000;
      metrics.deliveryRateLimited.inc({ channel: w.channel });
      log.warn({ retryAfter: ms / 1000 }, 'rate limited: pausing the channel');
      await record(() =>
        repo.retry(p.broadcast, w.channel, p.chat, c.token, {
          delayMs: ms,
          countAttempt: false,
          pauseMs: ms,
          keepMs,
        }),
      );
      return;
    }
    if (e.reason === 'transient' && c.attempts + 1 < limits.maxAttempts) {
      const delayMs = backoffMs(limits, c.attempts + 1, random);
      metrics.deliveryRetries.inc({ channel: w.channel });
      log.info({ attempt: c.attempts + 1, delayMs, reason: e.message }, 'transient send failure; will retry');
      finished = (
        await record(() =>
          repo.retry(p.broadcast, w.channel, p.chat, c.token, {
            delayMs,
            countAttempt: true,
            pauseMs: 0,
            keepMs,
          }),
        )
      ).finished;
    } else {
      const reason = e.reason as FailureReason;
      // The group is marked before the failure is recorded: once a broadcast reads finished, its removed groups are inactive.
      // An edit or delete refused says only that the message is gone, not the group.
      if ((reason === 'forbidden' || reason === 'not-found') && !p.edits && !p.deletes && !p.unpins)
        await groupGone(p, reason, log);
      const r = await record(() =>
        repo.fail(
          p.broadcast,
          w.channel,
          p.chat,
          c.token,
          JSON.stringify({ reason, detail: e.message.slice(0, 300) }),
          keepMs,
        ),
      );
      finished = r.finished;
      if (r.recorded) {
        metrics.deliveryFailed.inc({ channel: w.channel, kind: p.kind, reason });
        log.warn({ reason, detail: e.message }, 'delivery failed');
        for (const l of failListeners) {
          try {
            await l({ broadcastId: p.broadcast, kind: p.kind, chat: p.chat, reason });
          } catch (err) {
            log.error({ err }, 'delivery failure listener failed');
          }
        }
      }
    }
    if (p.hasProgress) await progress(p.broadcast, finished);
  }

  async function groupGone(p: JobPayload, reason: 'forbidden' | 'not-found', log: Logger): Promise<void> {
    try {
      // A group upgraded to a supergroup was sent to (and refused) under its new id, where its binding now is.
      const chat = (await store.groups.movedTo(p.chat)) ?? p.chat;
      const group = await store.groups.get(chat);
      if (!group?.active) return; // not a bound group, or already known
      await store.groups.update(chat, { active: false });
      log.warn({ reason }, 'bot cannot post in the group: marked inactive');
      await deps.notifyOrganisers?.({ chat, group, broadcastId: p.broadcast, kind: p.kind, reason });
    } catch (err) {
      log.error({ err }, 'marking a removed group inactive failed');
    }
  }

  /**
   * The outbox sent a push outside its topic, which was closed or deleted: the group's pushes go to the chat itself
   * from now on (not refused, or moved, one by one), and the organisers are told — once per binding, whichever push
   * or process gets here first (QA19). A binding already moved on (to General, or bound anew) is left as it is.
   */
  async function topicGone(p: JobPayload, log: Logger): Promise<void> {
    try {
      const group = await store.groups.get(p.chat);
      if (!group?.active || group.threadId !== p.to.threadId) return;
      await store.groups.update(p.chat, { threadId: '' });
      log.warn(
        { thread: p.to.threadId },
        "the group's topic is closed or gone: its pushes go to the chat now",
      );
      await deps.notifyTopicLost?.({ chat: p.chat, group, broadcastId: p.broadcast, kind: p.kind });
    } catch (err) {
      log.error({ err }, "moving a group's pushes out of a lost topic failed");
    }
  }

  async function pin(channel: Channel, ref: MessageRef, log: Logger): Promise<void> {
    const chat = chatKey(ref.address.channel, ref.address.chatId);
    for (let attempt = 1; attempt <= 3; attempt++) {
      let slots: string;
      try {
        slots = await slot(channel, chat);
      } catch (err) {
        log.info({ reason: (err as Error).message }, 'pin skipped');
        return;
      }
      try {
        await onSlots(channel, chat, slots, () => outbox.pin(ref));
        return;
      } catch (err) {
        const e = asDeliveryError(err);
        if (e.reason === 'rate-limited') {
          metrics.deliveryRateLimited.inc({ channel });
          await repo.pause(channel, Math.max(1, e.retryAfterSeconds ?? 1) * 1000);
        } else if (e.reason === 'transient') {
          await sleep(backoffMs(limits, attempt, random));
        } else {
          log.warn({ reason: e.message }, 'pin failed (the message was sent)');
          return;
        }
      }
    }
    log.warn('pin failed after 3 tries (the message was sent)');
  }

  // ---------- progress ----------

  /** What each progress message last showed (in this process), so an edit that changes nothing is skipped. */
  const shown = new Map<string, string>();

  const shownKey = (ref: MessageRef) =>
    `${chatKey(ref.address.channel, ref.address.chatId)}:${ref.messageId}`;
  const shownText = (card: Card) => JSON.stringify([card.text, card.buttons ?? []]);

  function remember(ref: MessageRef, card: Card): void {
    const key = shownKey(ref);
    shown.delete(key);
    shown.set(key, shownText(card));
    // Keep the memo small: the oldest progress messages are long finished.
    if (shown.size > 1000) shown.delete(shown.keys().next().value!);
  }

  /** Edit a progress message unless it already shows this (Telegram refuses those: "message is not modified"). */
  async function editProgress(ref: MessageRef, card: Card): Promise<void> {
    if (shown.get(shownKey(ref)) === shownText(card)) return;
    await outbox.edit(ref, card);
    remember(ref, card);
  }

  async function progress(id: string, final: boolean): Promise<void> {
    try {
      const meta = await repo.meta(id);
      if (!meta?.progress) return;
      const target = JSON.parse(meta.progress) as ProgressTarget;
      if (!meta.progressRef) {
        // A broadcast queued for later gets its progress message when its first job is done.
        if (!meta.progressClaimed) await sendProgressMessage(id, meta.kind ?? '', target);
        return;
      }
      const ref = JSON.parse(meta.progressRef) as MessageRef;
      const channel = target.to.channel;
      const chat = chatKey(channel, target.to.chatId);
      if (!final) {
        if (meta.finishedAt || !(await repo.progressDue(id, limits.progressEveryMs))) return;
        // Not awaited by the job: the edit waits for a slot of its own, at most until the next one is due.
        background(async () => {
          const token = await repo.lockProgress(id, PROGRESS_LOCK_MS);
          if (!token) return;
          try {
            const slots = await slot(channel, chat, limits.progressEveryMs);
            await onSlots(channel, chat, slots, async () => {
              const status = await status_(id, false);
              if (!status || status.pending === 0) return; // the last edit is the finisher's
              await editProgress(
                ref,
                progressCard(i18n, target.locale, {
                  title: progressTitle(i18n, target.locale, status.kind, target.title),
                  status,
                }),
              );
            });
          } catch (err) {
            if (!(err instanceof StoppingError || err instanceof SlotTimeoutError))
              logger.warn({ broadcast: id, err: (err as Error).message }, 'progress message not updated');
          } finally {
            await repo.unlockProgress(id, token).catch(() => undefined);
          }
        });
        return;
      }
      // The last edit must happen, after any edit in progress elsewhere (the lock orders them).
      let token: string | undefined;
      for (const deadline = Date.now() + PROGRESS_LOCK_MS; !token && Date.now() < deadline;) {
        token = await repo.lockProgress(id, PROGRESS_LOCK_MS);
        if (!token) await sleep(50);
      }
      try {
        for (let attempt = 1; attempt <= 3; attempt++) {
          const slots = await slot(channel, chat);
          const status = await status_(id, false);
          if (!status) return;
          try {
            await onSlots(channel, chat, slots, () =>
              editProgress(
                ref,
                progressCard(i18n, target.locale, {
                  title: progressTitle(i18n, target.locale, status.kind, target.title),
                  status,
                }),
              ),
            );
            return;
          } catch (err) {
            const e = asDeliveryError(err);
            if (e.reason !== 'rate-limited' && e.reason !== 'transient') throw e;
            if (e.reason === 'rate-limited')
              await repo.pause(channel, Math.max(1, e.retryAfterSeconds ?? 1) * 1000);
          }
        }
      } finally {
        if (token) await repo.unlockProgress(id, token);
      }
    } catch (err) {
      if (!(err instanceof StoppingError))
        logger.warn({ broadcast: id, err: (err as Error).message }, 'progress message not updated');
    }
  }

  /** The progress message itself: sent once per broadcast, by whichever process gets there first. */
  async function sendProgressMessage(id: string, kind: string, target: ProgressTarget): Promise<void> {
    if (!(await repo.claimProgressMessage(id))) return;
    const { to, locale, title } = target;
    try {
      const chat = chatKey(to.channel, to.chatId);
      // Read before the slot, so the send follows the slot at once, ahead of the jobs the slot's wake lets go.
      const status = await status_(id, false);
      if (!status) return;
      const slots = await slot(to.channel, chat);
      const card = progressCard(i18n, locale, { title: progressTitle(i18n, locale, kind, title), status });
      const ref = await onSlots(to.channel, chat, slots, () => outbox.send(to, card));
      remember(ref, card);
      await repo.setProgressRef(id, JSON.stringify(ref));
      // The broadcast may have finished while the message was on its way.
      const after = await status_(id, false);
      if (status.pending > 0 && after?.pending === 0) await progress(id, true);
    } catch (err) {
      logger.warn({ broadcast: id, err: (err as Error).message }, 'progress message not sent');
    }
  }

  // ---------- status ----------

  async function status_(id: string, withRefs = true): Promise<BroadcastStatus | undefined> {
    const rec = await repo.read(id, { refs: withRefs });
    if (!rec) return undefined;
    const n = (v: string | undefined) => Number(v ?? 0) || 0;
    const failed = Object.entries(rec.failed).map(([chat, raw]) => {
      try {
        const f = JSON.parse(raw) as { reason: string; detail?: string };
        return { chat, reason: f.reason, ...(f.detail ? { detail: f.detail } : {}) };
      } catch {
        return { chat, reason: raw };
      }
    });
    const refs: Record<string, MessageRef> = {};
    const outcomes: Record<string, Withdrawal> = {};
    for (const [chat, raw] of Object.entries(rec.refs)) {
      const { outcome, ...ref } = JSON.parse(raw) as MessageRef & { outcome?: Withdrawal };
      refs[chat] = ref;
      if (outcome) outcomes[chat] = outcome;
    }
    const total = n(rec.meta.total);
    const sent = n(rec.meta.sent);
    const cancelled = n(rec.meta.cancelled);
    return {
      id,
      kind: rec.meta.kind ?? '',
      total,
      sent,
      failed,
      pending: Math.max(0, total - sent - failed.length - cancelled),
      cancelled,
      refs,
      outcomes,
      createdAt: n(rec.meta.createdAt),
      ...(rec.meta.finishedAt ? { finishedAt: n(rec.meta.finishedAt) } : {}),
      ...(rec.meta.cancelledAt ? { cancelledAt: n(rec.meta.cancelledAt) } : {}),
    };
  }

  return {
    async enqueue(req) {
      if (!ID.test(req.id))
        throw new Error(`broadcast id must be 1–200 characters without spaces: "${req.id}"`);
      const delayMs = req.notBefore === undefined ? 0 : req.notBefore - now();
      const byChannel = new Map<Channel, { chat: string; payload: string }[]>();
      for (const item of req.items) {
        const chat = chatKey(item.to.channel, item.to.chatId);
        const payload = payloadOf({ ...req, hasProgress: Boolean(req.progress) }, item);
        const list = byChannel.get(item.to.channel) ?? [];
        list.push({ chat, payload: JSON.stringify(payload) });
        byChannel.set(item.to.channel, list);
      }
      let queued = 0;
      const progressJson = req.progress ? JSON.stringify(req.progress) : undefined;
      for (const [channel, jobs] of byChannel) {
        // Chunks keep each script short, so Redis stays responsive for everyone else.
        for (let i = 0; i < jobs.length; i += 500) {
          queued += await repo.enqueue({
            id: req.id,
            kind: req.kind,
            channel,
            delayMs,
            ...(req.kind === 'reply' ? { first: true } : {}),
            progress: progressJson,
            jobs: jobs.slice(i, i + 500),
          });
        }
      }
      if (queued)
        logger.info(
          { broadcast: req.id, kind: req.kind, queued, delayMs: Math.max(0, delayMs) },
          'broadcast queued',
        );
      // A broadcast sent now shows its progress message first, and only then wakes this process's workers
      // (QA4 #15: it came after the groups had the notice); one queued for later shows it when it starts.
      // Other processes, or a worker's next poll, may still start sooner — the message is edited to the
      // totals either way.
      if (queued && req.progress && delayMs <= 0) await sendProgressMessage(req.id, req.kind, req.progress);
      for (const channel of byChannel.keys()) workers.get(channel)?.wake();
      return { queued };
    },

    status: (id) => status_(id),

    async revise(id, items) {
      const meta = await repo.meta(id);
      if (!meta) return 0;
      const req = { id, kind: (meta.kind ?? 'notice') as BroadcastKind, hasProgress: Boolean(meta.progress) };
      const jobs = items.map((item) => ({
        chat: chatKey(item.to.channel, item.to.chatId),
        payload: JSON.stringify(payloadOf(req, item)),
      }));
      const n = await repo.revise(id, jobs);
      if (n) logger.info({ broadcast: id, revised: n }, 'waiting jobs given a new card');
      return n;
    },

    async cancel(id) {
      let cancelled = 0;
      let finished = false;
      for (const channel of CHANNELS) {
        const r = await repo.cancel(id, channel, keepMs);
        if (!r.known) return 0;
        cancelled += r.cancelled;
        finished ||= r.finished;
      }
      logger.info({ broadcast: id, cancelled }, 'broadcast cancelled');
      if (finished) await progress(id, true);
      return cancelled;
    },

    onFailed(listener) {
      failListeners.push(listener);
    },
    onDelivered(listener) {
      listeners.push(listener);
    },

    start(channels = CHANNELS) {
      for (const channel of channels) {
        if (workers.has(channel)) continue;
        const sleeper = interruptibleSleep();
        const w: Worker = {
          channel,
          stopping: false,
          inflight: new Set(),
          waiters: [],
          sleep: sleeper.sleep,
          wake: sleeper.wake,
        };
        workers.set(channel, w);
        w.done = work(w);
      }
      logger.info({ channels: [...workers.keys()] }, 'delivery engine started');
    },

    async stop() {
      const all = [...workers.values()];
      for (const w of all) {
        w.stopping = true;
        // Pins and progress edits still waiting for a slot are given up: the messages themselves are out.
        for (const waiter of w.waiters.splice(0)) waiter.reject(new StoppingError());
        w.wake();
      }
      await Promise.all(all.map((w) => w.done));
      await Promise.allSettled([...side]);
      for (const w of all) workers.delete(w.channel);
    },
  };
}
