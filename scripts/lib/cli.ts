/**
 * What the command-line scripts that read the bot's data share: the configuration and the content pack
 * as the bot reads them, the bot's Redis (REDIS_URL, else 127.0.0.1:6379, else the console session's
 * embedded Redis in ./data — started just for the script when the bot is not running), and one way to
 * end: a `CliFailure` prints its message and sets the exit code (2: bad arguments or configuration,
 * 1: Redis or the pack could not be read); anything else prints its stack.
 */
import { consoleStateFile, rememberedClockOffset } from '../../src/adapters/console/memory.js';
import { ConfigError, loadConfig, type Config } from '../../src/config/index.js';
import { ContentPackError, formatProblems, loadContentPack } from '../../src/core/content/loader.js';
import type { ContentPack } from '../../src/core/content/schema.js';
import { localSessionRedis, startRedisServer, type EmbeddedRedis } from '../../src/store/embedded.js';
import { connectRedis, redisAnswers, RedisUnavailableError, type Redis } from '../../src/store/redis.js';

export class CliFailure extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}

export function configOrFail(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) throw new CliFailure(err.message, 2);
    throw err;
  }
}

export async function packOrFail(dir: string): Promise<ContentPack> {
  try {
    return await loadContentPack(dir);
  } catch (err) {
    if (err instanceof ContentPackError)
      throw new CliFailure(`the content pack ${dir} is invalid:\n${formatProblems(err.problems)}`);
    throw err;
  }
}

/**
 * The bot's time now: the machine's, moved as far ahead as the console's `:clock` moved the bot's clock for this
 * Redis prefix (kept in `data/console/<prefix>.jsonl`, read the way `npm start` reads it). A script that writes a date
 * (a draft's `updated:`, the export's outcomes) writes the day the bot's data was written in, not the machine's
 * (stop 41: after `:clock 2026-12-20 09:00`, `gaps:export` dated its drafts by the machine's day). No file: the machine's.
 */
export function botNow(config: Config): Date {
  return new Date(Date.now() + rememberedClockOffset(consoleStateFile(config.redisPrefix)));
}

/** Where the bot's data is: REDIS_URL, the Redis on 6379, or the console session's embedded one. */
async function botRedisUrl(configured?: string): Promise<{ url: string; embedded?: EmbeddedRedis }> {
  const local = 'redis://127.0.0.1:6379';
  if (configured) return { url: configured };
  if (await redisAnswers(local)) return { url: local };
  const session = await localSessionRedis('data');
  if (session.url) return { url: session.url };
  if (!session.hasData) return { url: local };
  process.stderr.write('reading the console session in ./data (starting redis-server on it)\n');
  const embedded = await startRedisServer({ dataDir: 'data' });
  return { url: embedded.url, embedded };
}

/** Connected to the bot's Redis; `close` also stops a redis-server started for the script. */
export async function botRedisOrFail(config: Config): Promise<{ redis: Redis; close(): Promise<void> }> {
  let embedded: EmbeddedRedis | undefined;
  try {
    const where = await botRedisUrl(config.redisUrl);
    embedded = where.embedded;
    const redis = await connectRedis(where.url, { maxRetriesPerRequest: 1 });
    return {
      redis,
      async close() {
        await redis.quit().catch(() => redis.disconnect());
        await embedded?.stop();
      },
    };
  } catch (err) {
    await embedded?.stop();
    if (err instanceof RedisUnavailableError) throw new CliFailure(err.message);
    throw err;
  }
}

/** Run a script's main: a CliFailure becomes its message and exit code, anything else its stack. */
export async function runCli(name: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (err) {
    if (err instanceof CliFailure) {
      process.stderr.write(`${err.message}\n`);
      process.exitCode = err.code;
    } else {
      process.stderr.write(`${name} failed: ${(err as Error)?.stack ?? String(err)}\n`);
      process.exitCode = 1;
    }
  }
}
