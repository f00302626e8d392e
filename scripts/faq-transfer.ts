/**
 * npm run faq:transfer [-- --out FILE]
 *
 * Builds the FAQ's transfer knowledge (src/core/faq/transfer.json, docs/rounds/faq.md round 35) from the tuned packs'
 * FAQ dev files (scripts/lib/faq-transfer.ts lists them; no held-out file, no pack the transfer is measured
 * on). Same input, byte-identical output: words and bridges sorted, shares rounded.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { warmUpNormalizer } from '../src/core/faq/normalize.js';
import { bridgedLines, buildTransfer, loadDevPack, TUNED_PACKS } from './lib/faq-transfer.js';

async function main(): Promise<void> {
  const root = path.resolve(import.meta.dirname, '..');
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { out: { type: 'string', default: path.join(root, 'src/core/faq/transfer.json') } },
  });
  warmUpNormalizer();
  const packs = (await Promise.all(TUNED_PACKS.map((spec) => loadDevPack(root, spec)))).map(bridgedLines);
  const file = buildTransfer(packs);
  const lines = Object.entries(file.bridges).map(
    ([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`,
  );
  writeFileSync(
    values.out,
    `{\n  "about": ${JSON.stringify(file.about)},\n  "bridges": {\n${lines.join(',\n')}\n  }\n}\n`,
  );
  const pairs = packs.reduce((n, p) => n + p.lines.length, 0);
  console.log(
    `${values.out}: ${lines.length} words bridged, from ${pairs} dev lines of ${packs.length} packs`,
  );
}

void main();
