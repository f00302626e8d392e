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

/** A group chat the tests write in: its console id and title, and the branch it is bound to at start, if any. */
export interface HarnessGroup {
  chat: string;
  title: string;
  /** Bound to this branch by an organiser before the tests run (`/bind`); absent: left unbound. */
  bind?: string;
}

/** The sample pack's 美团 riders' group in 杨浦 (content/: branch meituan-yangpu, organiser org-li). */
export const MEITUAN_GROUP: HarnessGroup = { chat: 'riders-meituan', title: '美团骑手群' };

export interface FaqHarness {
  app: App;
  /** `:in <chat> <title>`: the console line that writes in the harness's group. */
  group: string;
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
    /** The group chat the tests write in (`h.group`), bound at start when it names a branch; default the 美团 group. */
    group?: HarnessGroup;
    /** Who binds the group (an organiser of the pack; default the sample pack's org-li). */
    organiser?: string;
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
  const group = options.group ?? MEITUAN_GROUP;
  const inGroup = `:in ${group.chat} ${group.title}`;
  if (group.bind)
    for (const line of [`:as ${options.organiser ?? 'org-li'} zh-CN`, inGroup, `/bind ${group.bind}`])
      await console.input(line);
  // What the binding said is not the tests' to take.
  let seen = console.transcript.length;
  return {
    app,
    group: inGroup,
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
