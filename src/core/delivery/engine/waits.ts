/**
 * Waiting, and the errors a wait ends in: a send given a time limit, a slot not found in time, the engine
 * stopping; and writes retried through a Redis blip.
 */
import { DeliveryError } from '../../outbox.js';

export class StoppingError extends Error {
  constructor() {
    super('delivery engine is stopping');
  }
}

export class SlotTimeoutError extends Error {
  constructor(chat: string) {
    super(`no send slot in ${chat} in time`);
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class TimeoutError extends DeliveryError {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`, 'transient');
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const asDeliveryError = (err: unknown): DeliveryError =>
  err instanceof DeliveryError ? err : new DeliveryError((err as Error)?.message ?? String(err), 'transient');

/** Writes that record what already happened on the platform are retried through a Redis blip. */
export async function record<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (err) {
      if (attempt >= 5) throw err;
      await sleep(200 * 2 ** attempt);
    }
  }
}
