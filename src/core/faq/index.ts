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
import { plainErhua, plainPhrase } from './dialect.js';
import { loadLexicon } from './lexicon.js';
import { normalize } from './normalize.js';
import { Glossary } from './glossary.js';
import { PhraseMatcher } from './phrases.js';
import { compilePattern, patternNeedles, replacePatterns, type ConceptPattern } from './concept-patterns.js';
import { readings } from './homophones.js';
import { authoredExamples } from './learned.js';
import { shippedTransfer, type Transfer } from './transfer.js';
import {
  HAN_BASE,
  HAN_SPAN,
  stem,
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

interface DocInfo {
  entry: FaqEntry;
  len: number;
  /** Token ids of each example question and title, sorted, unique; and their vector norms. */
  questions: Int32Array[];
  norms: Float64Array;
  /** Refs from this index on are the answer's sentences standing in for questions (entries with few examples). */
  standIns: number;
}

/** Particles and question words (dense codes): a pair holding one joins two words (的活, 单怎). */
const JUNCTIONS = new Set([...'的了着吗呢吧啊呀嘛哦么怎咋啥'].map((c) => c.codePointAt(0)! - HAN_BASE));
/**
 * Numerals and money units: a pair the pack has never seen with one of them inside (三千, 千块, 扣两) is a sum
 * being told, not a topic the pack lacks, so it counts nothing in the question's salient content.
 */
const AMOUNT = new Set([...'两三四五六七八九十百千万块元'].map((c) => c.codePointAt(0)! - HAN_BASE));

/** Searchable view of a set of FAQ entries. Immutable: a new pack builds a new index. */
export class FaqIndex {
  readonly params: FaqIndexParams;
  readonly concepts: PhraseMatcher<number>;
  /** The lexicon's built-in concept groups (normalised). */
  private readonly builtinGroups: string[][];
  /** The built-in groups' phrases → their group (a pattern's gap naming another concept); built on first need. */
  private groups: PhraseMatcher<number> | undefined;
  /** A built-in concept's phrase the pack never uses → the group's phrase it uses most; built on first need. */
  private bridges: PhraseMatcher<string> | undefined;
  /** lexicon.yaml `conceptPatterns` whose concept the pack words: each match → the pack's phrase; built with `bridges`. */
  private patterns: ConceptPattern[] = [];
  private readonly colloquial: PhraseMatcher<string>;
  private readonly glossary: Glossary;
  private readonly stop: ReadonlySet<string>;
  /** Dense codes (see tokenize.ts) of the filler characters. */
  private readonly fillers: ReadonlySet<number>;
  /** Context phrases (lexicon.yaml `context`): their tokens carry no salient content in a question. */
  private readonly contextWords: readonly string[];
  /** The context phrases as written and in the pack's words (跑滴滴的 → 网约车司机的); built on first need. */
  private context: PhraseMatcher<number> | undefined;
  /** The last question's analysed text (set by `analyse`; searches are synchronous). */
  private lastQuestion = '';
  private readonly analysers: FaqAnalysers;
  private readonly transfer: Transfer;
  /** Tokenizer options for entries' texts and for questions. */
  private readonly entryOptions: TokenizeOptions;
  private readonly questionOptions: TokenizeOptions;
  /** Token → id: Chinese tokens (small integers) in an open-addressing table, the rest in a Map. */
  private hanIds = new IntTable();
  private readonly vocab = new Map<string, number>();
  private tokens: Token[] = [];
  /** Chinese tokens have ids 0…han−1 (in token order). */
  private han = 0;
  /** Toneless reading → the pack's characters (dense codes) that have it; built on first need. */
  private sounds: Map<string, number[]> | undefined;
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
    transfer: Transfer = shippedTransfer(),
  ) {
    this.analysers = analysers;
    this.transfer = transfer;
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
    this.contextWords = lex.context;
    // `colloquial` includes the regional forms (lexicon.ts joins them).
    this.colloquial = new PhraseMatcher(Object.entries(lex.colloquial).map(([k, v]) => [k, normalize(v)]));
    this.glossary = new Glossary(lex.glossary, this.stop);
    // Phrases as the texts they meet are read (erhua dropped: 找活儿 meets 找活); the pack's own phrases also with
    // their colloquial and regional forms read, as questions are (a pack's 贼冷 meets a question's 贼冷, read 很冷).
    this.concepts = PhraseMatcher.ofGroups(synonyms.map((g) => g.map((p) => this.plain(p))));
    this.builtinGroups = lex.concepts.map((g) => g.map(plainPhrase).filter(Boolean));
    // Built once: a fresh options object per text was measurable garbage in a 10,000-entry build.
    const { questionWords, ...rest } = analysers;
    this.entryOptions = { stopwords: this.stop, trigrams: this.params.trigrams, ...rest };
    this.questionOptions = questionWords ? { ...this.entryOptions, words: questionWords } : this.entryOptions;
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
    let norm = this.plain(text);
    if (asQuestion) {
      norm = this.bridged(this.translate(norm));
      this.lastQuestion = norm;
    }
    return tokenize(
      norm,
      this.concepts.find(norm).map((h) => h.value),
      asQuestion ? this.questionOptions : this.entryOptions,
    );
  }

  /**
   * A question in plain words: normalised, colloquial and regional forms replaced (遭罚款 → 被罚款, 几多钱 →
   * 多少钱), erhua dropped (这片儿 → 这片). Every check of the answerer reads this, not only the ranking: a scope or beyond check that saw
   * 遭偷了 would miss the 被偷 it knows.
   */
  plain(text: string): string {
    return plainErhua(replaceAll(normalize(text), this.colloquial));
  }

  /** The question as the index reads it: colloquial forms, English glossary terms, the pack's words for built-in concepts. */
  questionText(question: string): string {
    return this.bridged(this.translated(question));
  }

  /** The built-in concept groups' phrases → their group; built on first need. */
  private groupMatcher(): PhraseMatcher<number> {
    this.groups ??= PhraseMatcher.ofGroups(this.builtinGroups);
    return this.groups;
  }

  /** Built-in concepts in the pack's words: patterns with an amount or a gap first, then fixed phrases. */
  private bridged(norm: string): string {
    const fixed = this.bridge();
    return replacePatterns(
      norm,
      this.patterns,
      (part) => replaceAll(part, fixed),
      (gap, to) => {
        const groups = this.groupMatcher();
        const own = new Set(groups.find(to).map((h) => h.value));
        return groups.find(gap).some((h) => !own.has(h.value));
      },
    );
  }

  /** The question in plain words with its English read through the glossary ("unemployment pay" → 失业金…). */
  translated(question: string): string {
    return this.translate(this.plain(question));
  }

  /** The glossary's Chinese terms for a whole English phrase ("heat allowance" → 高温津贴 高温补贴), if it has one. */
  translation(phrase: string): string | undefined {
    const norm = normalize(phrase);
    const hits = this.glossary.find(norm);
    return hits.length === 1 && hits[0]!.start === 0 && hits[0]!.end === norm.length
      ? hits[0]!.value
      : undefined;
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

  /**
   * Workers' words for a concept the pack words differently (剪头发 where the pack says 理发, 宿舍 where it
   * says 公寓): each phrase of a built-in group that the pack never uses is read as the group's phrase the
   * pack uses in most entries. Replaced, not added: the question's weight stays what the worker asked.
   */
  private bridge(): PhraseMatcher<string> {
    if (this.bridges) return this.bridges;
    const pairs: [string, string][] = [];
    const packWord = new Map<string, string>();
    for (const group of this.builtinGroups) {
      const df = group.map((w) => this.phraseDf(w));
      const best = df.indexOf(Math.max(...df));
      if (df[best]! === 0) continue;
      group.forEach((w, i) => {
        packWord.set(w, group[best]!);
        if (df[i] === 0) pairs.push([w, group[best]!]);
      });
    }
    this.patterns = [];
    const grouped = new Set(this.builtinGroups.flat());
    for (const [raw, phrase] of Object.entries(loadLexicon().conceptPatterns)) {
      // A concept's phrase → the pack's word for it (none when the pack lacks the concept); any other
      // phrase (跑单, a context word) stands as written.
      const key = plainPhrase(phrase);
      const to = grouped.has(key) ? packWord.get(key) : key;
      const re = compilePattern(raw);
      if (to && re) this.patterns.push({ re, to, needles: patternNeedles(raw) });
    }
    this.bridges = new PhraseMatcher(pairs);
    return this.bridges;
  }

  /** Entries that have every character pair (or word) of a phrase: at most the rarest one's count. */
  private phraseDf(phrase: string): number {
    let df = Infinity;
    for (const t of tokenize(phrase, [], this.entryOptions)) {
      if (typeof t === 'number' ? t < HAN_SPAN : tokenKind(t) !== 'word') continue;
      const i = this.lookup(t);
      df = Math.min(df, i === undefined ? 0 : this.start[i + 1]! - this.start[i]!);
    }
    return df === Infinity ? 0 : df;
  }

  private lookup(token: Token): number | undefined {
    if (typeof token === 'number') {
      const i = this.hanIds.get(token);
      return i < 0 ? undefined : i;
    }
    return this.vocab.get(token);
  }

  private build(entries: readonly FaqEntry[]): void {
    const p = this.params;
    // Chinese tokens (small integers, nearly all of them) become (token, doc, tf) triples, doc-major,
    // with no table lookup at all while documents are read: the triples are grouped by token afterwards
    // by a radix sort, which hands out the ids. (A hash lookup per distinct token per document was most
    // of the build: ~4 million lookups in a table far larger than the CPU cache.) String tokens (words,
    // concepts, characters outside the dense range) are few and get ids from a Map.
    const expected = Math.max(1 << 16, entries.length * 420);
    let tripleKey = new Uint32Array(expected);
    let tripleDoc = new Int32Array(expected);
    let tripleTf = new Float32Array(expected);
    let triples = 0;
    const grow = (extra: number) => {
      if (triples + extra <= tripleKey.length) return;
      const size = Math.max(tripleKey.length * 2, triples + extra);
      const [a, b, c] = [new Uint32Array(size), new Int32Array(size), new Float32Array(size)];
      a.set(tripleKey.subarray(0, triples));
      b.set(tripleDoc.subarray(0, triples));
      c.set(tripleTf.subarray(0, triples));
      [tripleKey, tripleDoc, tripleTf] = [a, b, c];
    };
    const stringIds = new Map<string, number>();
    const stringTokens: string[] = [];
    const stringId = (t: string) => {
      let s = stringIds.get(t);
      if (s === undefined) {
        s = stringTokens.length;
        stringIds.set(t, s);
        stringTokens.push(t);
      }
      return s;
    };
    const strDoc: number[] = [];
    const strTok: number[] = [];
    const strTf: number[] = [];
    /**
     * Per document, its titles and example questions as references to their tokens, in first-seen order
     * without repeats: a Chinese token as the index of the document's triple for it, a string token as
     * −1 − its string id. Turned into token ids once the ids exist.
     */
    const refs: Int32Array[][] = [];
    const lens: number[] = [];
    // Term frequencies per document. Chinese tokens are counted per field in a small table local to the
    // document (open addressing, cleared by a stamp, small enough to stay in cache); the few string tokens
    // use a Map. A document's distinct Chinese tokens become its triples in first-seen order.
    const fieldWeight = [p.field.title, p.field.question, p.field.tag, p.field.answer];
    const charWeight = p.kind.han1;
    const pairWeight = p.kind.han2;
    const local = new DocCounter();
    const strings = new Map<string, number>();
    /** Stamp per local token: last text (title or example question) that referenced it. */
    let seen = new Int32Array(1 << 12);
    let stamp = 0;
    entries.forEach((entry, d) => {
      let len = 0;
      local.reset();
      const docRefs: Int32Array[] = [];
      const add = (text: string | undefined, field: 0 | 1 | 2 | 3, keep = true, pairsOnly = false): void => {
        if (!text) return;
        const weight = fieldWeight[field]!;
        const tokens = this.analyse(text);
        const out: number[] = [];
        stamp++;
        for (const token of tokens) {
          if (typeof token === 'number') {
            if (token < HAN_SPAN) {
              // Long answers: single characters add little but half the postings, so they are left out.
              if (pairsOnly) continue;
              len += weight * charWeight;
            } else len += weight * pairWeight;
            const l = local.add(token, field);
            if (keep) {
              if (seen.length <= l) {
                const bigger = new Int32Array(2 * (l + 1));
                bigger.set(seen);
                seen = bigger;
              }
              if (seen[l] !== stamp) {
                seen[l] = stamp;
                out.push(l);
              }
            }
          } else {
            strings.set(token, (strings.get(token) ?? 0) + weight);
            len += weight * p.kind[tokenKind(token)];
            if (keep) {
              const r = -1 - stringId(token);
              if (!out.includes(r)) out.push(r);
            }
          }
        }
        if (keep && out.length > 0) docRefs.push(Int32Array.from(out));
      };
      /** A stand-in question: closeness only (its tokens are already counted in their fields). */
      const pseudo = (text: string): void => {
        const out: number[] = [];
        stamp++;
        for (const token of this.analyse(text)) {
          if (typeof token === 'number') {
            const l = local.find(token);
            if (l < 0 || seen[l] === stamp) continue;
            seen[l] = stamp;
            out.push(l);
          } else if (strings.has(token)) {
            const r = -1 - stringId(token);
            if (!out.includes(r)) out.push(r);
          }
        }
        if (out.length > 0) docRefs.push(Int32Array.from(out));
      };
      const en = entry.variants?.en;
      add(entry.title, 0);
      add(en?.title, 0);
      const authored = authoredExamples(entry);
      for (const q of entry.questions) add(q, 1);
      let standIns = Infinity;
      if (authored >= FEW_EXAMPLES) {
        add(entry.tags.join(' '), 2, false);
        add(entry.answer, 3, false, p.answerPairsOnly);
        add(en?.answer, 3, false, p.answerPairsOnly);
      } else if (authored > 0) {
        // One or two example questions say little about how workers ask: the answer's sentences are
        // measured too, as separate stand-ins (`FaqHit.standIn`), the example questions kept apart.
        standIns = docRefs.length;
        // The tags, and the title with them, stand in too: a new author's title and tags name the topic
        // in words (车祸, 交通事故) the one example question may not use (撞车了咋整).
        add(entry.tags.join(' '), 2, true);
        const parts = sentences(entry.answer);
        for (const part of parts) add(part, 3, true, p.answerPairsOnly);
        pseudo(`${entry.title} ${entry.tags.join(' ')} ${parts[0] ?? ''}`);
        add(en?.answer, 3, false, p.answerPairsOnly);
      } else {
        // No example questions from the author (a new district's pack): the tags and each sentence of the
        // answer stand in for them when measuring how close a question is, beside any learned from workers.
        add(entry.tags.join(' '), 2, true);
        const parts = sentences(entry.answer);
        for (const part of parts) add(part, 3, true, p.answerPairsOnly);
        // The title said with the answer's opening: what a worker asking about it would mention.
        pseudo(`${entry.title} ${entry.tags.join(' ')} ${parts[0] ?? ''}`);
        for (const part of sentences(en?.answer)) add(part, 3, true, p.answerPairsOnly);
      }
      const m = local.size;
      grow(m);
      const base = triples;
      for (let l = 0; l < m; l++) {
        // Field by field, one occurrence at a time: the same sum, bit for bit, as counting sorted keys.
        let tf = 0;
        for (let f = 0; f < 4; f++) for (let c = local.count(l, f); c > 0; c--) tf += fieldWeight[f]!;
        tripleKey[triples] = local.key(l);
        tripleDoc[triples] = d;
        tripleTf[triples++] = tf;
      }
      for (const [token, tf] of strings) {
        strTok.push(stringId(token));
        strDoc.push(d);
        strTf.push(tf);
      }
      strings.clear();
      for (const r of docRefs) for (let k = 0; k < r.length; k++) if (r[k]! >= 0) r[k]! += base;
      refs.push(docRefs);
      lens.push(len);
      this.docs.push({ entry, len, questions: [], norms: new Float64Array(docRefs.length), standIns });
    });
    const n = Math.max(1, this.docs.length);
    // Chinese tokens get ids 0…han−1 in token order, string tokens the ids after them. The radix sort
    // (stable) leaves each Chinese token's postings together, in document order: they are the posting
    // lists as they come out. String tokens' triples are placed after them by a counting sort.
    const postings = triples + strTok.length;
    this.postDoc = new Int32Array(postings);
    this.postTf = new Float32Array(postings);
    const { keys: sortedKey, from } = radixSort(
      tripleKey,
      tripleDoc,
      tripleTf,
      triples,
      this.postDoc,
      this.postTf,
    );
    const hanTokens: number[] = [];
    const starts: number[] = [];
    const idOf = new Int32Array(triples);
    for (let pos = 0, prev = -1; pos < triples; pos++) {
      const key = sortedKey[pos]!;
      if (key !== prev) {
        hanTokens.push(key);
        starts.push(pos);
        prev = key;
      }
      idOf[from[pos]!] = hanTokens.length - 1;
    }
    const han = hanTokens.length;
    this.han = han;
    this.hanIds = new IntTable(han);
    for (let i = 0; i < han; i++) this.hanIds.set(hanTokens[i]!, i);
    stringTokens.forEach((t, s) => this.vocab.set(t, han + s));
    this.tokens = [...hanTokens, ...stringTokens];
    const v = this.tokens.length;
    this.start = new Int32Array(v + 1);
    this.start.set(starts);
    for (const s of strTok) this.start[han + s + 1]!++;
    this.start[han] = triples;
    for (let i = han; i < v; i++) this.start[i + 1]! += this.start[i]!;
    const fill = this.start.slice(han, v);
    strTok.forEach((s, j) => {
      const at = fill[s]!++;
      this.postDoc[at] = strDoc[j]!;
      this.postTf[at] = strTf[j]!;
    });
    this.docs.forEach((doc, d) => {
      for (const r of refs[d]!)
        for (let k = 0; k < r.length; k++) r[k] = r[k]! >= 0 ? idOf[r[k]!]! : han - 1 - r[k]!;
      doc.questions = refs[d]!;
    });
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
    const typo = p.homophone > 0 ? this.typos(tokens) : undefined;
    const context = this.contextTokens(this.lastQuestion);
    /** Salient weight of the context words the pack has: not counted against an entry that lacks them. */
    const contextual = new Map<number, number>();
    for (const t of tokens) {
      const alt = typo?.get(t);
      if (alt !== undefined && !query.has(alt)) {
        // A typo stands for the pack's token at a discount. The question's totals still count it as typed
        // (a token the pack lacks), so coverage and content say honestly that it was not found as typed.
        const unseen = this.typedWeight(t);
        const w = this.kindWeight[alt]! * this.idf[alt]! * p.homophone;
        total += unseen;
        qNorm2 += w * w;
        query.set(alt, w);
        const c = this.salience(t, undefined);
        contentTotal += c;
        if (c > 0) salient.set(alt, Math.min(c, this.salience(this.tokens[alt]!, alt)) * p.homophone);
        continue;
      }
      const i = this.lookup(t);
      const ctx = context?.has(t) ?? false;
      // A context word the pack lacks says nothing about the topic: it is left out of the totals.
      if (ctx && i === undefined) continue;
      const c = this.salience(t, i);
      contentTotal += c;
      if (i !== undefined && c > 0) salient.set(i, c);
      if (ctx && i !== undefined && c > 0) contextual.set(i, c);
      if (i === undefined) {
        total += this.typedWeight(t);
        qNorm2 += (p.kind[tokenKind(t)] * this.maxIdf) ** 2;
        qNorm2 += this.bridgeTo(t, query, salient, c);
        continue;
      }
      const w = this.kindWeight[i]! * this.idf[i]! * (ctx ? CONTEXT_WEIGHT : 1);
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
    const late = new Set<number>();
    for (const i of order) {
      const from = this.start[i]!;
      const to = this.start[i + 1]!;
      if (walked > 0 && walked + (to - from) > POSTING_BUDGET) {
        late.add(i);
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
      let missingContext = 0;
      for (const [i, w] of query) {
        const tf = this.tfIn(i, d);
        if (tf === 0) {
          missingContext += contextual.get(i) ?? 0;
          continue;
        }
        cov += w;
        content += salient.get(i) ?? 0;
        if (late.has(i)) bm += (w * tf * (p.k1 + 1)) / (tf + this.lenNorm[d]!);
      }
      const doc = this.docs[d]!;
      let closest = 0;
      let standIn = 0;
      // The question's tokens found in the title and example questions (few: a scan beats a Set).
      const asking: number[] = [];
      let asked = 0;
      // Salient words and pairs found in the entry's title, tags, examples or answer: for entries with few
      // examples these are all refs (a scan beats a Set).
      const few = doc.standIns < Infinity || authoredExamples(doc.entry) === 0;
      const words: number[] = [];
      doc.questions.forEach((q, j) => {
        let dot = 0;
        for (const i of q) {
          const w = query.get(i);
          if (w === undefined) continue;
          dot += w * this.idf[i]! * this.kindWeight[i]!;
          if (few && !words.includes(i) && (salient.get(i) ?? 0) > 0 && !contextual.has(i) && this.isWord(i))
            words.push(i);
          if (j < doc.standIns && !asking.includes(i)) {
            asking.push(i);
            asked += w;
          }
        }
        const c = dot / (qNorm * doc.norms[j]! || 1);
        if (j >= doc.standIns) standIn = Math.max(standIn, c);
        else if (c > closest) closest = c;
      });
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
        words: words.length,
      };
    });
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /**
   * Context phrases as a question is read: a built-in concept's phrase in one of them is bridged to the pack's
   * word (跑滴滴的 → 网约车司机的), and the bridged phrase is still the worker saying who they are, not the topic.
   */
  private contextPhrases(): PhraseMatcher<number> {
    if (this.context) return this.context;
    const phrases = new Set<string>();
    for (const w of this.contextWords) {
      const plain = this.plain(w);
      phrases.add(plain);
      phrases.add(this.bridged(plain));
    }
    this.context = new PhraseMatcher([...phrases].map((w): [string, number] => [w, 0]));
    return this.context;
  }

  /** Chinese tokens of the context phrases in a question (undefined: none). */
  private contextTokens(norm: string): Set<Token> | undefined {
    const hits = this.contextPhrases().find(norm);
    if (!hits.length) return undefined;
    const out = new Set<Token>();
    for (const h of hits)
      for (const t of tokenize(norm.slice(h.start, h.end), [], this.entryOptions))
        if (typeof t === 'number') out.add(t);
    return out;
  }

  /**
   * A question's word the pack never uses → the pack's words that other packs' entries answered it with
   * (transfer.ts: 失眠 → 心理, 客人 → 顾客), added to the query at a discount. The question's total keeps the
   * word as typed (unseen); an entry holding a bridged word finds that share of the word's salient content
   * (`content`), so a question worded as workers elsewhere ask is not refused for words its pack lacks.
   * Bridges are learned only for words that questions the packs could not answer seldom used (公积金 has
   * none): measured, refusals stayed as they were (docs/faq.md, round 35). Returns what the added words add
   * to the query's squared norm.
   */
  private bridgeTo(
    t: Token,
    query: Map<number, number>,
    salient: Map<number, number>,
    content: number,
  ): number {
    const share = this.params.transfer;
    const bridges = share > 0 ? this.transfer.bridges.get(t) : undefined;
    if (!bridges) return 0;
    let norm2 = 0;
    for (const b of bridges) {
      const j = this.lookup(b.to);
      if (j === undefined || query.has(j)) continue;
      const w = this.kindWeight[j]! * this.idf[j]! * share * b.share;
      query.set(j, w);
      norm2 += w * w;
      if (content > 0 && !salient.has(j))
        salient.set(j, Math.min(content, this.salience(b.to, j)) * share * b.share);
    }
    return norm2;
  }

  /** Weight in the question's total of a token the pack has never seen. */
  private typedWeight(t: Token): number {
    // A pair never seen is often just two words side by side; an unseen character or word is a topic we lack.
    const kind = tokenKind(t);
    const kw = this.params.kind[kind];
    if (kind === 'han2') return kw * this.maxIdf * this.params.unseenPair;
    return kind === 'tri' ? 0 : kw * this.maxIdf;
  }

  /**
   * Typo replacements for a question's tokens: each character pair the pack has never seen that has a
   * homophone pair in the pack → that pair's id, and its wrong character, when the pack has never seen it
   * either, → the right character's id. Never replaces a token the question also has as typed.
   */
  private typos(tokens: readonly Token[]): Map<Token, number> | undefined {
    let out: Map<Token, number> | undefined;
    for (const t of tokens) {
      if (typeof t !== 'number' || t < HAN_SPAN || this.hanIds.get(t) >= 0) continue;
      // Only pairs of two content characters: one with a filler (「高怎」) is a word junction, not a word.
      const pair = t - HAN_SPAN;
      if (this.fillers.has(Math.floor(pair / HAN_SPAN)) || this.fillers.has(pair % HAN_SPAN)) continue;
      const alt = this.homophonePair(t);
      if (!alt) continue;
      out ??= new Map();
      out.set(t, alt.id);
      const right = this.hanIds.get(alt.to);
      if (this.hanIds.get(alt.from) < 0 && right >= 0) out.set(alt.from, right);
    }
    if (!out) return undefined;
    const typed = new Set(tokens.map((t) => this.lookup(t)));
    for (const [t, id] of out) if (typed.has(id)) out.delete(t);
    return out;
  }

  /**
   * The pack pair that an unseen pair (dense codes a, b) most likely meant: one character the same, the
   * other a character of the pack with one of the same toneless readings (体捡 → 体检, 中署 → 中暑). Among
   * several, the one in most entries. `from` / `to`: the wrong and the right character.
   */
  private homophonePair(t: number): { id: number; from: number; to: number } | undefined {
    const sounds = this.soundsOfPack();
    const pair = t - HAN_SPAN;
    const a = Math.floor(pair / HAN_SPAN);
    const b = pair % HAN_SPAN;
    let best: { id: number; from: number; to: number } | undefined;
    let bestDf = 0;
    const consider = (x: number, y: number, from: number, to: number) => {
      const id = this.hanIds.get(HAN_SPAN + x * HAN_SPAN + y);
      if (id < 0) return;
      const df = this.start[id + 1]! - this.start[id]!;
      if (df > bestDf) {
        bestDf = df;
        best = { id, from, to };
      }
    };
    for (const r of readings(tokenText(b)))
      for (const x of sounds.get(r) ?? []) if (x !== b) consider(a, x, b, x);
    for (const r of readings(tokenText(a)))
      for (const x of sounds.get(r) ?? []) if (x !== a) consider(x, b, a, x);
    return best;
  }

  /** Reading → the pack's characters with it (every character of every Chinese token). */
  private soundsOfPack(): Map<string, number[]> {
    if (this.sounds) return this.sounds;
    const chars = new Uint8Array(HAN_SPAN);
    for (let id = 0; id < this.han; id++) {
      const key = this.tokens[id] as number;
      if (key < HAN_SPAN) chars[key] = 1;
      else {
        chars[Math.floor((key - HAN_SPAN) / HAN_SPAN)] = 1;
        chars[(key - HAN_SPAN) % HAN_SPAN] = 1;
      }
    }
    const sounds = new Map<string, number[]>();
    for (let c = 0; c < HAN_SPAN; c++) {
      if (!chars[c]) continue;
      for (const r of readings(tokenText(c))) {
        const list = sounds.get(r);
        if (list) list.push(c);
        else sounds.set(r, [c]);
      }
    }
    this.sounds = sounds;
    return sounds;
  }

  /**
   * A word, or a pair of characters that may be one: not a single character, not a pair across a
   * particle or question word (的活, 单怎), which only joins two words. (Other fillers start words: 点赞, 下午.)
   */
  private isWord(i: number): boolean {
    const t = this.tokens[i]!;
    if (typeof t !== 'number') return true;
    if (t < HAN_SPAN) return false;
    const pair = t - HAN_SPAN;
    return !JUNCTIONS.has(Math.floor(pair / HAN_SPAN)) && !JUNCTIONS.has(pair % HAN_SPAN);
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
      if (i === undefined)
        return a || b || AMOUNT.has(Math.floor(pair / HAN_SPAN)) || AMOUNT.has(pair % HAN_SPAN)
          ? 0
          : kw * this.maxIdf;
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

/**
 * Counts of a document's Chinese tokens per field: open addressing over a table that fits in cache,
 * cleared by a stamp; tokens get local indexes 0, 1, 2… in first-seen order.
 */
class DocCounter {
  private bits = 12;
  private slotStamp = new Int32Array(1 << 12);
  private slotLocal = new Int32Array(1 << 12);
  private stamp = 1;
  private keys = new Uint32Array(1 << 11);
  private counts = new Int32Array(4 << 11);
  size = 0;

  reset(): void {
    this.stamp++;
    this.size = 0;
  }

  key(l: number): number {
    return this.keys[l]!;
  }

  count(l: number, field: number): number {
    return this.counts[4 * l + field]!;
  }

  /** The local index of `key`, or −1 when the document has not counted it. */
  find(key: number): number {
    const mask = (1 << this.bits) - 1;
    let h = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    while (this.slotStamp[h] === this.stamp) {
      const l = this.slotLocal[h]!;
      if (this.keys[l] === key) return l;
      h = (h + 1) & mask;
    }
    return -1;
  }

  /** Counts one occurrence of `key` in `field`; returns the key's local index. */
  add(key: number, field: number): number {
    const mask = (1 << this.bits) - 1;
    let h = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    for (;;) {
      if (this.slotStamp[h] !== this.stamp) break;
      const l = this.slotLocal[h]!;
      if (this.keys[l] === key) {
        this.counts[4 * l + field]!++;
        return l;
      }
      h = (h + 1) & mask;
    }
    const l = this.size++;
    if (l === this.keys.length) {
      const keys = new Uint32Array(2 * l);
      keys.set(this.keys);
      this.keys = keys;
      const counts = new Int32Array(8 * l);
      counts.set(this.counts);
      this.counts = counts;
    }
    this.keys[l] = key;
    const c = this.counts;
    c[4 * l] = c[4 * l + 1] = c[4 * l + 2] = c[4 * l + 3] = 0;
    c[4 * l + field] = 1;
    this.slotStamp[h] = this.stamp;
    this.slotLocal[h] = l;
    if (2 * this.size > 1 << this.bits) this.rehash();
    return l;
  }

  private rehash(): void {
    this.bits++;
    this.slotStamp = new Int32Array(1 << this.bits);
    this.slotLocal = new Int32Array(1 << this.bits);
    const mask = (1 << this.bits) - 1;
    for (let l = 0; l < this.size; l++) {
      let h = Math.imul(this.keys[l]!, 0x9e3779b1) >>> (32 - this.bits);
      while (this.slotStamp[h] === this.stamp) h = (h + 1) & mask;
      this.slotStamp[h] = this.stamp;
      this.slotLocal[h] = l;
    }
  }
}

/**
 * Sorts the triples `keys[0…n)` (non-negative, below 2³⁰) with their `doc` and `tf`, stably: an LSD radix
 * sort in three 10-bit passes, each a counting sort that carries the key, document, term frequency and the
 * triple's original index along (1,024 buckets: the scattered writes stay in cache, and nothing is read
 * out of order). The last pass writes documents and term frequencies into `outDoc` / `outTf`. Returns
 * the sorted keys and, per sorted position, the triple's original index.
 */
function radixSort(
  keys: Uint32Array,
  doc: Int32Array,
  tf: Float32Array,
  n: number,
  outDoc: Int32Array,
  outTf: Float32Array,
): { keys: Uint32Array; from: Int32Array } {
  const BITS = 10;
  const R = 1 << BITS;
  const count = new Int32Array(R);
  const bufKey = [new Uint32Array(n), new Uint32Array(n)];
  const bufFrom = [new Int32Array(n), new Int32Array(n)];
  const bufDoc = [new Int32Array(n), outDoc];
  const bufTf = [new Float32Array(n), outTf];
  let srcKey = keys;
  let srcDoc = doc;
  let srcTf = tf;
  let srcFrom: Int32Array | undefined;
  // Passes write buffers 1, 0, 1: the last one lands in outDoc / outTf (buffer 1).
  for (let pass = 0; pass < 3; pass++) {
    const shift = pass * BITS;
    const o = (pass + 1) & 1;
    const dstKey = bufKey[o]!;
    const dstFrom = bufFrom[o]!;
    const dstDoc = bufDoc[o]!;
    const dstTf = bufTf[o]!;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(srcKey[i]! >>> shift) & (R - 1)]!++;
    for (let r = 0, sum = 0; r < R; r++) {
      const c = count[r]!;
      count[r] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const key = srcKey[i]!;
      const at = count[(key >>> shift) & (R - 1)]!++;
      dstKey[at] = key;
      dstDoc[at] = srcDoc[i]!;
      dstTf[at] = srcTf[i]!;
      dstFrom[at] = srcFrom ? srcFrom[i]! : i;
    }
    srcKey = dstKey;
    srcDoc = dstDoc;
    srcTf = dstTf;
    srcFrom = dstFrom;
  }
  return { keys: srcKey, from: srcFrom! };
}

/** An entry with fewer example questions than this (but some) is also measured against its answer's sentences. */
export const FEW_EXAMPLES = 3;

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

/** An answer cut into its lines and sentences (the stand-ins for example questions). */
function sentences(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/[\n。！？!?；;]+/)
    .map((t) => t.trim())
    .filter(Boolean);
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
