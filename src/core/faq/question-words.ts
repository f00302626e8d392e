/**
 * A question read in the pack's words, before it is tokenised: normalised with colloquial and regional forms
 * replaced and erhua dropped (`plain`), English read through the glossary (`translated`), the built-in concepts'
 * phrases the pack never uses bridged to the phrase it does (`bridged`), and the context phrases that say who
 * asks (`contextTokens`). Apart from the index's build and search because the asker reads questions this way
 * too (its scope, beyond and contact checks), and the bridges are chosen from the pack's posting lists.
 */
import { plainErhua, plainPhrase } from './dialect.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { normalize } from './normalize.js';
import { Glossary } from './glossary.js';
import { PhraseMatcher } from './phrases.js';
import { compilePattern, patternNeedles, replacePatterns, type ConceptPattern } from './concept-patterns.js';
import type { Postings } from './postings.js';
import { HAN_SPAN, stem, tokenize, tokenKind, type Token, type TokenizeOptions } from './tokenize.js';

/** How questions (and, for `plain` and `concepts`, entries) are read in one pack's words. */
export class QuestionWords {
  /** The pack's synonym groups' phrases → their group. */
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
  /** lexicon.yaml `conceptPairs`, normalised: the first half's phrases → the concept's phrase. */
  private readonly pairs: { said: PhraseMatcher<string>; with: string[] }[];
  private readonly glossary: Glossary;
  private readonly stop: ReadonlySet<string>;
  /** Context phrases (lexicon.yaml `context`): their tokens carry no salient content in a question. */
  private readonly contextWords: readonly string[];
  /** The context phrases as written and in the pack's words (跑滴滴的 → 网约车司机的); built on first need. */
  private context: PhraseMatcher<number> | undefined;
  private readonly entryOptions: TokenizeOptions;
  /** The pack's posting lists (built after this reader, whose `plain` the build uses). */
  private readonly postings: () => Postings;

  constructor(
    lex: Lexicon,
    synonyms: readonly (readonly string[])[],
    stop: ReadonlySet<string>,
    entryOptions: TokenizeOptions,
    postings: () => Postings,
  ) {
    this.stop = stop;
    this.entryOptions = entryOptions;
    this.postings = postings;
    this.contextWords = lex.context;
    // `colloquial` includes the regional forms (lexicon.ts joins them).
    this.colloquial = new PhraseMatcher(Object.entries(lex.colloquial).map(([k, v]) => [k, normalize(v)]));
    this.glossary = new Glossary(lex.glossary, this.stop);
    // Phrases as the texts they meet are read (erhua dropped: 找活儿 meets 找活); the pack's own phrases also with
    // their colloquial and regional forms read, as questions are (a pack's 贼冷 meets a question's 贼冷, read 很冷).
    this.concepts = PhraseMatcher.ofGroups(synonyms.map((g) => g.map((p) => this.plain(p))));
    this.builtinGroups = lex.concepts.map((g) => g.map(plainPhrase).filter(Boolean));
    this.pairs = lex.conceptPairs.map((p) => ({
      said: new PhraseMatcher(p.said.map((w): [string, string] => [plainPhrase(w), plainPhrase(p.is)])),
      with: p.with.map(plainPhrase).filter(Boolean),
    }));
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

  /** Built-in concepts in the pack's words: concepts told in two halves, patterns with an amount or a gap, then fixed phrases. */
  bridged(norm: string): string {
    const fixed = this.bridge();
    return replacePatterns(
      this.paired(norm),
      this.patterns,
      (part) => replaceAll(part, fixed),
      (gap, to) => {
        const groups = this.groupMatcher();
        const own = new Set(groups.find(to).map((h) => h.value));
        return groups.find(gap).some((h) => !own.has(h.value));
      },
    );
  }

  /**
   * A concept told in two halves a clause apart (lexicon.yaml `conceptPairs`: 想找个律师 又怕贵 is legal aid): the
   * first half's phrase read as the concept's when the question also holds the second half, so the bridges then
   * read it in the pack's words. A concept pattern reads one stretch only; these halves are told apart.
   */
  private paired(norm: string): string {
    let out = norm;
    for (const p of this.pairs) if (p.with.some((w) => out.includes(w))) out = replaceAll(out, p.said);
    return out;
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
  translate(norm: string): string {
    const hits = this.glossary.find(norm);
    if (!hits.length) return norm;
    let out = '';
    let at = 0;
    const extra: string[] = [];
    for (const h of hits) {
      const known = h.words.every((w) => this.stop.has(w) || this.postings().vocab.has(`=${stem(w)}`));
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
    const postings = this.postings();
    let df = Infinity;
    for (const t of tokenize(phrase, [], this.entryOptions)) {
      if (typeof t === 'number' ? t < HAN_SPAN : tokenKind(t) !== 'word') continue;
      const i = postings.lookup(t);
      df = Math.min(df, i === undefined ? 0 : postings.start[i + 1]! - postings.start[i]!);
    }
    return df === Infinity ? 0 : df;
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
  contextTokens(norm: string): Set<Token> | undefined {
    const hits: { start: number; end: number }[] = this.contextPhrases().find(norm);
    for (const m of norm.matchAll(NO_CONTRACT)) hits.push({ start: m.index, end: m.index + m[0].length });
    if (!hits.length) return undefined;
    const out = new Set<Token>();
    for (const h of hits)
      for (const t of tokenize(norm.slice(h.start, h.end), [], this.entryOptions))
        if (typeof t === 'number') out.add(t);
    return out;
  }
}

/**
 * A worker telling that they have no contract (没签合同, 冇签劳动合同, 跟谁都没签过合同, 啥合同都没签, 跟美团没合同): who
 * asks, like 跑众包的, not what is asked when the question goes on (…能不能进工会, …路上摔了有没有人管).
 */
const NO_CONTRACT =
  /(?:没|未)(?:有|跟\S{0,3}?|和\S{0,3}?)?(?:签过|签了|签订|签)?(?:劳动|正式|书面)?合同|(?:什么|啥)?合同(?:都|也)?没签过?/gu;

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
