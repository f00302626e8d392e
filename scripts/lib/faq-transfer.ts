/**
 * Building the FAQ's transfer knowledge (src/core/faq/transfer.ts) from labelled dev questions: for every
 * (worker's question, entry) pair, the question's words the entry lacks are counted against the entry's
 * words the question lacks; a bridge is kept only when it holds in several packs (different authors of
 * entries and of questions) and says much more than chance. Used by scripts/faq-transfer.ts (the shipped
 * file) and scripts/faq-transfer-lopo.ts (leave one pack out).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { filesMatching } from './files.js';
import { loadContentPack } from '../../src/core/content/loader.js';
import type { ContentPack } from '../../src/core/content/schema.js';
import { FaqIndex } from '../../src/core/faq/index.js';
import { loadLexicon } from '../../src/core/faq/lexicon.js';
import { normalize } from '../../src/core/faq/normalize.js';
import { HAN_BASE, HAN_SPAN, tokenText, type Token } from '../../src/core/faq/tokenize.js';
import type { TransferFile } from '../../src/core/faq/transfer.js';

/**
 * The tuned packs and all their FAQ dev files (sample and yangpu share content/ and are one pack). Never a held-out
 * file, never a pack nobody has tuned on (渝北 and 城关 joined in stop 31 with the ten packs tuned since stop 27).
 */
export const TUNED_PACKS: { name: string; content: string; files: string[] }[] = [
  {
    name: 'sample+yangpu',
    content: 'content',
    files: [
      'evals/faq-dev.jsonl',
      'evals/faq-dev-stations.jsonl',
      'evals/yangpu/faq-dev.jsonl',
      'evals/own/yangpu-faq-dev*.jsonl',
      'evals/own/check-yangpu*.jsonl',
      'evals/own/third-yangpu*.jsonl',
      'evals/own/english-yangpu*.jsonl',
    ],
  },
  {
    name: 'nanshan',
    content: 'packs/nanshan',
    files: [
      'evals/nanshan/faq-dev.jsonl',
      'evals/own/nanshan-faq-dev*.jsonl',
      'evals/own/check-nanshan*.jsonl',
      'evals/own/third-nanshan*.jsonl',
      'evals/own/english-nanshan*.jsonl',
    ],
  },
  ...[
    'chaoyang',
    'hongshan',
    'jinshui',
    'tianhe',
    'yanta',
    'yuelu',
    'yuhang',
    'hunnan',
    'siming',
    // Stop 31: the packs tuned since stop 27 (their dev sets, as their rounds used them).
    'yubei',
    'chengguan',
    'shushan',
    'wuhua',
    'qingxiu',
    'nankai',
    'honggutan',
    'guanshanhu',
    'xiaodian',
    'longhua',
    'tianshan',
    'cangshan',
    // Stop 32: the two packs written blind in stop 31, tuned on through their dev sets from this stop.
    'jianye',
    'saihan',
    // Stop 33: the three packs written blind in stop 32, tuned on through their dev sets from this stop.
    'nangang',
    'nanhai',
    'yinzhou',
  ].map((p) => ({
    name: p,
    content: `packs/${p}`,
    files: [
      `evals/${p}/dev/faq.jsonl`,
      `evals/own/${p}-faq-dev*.jsonl`,
      `evals/own/${p}-stations-dev*.jsonl`,
    ],
  })),
];

/**
 * Dev files scored but not built from: each new blind set is scored once, then goes into the bridges only if leave
 * one pack out gains by it (`npm run faq:transfer:lopo -- --without REGEX`). dev49 (stop 32): 9657 → 9657 of 11179
 * lines, refusals 2053 → 2050 of 2208 — not taken. dev50 (stop 33): leave one out 10182 → 10189 of 11734, refusals
 * 2179 → 2180 of 2346, but the rebuild learned 派单 → 合同/外包/个体户 and a part-time scam question (网上招人说先交三百才给派单,
 * a unit test) went to "not sure" — not taken. dev51 (stop 39, with the rebuild after rounds 53–58): 10571 → 10575 of
 * 12034, refusals 2274 → 2274 of 2442 — taken (docs/rounds/faq.md, "Bridges rebuilt at stop 39").
 */
export const NOT_BRIDGED = /-faq-dev(49|50)\.jsonl$/;

/** The pack with only the lines the bridges are built from. */
export function bridgedLines(p: DevPack): DevPack {
  return { ...p, lines: p.lines.filter((l) => !NOT_BRIDGED.test(l.file)) };
}

export interface DevLine {
  file: string;
  q: string;
  expect: string | null;
  kind?: string;
}

export interface DevPack {
  name: string;
  pack: ContentPack;
  files: string[];
  lines: DevLine[];
}

/** A tuned pack with its dev lines, read from the checkout at `root`. */
export async function loadDevPack(root: string, spec: (typeof TUNED_PACKS)[number]): Promise<DevPack> {
  const pack = await loadContentPack(path.join(root, spec.content));
  // A listed file that does not exist (yet) is skipped, as a pattern that matches none.
  const files = spec.files.flatMap((f) =>
    filesMatching(path.join(root, f)).filter((file) => existsSync(file)),
  );
  const lines = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => ({ file, ...(JSON.parse(l) as Omit<DevLine, 'file'>) })),
  );
  return { name: spec.name, pack, files, lines };
}

export interface BuildOptions {
  /** Packs a bridge must hold in. */
  minPacks: number;
  /** How much likelier the entry's word is given the worker's word than across all pairs. */
  minLift: number;
  /** Share of the worker's word's pairs whose entry has the bridged word. */
  minShare: number;
  /** Bridges kept per word. */
  perWord: number;
  /**
   * Most a word may be asked in questions the packs cannot answer (refusal lines, where the pack lacks the
   * word), as a share of all its unseen uses: a word of topics the packs lack (公积金) gets no bridge.
   */
  maxRefused: number;
  /** Rank and share a word's bridges by IBM Model 1 alignments (EM) rather than by co-occurrence. */
  model1: boolean;
}

export const BUILD_DEFAULTS: BuildOptions = {
  minPacks: 3,
  minLift: 4,
  minShare: 0.15,
  perWord: 3,
  maxRefused: 0.2,
  model1: false,
};

/**
 * Words a bridge may join: character pairs of two content characters, and English words; not the pairs of
 * context phrases (lexicon.yaml `context`: 跑单, 骑手, 刚刚), which say who asks, not what about.
 */
function wordsOf(index: FaqIndex, skip: Skip, text: string, asQuestion = false): Set<Token> {
  const { fillers, context } = skip;
  const out = new Set<Token>();
  for (const t of index.analyse(text, asQuestion)) {
    if (typeof t === 'number') {
      if (t < HAN_SPAN || context.has(t)) continue;
      const pair = t - HAN_SPAN;
      const [a, b] = [Math.floor(pair / HAN_SPAN), pair % HAN_SPAN];
      // A doubled character (学学, 看看) is a verb's form, a numeral (两百, 七月, 三千) a sum or a date told: not topics.
      if (a === b || amounts.has(a) || amounts.has(b)) continue;
      if (fillers.has(Math.floor(pair / HAN_SPAN)) || fillers.has(pair % HAN_SPAN)) continue;
      out.add(t);
    } else if (t.startsWith('=') && t.length > 3 && !/^=\d+$/.test(t)) out.add(t);
  }
  return out;
}

/** Numerals and money units (dense codes), as index.ts `AMOUNT`. */
const amounts = new Set([...'一二两三四五六七八九十百千万块元'].map((c) => c.codePointAt(0)! - HAN_BASE));

interface Skip {
  fillers: ReadonlySet<number>;
  context: ReadonlySet<Token>;
}

/** The knowledge file from the (question, entry) pairs of `packs`: same input, byte-identical output. */
export function buildTransfer(packs: readonly DevPack[], o: BuildOptions = BUILD_DEFAULTS): TransferFile {
  const reader = new FaqIndex([], []);
  const lex = loadLexicon();
  const fillers = new Set(
    lex.fillers.flatMap((w) => [...normalize(w)].map((c) => c.codePointAt(0)! - HAN_BASE)),
  );
  const context = new Set(lex.context.flatMap((w) => reader.analyse(w)).filter((t) => typeof t === 'number'));
  const skip: Skip = { fillers, context };
  /** Worker's word → entry's word → packs it was seen in and count. */
  const co = new Map<Token, Map<Token, { packs: Set<string>; n: number }>>();
  const asked = new Map<Token, { packs: Set<string>; n: number }>();
  const entryDf = new Map<Token, number>();
  /** Worker's word → refusal lines it was asked in where the pack lacks it. */
  const refused = new Map<Token, number>();
  let pairs = 0;
  const instances: { missing: Token[]; offered: Token[] }[] = [];
  for (const { name, pack, lines } of packs) {
    const entries = new Map(pack.faq.map((e) => [e.id, e]));
    const entryWords = new Map<string, { has: Set<Token>; all: Set<Token> }>();
    const packWords = wordsOf(
      reader,
      skip,
      pack.faq.map((e) => [e.title, e.tags.join(' '), ...e.questions, e.answer].join(' \n ')).join(' \n '),
    );
    for (const line of lines) {
      if (line.expect === null) {
        for (const a of wordsOf(reader, skip, line.q, true))
          if (!packWords.has(a)) refused.set(a, (refused.get(a) ?? 0) + 1);
        continue;
      }
      if (line.kind === 'station' || line.kind === 'refusal') continue;
      const entry = entries.get(line.expect);
      if (!entry) continue;
      let words = entryWords.get(entry.id);
      if (!words) {
        const has = wordsOf(
          reader,
          skip,
          [entry.title, entry.tags.join(' '), ...entry.questions].join(' \n '),
        );
        const all = new Set([...has, ...wordsOf(reader, skip, entry.answer)]);
        words = { has, all };
        entryWords.set(entry.id, words);
      }
      const q = wordsOf(reader, skip, line.q, true);
      const missing = [...q].filter((t) => !words.all.has(t));
      const offered = [...words.has].filter((t) => !q.has(t));
      pairs++;
      if (missing.length) instances.push({ missing, offered });
      for (const b of offered) entryDf.set(b, (entryDf.get(b) ?? 0) + 1);
      for (const a of missing) {
        const s = asked.get(a) ?? { packs: new Set(), n: 0 };
        s.packs.add(name);
        s.n++;
        asked.set(a, s);
        let row = co.get(a);
        if (!row) co.set(a, (row = new Map()));
        for (const b of offered) {
          const c = row.get(b) ?? { packs: new Set(), n: 0 };
          c.packs.add(name);
          c.n++;
          row.set(b, c);
        }
      }
    }
  }
  const aligned = o.model1 ? model1(instances) : undefined;
  const bridges: Record<string, [string, number][]> = {};
  const sources = [...co.keys()].map((t) => [tokenText(t), t] as const).sort((x, y) => cmp(x[0], y[0]));
  for (const [text, a] of sources) {
    const s = asked.get(a)!;
    if (s.packs.size < o.minPacks) continue;
    if ((refused.get(a) ?? 0) > o.maxRefused * (s.n + (refused.get(a) ?? 0))) continue;
    const kept: [string, number][] = [];
    for (const [b, c] of co.get(a)!) {
      if (c.packs.size < o.minPacks) continue;
      const share = c.n / s.n;
      const lift = share / (entryDf.get(b)! / pairs);
      if (share >= o.minShare && lift >= o.minLift)
        kept.push([tokenText(b), aligned ? aligned.get(a)!.get(b)! / s.n : share]);
    }
    if (!kept.length) continue;
    kept.sort((x, y) => y[1] - x[1] || cmp(x[0], y[0]));
    const top = kept.slice(0, o.perWord);
    const sum = Math.max(
      1,
      top.reduce((acc, [, v]) => acc + v, 0),
    );
    bridges[text] = top.map(([b, v]) => [b, Math.round((v / sum) * 1000) / 1000]);
  }
  return {
    about:
      'FAQ word bridges learned from workers\u2019 dev questions across packs (npm run faq:transfer; docs/rounds/faq.md round 35)',
    bridges,
  };
}

/**
 * IBM Model 1 by EM (five rounds): t(a | b), the chance that an entry's word b is what a worker says as a,
 * with a null word for a's that no entry word explains. Returns each (a, b)'s expected aligned count.
 */
function model1(
  instances: readonly { missing: Token[]; offered: Token[] }[],
): Map<Token, Map<Token, number>> {
  const NULL = '\u0000';
  const t = new Map<Token, Map<Token, number>>();
  const get = (a: Token, b: Token) => t.get(a)?.get(b) ?? 1;
  let counts = new Map<Token, Map<Token, number>>();
  for (let round = 0; round < 5; round++) {
    counts = new Map();
    const totals = new Map<Token, number>();
    for (const { missing, offered } of instances)
      for (const a of missing) {
        let denom = get(a, NULL);
        for (const b of offered) denom += get(a, b);
        let row = counts.get(a);
        if (!row) counts.set(a, (row = new Map()));
        for (const b of [...offered, NULL]) {
          const d = get(a, b) / denom;
          row.set(b, (row.get(b) ?? 0) + d);
          totals.set(b, (totals.get(b) ?? 0) + d);
        }
      }
    t.clear();
    for (const [a, row] of counts) {
      const next = new Map<Token, number>();
      for (const [b, c] of row) next.set(b, c / totals.get(b)!);
      t.set(a, next);
    }
  }
  return counts;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
