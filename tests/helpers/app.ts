/**
 * Build the real app against the test Redis with a fresh key prefix, driven through the real console
 * adapter (the same one `npm start` opens), so feature tests exercise the whole core.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Redis } from 'ioredis';
import { connectRedis } from '../../src/store/redis.js';
import { createStore, type Store } from '../../src/store/index.js';
import { createApp, type App } from '../../src/app.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConsoleAdapter, type ConsoleAdapter } from '../../src/adapters/console/adapter.js';
import { createLogger, type Logger } from '../../src/core/logger.js';
import type { OpenAIConfig } from '../../src/config/index.js';
import { Writable } from 'node:stream';
import type { FloodLimits } from '../../src/core/flood.js';
import { knowPackPlaces, loadContentPack } from '../../src/core/content/loader.js';
import type { ContentPack } from '../../src/core/content/schema.js';

/** Tests type faster than any person: the per-person message limit is off unless a test asks for it. */
export const NO_FLOOD_LIMIT: FloodLimits = { privatePerMinute: 0, groupPerMinute: 0 };

export const SAMPLE_PACK = resolve(import.meta.dirname, '../../content');
export const MINIMAL_PACK = resolve(import.meta.dirname, '../fixtures/packs/minimal');

export interface TestApp {
  app: App;
  console: ConsoleAdapter;
  /** Lines typed at the console, one after another. */
  type(...lines: string[]): Promise<void>;
  /** Texts the bot sent since the last call to `take()`. */
  take(): string[];
  close(): Promise<void>;
}

/** A real pino logger whose JSON lines are collected, so tests can assert on what was (not) logged. */
export function captureLogger(level = 'info'): { logger: Logger; logs: Record<string, unknown>[] } {
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
        logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ level, pretty: false }, sink), logs };
}

/**
 * A store on the test Redis under a fresh prefix, for tests of the store itself; its keys are removed
 * after the file's tests.
 */
export function useTestStore(): { readonly store: Store } {
  const prefix = testPrefix();
  let redis: Redis | undefined;
  let store: Store | undefined;
  beforeAll(async () => {
    redis = await connectRedis(inject('redisUrl'));
    store = createStore(redis, prefix);
  });
  afterAll(async () => {
    if (!redis) return;
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });
  return {
    get store() {
      if (!store) throw new Error('useTestStore: the store exists only inside tests');
      return store;
    },
  };
}

/** Packs loaded by this worker, by directory and the contents of its files; the latest few. */
const loadedPacks = new Map<string, Promise<ContentPack>>();
const LOADED_PACKS = 6;

/** The directory's files, names and contents, as one hash: the same for a pack as long as nothing in it changed. */
function packFingerprint(dir: string): string {
  const hash = createHash('sha1');
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = resolve(dir, name);
    if (!statSync(file).isFile()) continue;
    hash.update(name).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/**
 * The pack in `dir` as loaded, shared by the apps a test worker builds of it while its files stay the same (the
 * workers run file after file, `isolate: false`), and frozen: no app and no test can write it. An app given it takes
 * its own pack on it (src/core/content/own-pack.ts) with the one thing an app writes, `former` (the names of the
 * branches and categories a pack dropped, as that app's Redis recorded them), so two apps alive at once on one pack
 * cannot differ through it. What is built of a pack is kept per loaded pack (the FAQ's asker and index, the station
 * reader, the report readers: about a second and a half per app), so each app after the first of a pack starts with
 * them built. A changed file is another pack, loaded again; a pack that does not load throws as `createApp` would.
 * Loading a pack also sets the place names English readings cut at (a process-wide setting, the last pack loaded
 * wins): a pack taken from here sets them again.
 */
export async function sharedPack(dir: string): Promise<ContentPack> {
  const full = resolve(dir);
  let key: string;
  try {
    key = `${full}\0${packFingerprint(full)}`;
  } catch {
    return loadContentPack(full);
  }
  let pack = loadedPacks.get(key);
  if (pack) {
    // The most recently used last: the oldest goes first when there are too many.
    loadedPacks.delete(key);
  } else {
    pack = loadContentPack(full).then(frozen);
    pack.catch(() => loadedPacks.delete(key));
  }
  loadedPacks.set(key, pack);
  for (const old of loadedPacks.keys()) if (loadedPacks.size > LOADED_PACKS) loadedPacks.delete(old);
  const loaded = await pack;
  knowPackPlaces(loaded);
  return loaded;
}

/** The pack's data frozen through: its plain objects and arrays (what the pack's files were read into). */
function frozen<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  // A RegExp keeps its lastIndex, a Map or a class instance its own state: only data is frozen.
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return value;
  Object.freeze(value);
  for (const v of Object.values(value)) frozen(v);
  return value;
}

export function testPrefix(): string {
  return `wstest-${randomBytes(4).toString('hex')}`;
}

export async function createTestApp(
  options: {
    contentDir?: string;
    now?: () => Date;
    prefix?: string;
    logger?: Logger;
    /** A model endpoint (the OpenAI stand-in) for FAQ answers and report classification. */
    openai?: OpenAIConfig;
    /** The per-person message limits (default: none, see NO_FLOOD_LIMIT). */
    flood?: FloodLimits;
  } = {},
): Promise<TestApp> {
  const prefix = options.prefix ?? testPrefix();
  const contentDir = options.contentDir ?? SAMPLE_PACK;
  const app = await createApp({
    contentDir,
    pack: await sharedPack(contentDir),
    redisUrl: inject('redisUrl'),
    logger: options.logger ?? createLogger({ level: 'silent', pretty: false }),
    timezone: 'Asia/Shanghai',
    redisPrefix: prefix,
    // No per-person message limit unless a test asks for one: tests type faster than any person (core/flood.ts).
    flood: options.flood ?? NO_FLOOD_LIMIT,
    ...(options.now ? { now: options.now } : {}),
    ...(options.openai ? { openai: options.openai } : {}),
  });
  const console = createConsoleAdapter({
    core: () => app.core,
    metrics: app.deps.metrics,
    write: () => {},
    filesDir: join(tmpdir(), `waystation-files-${prefix}`),
  });
  app.outbox.register('console', console.outbox);
  let seen = 0;
  return {
    app,
    console,
    async type(...lines) {
      for (const l of lines) await console.input(l);
    },
    take() {
      const out = console.transcript.slice(seen).map((l) => l.text);
      seen = console.transcript.length;
      return out;
    },
    async close() {
      const keys = await app.store.redis.keys(`${prefix}:*`);
      if (keys.length) await app.store.redis.del(...keys);
      await app.close();
    },
  };
}
