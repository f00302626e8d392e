/**
 * What the engine's parts share: its dependencies as resolved once, and this process's loop per channel
 * (a `Worker`, with the pins and progress edits waiting in it for a send slot).
 */
import type { Logger } from '../../logger.js';
import type { Channel } from '../../types.js';
import type { DeliveryRepo, WindowLimits } from '../../ports/delivery.js';
import type { Limits } from '../limits.js';
import type { DeliveredListener, DeliveryEngineDeps, Failed } from '../engine.js';

export interface Waiter {
  chat: string;
  cost: number;
  notBefore: number;
  resolve(slots: string): void;
  reject(err: Error): void;
}

export interface Worker {
  channel: Channel;
  stopping: boolean;
  inflight: Set<Promise<void>>;
  waiters: Waiter[];
  sleep(ms: number): Promise<void>;
  wake(): void;
  done?: Promise<void>;
}

export interface EngineContext {
  deps: DeliveryEngineDeps;
  repo: DeliveryRepo;
  logger: Logger;
  limits: Limits;
  random: () => number;
  /** How long a finished broadcast's record is kept. */
  keepMs: number;
  workers: Map<Channel, Worker>;
  /** Work that no job waits for (intermediate progress edits); stop() lets it finish. */
  side: Set<Promise<void>>;
  listeners: DeliveredListener[];
  failListeners: ((e: Failed) => void | Promise<void>)[];
  /** The windows for one chat (`channel:chatId`): a private chat has a rate of its own. */
  chatWindows: (channel: Channel, chat: string) => WindowLimits;
}
