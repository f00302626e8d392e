/**
 * Tuning aid (dev sets only, never held-out): for each miss, the top entries with their confidence
 * features; with --sweep, the mean accuracy of a grid of thresholds over all the given sets together.
 *   npx tsx scripts/faq-diagnose.ts [--sweep] yangpu:evals/yangpu/faq-dev.jsonl nanshan:evals/nanshan/faq-dev.jsonl …
 * A set is `PACK:FILE`, PACK being `yangpu` (content/) or a pack under packs/ (`nanshan`, `chaoyang`…).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadContentPack } from '../src/core/content/loader.js';
import { createAsker } from '../src/core/faq/ask.js';
import type { Answer } from '../src/core/faq/answer.js';
import type { Thresholds } from '../src/core/faq/thresholds.js';
import { loadI18n } from '../src/core/i18n.js';
import { serviceLabels } from '../src/core/stations/labels.js';

const PACKS: Record<string, string> = { yangpu: 'content', nanshan: 'packs/nanshan' };
const now = new Date('2026-12-02T10:00:00+08:00');
const args = process.argv.slice(2);
const sweep = args.includes('--sweep');
const sets = args.filter((a) => !a.startsWith('--'));
if (sets.some((s) => /holdout/.test(s))) throw new Error('held-out sets are not for tuning');

const labels = serviceLabels(loadI18n(path.resolve(import.meta.dirname, '..', 'locales')));
const packs = new Map<string, Awaited<ReturnType<typeof loadContentPack>>>();
for (const s of sets) {
  const name = s.split(':')[0]!;
  if (!packs.has(name)) packs.set(name, await loadContentPack(PACKS[name] ?? `packs/${name}`));
}
const rows = sets.map((s) => {
  const [name, file] = s.split(':') as [string, string];
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { q: string; expect: string | null });
  return { name, file, lines };
});

function got(a: Answer): string | null {
  if (a.kind === 'faq') return a.hit.entry.id;
  if (a.kind === 'stations') return a.results.hits[0]?.station.id ?? null;
  return null;
}

let refusedMin = 1;
let refusedAll = 0;
function run(t: Partial<Thresholds>, verbose: boolean): number[] {
  refusedMin = 1;
  refusedAll = 0;
  return rows.map(({ name, file, lines }) => {
    const asker = createAsker(packs.get(name)!, labels, { thresholds: t });
    let right = 0;
    let nulls = 0;
    let refused = 0;
    lines.forEach((l, i) => {
      const a = asker.ask(l.q, { now, timeZone: 'Asia/Shanghai' });
      const g = got(a);
      if (l.expect === null) nulls++;
      if (l.expect === null && g === null) refused++;
      if (g === l.expect) return void right++;
      if (!verbose) return;
      const hits = asker.retrieve(l.q, 5);
      const rank = hits.findIndex((h) => h.entry.id === l.expect);
      console.log(
        `${file}:${i + 1} ${JSON.stringify(l.q)} expect=${l.expect} got=${g} (${a.kind}) rank=${rank}`,
      );
      for (const h of hits.slice(0, 3))
        console.log(
          `    ${h.entry.id.padEnd(32)} s=${h.score.toFixed(2)} cont=${h.content.toFixed(2)} clo=${h.closest.toFixed(2)} bm=${h.bm25.toFixed(2)} cov=${h.coverage.toFixed(2)} si=${h.standIn.toFixed(2)} nq=${h.entry.questions.length}`,
        );
    });
    refusedAll += refused;
    if (nulls > 2) refusedMin = Math.min(refusedMin, refused / nulls);
    if (verbose)
      console.log(`${file}: accuracy ${(right / lines.length).toFixed(3)} refused ${refused}/${nulls}`);
    return right / lines.length;
  });
}

if (!sweep) {
  console.log(
    run({}, true)
      .map((x) => x.toFixed(3))
      .join(' '),
  );
} else {
  for (const clearLead of [0, 3, 3.5, 4, 5])
    for (const clearContent of [0.1, 0.12, 0.15])
      for (const leaderContent of [0.2]) {
        const t = { clearLead, clearContent, leaderContent };
        const acc = run(t, false);
        const mean = acc.reduce((a, b) => a + b, 0) / acc.length;
        console.log(
          `${Object.values(t).join(' ')}  mean=${mean.toFixed(3)} minRefused=${refusedMin.toFixed(2)} refused=${refusedAll}  ${acc.map((x) => x.toFixed(3)).join(' ')}`,
        );
      }
}
