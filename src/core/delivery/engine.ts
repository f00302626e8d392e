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
 *
 * Its parts (engine/): the channel's loop that claims jobs (`loop.ts`), one job's send and what its answer means —
 * 429, retry, failure (`send-job.ts`), slots for pins and progress edits outside jobs (`slots.ts`), edits, deletes and
 * pins of messages sent (`pins-and-edits.ts`), the progress message (`progress-message.ts`), groups and topics lost
 * (`lost-groups.ts`), a job as stored (`jobs.ts`), a broadcast's status (`status.ts`), waits and their errors
 * (`waits.ts`), and what they share (`context.ts`). This file keeps the contract and the engine: enqueue, revise,
 * cancel, start and stop.
 */
import type { Card } from '../card.js';
import type { Locale } from '../content/schema.js';
import type { I18n } from '../i18n.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import type { Outbox } from '../outbox.js';
import { CHANNELS, type Address, type Channel, type MessageRef } from '../types.js';
import { chatKey, type GroupBinding } from '../ports/groups.js';
import type { StorePort } from '../ports/index.js';
import { resolveLimits, windowsOf, type LimitsInput } from './limits.js';
import type { FailureReason } from './progress.js';
import type { EngineContext, Worker } from './engine/context.js';
import { payloadOf } from './engine/jobs.js';
import { channelLoop, interruptibleSleep } from './engine/loop.js';
import { lostGroups } from './engine/lost-groups.js';
import { pinsAndEdits } from './engine/pins-and-edits.js';
import { createProgressMessage } from './engine/progress-message.js';
import { jobSending } from './engine/send-job.js';
import { createSlots } from './engine/slots.js';
import { readStatus } from './engine/status.js';
import { StoppingError } from './engine/waits.js';

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
  /**
   * Chats whose job ended with no answer to a try that may have reached them (the connection dropped after the
   * request left; every later try failed too): neither sent nor failed — whether they have it cannot be known.
   */
  unsure: number;
  /** chat (`channel:chatId`) → the message sent there (or edited, or deleted). */
  refs: Record<string, MessageRef>;
  /** chat → what a `deletes` job did there. */
  outcomes: Record<string, Withdrawal>;
  /** Redis clock, epoch ms. */
  createdAt: number;
  finishedAt?: number;
  cancelledAt?: number;
  /** Why its waiting jobs were cancelled, when the caller said (`cancelFor`): told by the progress message. */
  cancelReason?: CancelReason;
  /**
   * The chats whose jobs `cancelFor` cancelled, written by the cancel itself in the same step: the one record of them
   * (a notice's "已过期未发" is read here); absent when none was cancelled with a reason.
   */
  cancelledFor?: string[];
  /** The chats counted in `unsure` (absent when none): the board's notices page marks them in a notice's coverage. */
  unsureFor?: string[];
}

/** A reason for cancelling the progress message tells: `expired`, a notice whose end came before its copy went. */
export type CancelReason = 'expired';

export interface Delivered {
  broadcastId: string;
  kind: string;
  chat: string;
  ref: MessageRef;
  /** The card that went (a listener may see it was an older wording than the one it holds now). */
  card: Card;
}

/**
 * What a delivery listener may answer: `{ pin: false }` leaves the message unpinned though its item asked for a pin
 * (a notice whose end passed while its copy was on its way). The pin comes after the listeners, so none races it.
 * `pinWhile` is asked again when the pin's slot comes (false: the pin is given up) and once the pin is done (false:
 * unpinned again) — a pin waits seconds for its slot, and the notice's end, with its unpin, may pass meanwhile.
 */
export interface DeliveredAnswer {
  pin?: false;
  pinWhile?: () => Promise<boolean>;
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

export type DeliveredListener = (e: Delivered) => void | DeliveredAnswer | Promise<void | DeliveredAnswer>;

export interface DeliveryEngine {
  /** Idempotent per (id, chat): enqueuing twice queues once. */
  enqueue(req: BroadcastRequest): Promise<{ queued: number }>;
  /** `refs: false` leaves the sent messages out (`refs` and `outcomes` empty): the counts and chats only, read faster. */
  status(id: string, options?: { refs?: boolean }): Promise<BroadcastStatus | undefined>;
  /** Pending jobs are removed (jobs being sent right now finish); sent ones stay sent. Returns how many were removed. */
  cancel(id: string): Promise<number>;
  /** `cancel`, keeping why for the progress message ("已过期未发" for `expired`); returns the chats whose jobs were removed. */
  cancelFor(id: string, reason: CancelReason): Promise<string[]>;
  /**
   * Jobs of broadcast `id` not sent yet take these items' cards instead (matched by chat); a job being sent right
   * now goes as it was (a retry of it takes the new card). Returns how many were changed that were still waiting,
   * the one being sent not counted.
   */
  revise(id: string, items: DeliveryItem[]): Promise<number>;
  /** Called once per (broadcast, chat), when the platform has accepted the message (before it is pinned). */
  onDelivered(listener: DeliveredListener): void;
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
  /**
   * A chat's language, for the line a resend carries after a try with no answer ("↻ 重发 …"); the default locale
   * without it.
   */
  chatLocale?: (to: Address) => Promise<Locale>;
  /** The clock `notBefore` is read against (epoch ms). Pacing uses the Redis clock, shared by all processes. */
  now?: () => number;
  limits?: LimitsInput;
  notifyOrganisers?: (e: GroupRemoved) => Promise<void>;
  notifyTopicLost?: (e: TopicLost) => Promise<void>;
  /** For back-off jitter. */
  random?: () => number;
}

const ID = /^\S{1,200}$/;

export function createDeliveryEngine(deps: DeliveryEngineDeps): DeliveryEngine {
  const repo = deps.store.delivery;
  const logger = deps.logger.child({ part: 'delivery' });
  const limits = resolveLimits(deps.limits);
  const now = deps.now ?? Date.now;
  const ctx: EngineContext = {
    deps,
    repo,
    logger,
    limits,
    random: deps.random ?? Math.random,
    keepMs: limits.retentionMs,
    workers: new Map<Channel, Worker>(),
    side: new Set<Promise<void>>(),
    listeners: [],
    failListeners: [],
    chatWindows: (channel, chat) => windowsOf(limits, channel, chat.slice(channel.length + 1)),
  };
  const { workers, side, keepMs, listeners, failListeners } = ctx;
  const slots = createSlots(ctx);
  const progressMessage = createProgressMessage(ctx, slots);
  const { progress, sendProgressMessage } = progressMessage;
  const { deliver } = jobSending(ctx, slots, pinsAndEdits(ctx, slots), lostGroups(deps), progressMessage);
  const { work } = channelLoop(ctx, slots, progressMessage, deliver);

  /** Remove a broadcast's pending jobs on every channel; the chats they were for. */
  async function cancelJobs(id: string, reason?: CancelReason): Promise<string[]> {
    const chats: string[] = [];
    let finished = false;
    for (const channel of CHANNELS) {
      const r = await repo.cancel(id, channel, keepMs, reason);
      if (!r.known) return [];
      chats.push(...r.chats);
      finished ||= r.finished;
    }
    logger.info(
      { broadcast: id, cancelled: chats.length, ...(reason ? { reason } : {}) },
      'broadcast cancelled',
    );
    if (finished) await progress(id, true);
    return chats;
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

    status: (id, options) => readStatus(repo, id, options?.refs !== false),

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

    cancel: async (id) => (await cancelJobs(id)).length,
    cancelFor: (id, reason) => cancelJobs(id, reason),

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
