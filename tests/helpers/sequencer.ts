/**
 * The order test files start in. Vitest's own order runs the longest first when it has the durations of an earlier
 * run (node_modules/.vite/vitest/…/results.json); on a clean clone — CI — it has none and starts the largest files
 * first, so a short file that drives chromium through every page, or starts the bot as a process, could start last
 * and finish alone minutes after the rest. Without durations for every file this starts first the files that launch a
 * browser, then those that start processes, each kind largest first; with them, vitest's order.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** What makes a file long whatever its size, heaviest first: a browser; whole processes (the bot, a script). */
const HEAVY = [
  /\buseBoard\(|\blaunchChromium\(/,
  /\bBOT_ARGS\b|\bscriptArgs\(|\bspawn(Sync)?\(|\bexecFile(Sync)?\(/,
];

/** [kind (0 = a browser, 1 = processes, 2 = neither), −size]: smaller starts sooner. */
function weigh(file: string): [number, number] {
  const text = readFileSync(file, 'utf8');
  const kind = HEAVY.findIndex((pattern) => pattern.test(text));
  return [kind === -1 ? HEAVY.length : kind, -statSync(file).size];
}

export default class HeavyFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const known = (f: TestSpecification) =>
      this.ctx.cache.getFileTestResults(`${f.project.name}:${relative(this.ctx.config.root, f.moduleId)}`);
    if (files.every(known)) return super.sort(files);
    const weight = new Map(files.map((f) => [f, weigh(f.moduleId)]));
    return [...files].sort((a, b) => {
      const [ka, sa] = weight.get(a)!;
      const [kb, sb] = weight.get(b)!;
      return ka - kb || sa - sb;
    });
  }
}
