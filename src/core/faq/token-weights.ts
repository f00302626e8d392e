/**
 * What each token of a question weighs against the pack beyond its idf: its share of the question's salient
 * content (`salience`: fillers count nothing, nor an unseen pair holding a sum), the weight of a token the pack
 * has never seen (`typedWeight`), and stand-ins for such tokens — a homophone typo's pack pair (`typos`) and
 * the pack's words that workers elsewhere were answered with (`bridgeTo`, transfer.ts). Apart from index.ts so
 * that its search reads as ranking; these are the per-token rules it applies.
 */
import type { FaqIndexParams } from './index.js';
import { readings } from './homophones.js';
import { normalize } from './normalize.js';
import type { Postings } from './postings.js';
import type { Transfer } from './transfer.js';
import { HAN_BASE, HAN_SPAN, tokenKind, tokenText, type Token } from './tokenize.js';

/** Particles and question words (dense codes): a pair holding one joins two words (的活, 单怎). */
const JUNCTIONS = new Set([...'的了着吗呢吧啊呀嘛哦么怎咋啥'].map((c) => c.codePointAt(0)! - HAN_BASE));
/**
 * Numerals and money units: a pair the pack has never seen with one of them inside (三千, 千块, 扣两) is a sum
 * being told, not a topic the pack lacks, so it counts nothing in the question's salient content.
 */
const AMOUNT = new Set([...'两三四五六七八九十百千万块元'].map((c) => c.codePointAt(0)! - HAN_BASE));

/** The per-token rules of one index's search, read from its posting lists. */
export class TokenWeights {
  private readonly postings: Postings;
  private readonly params: FaqIndexParams;
  private readonly transfer: Transfer;
  /** Dense codes (see tokenize.ts) of the filler characters. */
  private readonly fillers: ReadonlySet<number>;
  /** Toneless reading → the pack's characters (dense codes) that have it; built on first need. */
  private sounds: Map<string, number[]> | undefined;

  constructor(postings: Postings, params: FaqIndexParams, fillers: readonly string[], transfer: Transfer) {
    this.postings = postings;
    this.params = params;
    this.transfer = transfer;
    this.fillers = new Set(
      fillers.flatMap((w) => [...normalize(w)].map((c) => c.codePointAt(0)! - HAN_BASE)),
    );
  }

  /**
   * A question's word the pack never uses → the pack's words that other packs' entries answered it with
   * (transfer.ts: 失眠 → 心理, 客人 → 顾客), added to the query at a discount. The question's total keeps the
   * word as typed (unseen); an entry holding a bridged word finds that share of the word's salient content
   * (`content`), so a question worded as workers elsewhere ask is not refused for words its pack lacks.
   * Bridges are learned only for words that questions the packs could not answer seldom used (公积金 has
   * none): measured, refusals stayed as they were (docs/rounds/faq.md, round 35). Returns what the added words add
   * to the query's squared norm.
   */
  bridgeTo(t: Token, query: Map<number, number>, salient: Map<number, number>, content: number): number {
    const share = this.params.transfer;
    const bridges = share > 0 ? this.transfer.bridges.get(t) : undefined;
    if (!bridges) return 0;
    let norm2 = 0;
    for (const b of bridges) {
      const j = this.postings.lookup(b.to);
      if (j === undefined || query.has(j)) continue;
      const w = this.postings.kindWeight[j]! * this.postings.idf[j]! * share * b.share;
      query.set(j, w);
      norm2 += w * w;
      if (content > 0 && !salient.has(j))
        salient.set(j, Math.min(content, this.salience(b.to, j)) * share * b.share);
    }
    return norm2;
  }

  /** Weight in the question's total of a token the pack has never seen. */
  typedWeight(t: Token): number {
    // A pair never seen is often just two words side by side; an unseen character or word is a topic we lack.
    const kind = tokenKind(t);
    const kw = this.params.kind[kind];
    if (kind === 'han2') return kw * this.postings.maxIdf * this.params.unseenPair;
    return kind === 'tri' ? 0 : kw * this.postings.maxIdf;
  }

  /**
   * Typo replacements for a question's tokens: each character pair the pack has never seen that has a
   * homophone pair in the pack → that pair's id, and its wrong character, when the pack has never seen it
   * either, → the right character's id. Never replaces a token the question also has as typed.
   */
  typos(tokens: readonly Token[]): Map<Token, number> | undefined {
    let out: Map<Token, number> | undefined;
    for (const t of tokens) {
      if (typeof t !== 'number' || t < HAN_SPAN || this.postings.hanIds.get(t) >= 0) continue;
      // Only pairs of two content characters: one with a filler (「高怎」) is a word junction, not a word.
      const pair = t - HAN_SPAN;
      if (this.fillers.has(Math.floor(pair / HAN_SPAN)) || this.fillers.has(pair % HAN_SPAN)) continue;
      const alt = this.homophonePair(t);
      if (!alt) continue;
      out ??= new Map();
      out.set(t, alt.id);
      const right = this.postings.hanIds.get(alt.to);
      if (this.postings.hanIds.get(alt.from) < 0 && right >= 0) out.set(alt.from, right);
    }
    if (!out) return undefined;
    const typed = new Set(tokens.map((t) => this.postings.lookup(t)));
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
      const id = this.postings.hanIds.get(HAN_SPAN + x * HAN_SPAN + y);
      if (id < 0) return;
      const df = this.postings.start[id + 1]! - this.postings.start[id]!;
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

  /**
   * The pack's character pairs that a pair of two content characters (`a`, `b`) sounds like, one character as
   * written and the other a pack character with one of the same toneless readings (提检 → 体检; 亿站 → none
   * unless the pack writes 驿站). Pairs holding a filler character are junctions, not words, and are left out.
   * `readingsOf`: the readings of the question's characters to look up (all of them unless told).
   */
  soundAlikePairs(a: string, b: string, readingsOf: (ch: string) => readonly string[] = readings): string[] {
    const ca = a.codePointAt(0)! - HAN_BASE;
    const cb = b.codePointAt(0)! - HAN_BASE;
    if (ca < 0 || ca >= HAN_SPAN || cb < 0 || cb >= HAN_SPAN) return [];
    if (this.fillers.has(ca) || this.fillers.has(cb)) return [];
    const sounds = this.soundsOfPack();
    const out: string[] = [];
    const consider = (x: number, y: number) => {
      if (this.fillers.has(x) || this.fillers.has(y)) return;
      if (this.postings.hanIds.get(HAN_SPAN + x * HAN_SPAN + y) >= 0)
        out.push(tokenText(HAN_SPAN + x * HAN_SPAN + y));
    };
    for (const r of readingsOf(b)) for (const x of sounds.get(r) ?? []) if (x !== cb) consider(ca, x);
    for (const r of readingsOf(a)) for (const x of sounds.get(r) ?? []) if (x !== ca) consider(x, cb);
    return [...new Set(out)];
  }

  /** Whether the pack's entries hold this pair of characters anywhere (titles, questions, tags, answers). */
  hasPair(a: string, b: string): boolean {
    const ca = a.codePointAt(0)! - HAN_BASE;
    const cb = b.codePointAt(0)! - HAN_BASE;
    if (ca < 0 || ca >= HAN_SPAN || cb < 0 || cb >= HAN_SPAN) return false;
    return this.postings.hanIds.get(HAN_SPAN + ca * HAN_SPAN + cb) >= 0;
  }

  /** Reading → the pack's characters with it (every character of every Chinese token). */
  private soundsOfPack(): Map<string, number[]> {
    if (this.sounds) return this.sounds;
    const chars = new Uint8Array(HAN_SPAN);
    for (let id = 0; id < this.postings.han; id++) {
      const key = this.postings.tokens[id] as number;
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
  isWord(i: number): boolean {
    const t = this.postings.tokens[i]!;
    if (typeof t !== 'number') return true;
    if (t < HAN_SPAN) return false;
    const pair = t - HAN_SPAN;
    return !JUNCTIONS.has(Math.floor(pair / HAN_SPAN)) && !JUNCTIONS.has(pair % HAN_SPAN);
  }

  /** Weight of a question token as salient content (see `FaqHit.content`); `i` is its id, if the pack has it. */
  salience(t: Token, i: number | undefined): number {
    const kind = tokenKind(t);
    const kw = this.params.kind[kind];
    if (kind === 'tri') return 0;
    if (typeof t === 'number') {
      if (t < HAN_SPAN)
        return this.fillers.has(t)
          ? 0
          : kw * (i === undefined ? this.postings.maxIdf : this.postings.idf[i]!);
      const pair = t - HAN_SPAN;
      const a = this.fillers.has(Math.floor(pair / HAN_SPAN));
      const b = this.fillers.has(pair % HAN_SPAN);
      if (a && b) return 0;
      if (i === undefined)
        return a || b || AMOUNT.has(Math.floor(pair / HAN_SPAN)) || AMOUNT.has(pair % HAN_SPAN)
          ? 0
          : kw * this.postings.maxIdf;
      return kw * this.postings.idf[i]!;
    }
    return kw * (i === undefined ? this.postings.maxIdf : this.postings.idf[i]!);
  }
}
