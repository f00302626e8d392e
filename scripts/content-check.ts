/**
 * npm run content:check -- [DIR ...]   (DIR defaults to ./content)
 * Validates a content pack; prints a summary (and `hint:` lines of advice for its author) and exits 0, or
 * prints every problem as `file:line: message` (paths relative to the working directory) and exits 1.
 * Several DIRs are checked in one process (CI checks every pack this way: one start-up, not one per pack), each
 * after a `--- DIR` line, with the same messages; the exit status is 1 if any of them fails.
 */
import path from 'node:path';
import { ContentPackError, formatProblems, loadContentPack } from '../src/core/content/loader.js';
import { createAsker } from '../src/core/faq/ask.js';
import { packAdvice } from '../src/core/faq/pack-advice.js';
import { reportAdvice } from '../src/core/reports/pack-advice.js';
import { loadI18n } from '../src/core/i18n.js';
import { serviceLabels } from '../src/core/stations/labels.js';

/** Titles are asked as a worker would at any hour; China keeps one time zone. */
const AT = { now: new Date(), timeZone: 'Asia/Shanghai' };

/** Checks one pack, printing what `content:check -- dir` prints; 0 when it is sound, 1 when not. */
async function check(dir: string, labels: () => ReturnType<typeof serviceLabels>): Promise<number> {
  try {
    const pack = await loadContentPack(dir);
    const lessons = pack.series.reduce((n, s) => n + s.lessons.length, 0);
    console.log(
      `content ok: ${pack.branches.length} branches, ${pack.faq.length} faq entries, ${pack.stations.length} stations, ` +
        `${pack.categories.categories.length} categories, ${lessons} lessons in ${pack.series.length} series`,
    );
    for (const line of packAdvice(pack, createAsker(pack, labels()), AT)) console.log(`hint: ${line}`);
    for (const line of reportAdvice(pack)) console.log(`hint: ${line}`);
    return 0;
  } catch (err) {
    if (err instanceof ContentPackError) {
      const cwd = process.cwd();
      // Inside the working directory a short relative path; elsewhere the pack's own path, not a ../../ climb.
      const shown = (file: string): string => {
        const rel = path.relative(cwd, path.resolve(file));
        return rel.startsWith('..') || path.isAbsolute(rel) ? path.resolve(file) : rel || '.';
      };
      const problems = err.problems.map((p) => ({ ...p, file: shown(p.file) }));
      console.log(formatProblems(problems));
      console.log(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}`);
      return 1;
    }
    // Anything else is a bug or an I/O failure: one line, no stack trace.
    console.error(`content check failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

async function main(): Promise<number> {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) dirs.push('content');
  let labels: ReturnType<typeof serviceLabels> | undefined;
  const labelsOnce = () =>
    (labels ??= serviceLabels(loadI18n(path.resolve(import.meta.dirname, '..', 'locales'))));
  let failed = 0;
  for (const dir of dirs) {
    // One pack: its output alone, as ever. Several: each under its own path, every one checked whatever the others gave.
    if (dirs.length > 1) console.log(`--- ${dir}`);
    failed += await check(dir, labelsOnce);
  }
  if (dirs.length > 1 && failed > 0) console.log(`${failed} of ${dirs.length} packs failed the check`);
  return failed > 0 ? 1 : 0;
}

// A reader that stops early (`| head`) is no failure of the check: stop quietly instead of a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main();
