/**
 * The real app (real Redis, real console adapter) for FAQ and station tests, with what these tests need
 * beyond tests/helpers/app.ts: a fixed or movable clock, an optional model endpoint, and the log lines
 * (to check that no phone number is ever logged).
 */
import { Writable } from 'node:stream';
import { inject } from 'vitest';
import { createApp, type App } from '../../../src/app.js';
import {
  createConsoleAdapter,
  type ConsoleAdapter,
  type ConsoleLine,
} from '../../../src/adapters/console/adapter.js';
import type { OpenAIConfig } from '../../../src/config/index.js';
import { createLogger } from '../../../src/core/logger.js';
import { NO_FLOOD_LIMIT, SAMPLE_PACK, sharedPack, testPrefix } from '../../helpers/app.js';

export interface FaqHarness {
  app: App;
  console: ConsoleAdapter;
  logs: string[];
  /** The app's Redis key prefix. */
  prefix: string;
  /** The clock the app reads; tests move it. */
  clock: { now: Date };
  type(...lines: string[]): Promise<void>;
  /** Lines sent since the last call. */
  take(): ConsoleLine[];
  /**
   * Forget model answers kept for repeated questions and what each person's model budget has spent: a test that
   * makes the stand-in answer the same question another way starts as a new deployment would.
   */
  forgetModelAnswers(): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(
  options: {
    now?: string;
    openai?: OpenAIConfig;
    contentDir?: string;
    /** Reuse a key prefix (an app "restarted" on the same Redis). */
    prefix?: string;
    /** Leave the keys in Redis on close (the next app reads them). */
    keepKeys?: boolean;
  } = {},
): Promise<FaqHarness> {
  const prefix = options.prefix ?? testPrefix();
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      logs.push(chunk.toString('utf8'));
      cb();
    },
  });
  const clock = { now: new Date(options.now ?? '2026-11-23T02:00:00Z') };
  const app = await createApp({
    contentDir: options.contentDir ?? SAMPLE_PACK,
    pack: await sharedPack(options.contentDir ?? SAMPLE_PACK),
    redisUrl: inject('redisUrl'),
    logger: createLogger({ level: 'debug', pretty: false }, sink),
    timezone: 'Asia/Shanghai',
    redisPrefix: prefix,
    now: () => clock.now,
    watchContent: false,
    // No per-person message limit: a test types faster than any person (core/flood.ts).
    flood: NO_FLOOD_LIMIT,
    ...(options.openai ? { openai: options.openai } : {}),
  });
  const console = createConsoleAdapter({ core: () => app.core, write: () => {} });
  app.outbox.register('console', console.outbox);
  let seen = 0;
  return {
    app,
    console,
    logs,
    prefix,
    clock,
    async type(...lines) {
      for (const l of lines) await console.input(l);
    },
    take() {
      const out = console.transcript.slice(seen);
      seen = console.transcript.length;
      return out;
    },
    async forgetModelAnswers() {
      const keys = await app.store.redis.keys(`${prefix}:faq:model:*`);
      if (keys.length) await app.store.redis.del(...keys);
    },
    async close() {
      if (options.keepKeys) return app.close();
      const keys = await app.store.redis.keys(`${prefix}:*`);
      if (keys.length) await app.store.redis.del(...keys);
      await app.close();
    },
  };
}

/** Callback data of every button on a card. */
export function buttonData(line: ConsoleLine | undefined): string[] {
  return (line?.card.buttons ?? []).flat().map((b) => ('data' in b ? b.data : b.url));
}

/** The first button whose data starts with `prefix`: its number as typed at the console, its data and its label. */
export function buttonAt(line: ConsoleLine | undefined, prefix: string) {
  const data = buttonData(line);
  const i = data.findIndex((d) => d.startsWith(prefix));
  return { n: i + 1, data: data[i], label: line?.choices[i] };
}
