/**
 * The FAQ index: BM25F over character n-grams, words and synonym concepts, plus the closest example
 * question. Built in memory from the pack in well under a second for 10,000 entries; a search touches
 * only the posting lists of the question's tokens, so it stays under a millisecond.
 *
 *   const index = new FaqIndex(pack.faq, pack.synonyms);
 *   const [best] = index.search('骑手体检在哪预约');
 *   best.entry.id  // 'health-check-tour';  best.confidence  // 0..1
 *
 * Method, parameters and the measurements behind them: docs/faq.md.
 */
import type { FaqEntry } from '../content/schema.js';
import { loadLexicon } from './lexicon.js';
import { normalize } from './normalize.js';
import { Glossary } from './glossary.js';
import { PhraseMatcher } from './phrases.js';
import {
  HAN_BASE,
  HAN_SPAN,
  stem,
  tokenize,
  tokenKind,
  tokenText,
  type Token,
  type TokenKind,
} from './tokenize.js';

export interface FaqIndexParams {
  /** BM25 term-frequency saturation and length normalisation. */
  k1: number;
  b: number;
  /** How much each kind of token counts. */
  kind: Record<TokenKind, number>;
  /** How much each field of an entry counts (BM25F). */
  field: { title: number; question: number; tag: number; answer: number };
  /** Weight, in the question's total, of a character pair the index has never seen. */
  unseenPair: number;
  /** Score = bm25 share × (1 − mix) + closest example question × mix. */
  mix: number;
  /** Latin trigrams for English typos. */
  trigrams: boolean;
  /** Index answers by character pairs and words only (no single characters). */
  answerPairsOnly: boolean;
}

/** Pluggable analysers (measurement and the pinyin table); see tokenize.ts. */
export interface FaqAnalysers {
  pinyin?: (ch: string) => string | undefined;
  segment?: (run: string) => string[];
  /** Word boundaries for questions only: pairs across two words are dropped from the question. */
  questionWords?: (run: string) => string[];
}

export const DEFAULT_PARAMS: FaqIndexParams = {
  k1: 1.2,
  b: 0.5,
  kind: { han1: 0.5, han2: 1, py: 0.5, seg: 1, word: 1, tri: 0.25, concept: 1.5 },
  field: { title: 2, question: 2, tag: 1.5, answer: 0.45 },
  unseenPair: 0.5,
  mix: 0.5,
  trigrams: true,
  answerPairsOnly: true,
};

export interface FaqHit {
  entry: FaqEntry;
  /** Ranking score, 0..~1. */
  score: number;
  /** Share of the question's weight found anywhere in the entry, 0..1. */
  coverage: number;
  /** Cosine similarity to the entry's closest example question (or title), 0..1. */
  closest: number;
  /** BM25F score divided by the question's weight. */
  bm25: number;
  /**
   * Share of the question's salient content found in the entry, 0..1: like `coverage`, but function
   * characters and colloquial fillers (lexicon.yaml `fillers`) count nothing, a pair that joins a filler
   * to a word counts nothing when the pack has never seen it (「场是」, 「告咋」: a word boundary), and a pair
   * of two content characters that appears nowhere in the pack counts in full (「尿酸」, 「首套」: a topic
   * the pack lacks). The confidence decision in ask.ts uses it.
   */
  content: number;
}

interface DocInfo {
  entry: FaqEntry;
  len: number;
  /** Token ids of each example question and title, sorted, unique; and their vector norms. */
  questions: Int32Array[];
  norms: Float64Array;
}

/** Searchable view of a set of FAQ entries. Immutable: a new pack builds a new index. */
export class FaqIndex {
  readonly params: FaqIndexParams;
  readonly concepts: PhraseMatcher<number>;
  private readonly colloquial: PhraseMatcher<string>;
  private readonly glossary: Glossary;
  private readonly stop: ReadonlySet<string>;
  /** Dense codes (see tokenize.ts) of the filler characters. */
  private readonly fillers: ReadonlySet<number>;
  private readonly analysers: FaqAnalysers;
  /** Token → id: Chinese tokens (small integers) in an open-addressing table, the rest in a Map. */
  private hanIds = new IntTable();
  private readonly vocab = new Map<string, number>();
  private readonly tokens: Token[] = [];
  /** Per token: its kind's weight, idf, and its posting list as a slice [start, end) of the flat arrays. */
  private kindWeight = new Float64Array(0);
  private idf = new Float64Array(0);
  private start = new Int32Array(0);
  private postDoc = new Int32Array(0);
  private postTf = new Float32Array(0);
  private readonly docs: DocInfo[] = [];
  /** BM25 length normaliser per document: k1 · (1 − b + b · len / avgLen). */
  private lenNorm = new Float64Array(0);
  private maxIdf = 1;
  // Scratch accumulators reused by every search (searches are synchronous).
  private acc = new Float64Array(0);
  private readonly touched: number[] = [];

  constructor(
    entries: readonly FaqEntry[],
    synonyms: readonly (readonly string[])[],
    params: Partial<FaqIndexParams> = {},
    analysers: FaqAnalysers = {},
  ) {
    this.analysers = analysers;
    this.params = {
      ...DEFAULT_PARAMS,
      ...params,
      kind: { ...DEFAULT_PARAMS.kind, ...params.kind },
      field: { ...DEFAULT_PARAMS.field, ...params.field },
    };
    const lex = loadLexicon();
    this.stop = new Set(lex.stopwords);
    this.fillers = new Set(
      lex.fillers.flatMap((w) => [...normalize(w)].map((c) => c.codePointAt(0)! - HAN_BASE)),
    );
    this.colloquial = new PhraseMatcher(Object.entries(lex.colloquial).map(([k, v]) => [k, normalize(v)]));
    this.glossary = new Glossary(lex.glossary);
    this.concepts = PhraseMatcher.ofGroups(synonyms);
    this.build(entries);
  }

  get size(): number {
    return this.docs.length;
  }

  /**
   * Tokens of a text as the index sees it: normalised, colloquial forms replaced, concepts added; for a
   * question (not an entry) English words also bring their Chinese glossary terms.
   */
  analyse(text: string, asQuestion = false): Token[] {
    let norm = replaceAll(normalize(text), this.colloquial);
    if (asQuestion) norm = this.translate(norm);
    const { questionWords, ...rest } = this.analysers;
    return tokenize(
      norm,
      this.concepts.find(norm).map((h) => h.value),
      {
        stopwords: this.stop,
        trigrams: this.params.trigrams,
        ...rest,
        ...(asQuestion && questionWords ? { words: questionWords } : {}),
      },
    );
  }

  /**
   * English words of a question bring their glossary terms. A translated phrase whose words the pack does
   * not contain (entries without an English variant) is replaced by its terms rather than kept beside
   * them: otherwise its unknown words would count as a topic the pack lacks.
   */
  private translate(norm: string): string {
    const hits = this.glossary.find(norm);
    if (!hits.length) return norm;
    let out = '';
    let at = 0;
    const extra: string[] = [];
    for (const h of hits) {
      const known = h.words.every((w) => this.stop.has(w) || this.vocab.has(`=${stem(w)}`));
      if (known) extra.push(h.value);
      else {
        out += `${norm.slice(at, h.start)} ${h.value} `;
        at = h.end;
      }
    }
    out += norm.slice(at);
    return extra.length ? `${out} ${extra.join(' ')}` : out;
  }

  private lookup(token: Token): number | undefined {
    if (typeof token === 'number') {
      const i = this.hanIds.get(token);
      return i < 0 ? undefined : i;
    }
    return this.vocab.get(token);
  }

  /** The token's id, handing out a new one during the build. */
  private id(token: Token): number {
    const known = this.lookup(token);
    if (known !== undefined) return known;
    const i = this.tokens.length;
    if (typeof token === 'number') this.hanIds.set(token, i);
    else this.vocab.set(token, i);
    this.tokens.push(token);
    return i;
  }

  private build(entries: readonly FaqEntry[]): void {
    const p = this.params;
    // (doc, token, tf) triples, doc-major; turned into token-major posting lists below.
    // Sized for a typical entry (~400 distinct tokens) so that large packs do not regrow as they build.
    const expected = Math.max(1 << 16, entries.length * 400);
    this.hanIds = new IntTable(expected / 4);
    let tripleDoc = new Int32Array(expected);
    let tripleTok = new Int32Array(expected);
    let tripleTf = new Float32Array(expected);
    let triples = 0;
    const lens: number[] = [];
    // Term frequencies per document. Chinese tokens (small integers, nearly all of them) go into a
    // reused buffer as `token · 4 + field`, sorted and counted — no allocation, no hashing per
    // occurrence; the few string tokens use a Map. The big token table is then consulted once per
    // distinct token of a document.
    const fieldWeight = [p.field.title, p.field.question, p.field.tag, p.field.answer];
    const charWeight = p.kind.han1;
    const pairWeight = p.kind.han2;
    // `token · 4 + field` < 4 · (HAN_SPAN + HAN_SPAN²) ≈ 3.06e9 fits an unsigned 32-bit integer (a
    // Uint32Array sorts much faster than a Float64Array).
    let keys = new Uint32Array(1 << 14);
    let nk = 0;
    const strings = new Map<string, number>();
    const ensure = (extra: number) => {
      if (nk + extra <= keys.length) return;
      const bigger = new Uint32Array(Math.max(keys.length * 2, nk + extra));
      bigger.set(keys.subarray(0, nk));
      keys = bigger;
    };
    const pushTriple = (d: number, id: number, tf: number) => {
      if (triples === tripleDoc.length) {
        const size = tripleDoc.length * 2;
        const [a, b, c] = [new Int32Array(size), new Int32Array(size), new Float32Array(size)];
        a.set(tripleDoc);
        b.set(tripleTok);
        c.set(tripleTf);
        [tripleDoc, tripleTok, tripleTf] = [a, b, c];
      }
      tripleDoc[triples] = d;
      tripleTok[triples] = id;
      tripleTf[triples++] = tf;
    };
    entries.forEach((entry, d) => {
      let len = 0;
      const add = (
        text: string | undefined,
        field: 0 | 1 | 2 | 3,
        keep = true,
        pairsOnly = false,
      ): Int32Array | undefined => {
        if (!text) return undefined;
        const weight = fieldWeight[field]!;
        const tokens = this.analyse(text);
        ensure(tokens.length);
        for (const token of tokens) {
          if (typeof token === 'number') {
            if (token < HAN_SPAN) {
              // Long answers: single characters add little but half the postings, so they are left out.
              if (pairsOnly) continue;
              len += weight * charWeight;
            } else len += weight * pairWeight;
            keys[nk++] = token * 4 + field;
          } else {
            strings.set(token, (strings.get(token) ?? 0) + weight);
            len += weight * p.kind[tokenKind(token)];
          }
        }
        return keep ? Int32Array.from(new Set(tokens), (t) => this.id(t)) : undefined;
      };
      const en = entry.variants?.en;
      const questions = [
        add(entry.title, 0),
        add(en?.title, 0),
        ...entry.questions.map((q) => add(q, 1)),
      ].filter((q): q is Int32Array => q !== undefined && q.length > 0);
      add(entry.tags.join(' '), 2, false);
      add(entry.answer, 3, false, p.answerPairsOnly);
      add(en?.answer, 3, false, p.answerPairsOnly);
      const sorted = keys.subarray(0, nk).sort();
      for (let k = 0; k < nk;) {
        const token = sorted[k]! >>> 2;
        let tf = 0;
        while (k < nk && sorted[k]! >>> 2 === token) tf += fieldWeight[sorted[k++]! & 3]!;
        pushTriple(d, this.id(token), tf);
      }
      for (const [token, tf] of strings) pushTriple(d, this.id(token), tf);
      nk = 0;
      strings.clear();
      lens.push(len);
      this.docs.push({ entry, len, questions, norms: new Float64Array(questions.length) });
    });
    const n = Math.max(1, this.docs.length);
    const v = this.tokens.length;
    // Counting sort by token: postings come out in ascending document order.
    this.start = new Int32Array(v + 1);
    for (let k = 0; k < triples; k++) this.start[tripleTok[k]! + 1]!++;
    for (let i = 0; i < v; i++) this.start[i + 1]! += this.start[i]!;
    const fill = this.start.slice(0, v);
    this.postDoc = new Int32Array(triples);
    this.postTf = new Float32Array(triples);
    for (let k = 0; k < triples; k++) {
      const at = fill[tripleTok[k]!]!++;
      this.postDoc[at] = tripleDoc[k]!;
      this.postTf[at] = tripleTf[k]!;
    }
    this.idf = new Float64Array(v);
    this.kindWeight = new Float64Array(v);
    for (let i = 0; i < v; i++) {
      const df = this.start[i + 1]! - this.start[i]!;
      this.idf[i] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      this.kindWeight[i] = p.kind[tokenKind(this.tokens[i]!)];
    }
    this.maxIdf = Math.log(1 + (n + 0.5) / 0.5);
    const avgLen = lens.reduce((a, b) => a + b, 0) / n || 1;
    this.lenNorm = Float64Array.from(lens, (len) => p.k1 * (1 - p.b + (p.b * len) / avgLen));
    for (const doc of this.docs) {
      doc.questions.forEach((q, j) => {
        let sum = 0;
        for (const i of q) sum += (this.idf[i]! * this.kindWeight[i]!) ** 2;
        doc.norms[j] = Math.sqrt(sum);
      });
    }
    this.acc = new Float64Array(this.docs.length);
  }

  /** Term frequency (field-weighted) of token `i` in document `d`, by binary search; 0 when absent. */
  private tfIn(i: number, d: number): number {
    let lo = this.start[i]!;
    let hi = this.start[i + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = this.postDoc[mid]!;
      if (x === d) return this.postTf[mid]!;
      if (x < d) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /** The best `limit` entries for a question, best first. Empty when nothing matches at all. */
  search(question: string, limit = 5): FaqHit[] {
    const p = this.params;
    const tokens = [...new Set(this.analyse(question, true))];
    if (tokens.length === 0 || this.docs.length === 0) return [];
    let total = 0;
    let qNorm2 = 0;
    let contentTotal = 0;
    const query = new Map<number, number>();
    /** Token id → its weight as salient content (absent: none). */
    const salient = new Map<number, number>();
    for (const t of tokens) {
      const i = this.lookup(t);
      const c = this.salience(t, i);
      contentTotal += c;
      if (i !== undefined && c > 0) salient.set(i, c);
      if (i === undefined) {
        // A pair never seen is often just two words side by side; an unseen character or word is a topic we lack.
        const kind = tokenKind(t);
        const kw = p.kind[kind];
        if (kind === 'han2') total += kw * this.maxIdf * p.unseenPair;
        else if (kind !== 'tri') total += kw * this.maxIdf;
        qNorm2 += (kw * this.maxIdf) ** 2;
        continue;
      }
      const w = this.kindWeight[i]! * this.idf[i]!;
      total += w;
      qNorm2 += w * w;
      query.set(i, w);
    }
    if (total === 0 || query.size === 0) return [];
    // Rare tokens first. Their posting lists are walked in full; once POSTING_BUDGET postings have been
    // walked, the remaining (common, low-idf) tokens are scored only for the candidates already found.
    const order = [...query.keys()].sort(
      (a, b) => this.start[a + 1]! - this.start[a]! - (this.start[b + 1]! - this.start[b]!),
    );
    let walked = 0;
    const late: number[] = [];
    for (const i of order) {
      const from = this.start[i]!;
      const to = this.start[i + 1]!;
      if (walked > 0 && walked + (to - from) > POSTING_BUDGET) {
        late.push(i);
        continue;
      }
      walked += to - from;
      const w = query.get(i)!;
      for (let k = from; k < to; k++) {
        const d = this.postDoc[k]!;
        const tf = this.postTf[k]!;
        if (this.acc[d] === 0) this.touched.push(d);
        this.acc[d]! += (w * tf * (p.k1 + 1)) / (tf + this.lenNorm[d]!);
      }
    }
    const shortlist = topK(this.touched, this.acc, Math.max(limit * 4, 20));
    for (const d of this.touched) this.acc[d] = 0;
    this.touched.length = 0;
    const qNorm = Math.sqrt(qNorm2);
    const hits = shortlist.map(({ d, score: partial }) => {
      let bm = partial;
      let cov = 0;
      let content = 0;
      for (const [i, w] of query) {
        const tf = this.tfIn(i, d);
        if (tf === 0) continue;
        cov += w;
        content += salient.get(i) ?? 0;
        if (late.includes(i)) bm += (w * tf * (p.k1 + 1)) / (tf + this.lenNorm[d]!);
      }
      const doc = this.docs[d]!;
      let closest = 0;
      doc.questions.forEach((q, j) => {
        let dot = 0;
        for (const i of q) {
          const w = query.get(i);
          if (w !== undefined) dot += w * this.idf[i]! * this.kindWeight[i]!;
        }
        const c = dot / (qNorm * doc.norms[j]! || 1);
        if (c > closest) closest = c;
      });
      const bm25 = bm / total;
      const score = Math.min(1, bm25) * (1 - p.mix) + closest * p.mix;
      return {
        entry: doc.entry,
        score,
        coverage: Math.min(1, cov / total),
        closest,
        bm25,
        content: contentTotal > 0 ? Math.min(1, content / contentTotal) : 0,
      };
    });
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /** Weight of a question token as salient content (see `FaqHit.content`); `i` is its id, if the pack has it. */
  private salience(t: Token, i: number | undefined): number {
    const kind = tokenKind(t);
    const kw = this.params.kind[kind];
    if (kind === 'tri') return 0;
    if (typeof t === 'number') {
      if (t < HAN_SPAN) return this.fillers.has(t) ? 0 : kw * (i === undefined ? this.maxIdf : this.idf[i]!);
      const pair = t - HAN_SPAN;
      const a = this.fillers.has(Math.floor(pair / HAN_SPAN));
      const b = this.fillers.has(pair % HAN_SPAN);
      if (a && b) return 0;
      if (i === undefined) return a || b ? 0 : kw * this.maxIdf;
      return kw * this.idf[i]!;
    }
    return kw * (i === undefined ? this.maxIdf : this.idf[i]!);
  }

  /**
   * The question's tokens with their weight and whether the entry has them (diagnostics for tuning and
   * for the confidence features).
   */
  explain(question: string, entryId: string): { token: string; weight: number; matched: boolean }[] {
    const d = this.docs.findIndex((x) => x.entry.id === entryId);
    return [...new Set(this.analyse(question, true))].map((t) => {
      const i = this.lookup(t);
      const kw = this.params.kind[tokenKind(t)];
      if (i === undefined) return { token: tokenText(t), weight: kw * this.maxIdf, matched: false };
      return { token: tokenText(t), weight: kw * this.idf[i]!, matched: d >= 0 && this.tfIn(i, d) > 0 };
    });
  }
}

/**
 * Non-negative int32 → int32, open addressing with linear probing; `get` returns −1 when absent. Keys and
 * values are interleaved in one array (slot h: key at 2h, value at 2h + 1), so a lookup in a table far
 * larger than the CPU cache costs one cache miss, not two.
 */
class IntTable {
  private slots: Int32Array;
  private size: number;
  private count = 0;
  /**
   * Fibonacci hashing: the slot is the product's HIGH bits. (The low bits of a product depend only on the
   * key's low bits, and a pair token's low bits are nearly constant — HAN_SPAN is a multiple of 1024 —
   * which made long probe chains and was the build's largest cost.)
   */
  private shift: number;

  /** Room for about `expected` keys before the first resize. */
  constructor(expected = 1 << 15) {
    this.size = 2 ** Math.ceil(Math.log2(Math.max(1 << 16, expected * 2)));
    this.slots = new Int32Array(this.size * 2).fill(-1);
    this.shift = 32 - Math.log2(this.size);
  }

  get(key: number): number {
    const mask = this.size - 1;
    const slots = this.slots;
    let h = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = slots[2 * h]!;
      if (k === key) return slots[2 * h + 1]!;
      if (k === -1) return -1;
      h = (h + 1) & mask;
    }
  }

  set(key: number, value: number): void {
    if ((this.count + 1) * 2 > this.size) this.resize();
    const mask = this.size - 1;
    const slots = this.slots;
    let h = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (slots[2 * h] !== -1 && slots[2 * h] !== key) h = (h + 1) & mask;
    if (slots[2 * h] === -1) this.count++;
    slots[2 * h] = key;
    slots[2 * h + 1] = value;
  }

  private resize(): void {
    const old = this.slots;
    this.size *= 2;
    this.slots = new Int32Array(this.size * 2).fill(-1);
    this.shift--;
    this.count = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== -1) this.set(old[i]!, old[i + 1]!);
  }
}

/** Postings walked per search before common tokens are scored on the shortlist only (keeps p99 flat at 10,000 entries). */
const POSTING_BUDGET = 20_000;

/** The `k` documents with the highest accumulated score (a partial selection, not a full sort). */
function topK(docs: readonly number[], acc: Float64Array, k: number): { d: number; score: number }[] {
  const best: { d: number; score: number }[] = [];
  let floor = -Infinity;
  for (const d of docs) {
    const score = acc[d]!;
    if (best.length >= k && score <= floor) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]!.score < score) at--;
    best.splice(at, 0, { d, score });
    if (best.length > k) best.pop();
    floor = best[best.length - 1]!.score;
  }
  return best;
}

/** Replace every phrase the matcher finds by its value (leftmost-longest). */
function replaceAll(text: string, matcher: PhraseMatcher<string>): string {
  const hits = matcher.find(text);
  if (!hits.length) return text;
  let out = '';
  let at = 0;
  for (const h of hits) {
    out += text.slice(at, h.start) + h.value;
    at = h.end;
  }
  return out + text.slice(at);
}
