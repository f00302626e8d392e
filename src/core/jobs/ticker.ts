/**
 * A periodic job driven by node-cron in BOT_TIMEZONE, whose ticks never overlap: a slow tick makes the
 * next one wait for it. The work is a function of the clock, so tests call `tick(at)` directly and only
 * `start()` involves a timer; `start()` also ticks once at once, to catch up with what a restart missed.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logger.js';

export interface Ticker<T> {
  tick(at?: number): Promise<T>;
  start(): void;
  /** Stop the timer and wait for a tick in progress. */
  stop(): Promise<void>;
}

export function createTicker<T>(options: {
  /** node-cron expression for the timer. */
  cron: string;
  timezone: string;
  name: string;
  now: () => number;
  log: Logger;
  run: (at: number) => Promise<T>;
}): Ticker<T> {
  let task: ScheduledTask | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  const ticker: Ticker<T> = {
    tick(at = options.now()) {
      const run = chain.then(() => options.run(at));
      chain = run.catch(() => undefined);
      return run;
    },
    start() {
      if (task) return;
      const safeTick = () =>
        ticker.tick().catch((err: unknown) => options.log.error({ err }, `${options.name} tick failed`));
      task = cron.schedule(
        options.cron,
        async () => {
          await safeTick();
        },
        { timezone: options.timezone, name: options.name, noOverlap: true },
      );
      void safeTick();
    },
    async stop() {
      if (task) await task.destroy();
      task = undefined;
      await chain;
    },
  };
  return ticker;
}
