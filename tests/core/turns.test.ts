/**
 * Chat turns across processes (core/turns.ts over store/replicas.ts, real Redis): updates of one chat
 * run one at a time, oldest first, and a process that dies holding or waiting for a turn does not block
 * the chat for longer than its lease.
 */
import { describe, expect, it } from 'vitest';
import { createChatTurns } from '../../src/core/turns.js';
import { createLogger } from '../../src/core/logger.js';
import { useTestStore } from '../helpers/app.js';

const ctx = useTestStore();
const log = createLogger({ level: 'silent', pretty: false });
const chat = (id: string) => ({ channel: 'telegram', chatId: id });

async function until(what: string, cond: () => boolean | Promise<boolean>, ms = 8000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('chat turns', () => {
  it('two "processes" never run one chat at once, and run its updates in update-id order', async () => {
    const { store } = ctx;
    const a = createChatTurns(store.turns, { log });
    const b = createChatTurns(store.turns, { log });
    const done: number[] = [];
    let running = 0;
    let overlap = false;
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const work = (n: number) => async () => {
      running++;
      if (running > 1) overlap = true;
      if (n === 1) await gate;
      done.push(n);
      running--;
    };
    const first = a.run(chat('c1'), 1, work(1));
    await until('the first update running', () => running === 1);
    // Five more arrive, alternately at both processes, newest first.
    const rest = [6, 5, 4, 3, 2].map((n) => (n % 2 ? a : b).run(chat('c1'), n, work(n)));
    await until(
      'five waiting',
      async () => (await store.redis.zcard(store.keys.turnWaiting('telegram', 'c1'))) === 5,
    );
    open();
    await Promise.all([first, ...rest]);
    expect(done).toEqual([1, 2, 3, 4, 5, 6]);
    expect(overlap).toBe(false);
  });

  it('a holder that died leaves the chat to the next update once its turn expires', async () => {
    const { store } = ctx;
    // A process took chat c2's turn and was killed: nothing will release it.
    expect(await store.turns.take(chat('c2'), 'dead-process', 10, 400, 400)).toBe(true);
    const turns = createChatTurns(store.turns, { log, lockMs: 400, waitMs: 400 });
    let ran = false;
    await turns.run(chat('c2'), 11, async () => void (ran = true));
    expect(ran).toBe(true);
  });

  it('a waiter that died does not block the updates behind it', async () => {
    const { store } = ctx;
    const turns = createChatTurns(store.turns, { log, lockMs: 400, waitMs: 300 });
    // A holder is busy, and a process queued update 20 then died (it never asks again).
    expect(await store.turns.take(chat('c3'), 'holder', 19, 400, 300)).toBe(true);
    expect(await store.turns.take(chat('c3'), 'dead-waiter', 20, 400, 300)).toBe(false);
    await store.turns.release(chat('c3'), 'holder');
    let ran = false;
    await turns.run(chat('c3'), 21, async () => void (ran = true));
    expect(ran).toBe(true);
    expect(await store.redis.zcard(store.keys.turnWaiting('telegram', 'c3'))).toBe(0);
  });

  it('a turn is kept while a long update is handled (renewed), and released at its end', async () => {
    const { store } = ctx;
    const turns = createChatTurns(store.turns, { log, lockMs: 300 });
    const lock = store.keys.turn('telegram', 'c4');
    let holder: string | null = null;
    await turns.run(chat('c4'), 30, async () => {
      await new Promise((r) => setTimeout(r, 700));
      holder = await store.redis.get(lock);
    });
    expect(holder).not.toBeNull();
    expect(await store.redis.exists(lock)).toBe(0);
  });
});
