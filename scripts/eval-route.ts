/**
 * npm run eval:route -- FILE.jsonl [--content DIR] [--misses] [--model]
 *
 * Scores the offline classifier and the router against labelled reports, one JSON object a line:
 *   {"text": "国定路井盖没了", "group": "meituan-yangpu", "category": "road-hazard", "branch": "street-wujiaochang"}
 * `group` is the origin: a branch id, or empty/absent for a report with no origin. The report's
 * area is detected from its text, as the intake does. Branch accuracy is end to end (a wrong
 * category usually means a wrong branch); "routing alone" gives the branch accuracy with the
 * true category, to tell classification errors from routing errors.
 *
 * Optional per line: `urgency` (normal/urgent/emergency) — then urgency accuracy and
 * `emergency_recall=… emergency_precision=…` are printed (over the lines that have it); `style` — then
 * category and branch accuracy per style.
 *
 * `--model` scores the model path instead of the offline rules: each report goes to the OpenAI-compatible
 * endpoint configured as for the bot (OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL), which proposes the
 * category and urgency; a failed or unfit answer falls back to the rules, as in the bot, and the fallbacks
 * are counted by reason. The figures are then the bot's with that model, comparable line for line.
 *
 * Prints the figures, the most common confusions and (with --misses) every miss; the last line is
 *   category=0.91 branch=0.95 n=120
 * Exits 1 on an unreadable file, a bad line or an id the pack does not know, listing every problem;
 * 2 when `--model` is given and no endpoint is configured.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { ContentPackError, formatProblems, loadContentPack } from '../src/core/content/loader.js';
import { URGENCIES, type ContentPack } from '../src/core/content/schema.js';
import { createClassifier, detectArea, type ReportClassification } from '../src/core/reports/classify.js';
import { createLlmClassifier } from '../src/core/reports/llm-classify.js';
import { routeReport } from '../src/core/reports/route.js';
import { CliFailure } from './lib/cli.js';
import { EvalInputError, parseJsonl } from './lib/jsonl.js';
import { configuredModel, FallbackTally, mapLimited } from './lib/model.js';

const LineSchema = z
  .object({
    text: z.string().min(1),
    group: z.string().nullish(),
    category: z.string().min(1),
    branch: z.string().min(1),
    /** Optional: the urgency the report deserves (scored separately; emergencies get recall and precision). */
    urgency: z.enum(URGENCIES).optional(),
    /** Optional: how the report is written (colloquial, traditional, english…), for a breakdown. */
    style: z.string().min(1).optional(),
  })
  .strict();
type Line = z.infer<typeof LineSchema> & { line: number };

const Fail = EvalInputError;

function parseLines(file: string, text: string, pack: ContentPack): Line[] {
  const categories = new Set(pack.categories.categories.map((c) => c.id));
  const branches = new Set(pack.branches.map((b) => b.id));
  return parseJsonl(
    file,
    text,
    LineSchema,
    (row) => [
      ...(categories.has(row.category)
        ? []
        : [`unknown category "${row.category}" (not in categories.yaml)`]),
      ...(branches.has(row.branch) ? [] : [`unknown branch "${row.branch}" (not in branches.yaml)`]),
      ...(row.group && !branches.has(row.group)
        ? [`unknown group "${row.group}" (expected a branch id from branches.yaml, or empty)`]
        : []),
    ],
    'reports',
  );
}

function top(counts: Map<string, number>, n: number): [string, number][] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
}

const pct = (x: number): string => x.toFixed(2);

interface Classified {
  results: ReportClassification[];
  /** Printed before the summary lines when the model was scored. */
  modelLine?: string;
}

/** Every report classified by the rules, or by the configured model with the rules as its fallback. */
async function classifyAll(rows: Line[], pack: ContentPack, model: boolean): Promise<Classified> {
  if (!model) {
    const rules = createClassifier(pack);
    return { results: rows.map((r) => rules.classify(r.text)) };
  }
  const llm = configuredModel();
  const tally = new FallbackTally();
  const classifier = createLlmClassifier({ pack, llm, metrics: tally });
  const results = await mapLimited(rows, (r) => classifier.classify(r.text));
  const answered = results.filter((r) => r.source === 'model').length;
  return {
    results,
    modelLine: `model ${llm.model}: answered ${answered}/${rows.length}, ${await tally.describe()} to the rules`,
  };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: {
      content: { type: 'string', default: 'content' },
      misses: { type: 'boolean', default: false },
      model: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file || positionals.length > 1)
    throw new Fail('usage: npm run eval:route -- FILE.jsonl [--content DIR] [--misses] [--model]');

  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new Fail(`cannot read ${file}: ${(err as Error).message}`);
  }
  let pack: ContentPack;
  try {
    pack = await loadContentPack(values.content);
  } catch (err) {
    if (err instanceof ContentPackError)
      throw new Fail(`the content pack ${values.content} is invalid:\n${formatProblems(err.problems)}`);
    throw err;
  }
  const rows = parseLines(file, text, pack);
  const started = performance.now();
  const { results, modelLine } = await classifyAll(rows, pack, values.model);

  let catOk = 0;
  let branchOk = 0;
  let routeOnlyOk = 0;
  const catConfusion = new Map<string, number>();
  const branchConfusion = new Map<string, number>();
  const perCategory = new Map<string, { n: number; ok: number }>();
  const misses: string[] = [];
  const urgency = { n: 0, ok: 0, truePos: 0, actual: 0, flagged: 0 };
  const perStyle = new Map<string, { n: number; cat: number; branch: number }>();
  rows.forEach((row, i) => {
    const origin = row.group || undefined;
    const c = results[i]!;
    const area = detectArea(row.text, pack, c.category);
    const routed = routeReport({ category: c.category, originBranch: origin, area }, pack);
    const areaTrue = detectArea(row.text, pack, row.category);
    const routedTrue = routeReport({ category: row.category, originBranch: origin, area: areaTrue }, pack);
    const stats = perCategory.get(row.category) ?? { n: 0, ok: 0 };
    stats.n++;
    if (c.category === row.category) {
      catOk++;
      stats.ok++;
    } else {
      const k = `${row.category} → ${c.category}`;
      catConfusion.set(k, (catConfusion.get(k) ?? 0) + 1);
    }
    perCategory.set(row.category, stats);
    if (routed.branch === row.branch) branchOk++;
    else {
      const k = `${row.branch} → ${routed.branch}`;
      branchConfusion.set(k, (branchConfusion.get(k) ?? 0) + 1);
    }
    if (routedTrue.branch === row.branch) routeOnlyOk++;
    if (row.urgency) {
      urgency.n++;
      if (c.urgency === row.urgency) urgency.ok++;
      if (row.urgency === 'emergency') urgency.actual++;
      if (c.urgency === 'emergency') urgency.flagged++;
      if (row.urgency === 'emergency' && c.urgency === 'emergency') urgency.truePos++;
    }
    if (row.style) {
      const st = perStyle.get(row.style) ?? { n: 0, cat: 0, branch: 0 };
      st.n++;
      if (c.category === row.category) st.cat++;
      if (routed.branch === row.branch) st.branch++;
      perStyle.set(row.style, st);
    }
    const urgencyMiss = row.urgency !== undefined && c.urgency !== row.urgency;
    if (c.category !== row.category || routed.branch !== row.branch || urgencyMiss) {
      misses.push(
        `  line ${row.line}: ${row.text}\n` +
          `    category ${row.category} → ${c.category} (${c.confidence}; ${c.matched.join(', ') || 'no keyword'}), ` +
          `branch ${row.branch} → ${routed.branch} (area ${area ?? '-'}, origin ${origin ?? '-'})` +
          (row.urgency ? `, urgency ${row.urgency} → ${c.urgency}` : ''),
      );
    }
  });
  const ms = (performance.now() - started) / rows.length;
  const n = rows.length;

  console.log(`${n} reports from ${file}, content ${values.content}`);
  console.log(`category accuracy ${pct(catOk / n)} (${catOk}/${n})`);
  console.log(
    `branch accuracy   ${pct(branchOk / n)} (${branchOk}/${n}); routing alone, with the true category: ${pct(routeOnlyOk / n)}`,
  );
  console.log(`classify + route: ${ms.toFixed(2)} ms per report`);
  if (modelLine) console.log(modelLine);
  console.log('per category:');
  for (const [id, s] of [...perCategory.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`  ${id.padEnd(20)} ${pct(s.ok / s.n)} (${s.ok}/${s.n})`);
  }
  if (catConfusion.size > 0) {
    console.log('most common category mistakes (expected → got):');
    for (const [k, v] of top(catConfusion, 8)) console.log(`  ${v}× ${k}`);
  }
  if (branchConfusion.size > 0) {
    console.log('most common branch mistakes (expected → got):');
    for (const [k, v] of top(branchConfusion, 8)) console.log(`  ${v}× ${k}`);
  }
  if (perStyle.size > 0) {
    console.log('per style (category / branch):');
    for (const [st, v] of [...perStyle.entries()].sort((a, b) => a[0].localeCompare(b[0])))
      console.log(`  ${st.padEnd(20)} ${pct(v.cat / v.n)} / ${pct(v.branch / v.n)} (n=${v.n})`);
  }
  if (values.misses && misses.length > 0) {
    console.log('misses:');
    for (const m of misses) console.log(m);
  }
  if (urgency.n > 0) {
    console.log(`urgency accuracy  ${pct(urgency.ok / urgency.n)} (${urgency.ok}/${urgency.n})`);
    // Recall over the reports labelled emergency; precision over those the classifier flagged (1 when none).
    const recall = urgency.actual ? urgency.truePos / urgency.actual : 1;
    const precision = urgency.flagged ? urgency.truePos / urgency.flagged : 1;
    console.log(
      `emergency_recall=${pct(recall)} emergency_precision=${pct(precision)} (emergencies ${urgency.actual}, flagged ${urgency.flagged})`,
    );
  }
  console.log(`category=${pct(catOk / n)} branch=${pct(branchOk / n)} n=${n}`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (err) {
  console.error(
    err instanceof Fail || err instanceof CliFailure
      ? err.message
      : `eval:route failed: ${err instanceof Error ? err.message : String(err)}`,
  );
  process.exitCode = err instanceof CliFailure ? err.code : 1;
}
