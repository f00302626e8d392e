/**
 * The delivery queue in Redis: broadcasts, their jobs (one per chat), the per-channel ready and leased
 * queues, and the sliding windows that keep sends under each platform's limits. Every state change is one
 * Lua script (lua/delivery-*.lua), so processes sharing this Redis never claim a job twice or overrun a
 * window. The engine (core/delivery/engine.ts) decides what to do; this file only moves state.
 *
 *   const c = await repo.claim('telegram', rate, { leaseMs: 60_000, scan: 20 });
 *   if (c.type === 'job') … await repo.complete(c.broadcast, 'telegram', c.chat, JSON.stringify(ref), keepMs);
 */
import { randomBytes } from 'node:crypto';
import type { Redis, Result } from 'ioredis';
import type { Keys } from './keys.js';
import type {
  WindowLimits,
  SlotPriority,
  Claim,
  BroadcastRecord,
  DeliveryRepo,
} from '../core/ports/delivery.js';
import { defineScripts } from './scripts.js';
import { CHANNELS } from '../core/types.js';

type Arg = string | number;

declare module 'ioredis' {
  interface RedisCommander<Context> {
    deliveryEnqueue(...keysThenArgs: Arg[]): Result<number, Context>;
    deliveryClaim(...keysThenArgs: Arg[]): Result<(string | number)[], Context>;
    deliveryAcquire(...keysThenArgs: Arg[]): Result<[number, string], Context>;
    deliveryComplete(...keysThenArgs: Arg[]): Result<[number, number], Context>;
    deliveryRetry(...keysThenArgs: Arg[]): Result<[number, number], Context>;
    deliveryFail(...keysThenArgs: Arg[]): Result<[number, number, number], Context>;
    deliveryCancel(...keysThenArgs: Arg[]): Result<[number, number, ...string[]], Context>;
    deliveryRevise(...keysThenArgs: Arg[]): Result<number, Context>;
    deliveryRelease(key: string, token: string): Result<number, Context>;
    deliverySettle(...keysThenArgs: Arg[]): Result<number, Context>;
  }
}

const SCRIPTS = [
  'delivery-enqueue-6',
  'delivery-claim-9',
  'delivery-acquire-5',
  'delivery-complete-8',
  'delivery-retry-10',
  'delivery-fail-8',
  'delivery-cancel-9',
  'delivery-revise-5',
  'delivery-release-1',
  'delivery-settle-1',
] as const;

/** A job is named by its broadcast and chat; ids never hold whitespace, so the space separates them. */
export const jobName = (broadcast: string, chat: string) => `${broadcast} ${chat}`;

export function createDeliveryRepo(redis: Redis, keys: Keys): DeliveryRepo {
  defineScripts(redis, SCRIPTS);
  const k = keys.delivery;
  const broadcastKeys = (id: string) => [k.broadcast(id), k.state(id), k.refs(id), k.failed(id)];
  const windowArgs = (w: WindowLimits) => [w.channelCount, w.channelWindowMs, w.chatCount, w.chatWindowMs];

  return {
    async enqueue(b) {
      if (!b.jobs.length) return 0;
      return redis.deliveryEnqueue(
        ...broadcastKeys(b.id),
        k.jobs(),
        k.ready(b.channel),
        b.id,
        b.kind,
        // A reply handed to the queue goes ahead of every broadcast job.
        b.first ? -86_400_000 : Math.max(0, Math.round(b.delayMs)),
        b.progress ?? '',
        ...b.jobs.flatMap((j) => [j.chat, j.payload]),
      );
    },

    /** `holdMs`: how long a slot counts as in flight if nobody settles it (the send timeout). */
    async claim(
      channel: string,
      limits: WindowLimits,
      options: { leaseMs: number; scan: number; holdMs: number },
    ): Promise<Claim> {
      const r = await redis.deliveryClaim(
        k.ready(channel),
        k.leased(channel),
        k.jobs(),
        k.attempts(),
        k.window(channel),
        k.pause(channel),
        k.seq(),
        k.interactiveWaiting(channel),
        k.interactiveHot(channel),
        k.chatWindowPrefix(),
        options.leaseMs,
        ...windowArgs(limits),
        options.scan,
        options.holdMs,
        limits.reserve ?? 0,
      );
      const type = String(r[0]);
      if (type === 'job') {
        const job = String(r[1]);
        const space = job.indexOf(' ');
        return {
          type,
          job,
          broadcast: job.slice(0, space),
          chat: job.slice(space + 1),
          payload: String(r[2]),
          token: String(r[3]),
          depth: Number(r[4]),
          attempts: Number(r[5]),
          slots: String(r[6]),
        };
      }
      if (type === 'wait') return { type, ms: Number(r[1]), depth: Number(r[2]) };
      return { type: 'empty', depth: Number(r[2]) };
    },

    /** Take send slots for a request outside a job (a pin, a progress edit): `slots` when taken, else the wait. */
    async acquire(
      channel: string,
      chat: string,
      limits: WindowLimits,
      o: { cost?: number; holdMs: number; priority?: SlotPriority },
    ): Promise<{ taken: true; slots: string } | { taken: false; waitMs: number; scope: 'channel' | 'chat' }> {
      const p = o.priority ?? { kind: 'bulk' };
      const [waitMs, second] = await redis.deliveryAcquire(
        k.window(channel),
        k.pause(channel),
        k.seq(),
        k.interactiveWaiting(channel),
        k.interactiveHot(channel),
        k.chatWindowPrefix() + chat,
        ...windowArgs(limits),
        o.cost ?? 1,
        o.holdMs,
        p.kind === 'interactive' ? 'i' : 'b',
        limits.reserve ?? 0,
        p.kind === 'interactive' ? p.waiter : '',
        p.kind === 'interactive' ? Math.max(1, Math.round(p.hotMs)) : 1,
      );
      return Number(waitMs) === 0
        ? { taken: true, slots: second }
        : { taken: false, waitMs: Number(waitMs), scope: second as 'channel' | 'chat' };
    },

    /** The platform answered the requests of these slots: they count from now for one window. */
    async settle(channel: string, chat: string, limits: WindowLimits, slots: string): Promise<void> {
      if (!slots) return;
      await redis.deliverySettle(
        k.window(channel),
        k.chatWindowPrefix() + chat,
        limits.channelWindowMs,
        limits.chatWindowMs,
        slots,
      );
    },

    async complete(
      id: string,
      channel: string,
      chat: string,
      ref: string,
      keepMs: number,
    ): Promise<{ first: boolean; finished: boolean }> {
      const [first, finished] = await redis.deliveryComplete(
        ...broadcastKeys(id),
        k.jobs(),
        k.attempts(),
        k.leased(channel),
        k.ready(channel),
        jobName(id, chat),
        chat,
        ref,
        keepMs,
      );
      return { first: first === 1, finished: finished === 1 };
    },

    async retry(
      id: string,
      channel: string,
      chat: string,
      token: string,
      o: { delayMs: number; countAttempt: boolean; pauseMs: number; keepMs: number; maybeSent?: boolean },
    ): Promise<{ requeued: boolean; attempts: number; finished: boolean }> {
      const [attempts, finished] = await redis.deliveryRetry(
        ...broadcastKeys(id),
        k.jobs(),
        k.attempts(),
        k.leased(channel),
        k.ready(channel),
        k.pause(channel),
        k.unsure(id),
        jobName(id, chat),
        chat,
        token,
        Math.max(0, Math.round(o.delayMs)),
        o.countAttempt ? '1' : '0',
        Math.max(0, Math.round(o.pauseMs)),
        o.keepMs,
        o.maybeSent ? '1' : '0',
      );
      return { requeued: attempts >= 0, attempts: Math.max(0, attempts), finished: finished === 1 };
    },

    async fail(id, channel, chat, token, failure, keepMs, maybeSent = false) {
      const [recorded, finished, unsure] = await redis.deliveryFail(
        ...broadcastKeys(id),
        k.jobs(),
        k.attempts(),
        k.leased(channel),
        k.unsure(id),
        jobName(id, chat),
        chat,
        token,
        failure,
        keepMs,
        maybeSent ? '1' : '0',
      );
      return { recorded: recorded === 1, finished: finished === 1, unsure: unsure === 1 };
    },

    async revise(id, jobs) {
      if (!jobs.length) return 0;
      return redis.deliveryRevise(
        k.state(id),
        k.jobs(),
        ...CHANNELS.map((c) => k.leased(c)),
        id,
        ...jobs.flatMap((j) => [j.chat, j.payload]),
      );
    },

    async cancel(id, channel, keepMs, reason) {
      const [n, finished, ...chats] = await redis.deliveryCancel(
        ...broadcastKeys(id),
        k.jobs(),
        k.attempts(),
        k.ready(channel),
        k.leased(channel),
        k.unsure(id),
        channel,
        keepMs,
        reason ?? '',
      );
      return { known: n >= 0, cancelled: Math.max(0, n), finished: finished === 1, chats };
    },

    /** How long the channel still honours a retry_after (ms; 0 when it may send). */
    async pausedFor(channel: string): Promise<number> {
      return Math.max(0, await redis.pttl(k.pause(channel)));
    },

    /** Pause a channel (a 429 outside a job); an existing longer pause is kept. */
    async pause(channel: string, ms: number): Promise<void> {
      const ttl = Math.max(1, Math.round(ms));
      await redis
        .multi()
        .set(k.pause(channel), '1', 'PX', ttl, 'NX')
        .pexpire(k.pause(channel), ttl, 'GT')
        .exec();
    },

    /** A broadcast's hash, refs, failures and unsure chats (`refs: false` skips the refs, the biggest part). */
    async read(id: string, options: { refs?: boolean } = {}): Promise<BroadcastRecord | undefined> {
      const tx = redis.multi().hgetall(k.broadcast(id)).hgetall(k.failed(id)).hkeys(k.unsure(id));
      if (options.refs !== false) tx.hgetall(k.refs(id));
      const rows = (await tx.exec()) ?? [];
      const [meta, failed, tried, refs] = rows.map(([err, v]) => {
        if (err) throw err;
        return v;
      }) as [Record<string, string>, Record<string, string>, string[], Record<string, string> | undefined];
      if (!meta?.id) return undefined;
      // The chats a try had no answer in: those whose job ended `unsure` (not sent after all) are read from their
      // states, in a second round trip only when there are some (most broadcasts have none).
      const states = tried?.length ? await redis.hmget(k.state(id), ...tried) : [];
      const unsure = (tried ?? []).filter((_, i) => states[i] === 'unsure');
      return { meta, failed: failed ?? {}, refs: refs ?? {}, unsure };
    },

    /** Whether a try of the broadcast may have reached the chat with no answer (the next copy says it may repeat). */
    async maybeSent(id: string, chat: string): Promise<boolean> {
      return (await redis.hexists(k.unsure(id), chat)) === 1;
    },

    /** Just the broadcast's hash (counters, progress target and message). */
    async meta(id: string): Promise<Record<string, string> | undefined> {
      const meta = await redis.hgetall(k.broadcast(id));
      return meta.id ? meta : undefined;
    },

    /** Jobs queued or being sent on a channel. */
    async depth(channel: string): Promise<number> {
      const rows = (await redis.multi().zcard(k.ready(channel)).zcard(k.leased(channel)).exec()) ?? [];
      return rows.reduce((n, [, v]) => n + Number(v ?? 0), 0);
    },

    /** True for the one caller that gets to send a broadcast's progress message. */
    async claimProgressMessage(id: string): Promise<boolean> {
      return (await redis.hsetnx(k.broadcast(id), 'progressClaimed', '1')) === 1;
    },
    async setProgressRef(id: string, ref: string): Promise<void> {
      await redis.hset(k.broadcast(id), 'progressRef', ref);
    },
    /** True when no progress edit happened within `ms` (and marks one now). */
    async progressDue(id: string, ms: number): Promise<boolean> {
      return (await redis.set(k.progressThrottle(id), '1', 'PX', Math.max(1, ms), 'NX')) === 'OK';
    },
    /** A short lock around reading the counts and editing the progress message, so edits land in order. */
    async lockProgress(id: string, ms: number): Promise<string | undefined> {
      const token = randomBytes(8).toString('hex');
      return (await redis.set(k.progressLock(id), token, 'PX', ms, 'NX')) === 'OK' ? token : undefined;
    },
    async unlockProgress(id: string, token: string): Promise<void> {
      await redis.deliveryRelease(k.progressLock(id), token);
    },
  };
}
