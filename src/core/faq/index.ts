/**
 * The FAQ index: BM25F over character n-grams, words and synonym concepts, plus the closest example
 * question. Built in memory from the pack in well under a second for 10,000 entries; a search touches
 * only the posting lists of the question's tokens, so it stays under a millisecond.
 *
 *   const index = new FaqIndex(pack.faq, pack.synonyms);
 *   const [best] = index.search('骑手体检在哪预约');
 *   best.entry.id  // 'health-check-tour';  best.confidence  // 0..1
 *
 * Its parts: how a question is read in the pack's words (question-words.ts), the posting lists and their build
 * (postings.ts, index-tables.ts), and what each of a question's tokens weighs (token-weights.ts); the search,
 * which ranks with them, is here. Method, parameters and the measurements behind them: docs/faq.md.
 */
import type { FaqEntry } from '../content/schema.js';
import { loadLexicon } from './lexicon.js';
import { authoredExamples } from './learned.js';
import { Postings } from './postings.js';
import { QuestionWords } from './question-words.js';
import { TokenWeights } from './token-weights.js';
import { shippedTransfer, type Transfer } from './transfer.js';
import {
  tokenize,
  tokenKind,
  tokenText,
  type Token,
  type TokenKind,
  type TokenizeOptions,
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
  /**
   * Typos from pinyin input: a character pair the pack has never seen that sounds like a pack pair (one
   * character the same, the other a homophone: 体捡 → 体检) stands for that pair, and counts this share of
   * it (0: off). See `homophonePair`.
   */
  homophone: number;
  /**
   * What workers asked elsewhere (transfer.ts): a question's word the pack never uses stands for the words
   * other packs' entries answered it with, that this pack uses, at this share of their weight, split by the
   * bridges' shares (0: off). See `bridgeTo`.
   */
  transfer: number;
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
  homophone: 0.7,
  transfer: 1.5,
};

export interface FaqHit {
  entry: FaqEntry;
  /** Ranking score, 0..~1. */
  score: number;
  /** Share of the question's weight found anywhere in the entry, 0..1. */
  coverage: number;
  /** Cosine similarity to the entry's closest example question (or title), 0..1. */
  closest: number;
  /** Entries with one or two example questions: closeness to their answer's sentences (else 0). */
  standIn: number;
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
  /**
   * Share of the question's weight found in the entry's title and example questions taken together
   * (not one at a time, as `closest` is): a worker's wording often joins words of two examples.
   */
  asked: number;
  /**
   * Entries with fewer than `FEW_EXAMPLES` example questions: how many distinct words and character pairs
   * of the question's salient content (not single characters, not a pair across a particle: 的活) the entry's
   * title, tags, examples or answer hold (else 0). Two or more say the topic matched, not one stray word.
   */
  words: number;
}

/** Searchable view of a set of FAQ entries. Immutable: a new pack builds a new index. */
export class FaqIndex {
  readonly params: FaqIndexParams;
  /** How questions and entries are read in the pack's words (question-words.ts). */
  private readonly words: QuestionWords;
  /** The posting lists (postings.ts). */
  private readonly postings: Postings;
  /** What each of a question's tokens weighs (token-weights.ts). */
  private readonly weights: TokenWeights;
  /** The last question's analysed text (set by `analyse`; searches are synchronous). */
  private lastQuestion = '';
  /** Tokenizer options for entries' texts and for questions. */
  private readonly entryOptions: TokenizeOptions;
  private readonly questionOptions: TokenizeOptions;
  // Scratch accumulators reused by every search (searches are synchronous).
  private readonly acc: Float64Array;
  private readonly touched: number[] = [];
  /**
   * The question's tokens as dense per-token arrays, valid where `inQuery[i] === searches`: the shortlist's
   * example questions are scanned token by token, and a typed-array read there is far cheaper than a Map's.
   */
  private readonly inQuery: Uint32Array;
  /** Per query token: its weight times idf and kind weight (a term of the cosine's dot product). */
  private readonly dotWeight: Float64Array;
  /** Per query token: its weight, and whether it counts among `FaqHit.words`. */
  private readonly queryWeight: Float64Array;
  private readonly wordy: Uint8Array;
  private searches = 0;
  /** Per token: the last entry scored that counted it in `asked`, and in `words` (stamps, see `scored`). */
  private readonly askedMark: Uint32Array;
  private readonly wordMark: Uint32Array;
  private scored = 0;

  constructor(
    entries: readonly FaqEntry[],
    synonyms: readonly (readonly string[])[],
    params: Partial<FaqIndexParams> = {},
    analysers: FaqAnalysers = {},
    transfer: Transfer = shippedTransfer(),
  ) {
    this.params = {
      ...DEFAULT_PARAMS,
      ...params,
      kind: { ...DEFAULT_PARAMS.kind, ...params.kind },
      field: { ...DEFAULT_PARAMS.field, ...params.field },
    };
    const lex = loadLexicon();
    const stop = new Set(lex.stopwords);
    // Built once: a fresh options object per text was measurable garbage in a 10,000-entry build.
    const { questionWords, ...rest } = analysers;
    this.entryOptions = { stopwords: stop, trigrams: this.params.trigrams, ...rest };
    this.questionOptions = questionWords ? { ...this.entryOptions, words: questionWords } : this.entryOptions;
    this.words = new QuestionWords(lex, synonyms, stop, this.entryOptions, () => this.postings);
    this.postings = new Postings(entries, this.params, (text) => this.analyse(text));
    this.weights = new TokenWeights(this.postings, this.params, lex.fillers, transfer);
    this.acc = new Float64Array(this.postings.docs.length);
    const v = this.postings.tokens.length;
    this.inQuery = new Uint32Array(v);
    this.dotWeight = new Float64Array(v);
    this.queryWeight = new Float64Array(v);
    this.wordy = new Uint8Array(v);
    this.askedMark = new Uint32Array(v);
    this.wordMark = new Uint32Array(v);
  }

  get size(): number {
    return this.postings.docs.length;
  }

  /**
   * Tokens of a text as the index sees it: normalised, colloquial forms replaced, concepts added; for a
   * question (not an entry) English words also bring their Chinese glossary terms.
   */
  analyse(text: string, asQuestion = false): Token[] {
    let norm = this.words.plain(text);
    if (asQuestion) {
      norm = this.words.bridged(this.words.translate(norm));
      this.lastQuestion = norm;
    }
    return tokenize(
      norm,
      this.words.concepts.find(norm).map((h) => h.value),
      asQuestion ? this.questionOptions : this.entryOptions,
    );
  }

  /** The pack's pairs a pair of characters sounds like, one character off (`TokenWeights.soundAlikePairs`). */
  soundAlikePairs(a: string, b: string, readingsOf?: (ch: string) => readonly string[]): string[] {
    return this.weights.soundAlikePairs(a, b, readingsOf);
  }

  /** Whether the pack's entries hold this pair of characters (`TokenWeights.hasPair`). */
  hasPair(a: string, b: string): boolean {
    return this.weights.hasPair(a, b);
  }

  /** A question in plain words (`QuestionWords.plain`): what every check of the answerer reads. */
  plain(text: string): string {
    return this.words.plain(text);
  }

  /** The question as the index reads it (`QuestionWords.questionText`). */
  questionText(question: string): string {
    return this.words.questionText(question);
  }

  /** The question in plain words with its English read through the glossary (`QuestionWords.translated`). */
  translated(question: string): string {
    return this.words.translated(question);
  }

  /** The glossary's Chinese terms for a whole English phrase, if it has one (`QuestionWords.translation`). */
  translation(phrase: string): string | undefined {
    return this.words.translation(phrase);
  }

  /** The best `limit` entries for a question, best first. Empty when nothing matches at all. */
  search(question: string, limit = 5): FaqHit[] {
    const p = this.params;
    const { docs, start, postDoc, postTf, idf, kindWeight, lenNorm, maxIdf } = this.postings;
    const tokens = [...new Set(this.analyse(question, true))];
    if (tokens.length === 0 || docs.length === 0) return [];
    let total = 0;
    let qNorm2 = 0;
    let contentTotal = 0;
    const query = new Map<number, number>();
    /** Token id → its weight as salient content (absent: none). */
    const salient = new Map<number, number>();
    const typo = p.homophone > 0 ? this.weights.typos(tokens) : undefined;
    const context = this.words.contextTokens(this.lastQuestion);
    /** Salient weight of the context words the pack has: not counted against an entry that lacks them. */
    const contextual = new Map<number, number>();
    for (const t of tokens) {
      const alt = typo?.get(t);
      if (alt !== undefined && !query.has(alt)) {
        // A typo stands for the pack's token at a discount. The question's totals still count it as typed
        // (a token the pack lacks), so coverage and content say honestly that it was not found as typed.
        const unseen = this.weights.typedWeight(t);
        const w = kindWeight[alt]! * idf[alt]! * p.homophone;
        total += unseen;
        qNorm2 += w * w;
        query.set(alt, w);
        const c = this.weights.salience(t, undefined);
        contentTotal += c;
        if (c > 0)
          salient.set(alt, Math.min(c, this.weights.salience(this.postings.tokens[alt]!, alt)) * p.homophone);
        continue;
      }
      const i = this.postings.lookup(t);
      const ctx = context?.has(t) ?? false;
      // A context word the pack lacks says nothing about the topic: it is left out of the totals.
      if (ctx && i === undefined) continue;
      const c = this.weights.salience(t, i);
      contentTotal += c;
      if (i !== undefined && c > 0) salient.set(i, c);
      if (ctx && i !== undefined && c > 0) contextual.set(i, c);
      if (i === undefined) {
        total += this.weights.typedWeight(t);
        qNorm2 += (p.kind[tokenKind(t)] * maxIdf) ** 2;
        qNorm2 += this.weights.bridgeTo(t, query, salient, c);
        continue;
      }
      const w = kindWeight[i]! * idf[i]! * (ctx ? CONTEXT_WEIGHT : 1);
      total += w;
      qNorm2 += w * w;
      query.set(i, w);
    }
    if (total === 0 || query.size === 0) return [];
    // Rare tokens first. Their posting lists are walked in full; once POSTING_BUDGET postings have been
    // walked, the remaining (common, low-idf) tokens are scored only for the candidates already found.
    const order = [...query.keys()].sort((a, b) => start[a + 1]! - start[a]! - (start[b + 1]! - start[b]!));
    let walked = 0;
    const late = new Set<number>();
    for (const i of order) {
      const from = start[i]!;
      const to = start[i + 1]!;
      if (walked > 0 && walked + (to - from) > POSTING_BUDGET) {
        late.add(i);
        continue;
      }
      walked += to - from;
      const w = query.get(i)!;
      for (let k = from; k < to; k++) {
        const d = postDoc[k]!;
        const tf = postTf[k]!;
        if (this.acc[d] === 0) this.touched.push(d);
        this.acc[d]! += (w * tf * (p.k1 + 1)) / (tf + lenNorm[d]!);
      }
    }
    const shortlist = topK(this.touched, this.acc, Math.max(limit * 4, 20));
    for (const d of this.touched) this.acc[d] = 0;
    this.touched.length = 0;
    const qNorm = Math.sqrt(qNorm2);
    // The query in insertion order as flat arrays (the same order of sums as iterating the Map), and dense
    // per-token marks for the scan of the shortlist's example questions.
    const stamp = ++this.searches;
    const { inQuery, dotWeight, queryWeight, wordy } = this;
    const nq = query.size;
    const qIds = new Int32Array(nq);
    const qWeight = new Float64Array(nq);
    const qSalient = new Float64Array(nq);
    const qContext = new Float64Array(nq);
    const qLate = new Uint8Array(nq);
    let j = 0;
    for (const [i, w] of query) {
      const sal = salient.get(i) ?? 0;
      const ctx = contextual.get(i) ?? 0;
      qIds[j] = i;
      qWeight[j] = w;
      qSalient[j] = sal;
      qContext[j] = ctx;
      qLate[j] = late.has(i) ? 1 : 0;
      inQuery[i] = stamp;
      dotWeight[i] = w * idf[i]! * kindWeight[i]!;
      queryWeight[i] = w;
      wordy[i] = sal > 0 && !contextual.has(i) && this.weights.isWord(i) ? 1 : 0;
      j++;
    }
    const hits = shortlist.map(({ d, score: partial }) => {
      let bm = partial;
      let cov = 0;
      let content = 0;
      let missingContext = 0;
      for (let k = 0; k < nq; k++) {
        const i = qIds[k]!;
        const tf = this.postings.tfIn(i, d);
        if (tf === 0) {
          missingContext += qContext[k]!;
          continue;
        }
        const w = qWeight[k]!;
        cov += w;
        content += qSalient[k]!;
        if (qLate[k]) bm += (w * tf * (p.k1 + 1)) / (tf + lenNorm[d]!);
      }
      const doc = docs[d]!;
      let closest = 0;
      let standIn = 0;
      // The question's tokens found in the title and example questions, each counted once (a stamp per entry).
      const mark = ++this.scored;
      const { askedMark, wordMark } = this;
      let asked = 0;
      // Salient words and pairs found in the entry's title, tags, examples or answer: for entries with few
      // examples these are all refs.
      const few = doc.standIns < Infinity || authoredExamples(doc.entry) === 0;
      let words = 0;
      const refs = doc.questions;
      for (let r = 0; r < refs.length; r++) {
        const q = refs[r]!;
        let dot = 0;
        for (let k = 0; k < q.length; k++) {
          const i = q[k]!;
          if (inQuery[i] !== stamp) continue;
          dot += dotWeight[i]!;
          if (few && wordy[i] && wordMark[i] !== mark) {
            wordMark[i] = mark;
            words++;
          }
          if (r < doc.standIns && askedMark[i] !== mark) {
            askedMark[i] = mark;
            asked += queryWeight[i]!;
          }
        }
        const c = dot / (qNorm * doc.norms[r]! || 1);
        if (r >= doc.standIns) standIn = Math.max(standIn, c);
        else if (c > closest) closest = c;
      }
      const bm25 = bm / total;
      const score = Math.min(1, bm25) * (1 - p.mix) + closest * p.mix;
      return {
        entry: doc.entry,
        score,
        coverage: Math.min(1, cov / total),
        closest,
        standIn,
        bm25,
        content: contentTotal > missingContext ? Math.min(1, content / (contentTotal - missingContext)) : 0,
        asked: Math.min(1, asked / total),
        words,
      };
    });
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /**
   * The question's tokens with their weight and whether the entry has them (diagnostics for tuning and
   * for the confidence features).
   */
  explain(question: string, entryId: string): { token: string; weight: number; matched: boolean }[] {
    const d = this.postings.docs.findIndex((x) => x.entry.id === entryId);
    return [...new Set(this.analyse(question, true))].map((t) => {
      const i = this.postings.lookup(t);
      const kw = this.params.kind[tokenKind(t)];
      if (i === undefined) return { token: tokenText(t), weight: kw * this.postings.maxIdf, matched: false };
      return {
        token: tokenText(t),
        weight: kw * this.postings.idf[i]!,
        matched: d >= 0 && this.postings.tfIn(i, d) > 0,
      };
    });
  }
}

/** Share of its weight a context word (lexicon.yaml `context`: 跑单, 骑手, 最近…) keeps in ranking. */
const CONTEXT_WEIGHT = 0.3;

/**
 * Postings walked per search before common tokens are scored on the shortlist only (keeps p99 flat at 10,000
 * entries). A real pack (≤ a few hundred entries) never reaches it; at 10,000 entries 8,000 finds the same first
 * entry for 2,978 of the bench's 3,000 questions (20,000: 2,979) at two thirds of the CPU time (docs/faq.md, Speed).
 */
const POSTING_BUDGET = 8_000;

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
