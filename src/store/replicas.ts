/**
 * Leases and per-chat turns for several bot processes on one Redis (the ports in core/replicas.ts).
 * Each state change is one Lua script: take-or-renew, renew-if-mine, compare-and-delete, the chat
 * queue's take (lua/turn-take-3.lua), which lets only the oldest waiting update of a chat take its lock, and the
 * release level's raise-if-higher (lua/release-record-1.lua).
 */
import type { Redis, Result } from 'ioredis';
import type { ChatRef, LeasePort, ReleasePort, TurnPort } from '../core/replicas.js';
import type { Keys } from './keys.js';
import { defineScripts } from './scripts.js';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    leaseTake(key: string, token: string, ms: number): Result<number, Context>;
    leaseRenew(key: string, token: string, ms: number): Result<number, Context>;
    turnTake(
      lock: string,
      waiting: string,
      alive: string,
      token: string,
      seq: number,
      lockMs: number,
      waitMs: number,
    ): Result<number, Context>;
    turnLeave(waiting: string, alive: string, token: string): Result<number, Context>;
    releaseRecord(key: string, level: number): Result<number, Context>;
  }
}

export function createLeaseRepo(redis: Redis, keys: Keys): LeasePort {
  defineScripts(redis, ['lease-take-1', 'delivery-release-1']);
  return {
    take: async (name, token, ms) => (await redis.leaseTake(keys.lease(name), token, ms)) === 1,
    async release(name, token) {
      await redis.deliveryRelease(keys.lease(name), token);
    },
  };
}

export function createReleaseRepo(redis: Redis, keys: Keys): ReleasePort {
  defineScripts(redis, ['release-record-1']);
  return {
    record: async (level) => Number(await redis.releaseRecord(keys.releaseLevel(), level)),
  };
}

export function createTurnRepo(redis: Redis, keys: Keys): TurnPort {
  defineScripts(redis, ['turn-take-3', 'turn-leave-2', 'lease-renew-1', 'delivery-release-1']);
  const k = (c: ChatRef) => ({
    lock: keys.turn(c.channel, c.chatId),
    waiting: keys.turnWaiting(c.channel, c.chatId),
    alive: keys.turnAlive(c.channel, c.chatId),
  });
  return {
    async take(chat, token, seq, lockMs, waitMs) {
      const { lock, waiting, alive } = k(chat);
      return (await redis.turnTake(lock, waiting, alive, token, seq, lockMs, waitMs)) === 1;
    },
    renew: async (chat, token, ms) => (await redis.leaseRenew(k(chat).lock, token, ms)) === 1,
    async release(chat, token) {
      await redis.deliveryRelease(k(chat).lock, token);
    },
    async leave(chat, token) {
      const { waiting, alive } = k(chat);
      await redis.turnLeave(waiting, alive, token);
    },
  };
}
