/**
 * Updates from the platforms, handled at least once: an update is claimed (kept in Redis with a lease)
 * when it arrives and marked done only when its handling has finished. A process killed mid-update
 * leaves the update here; once the lease runs out, any process takes it over (`recover`) and handles it
 * again. The replies an update has sent are remembered until it is done, so a replay does not send
 * them twice. Scripts: lua/update-*.lua.
 *
 *   const r = await repo.claim('telegram', '123', JSON.stringify(incoming), 60_000);  // 'claimed' | …
 *   … handle …
 *   await repo.done('telegram', '123');
 */
import type { Redis, Result } from 'ioredis';
import type { Keys } from './keys.js';
import type { UpdateClaim, UpdateRepo } from '../core/ports/updates.js';
import { updateKey } from '../core/ports/updates.js';
import { defineScripts } from './scripts.js';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    updateClaim(
      seen: string,
      pending: string,
      leases: string,
      id: string,
      json: string,
      leaseMs: number,
    ): Result<string, Context>;
    updateDone(
      seen: string,
      pending: string,
      leases: string,
      replies: string,
      id: string,
      ttlS: number,
    ): Result<number, Context>;
    updateRecover(pending: string, leases: string, leaseMs: number, max: number): Result<string[], Context>;
    updateRenew(leases: string, leaseMs: number, ...ids: string[]): Result<number, Context>;
  }
}

/** Platforms redeliver for minutes, not days: a day of memory is plenty. */
const REMEMBER_S = 86_400;

export function createUpdateRepo(redis: Redis, keys: Keys): UpdateRepo {
  defineScripts(redis, ['update-claim-3', 'update-done-4', 'update-recover-2', 'update-renew-1']);
  const k = keys.updates;
  return {
    async claim(channel: string, updateId: string, json: string, leaseMs: number): Promise<UpdateClaim> {
      return (await redis.updateClaim(
        keys.seenUpdate(channel, updateId),
        k.pending(),
        k.leases(),
        updateKey(channel, updateId),
        json,
        Math.max(1, Math.round(leaseMs)),
      )) as UpdateClaim;
    },
    async done(channel: string, updateId: string): Promise<void> {
      await redis.updateDone(
        keys.seenUpdate(channel, updateId),
        k.pending(),
        k.leases(),
        k.replies(channel, updateId),
        updateKey(channel, updateId),
        REMEMBER_S,
      );
    },
    async letGo(channel: string, updateId: string): Promise<void> {
      // HDEL and ZREM free memory: a full Redis (noeviction) still takes them — one by one, as it refuses any
      // command queued in a MULTI then. The copy goes first: a lease left alone is dropped by update-recover.
      const id = updateKey(channel, updateId);
      await redis.hdel(k.pending(), id);
      await redis.zrem(k.leases(), id);
    },
    async isDone(channel: string, updateId: string): Promise<boolean> {
      return (await redis.exists(keys.seenUpdate(channel, updateId))) === 1;
    },
    /** Updates whose lease ran out, now leased to the caller: id and JSON. */
    async recover(leaseMs: number, max = 50): Promise<{ id: string; json: string }[]> {
      const flat = await redis.updateRecover(k.pending(), k.leases(), Math.max(1, Math.round(leaseMs)), max);
      const out: { id: string; json: string }[] = [];
      for (let i = 0; i + 1 < flat.length; i += 2) out.push({ id: flat[i]!, json: flat[i + 1]! });
      return out;
    },
    async renew(ids: readonly string[], leaseMs: number): Promise<void> {
      if (ids.length) await redis.updateRenew(k.leases(), Math.max(1, Math.round(leaseMs)), ...ids);
    },
    async handBack(ids: readonly string[]): Promise<void> {
      // One ZADD (atomic): XX leaves alone an update whose handling finished meanwhile (done removed it).
      if (ids.length) await redis.zadd(k.leases(), 'XX', ...ids.flatMap((id) => [0, id]));
    },
    /** Updates claimed and not yet done (tests and metrics). */
    async pending(): Promise<number> {
      return redis.hlen(k.pending());
    },
    /** The n-th reply an update sent (JSON MessageRef), if it got that far before. */
    async reply(channel: string, updateId: string, n: number): Promise<string | undefined> {
      return (await redis.hget(k.replies(channel, updateId), String(n))) ?? undefined;
    },
    async rememberReply(channel: string, updateId: string, n: number, ref: string): Promise<void> {
      const key = k.replies(channel, updateId);
      await redis.multi().hset(key, String(n), ref).expire(key, REMEMBER_S).exec();
    },
  };
}
