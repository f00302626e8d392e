/**
 * The FAQ index's posting lists, built once from a pack's entries: per token the entries that hold it with
 * field-weighted term frequencies, its idf and kind weight; per entry its BM25 length norm and its title and
 * example questions (or stand-ins) as token vectors for the closest-question measure. Apart from index.ts,
 * which reads them to search: building is its own job, with its own tricks for speed (a 10,000-entry pack in
 * well under a second; docs/faq.md, "Speed").
 */
import type { FaqEntry } from '../content/schema.js';
import type { FaqIndexParams } from './index.js';
import { DocCounter, IntTable, radixSort } from './index-tables.js';
import { authoredExamples } from './learned.js';
import { HAN_SPAN, tokenKind, type Token } from './tokenize.js';

/** An entry with fewer example questions than this (but some) is also measured against its answer's sentences. */
export const FEW_EXAMPLES = 3;

export interface DocInfo {
  entry: FaqEntry;
  len: number;
  /** Token ids of each example question and title, sorted, unique; and their vector norms. */
  questions: Int32Array[];
  norms: Float64Array;
  /** Refs from this index on are the answer's sentences standing in for questions (entries with few examples). */
  standIns: number;
}

/** The posting lists of one set of entries. Immutable once built. */
export class Postings {
  readonly docs: DocInfo[] = [];
  /** Token → id: Chinese tokens (small integers) in an open-addressing table, the rest in a Map. */
  readonly hanIds: IntTable;
  readonly vocab = new Map<string, number>();
  readonly tokens: Token[];
  /** Chinese tokens have ids 0…han−1 (in token order). */
  readonly han: number;
  /** Per token: its kind's weight, idf, and its posting list as a slice [start, end) of the flat arrays. */
  readonly kindWeight: Float64Array;
  readonly idf: Float64Array;
  readonly start: Int32Array;
  readonly postDoc: Int32Array;
  readonly postTf: Float32Array;
  /** BM25 length normaliser per document: k1 · (1 − b + b · len / avgLen). */
  readonly lenNorm: Float64Array;
  readonly maxIdf: number;

  /** `analyse`: the tokens of an entry's text as the index reads it (FaqIndex.analyse). */
  constructor(entries: readonly FaqEntry[], p: FaqIndexParams, analyse: (text: string) => Token[]) {
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
        const tokens = analyse(text);
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
        for (const token of analyse(text)) {
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
  }

  /** The id of a token, if the pack has it. */
  lookup(token: Token): number | undefined {
    if (typeof token === 'number') {
      const i = this.hanIds.get(token);
      return i < 0 ? undefined : i;
    }
    return this.vocab.get(token);
  }

  /** Term frequency (field-weighted) of token `i` in document `d`, by binary search; 0 when absent. */
  tfIn(i: number, d: number): number {
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
}

/** An answer cut into its lines and sentences (the stand-ins for example questions). */
function sentences(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/[\n。！？!?；;]+/)
    .map((t) => t.trim())
    .filter(Boolean);
}
