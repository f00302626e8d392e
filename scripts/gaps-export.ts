/**
 * npm run gaps:export -- [--content DIR] [--out FILE]
 *
 * Prints (or writes to FILE) the draft FAQ entries organisers confirmed in /gaps, as `faq/*.yaml`
 * entries, followed by the learned examples as comments — the same text `/gaps export` sends in chat.
 * Redis comes from the environment (REDIS_URL, REDIS_PREFIX, CONTENT_DIR) as for the bot; with no
 * REDIS_URL, the Redis on 127.0.0.1:6379. Exits 2 on bad arguments or configuration, 1 when Redis or
 * the pack cannot be read.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/config/index.js';
import { ContentPackError, formatProblems, loadContentPack } from '../src/core/content/loader.js';
import { draftsYaml } from '../src/core/faq/curate.js';
import { loadI18n } from '../src/core/i18n.js';
import { localDay } from '../src/core/stations/hours.js';
import { createStore } from '../src/store/index.js';
import { connectRedis, RedisUnavailableError } from '../src/store/redis.js';

const USAGE = 'usage: npm run gaps:export -- [--content DIR] [--out FILE]';

class Fail extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: { content: { type: 'string' }, out: { type: 'string' } },
      allowPositionals: false,
    }));
  } catch (err) {
    throw new Fail(`${(err as Error).message}\n${USAGE}`, 2);
  }
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) throw new Fail(err.message, 2);
    throw err;
  }
  const contentDir = values.content ?? config.contentDir;
  let pack;
  try {
    pack = await loadContentPack(contentDir);
  } catch (err) {
    if (err instanceof ContentPackError)
      throw new Fail(`the content pack ${contentDir} is invalid:\n${formatProblems(err.problems)}`);
    throw err;
  }
  let redis;
  try {
    redis = await connectRedis(config.redisUrl ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 1 });
  } catch (err) {
    if (err instanceof RedisUnavailableError) throw new Fail(err.message);
    throw err;
  }
  try {
    const faq = createStore(redis, config.redisPrefix).faq;
    const district = pack.settings.district.id;
    const [drafts, learned] = await Promise.all([faq.drafts(district), faq.learned(district)]);
    const i18n = loadI18n(resolve(import.meta.dirname, '..', 'locales'));
    const t = (id: string) => i18n.t('zh-CN', id);
    const yaml = draftsYaml(pack, drafts, learned.examples, {
      header: t('faq-export-header'),
      learnedHeader: t('faq-export-learned'),
      source: t('faq-export-source'),
      today: localDay(new Date(), config.timezone).date,
    });
    if (values.out) {
      await writeFile(values.out, `${yaml}\n`, 'utf8');
      process.stderr.write(
        `wrote ${drafts.length} draft entries and ${learned.examples.length} learned examples to ${values.out}\n`,
      );
    } else process.stdout.write(`${yaml}\n`);
  } finally {
    await redis.quit().catch(() => redis.disconnect());
  }
}

try {
  await main();
} catch (err) {
  if (err instanceof Fail) {
    process.stderr.write(`${err.message}\n`);
    process.exitCode = err.code;
  } else {
    process.stderr.write(`gaps:export failed: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 1;
  }
}
