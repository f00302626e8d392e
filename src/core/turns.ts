/**
 * Chat turns across processes: several replicas behind a load balancer receive updates of one chat, and
 * each update waits for its turn (core/replicas.ts TurnPort, a Redis queue per chat ordered by update id),
 * so no two are handled at once and the older one goes first. The turn is a lock with a random token,
 * renewed while the update is handled and released when it is done; a holder that dies leaves the lock
 * to expire after `lockMs`, and a waiter that dies loses its place after `waitMs`.
 *
 *   const turns = createChatTurns(store.turns, { log });
 *   await turns.run({ channel: 'telegram', chatId: '-100…' }, update.update_id, () => handle(update));
 *
 * When Redis cannot be asked, the update runs without a turn: the dispatcher then keeps it in the spool
 * (Redis is down) and the person is told, which matters more than the order.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from './logger.js';
import type { ChatRef, TurnPort } from './replicas.js';

export interface ChatTurnsOptions {
  log: Logger;
  /** How long a turn lasts without renewal (renewed every third of it while the work runs). */
  lockMs?: number;
  /** How long a waiter's place lasts without a refresh (it refreshes every poll). */
  waitMs?: number;
  /** Longest pause between two looks at the queue. */
  maxPollMs?: number;
}

export interface ChatTurns {
  run<T>(chat: ChatRef, seq: number, work: () => Promise<T>): Promise<T>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function createChatTurns(port: TurnPort, options: ChatTurnsOptions): ChatTurns {
  const lockMs = options.lockMs ?? 15_000;
  const waitMs = options.waitMs ?? 10_000;
  const maxPollMs = options.maxPollMs ?? 100;
  const log = options.log;

  async function wait(chat: ChatRef, token: string, seq: number): Promise<boolean> {
    let pause = 5;
    try {
      while (!(await port.take(chat, token, seq, lockMs, waitMs))) {
        await sleep(pause);
        pause = Math.min(pause * 2, maxPollMs);
      }
      return true;
    } catch (err) {
      await port.leave(chat, token).catch(() => undefined);
      log.warn(
        { err: (err as Error).message, chat: chat.chatId },
        'chat turn unavailable; handling without it',
      );
      return false;
    }
  }

  return {
    async run(chat, seq, work) {
      const token = randomBytes(9).toString('base64url');
      if (!(await wait(chat, token, seq))) return work();
      const renew = setInterval(() => {
        port.renew(chat, token, lockMs).then(
          (ok) => ok || log.warn({ chat: chat.chatId, update: seq }, 'chat turn expired while handling'),
          () => undefined,
        );
      }, lockMs / 3);
      try {
        return await work();
      } finally {
        clearInterval(renew);
        await port.release(chat, token).catch(() => undefined);
      }
    },
  };
}
