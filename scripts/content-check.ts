/**
 * npm run content:check -- [DIR]   (DIR defaults to ./content)
 * Validates a content pack; prints a summary (and `hint:` lines of advice for its author) and exits 0, or
 * prints every problem as `file:line: message` (paths relative to the working directory) and exits 1.
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

async function main(): Promise<number> {
  const dir = process.argv[2] ?? 'content';
  try {
    const pack = await loadContentPack(dir);
    const lessons = pack.series.reduce((n, s) => n + s.lessons.length, 0);
    console.log(
      `content ok: ${pack.branches.length} branches, ${pack.faq.length} faq entries, ${pack.stations.length} stations, ` +
        `${pack.categories.categories.length} categories, ${lessons} lessons in ${pack.series.length} series`,
    );
    const labels = serviceLabels(loadI18n(path.resolve(import.meta.dirname, '..', 'locales')));
    for (const line of packAdvice(pack, createAsker(pack, labels), AT)) console.log(`hint: ${line}`);
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

// A reader that stops early (`| head`) is no failure of the check: stop quietly instead of a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main();
