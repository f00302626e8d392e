/**
 * npm run eval:faq -- FILE.jsonl [FILE2.jsonl | 'evals/faq-*.jsonl' …] [--content DIR] [--misses] [--now ISO]
 *                     [--learned redis://HOST:PORT[/DB] [--prefix ws]] [--model] [--transfer FILE|none]
 *
 * Scores the offline FAQ and station answerer (the code the bot runs, src/core/faq/ask.ts) against
 * labelled questions, one JSON object a line:
 *   {"q": "骑手体检在哪预约", "expect": "health-check-tour"}
 *   {"q": "五角场附近哪里能充电", "expect": "warm-hesheng-hui"}
 *   {"q": "公积金怎么提取", "expect": null}                        (null: the bot should say it does not know)
 *   {"q": "", "location": {"lat": 31.3, "lon": 121.51}, "expect": "…"}   (optional: a shared location)
 * Other fields (e.g. "place", "service" documenting how a station label was computed) are ignored.
 * Several files or a quoted glob may be given; the figures are for all of them together, with a
 * line per file.
 *
 * What counts as the answer (docs/faq.md):
 * - a confident FAQ answer → that entry's id; a station answer → the id of the first station listed;
 * - "not sure" (suggestions), "don't know" and rejected input → null (a refusal).
 * A line is right when the answer equals `expect`. The last line is `accuracy=0.93 n=200`.
 *
 * `--learned` adds the pack's learned examples (/gaps "this is entry X", kept in Redis under the pack's
 * district id and the bot's key prefix, `--prefix`, default `ws`) to the entries, and its confirmed drafts
 * the pack does not carry yet as entries of their own, as the running bot does.
 *
 * `--transfer FILE` reads the FAQ's word bridges (docs/rounds/faq.md, round 35) from FILE instead of the shipped
 * src/core/faq/transfer.json (e.g. one built by `npm run faq:transfer -- --out FILE`); `--transfer none` scores without any.
 *
 * `--model` scores the model path: every question the bot would pass to the OpenAI-compatible endpoint
 * configured as for the bot (OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL) — an entry or a not-sure answer
 * with entries above the suggestion threshold — goes to it with those entries; the first entry it cites is
 * its answer, "not known" is a refusal, and a failure or an ungrounded answer falls back to the offline
 * answer, as in the bot, counted by reason. Station answers never reach the model.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { answerId } from './lib/answer-id.js';
import { filesMatching } from './lib/files.js';
import { EvalInputError, parseJsonl } from './lib/jsonl.js';
import { CliFailure } from './lib/cli.js';
import { configuredModel, FallbackTally, mapLimited } from './lib/model.js';
import { ContentPackError, formatProblems, loadContentPack } from '../src/core/content/loader.js';
import type { ContentPack } from '../src/core/content/schema.js';
import { createAsker, type Asker } from '../src/core/faq/ask.js';
import { offeredEntries } from '../src/core/faq/answer.js';
import { answerWithModel, loadFaqPrompt, modelHits } from '../src/core/faq/llm-answer.js';
import { carries, heldToTaught, withDrafts, withLearned, type Example } from '../src/core/faq/learned.js';
import type { DraftEntry } from '../src/core/ports/faq.js';
import { warmUpNormalizer } from '../src/core/faq/normalize.js';
import { NO_TRANSFER, parseTransfer, type Transfer, type TransferFile } from '../src/core/faq/transfer.js';
import { loadI18n } from '../src/core/i18n.js';
import { serviceLabels } from '../src/core/stations/labels.js';
import { createStore } from '../src/store/index.js';
import { connectRedis, redactUrl } from '../src/store/redis.js';

const KINDS = ['entry', 'station', 'refusal'] as const;
type Kind = (typeof KINDS)[number];

const LineSchema = z
  .object({
    q: z.string(),
    expect: z.string().min(1).nullable(),
    location: z.object({ lat: z.number(), lon: z.number() }).strict().optional(),
    /** entry / station / refusal; inferred from `expect` when absent. */
    kind: z.enum(KINDS).optional(),
    /** How the question is written (colloquial, traditional, english, pinyin…), for a breakdown. */
    style: z.string().min(1).optional(),
  })
  .passthrough();

interface Row {
  file: string;
  line: number;
  q: string;
  expect: string | null;
  kind: Kind;
  style?: string;
  location?: { lat: number; lon: number };
}

const Fail = EvalInputError;

/** Expand a `*`/`?` pattern in the last path segment (the shell usually does this; quoted globs need us). */
function expand(pattern: string): string[] {
  if (/[*?]/.test(path.dirname(pattern)))
    throw new Fail(`${pattern}: wildcards are supported in the file name only`);
  const files = filesMatching(pattern);
  if (files.length === 0) throw new Fail(`${pattern}: no file matches`);
  return files;
}

function parseFile(file: string, text: string, pack: ContentPack): Row[] {
  const ids = new Set([...pack.faq.map((e) => e.id), ...pack.stations.map((s) => s.id)]);
  const stations = new Set(pack.stations.map((s) => s.id));
  const lines = parseJsonl(
    file,
    text,
    LineSchema,
    ({ q, expect, location }) => [
      ...(expect !== null && !ids.has(expect)
        ? [`unknown id "${expect}" (not a faq entry or station in the pack)`]
        : []),
      ...(!q.trim() && !location ? ['"q" is empty and there is no "location"'] : []),
    ],
    'questions',
  );
  return lines.map(({ line, q, expect, location, kind, style }) => ({
    file,
    line,
    q,
    expect,
    kind: kind ?? (expect === null ? 'refusal' : stations.has(expect) ? 'station' : 'entry'),
    ...(style ? { style } : {}),
    ...(location ? { location } : {}),
  }));
}

/**
 * The model's answers where the bot would ask it, in place of the offline ones: `got` per row (undefined:
 * the offline answer stands) and the line printed before the figures.
 */
async function modelAnswers(
  asker: Asker,
  rows: { q: string; answer: string }[],
): Promise<{ got: (string | null | undefined)[]; line: string }> {
  const llm = configuredModel();
  const prompt = loadFaqPrompt();
  const tally = new FallbackTally();
  let asked = 0;
  const got = await mapLimited(rows, async (r) => {
    if (r.answer === 'stations' || r.answer === 'invalid') return undefined;
    const hits = modelHits(asker, r.q);
    if (hits.length === 0) return undefined;
    asked++;
    const m = await answerWithModel(llm, prompt, { question: r.q, locale: 'zh-CN', hits });
    if (!m.ok) {
      tally.llmFallbacks.inc({ job: 'faq', reason: m.reason });
      return undefined;
    }
    return m.known ? m.used[0]!.id : null;
  });
  const answered = got.filter((g) => g !== undefined).length;
  return {
    got,
    line: `model ${llm.model}: asked ${asked}/${rows.length}, answered ${answered}, ${await tally.describe()} to the offline answer`,
  };
}

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: {
      content: { type: 'string', default: 'content' },
      misses: { type: 'boolean', default: false },
      now: { type: 'string' },
      learned: { type: 'string' },
      prefix: { type: 'string', default: 'ws' },
      model: { type: 'boolean', default: false },
      transfer: { type: 'string' },
    },
    allowPositionals: true,
  });
  if (!positionals.length)
    throw new Fail(
      'usage: npm run eval:faq -- FILE.jsonl [FILE…] [--content DIR] [--misses] [--now ISO] [--model]',
    );
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new Fail(`--now: not a date: ${values.now}`);

  const loaded = await loadContentPack(values.content);
  const { examples: learned, drafts } = values.learned
    ? await learnedExamples(values.learned, values.prefix, loaded)
    : { examples: [], drafts: [] };
  // Confirmed drafts first, as the bot builds its asker (curate.ts): none without --learned.
  const pack = withLearned(withDrafts(loaded, drafts), learned);
  const i18n = loadI18n(path.resolve(import.meta.dirname, '..', 'locales'));
  const files = positionals.flatMap(expand);
  const rows: Row[] = [];
  for (const f of files) {
    const text = await readFile(f, 'utf8').catch((err: Error) => {
      throw new Fail(`${f}: ${err.message}`);
    });
    rows.push(...parseFile(f, text, pack));
  }

  warmUpNormalizer();
  const t0 = performance.now();
  const transfer = values.transfer === undefined ? undefined : await readTransfer(values.transfer);
  // As the bot asks: a confirmed draft answers only what its example covers (`heldToTaught`).
  const asker = heldToTaught(createAsker(pack, serviceLabels(i18n), transfer ? { transfer } : {}));
  const buildMs = performance.now() - t0;

  // One untimed pass first: the bot is long-running, so latency is measured warm.
  for (const r of rows)
    asker.ask(r.q, { now, timeZone: 'Asia/Shanghai', ...(r.location ? { location: r.location } : {}) });
  const latencies: number[] = [];
  const offline = rows.map((r) => {
    const started = performance.now();
    const a = asker.ask(r.q, {
      now,
      timeZone: 'Asia/Shanghai',
      ...(r.location ? { location: r.location } : {}),
    });
    latencies.push(performance.now() - started);
    const got = answerId(a);
    // The buttons a reply offers (a "not sure" reply's guesses, an answer's close runner-ups): one tap away.
    const offered = offeredEntries(a, asker.thresholds).map((h) => h.entry.id);
    return { ...r, got, offered, answer: a.kind as string, ok: got === r.expect };
  });
  const model = values.model ? await modelAnswers(asker, offline) : undefined;
  const results = offline.map((r, i) => {
    const got = model?.got[i];
    return got === undefined ? r : { ...r, got, answer: 'model', ok: got === r.expect };
  });

  const summary = (subset: typeof results) => {
    const answerable = subset.filter((r) => r.expect !== null);
    const unanswerable = subset.filter((r) => r.expect === null);
    return {
      n: subset.length,
      accuracy: subset.filter((r) => r.ok).length / (subset.length || 1),
      answerable: answerable.length,
      answered: answerable.filter((r) => r.ok).length / (answerable.length || 1),
      falseRefusals: answerable.filter((r) => r.got === null).length,
      offered: answerable.filter((r) => !r.ok && r.offered.includes(r.expect!)).length,
      unanswerable: unanswerable.length,
      refused: unanswerable.filter((r) => r.got === null).length / (unanswerable.length || 1),
    };
  };

  console.log(
    `pack ${pack.dir}: ${pack.faq.length} faq entries, ${pack.stations.length} stations; index built in ${buildMs.toFixed(0)} ms`,
  );
  if (values.learned)
    console.log(
      `  learned examples: ${learned.length}, confirmed drafts: ${drafts.filter((d) => !carries(loaded, d)).length} (${redactUrl(values.learned)}, prefix ${values.prefix})`,
    );
  for (const f of files) {
    const s = summary(results.filter((r) => r.file === f));
    console.log(
      `  ${f}: accuracy ${s.accuracy.toFixed(3)} (n=${s.n}); answerable right ${s.answered.toFixed(3)} (n=${s.answerable}); ` +
        `unanswerable refused ${s.refused.toFixed(3)} (n=${s.unanswerable})`,
    );
  }
  if (model) console.log(model.line);
  if (values.misses) {
    console.log('\nmisses:');
    for (const r of results.filter((x) => !x.ok))
      console.log(
        `  ${r.file}:${r.line}  ${JSON.stringify(r.q)}  expect=${r.expect}  got=${r.got} (${r.answer})`,
      );
    console.log('');
  }
  const s = summary(results);
  const sorted = [...latencies].sort((a, b) => a - b);
  console.log(
    `top-1 accuracy:         ${s.accuracy.toFixed(3)}  (${results.filter((r) => r.ok).length}/${s.n})`,
  );
  console.log(
    `answerable, right:      ${s.answered.toFixed(3)}  (n=${s.answerable}; wrongly refused ${s.falseRefusals})`,
  );
  console.log(
    `answerable, one tap:    ${((s.answered * s.answerable + s.offered) / (s.answerable || 1)).toFixed(3)}  ` +
      `(right, or the right entry among the buttons of a "not sure" reply or under an answer: ${s.offered})`,
  );
  console.log(`unanswerable, refused:  ${s.refused.toFixed(3)}  (n=${s.unanswerable})`);
  console.log(
    `latency p50=${quantile(sorted, 0.5).toFixed(3)} ms  p99=${quantile(sorted, 0.99).toFixed(3)} ms  max=${sorted[sorted.length - 1]!.toFixed(3)} ms`,
  );
  const breakdown = (label: string, keyOf: (r: (typeof results)[number]) => string | undefined) => {
    const groups = new Map<string, { n: number; ok: number }>();
    for (const r of results) {
      const k = keyOf(r);
      if (k === undefined) continue;
      const g = groups.get(k) ?? { n: 0, ok: 0 };
      g.n++;
      if (r.ok) g.ok++;
      groups.set(k, g);
    }
    if (groups.size === 0) return;
    const parts = [...groups.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([k, g]) => `${k}=${(g.ok / g.n).toFixed(2)} (${g.ok}/${g.n})`);
    console.log(`by ${label}: ${parts.join('  ')}`);
  };
  breakdown('kind', (r) => r.kind);
  breakdown('style', (r) => r.style);
  console.log(`accuracy=${s.accuracy.toFixed(2)} n=${s.n}`);
  return 0;
}

/** Word bridges from a file built by `npm run faq:transfer -- --out FILE`, or none. */
async function readTransfer(file: string): Promise<Transfer> {
  if (file === 'none') return NO_TRANSFER;
  const text = await readFile(file, 'utf8').catch((err: Error) => {
    throw new Fail(`--transfer: ${err.message}`);
  });
  try {
    return parseTransfer(JSON.parse(text) as TransferFile);
  } catch (err) {
    throw new Fail(`--transfer ${file}: ${(err as Error).message}`);
  }
}

/** The pack's learned examples and confirmed drafts from the bot's Redis. */
async function learnedExamples(
  url: string,
  prefix: string,
  pack: ContentPack,
): Promise<{ examples: Example[]; drafts: DraftEntry[] }> {
  if (!/^rediss?:\/\//.test(url)) throw new Fail(`--learned: not a redis:// URL: ${url}`);
  const redis = await connectRedis(url).catch((err: Error) => {
    throw new Fail(`--learned: ${err.message}`);
  });
  try {
    const store = createStore(redis, prefix).faq;
    const [{ examples }, drafts] = await Promise.all([
      store.learned(pack.settings.district.id),
      store.drafts(pack.settings.district.id),
    ]);
    return { examples, drafts };
  } finally {
    await redis.quit();
  }
}

main()
  .then((code) => (process.exitCode = code))
  .catch((err: unknown) => {
    if (err instanceof ContentPackError) console.log(formatProblems(err.problems));
    else if (err instanceof Fail || err instanceof CliFailure) console.log(err.message);
    else console.error(`eval failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  });
