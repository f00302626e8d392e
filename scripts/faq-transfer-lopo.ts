/**
 * Leave-one-pack-out test of the FAQ's transfer knowledge (what workers asked elsewhere; docs/rounds/faq.md round 35):
 *   npm run faq:transfer:lopo [-- --weight 1 --min-packs 3 --min-lift 4 --min-share 0.15 --per-word 3 --max-refused 0.2 --changes]
 * For each tuned pack (scripts/lib/faq-transfer.ts, dev files only): the knowledge is built from every OTHER
 * tuned pack's dev lines, and this pack's dev lines are scored as eval:faq scores them (top-1 over every line,
 * refusals included; --now as score-faq-dev.sh). Columns: without any bridges, with the shipped file (in sample for
 * the packs it was built from), leave-one-out, and built from all packs (in-sample, for reference only); then the
 * refusal lines' accuracy pooled. `--changes` lists the lines leave-one-out decides otherwise than the shipped file.
 * `--without REGEX`: the first column is leave-one-out with the files matching REGEX left out of the input (their lines
 * still scored) — whether a new blind set, added, helps the other packs (docs/rounds/faq.md, "Word bridges from 23 packs").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { answerId } from './lib/answer-id.js';
import { createAsker } from '../src/core/faq/ask.js';
import { DEFAULT_PARAMS } from '../src/core/faq/index.js';
import { warmUpNormalizer } from '../src/core/faq/normalize.js';
import { NO_TRANSFER, parseTransfer, type Transfer, type TransferFile } from '../src/core/faq/transfer.js';
import { loadI18n } from '../src/core/i18n.js';
import { serviceLabels } from '../src/core/stations/labels.js';
import {
  BUILD_DEFAULTS,
  bridgedLines,
  buildTransfer,
  loadDevPack,
  TUNED_PACKS,
  type BuildOptions,
  type DevPack,
} from './lib/faq-transfer.js';

const NOW = new Date('2026-12-02T10:00:00+08:00');

interface Score {
  got: (string | null)[];
  right: number;
  n: number;
  refusedRight: number;
  refusals: number;
}

function score(
  dev: DevPack,
  labels: ReturnType<typeof serviceLabels>,
  transfer: Transfer,
  weight: number,
): Score {
  const asker = createAsker(dev.pack, labels, { transfer, params: { transfer: weight } });
  const s: Score = { got: [], right: 0, n: 0, refusedRight: 0, refusals: 0 };
  for (const line of dev.lines) {
    const got = answerId(asker.ask(line.q, { now: NOW, timeZone: 'Asia/Shanghai' }));
    s.got.push(got);
    s.n++;
    if (got === line.expect) s.right++;
    if (line.expect === null) {
      s.refusals++;
      if (got === null) s.refusedRight++;
    }
  }
  return s;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      weight: { type: 'string', default: String(DEFAULT_PARAMS.transfer) },
      'min-packs': { type: 'string', default: String(BUILD_DEFAULTS.minPacks) },
      'min-lift': { type: 'string', default: String(BUILD_DEFAULTS.minLift) },
      'min-share': { type: 'string', default: String(BUILD_DEFAULTS.minShare) },
      'per-word': { type: 'string', default: String(BUILD_DEFAULTS.perWord) },
      'max-refused': { type: 'string', default: String(BUILD_DEFAULTS.maxRefused) },
      model1: { type: 'boolean', default: BUILD_DEFAULTS.model1 },
      'no-baseline': { type: 'boolean', default: false },
      'no-in-sample': { type: 'boolean', default: false },
      /** Print the lines whose outcome the leave-one-out knowledge changes. */
      changes: { type: 'boolean', default: false },
      /**
       * Files (a regular expression on their paths) whose lines are scored but, in the first column, left out of
       * the bridges' input: does adding them (a new blind set) help the other packs?
       */
      without: { type: 'string' },
    },
  });
  const weight = Number(values.weight);
  const o: BuildOptions = {
    minPacks: Number(values['min-packs']),
    minLift: Number(values['min-lift']),
    minShare: Number(values['min-share']),
    perWord: Number(values['per-word']),
    maxRefused: Number(values['max-refused']),
    model1: values.model1,
  };
  const root = path.resolve(import.meta.dirname, '..');
  const labels = serviceLabels(loadI18n(path.join(root, 'locales')));
  warmUpNormalizer();
  const packs = await Promise.all(TUNED_PACKS.map((spec) => loadDevPack(root, spec)));
  // Built from the lines the shipped file is built from (NOT_BRIDGED left out), scored on every line.
  const input = packs.map(bridgedLines);
  const all = parseTransfer(buildTransfer(input, o));
  console.log(`weight=${weight} ${JSON.stringify(o)}; in-sample bridges: ${all.bridges.size} words`);
  // The shipped file, for comparison: out of sample for a pack it was not built from.
  const shipped = parseTransfer(
    JSON.parse(readFileSync(path.join(root, 'src/core/faq/transfer.json'), 'utf8')) as TransferFile,
  );
  const cols = ['base', 'shipped', 'lopo', 'in-sample'] as const;
  const empty = (): Score => ({ got: [], right: 0, n: 0, refusedRight: 0, refusals: 0 });
  const total: Record<(typeof cols)[number], Score> = {
    base: empty(),
    shipped: empty(),
    lopo: empty(),
    'in-sample': empty(),
  };
  const fmt = (s: Score) => `${s.right}/${s.n} = ${(s.right / (s.n || 1)).toFixed(3)}`;
  const header = (c: string) => (c === 'base' && values.without ? 'lopo without' : c);
  console.log(`${'pack'.padEnd(14)} ${cols.map((c) => header(c).padEnd(20)).join(' ')}`);
  for (const dev of packs) {
    const others = input.filter((_, i) => packs[i] !== dev);
    const lopo = parseTransfer(buildTransfer(others, o));
    const base = values.without
      ? parseTransfer(
          buildTransfer(
            others.map((p) => withoutFiles(p, new RegExp(values.without!))),
            o,
          ),
        )
      : NO_TRANSFER;
    const row = {
      base: values['no-baseline'] ? undefined : score(dev, labels, base, values.without ? weight : 0),
      shipped: values['no-baseline'] ? undefined : score(dev, labels, shipped, weight),
      lopo: score(dev, labels, lopo, weight),
      'in-sample': values['no-in-sample'] ? undefined : score(dev, labels, all, weight),
    };
    for (const c of cols) {
      const s = row[c];
      if (!s) continue;
      total[c].right += s.right;
      total[c].n += s.n;
      total[c].refusedRight += s.refusedRight;
      total[c].refusals += s.refusals;
    }
    console.log(
      `${dev.name.padEnd(14)} ${cols.map((c) => (row[c] ? fmt(row[c]) : '-').padEnd(20)).join(' ')}`,
    );
    if (values.changes && row.base)
      dev.lines.forEach((line, k) => {
        const [was, now] = [row.shipped!.got[k], row.lopo.got[k]];
        if (was !== now)
          console.log(
            `  ${was === line.expect ? 'LOST' : now === line.expect ? 'WON ' : 'SWAP'} ${JSON.stringify(line.q)} expect=${line.expect} ${was} → ${now}`,
          );
      });
  }
  console.log(`${'pooled'.padEnd(14)} ${cols.map((c) => fmt(total[c]).padEnd(20)).join(' ')}`);
  console.log(
    `${'refusals'.padEnd(14)} ${cols.map((c) => `${total[c].refusedRight}/${total[c].refusals}`.padEnd(20)).join(' ')}`,
  );
}

/** The pack with the lines of files matching `files` left out. */
function withoutFiles(p: DevPack, files: RegExp): DevPack {
  return { ...p, lines: p.lines.filter((l) => !files.test(l.file)) };
}

void main();
