/**
 * A question's word typed with a sound-alike slip — pinyin input's wrong candidate, the commonest slip of older
 * workers (提检 for 体检, 亿站 for 驿站, 保线 for 保险, 仲栽 for 仲裁) — read as the word meant, before anything else
 * reads the question: the station path then sees 驿站, and the FAQ no longer ranks 提升学历 by the stray 提.
 *
 * Generic, not a list of slips: a stretch of the question that is no word of the pack or of the built-in lexicon
 * (it holds a pair of characters neither ever writes) and sounds like exactly one word that is — the pack's pairs
 * of content characters, or a lexicon cue word such as 驿站 — with one character as written and the others of the
 * same toneless reading (`pinyin-pro`). Never a word the dictionary knows (ICU's, through `Intl.Segmenter`:
 * 实施 stays 实施 where the pack writes 事实), never a stretch that cuts one of the question's words (是工 in 我是工地的),
 * and never a filler (一站 is not 驿站).
 *
 *   const slips = new SoundSlips(index, () => ['驿站'], () => [], fillers);
 *   slips.read('附近有亿站吗')   // → '附近有驿站吗'
 *   slips.read('体检怎么约')     // → undefined (nothing to read otherwise)
 */
import { pinyin } from '../dictionaries.js';
import { readings } from './homophones.js';
import { normalize } from './normalize.js';

/** The pack's view this needs (FaqIndex). */
export interface PackPairs {
  hasPair(a: string, b: string): boolean;
  soundAlikePairs(a: string, b: string, readingsOf?: (ch: string) => readonly string[]): string[];
}

const HAN = /^\p{Script=Han}$/u;
/** Longest lexicon word read (characters). */
const MAX_N = 4;

let segmenter: Intl.Segmenter | undefined;

/** Where the dictionary cuts a text into words (offsets in characters), and its words of two characters or more. */
function cuts(chars: readonly string[]): { at: Set<number>; words: Set<string> } {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const at = new Set<number>([0]);
  const words = new Set<string>();
  let n = 0;
  for (const s of segmenter.segment(chars.join(''))) {
    const len = [...s.segment].length;
    n += len;
    at.add(n);
    if (len >= 2) words.add(s.segment);
  }
  return { at, words };
}

/** Whether the dictionary reads two to four characters as one word of its own. */
function dictionaryWord(text: string): boolean {
  return cuts([...text]).words.has(text);
}

const primaries = new Map<string, string>();

/** A character's common reading (家 jia, not its rare jie; 南 nan, not na). */
function primary(c: string): string {
  let r = primaries.get(c);
  if (r === undefined) {
    r = pinyin(c, { toneType: 'none' }) as string;
    primaries.set(c, r);
  }
  return r;
}

/**
 * Two characters an input method offers for the same syllable: their common readings are the same (体 and 提, 驿 and
 * 亿). A rare reading is no slip: 接人 is not 家人 (家 may be read jie), 南七 is not 哪七.
 */
function sameSound(a: string, b: string): boolean {
  return primary(a) === primary(b) && readings(a).length > 0;
}

/** `form` but for homophones, one character or more as written and one or more not. */
function soundsLike(span: readonly string[], form: readonly string[]): boolean {
  if (span.length !== form.length) return false;
  let off = 0;
  for (let k = 0; k < form.length; k++) {
    if (span[k] === form[k]) continue;
    if (!sameSound(span[k]!, form[k]!)) return false;
    off++;
  }
  return off >= 1 && off < form.length;
}

export class SoundSlips {
  /** What the slips are read against; built on the first question (an asker's build pays nothing). */
  private built: { targets: Map<number, string[][]>; known: Set<string>; words: Set<string> } | undefined;
  private readonly fillers: ReadonlySet<string>;
  private readonly wordCache = new Map<string, boolean>();
  private readonly simple = new Map<string, boolean>();

  /**
   * `targets`: built-in words a slip may mean besides the pack's own pairs (the lexicon's station words, the station
   * services' labels). `known`: texts whose every pair is a word someone meant (the whole lexicon, the pack's place,
   * station, branch and category names); their words of two to four characters also count as words when a pack's
   * pair is weighed (社保, 医保: the dictionary lacks them). `fillers`: characters that never make a slip
   * (lexicon.yaml `fillers`).
   */
  constructor(
    private readonly pack: PackPairs,
    private readonly targets: () => Iterable<string>,
    private readonly known: () => Iterable<string>,
    fillers: Iterable<string>,
  ) {
    this.fillers = new Set([...fillers].flatMap((w) => [...w]));
  }

  private build(): NonNullable<SoundSlips['built']> {
    if (this.built) return this.built;
    const known = new Set<string>();
    const words = new Set<string>();
    for (const text of this.known()) {
      const cs = [...text];
      if (cs.length >= 2 && cs.length <= MAX_N && cs.every((c) => HAN.test(c))) words.add(text);
      for (let i = 0; i + 1 < cs.length; i++) known.add(cs[i]! + cs[i + 1]!);
    }
    const targets = new Map<number, string[][]>();
    for (const w of new Set(this.targets())) {
      const cs = [...w];
      if (cs.length < 2 || cs.length > MAX_N || !cs.every((c) => HAN.test(c))) continue;
      const list = targets.get(cs.length) ?? [];
      list.push(cs);
      targets.set(cs.length, list);
    }
    this.built = { targets, known, words };
    return this.built;
  }

  /** The question with each slip read as the word meant, and the words meant; undefined when there is none. */
  read(text: string): { text: string; meant: string[] } | undefined {
    const chars = [...text];
    if (chars.length < 2) return undefined;
    let cut: Set<number> | undefined;
    let out: string[] | undefined;
    const words: string[] = [];
    for (let i = 0; i + 1 < chars.length; i++) {
      if (!HAN.test(chars[i]!)) continue;
      for (let n = Math.min(MAX_N, chars.length - i); n >= 2; n--) {
        const span = chars.slice(i, i + n);
        if (!span.every((c) => this.simplified(c)) || !this.unknown(span)) continue;
        // Cheapest first: the word it sounds like, then the dictionary's reading of the question.
        const meant = this.meant(span);
        if (!meant || !this.stray(chars, i, span, meant)) continue;
        cut ??= cuts(chars).at;
        if (!cut.has(i) || !cut.has(i + n) || this.isWord(span.join(''))) continue;
        out ??= [...chars];
        out.splice(i, n, ...meant);
        words.push(meant.join(''));
        i += n - 1;
        break;
      }
    }
    return out ? { text: out.join(''), meant: words } : undefined;
  }

  /**
   * Each slipped character stands apart from the rest of the question too: it makes no pair the pack or the
   * lexicon writes with its neighbour outside the stretch (把钱报下来: 报下 is written, so 钱报 is no slip of 钱包).
   */
  private stray(
    chars: readonly string[],
    at: number,
    span: readonly string[],
    meant: readonly string[],
  ): boolean {
    for (let k = 0; k < span.length; k++) {
      if (span[k] === meant[k]) continue;
      const c = span[k]!;
      if (k === 0 && at > 0 && this.written(chars[at - 1]!, c)) return false;
      const next = chars[at + span.length];
      if (k === span.length - 1 && next !== undefined && this.written(c, next)) return false;
    }
    return true;
  }

  private written(a: string, b: string): boolean {
    return this.pack.hasPair(a, b) || this.build().known.has(a + b);
  }

  /** A stretch no one writes: one of its pairs is in neither the pack's entries nor the lexicon nor the names. */
  private unknown(span: readonly string[]): boolean {
    for (let k = 0; k + 1 < span.length; k++) {
      const a = span[k]!;
      const b = span[k + 1]!;
      if (!this.pack.hasPair(a, b) && !this.build().known.has(a + b)) return true;
    }
    return false;
  }

  /** A Chinese character as the pack writes it: a traditional one (單, 嗎) is read by the normaliser, not here. */
  private simplified(c: string): boolean {
    let ok = this.simple.get(c);
    if (ok === undefined) {
      ok = HAN.test(c) && normalize(c) === c;
      this.simple.set(c, ok);
    }
    return ok;
  }

  private isWord(text: string): boolean {
    let w = this.wordCache.get(text);
    if (w === undefined) {
      w = dictionaryWord(text);
      this.wordCache.set(text, w);
    }
    return w;
  }

  /** The one word the stretch sounds like, as characters; undefined for none or several. */
  private meant(span: readonly string[]): string[] | undefined {
    // A filler is never the slipped character (一站 is a stop on the bus, not 驿站).
    const found = new Set<string>();
    if (span.length === 2) {
      // A pair of the pack counts when it is a word (the dictionary's or the lexicon's), not two words side by side.
      for (const p of this.pack.soundAlikePairs(span[0]!, span[1]!, (c) => [primary(c)]))
        if (soundsLike(span, [...p]) && (this.build().words.has(p) || this.isWord(p))) found.add(p);
    }
    for (const form of this.build().targets.get(span.length) ?? []) {
      if (!soundsLike(span, form)) continue;
      if (span.some((c, k) => c !== form[k] && this.fillers.has(c))) continue;
      found.add(form.join(''));
    }
    if (found.size !== 1) return undefined;
    return [...[...found][0]!];
  }
}
