/**
 * npm run export -- --from YYYY-MM-DD --to YYYY-MM-DD [--out FILE] [--content DIR]
 *
 * Writes the monthly report as CSV: one row per ticket received from --from to --to (whole days in
 * BOT_TIMEZONE, both included) and a summary per branch with the /stats figures (docs/reports.md,
 * "Figures"). With --out, the tickets go to FILE and the summary to FILE-branches.csv, both with a UTF-8
 * byte-order mark so that Excel reads the Chinese names; without it, both tables go to stdout, separated
 * by an empty line. No phone number, ID number or platform user id is written; anonymous tickets carry
 * no identity. Redis and the time zone come from the environment (REDIS_URL, REDIS_PREFIX, BOT_TIMEZONE,
 * CONTENT_DIR) as for the bot; with no REDIS_URL, the Redis on 127.0.0.1:6379, else the embedded Redis of
 * a console session (`npm start`): the running one (data/redis.url), or — when the bot is not running — a
 * redis-server started on ./data just for the export and stopped after.
 *
 * Exits 2 on bad arguments or configuration, 1 when Redis or the pack cannot be read.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildExport } from '../src/core/reports/export.js';
import { datesPeriod, ticketsCreatedIn } from '../src/core/reports/figures.js';
import { createStore } from '../src/store/index.js';
import { botNow, botRedisOrFail, CliFailure, configOrFail, packOrFail, runCli } from './lib/cli.js';

const USAGE = 'usage: npm run export -- --from YYYY-MM-DD --to YYYY-MM-DD [--out FILE] [--content DIR]';
const BOM = '\uFEFF';

function summaryPath(out: string): string {
  return out.toLowerCase().endsWith('.csv') ? `${out.slice(0, -4)}-branches.csv` : `${out}-branches.csv`;
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
        content: { type: 'string' },
      },
      allowPositionals: false,
    }));
  } catch (err) {
    throw new CliFailure(`${(err as Error).message}\n${USAGE}`, 2);
  }
  if (!values.from || !values.to) throw new CliFailure(USAGE, 2);
  const config = configOrFail();
  const period = datesPeriod(values.from, values.to, config.timezone);
  if (!period)
    throw new CliFailure(
      `--from and --to must be real dates, YYYY-MM-DD, the first not after the second\n${USAGE}`,
      2,
    );

  const pack = await packOrFail(values.content ?? config.contentDir);
  const { redis, close } = await botRedisOrFail(config);
  try {
    const store = createStore(redis, config.redisPrefix);
    const tickets = await ticketsCreatedIn(store, period.from, period.to);
    const result = buildExport(tickets, pack, config.timezone, botNow(config).getTime());
    if (values.out) {
      const summaryFile = summaryPath(values.out);
      await writeFile(values.out, BOM + result.tickets, 'utf8');
      await writeFile(summaryFile, BOM + result.summary, 'utf8');
      process.stderr.write(
        `wrote ${result.rows} tickets to ${values.out} and the branch summary to ${summaryFile}\n`,
      );
    } else {
      process.stdout.write(`${result.tickets}\r\n${result.summary}`);
    }
  } finally {
    await close();
  }
}

await runCli('export', main);
