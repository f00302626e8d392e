/**
 * npm run gaps:export -- [--content DIR] [--out FILE]
 *
 * Prints (or writes to FILE) the draft FAQ entries organisers confirmed in /gaps, as `faq/*.yaml`
 * entries, followed by the learned examples as comments — the same text `/gaps export` sends in chat.
 * Redis comes from the environment (REDIS_URL, REDIS_PREFIX, CONTENT_DIR) as for the bot, else the
 * Redis on 127.0.0.1:6379 or the console session's (scripts/lib/cli.ts). Exits 2 on bad arguments or
 * configuration, 1 when Redis or the pack cannot be read.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { draftsYaml, learnedToAdd } from '../src/core/faq/curate.js';
import { carries } from '../src/core/faq/learned.js';
import { loadI18n } from '../src/core/i18n.js';
import { localDay } from '../src/core/stations/hours.js';
import { createStore } from '../src/store/index.js';
import { botNow, botRedisOrFail, CliFailure, configOrFail, packOrFail, runCli } from './lib/cli.js';

const USAGE = 'usage: npm run gaps:export -- [--content DIR] [--out FILE]';

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: { content: { type: 'string' }, out: { type: 'string' } },
      allowPositionals: false,
    }));
  } catch (err) {
    throw new CliFailure(`${(err as Error).message}\n${USAGE}`, 2);
  }
  const config = configOrFail();
  const pack = await packOrFail(values.content ?? config.contentDir);
  const { redis, close } = await botRedisOrFail(config);
  try {
    const faq = createStore(redis, config.redisPrefix).faq;
    const district = pack.settings.district.id;
    const [stored, learned] = await Promise.all([faq.drafts(district), faq.learned(district)]);
    // As /gaps export: a draft the pack carries already (pasted in, the bot not asked since) is not written again.
    const drafts = stored.filter((d) => !carries(pack, d));
    const i18n = loadI18n(resolve(import.meta.dirname, '..', 'locales'));
    const t = (id: string) => i18n.t('zh-CN', id);
    const yaml = draftsYaml(pack, drafts, learned.examples, {
      header: t('faq-export-header'),
      learnedHeader: t('faq-export-learned'),
      source: t('faq-export-source'),
      today: localDay(botNow(config), config.timezone).date,
    });
    if (values.out) {
      await writeFile(values.out, `${yaml}\n`, 'utf8');
      process.stderr.write(
        `wrote ${drafts.length} draft entries and ${learnedToAdd(pack, learned.examples).length} learned examples to add to entries to ${values.out}\n`,
      );
    } else process.stdout.write(`${yaml}\n`);
  } finally {
    await close();
  }
}

await runCli('gaps:export', main);
