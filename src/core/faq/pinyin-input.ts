/**
 * Questions and reports typed in pinyin without tones ("wujiaochang huandao jinggai diu le"): read back
 * into Chinese with the pack's own vocabulary, so the rest of the bot sees 五角场环岛井盖丢了. Offline:
 * readings come from `pinyin-pro`; words are taken from the pack's texts (FAQ, categories, areas,
 * stations), longest first, so what comes back is always the pack's own spelling.
 *
 *   const reader = new PinyinReader(['五角场', '井盖没了']);
 *   reader.read('wujiaochang jinggai meile')   // → '五角场 井盖没了'
 *   reader.read('where is the station')        // → undefined (English, not pinyin)
 */
import { pinyin } from '../dictionaries.js';
import { loadLexicon } from './lexicon.js';
import { normalize } from './normalize.js';

/** Longest word looked up (characters). */
const MAX_N = 4;
/**
 * A word that is no syllable at all counts this much against pinyin when it is an English word we know
 * (where, station, licence), half as much when it is not (soho, app: a brand or a loan word inside pinyin).
 */
const KNOWN_ENGLISH = 1;
const OTHER_LATIN = 0.5;
/** …and a word that is both a syllable and an English word (you, he, can, me) a little: "he can ban me". */
const EITHER = 0.25;

let syllables: Set<string> | undefined;

/** Every toneless syllable of the common CJK block (built once, on the first Latin question). */
function inventory(): Set<string> {
  if (syllables) return syllables;
  let all = '';
  for (let c = 0x4e00; c <= 0x9fa5; c++) all += String.fromCodePoint(c);
  syllables = new Set(pinyin(all, { toneType: 'none', type: 'array', v: true }));
  syllables.delete('');
  return syllables;
}

/**
 * A Latin word split into syllables (fewest pieces), or undefined when it cannot be. A one-letter syllable
 * (a, e, o, m) is a word of its own: inside a longer word it is how English spells (see, open, idea), and
 * pinyin sets it apart (tian'e, which normalises to two words).
 */
export function splitSyllables(word: string): string[] | undefined {
  const inv = inventory();
  const n = word.length;
  const best: (string[] | undefined)[] = new Array<string[] | undefined>(n + 1);
  best[0] = [];
  for (let i = 0; i < n; i++) {
    const here = best[i];
    if (!here) continue;
    for (let j = Math.min(n, i + 6); j > i; j--) {
      const s = word.slice(i, j);
      if (!inv.has(s) || (s.length === 1 && n > 1)) continue;
      const next = best[j];
      if (!next || next.length > here.length + 1) best[j] = [...here, s];
    }
  }
  return best[n];
}

/**
 * Pinyin typed with tone marks or tone numbers (lǐfà quàn, nǚ, ti3jian3) as toneless syllables (lifa quan,
 * nv, tijian). Only Latin words change.
 */
export function toneless(text: string): string {
  return text.replace(/[\p{Script=Latin}\p{M}0-9]+/gu, (word) => {
    const plain = word
      .normalize('NFD')
      .replace(/u\u0308/g, 'v')
      .replace(/\p{M}/gu, '')
      .toLowerCase();
    return /^(?:[a-z]+[1-5])+[a-z]*$/.test(plain) ? plain.replace(/[1-5]/g, '') : plain;
  });
}

let english: ReadonlySet<string> | undefined;

/** English words the lexicon knows (stop words, chat fillers, the glossary's words). */
function englishWords(): ReadonlySet<string> {
  if (english) return english;
  const lex = loadLexicon();
  return (english = new Set([
    ...lex.stopwords,
    ...lex.englishFillers,
    ...Object.keys(lex.glossary).flatMap((key) => key.split(' ')),
  ]));
}

/**
 * Whether Latin words (toneless, lower case) are pinyin, read from their shape: a word that is no syllable
 * at all is English (or a loan word), one that splits into syllables and is no English word we know is
 * pinyin, and one that is both (you, he, she, can, an, me, bike, hukou) counts a little against. Pinyin when
 * its own words outnumber twice what counts against: "you mei you re shui" and "she bao zen me jiao" are
 * pinyin however many of their syllables are English words too; "where can I get hot water" is not, nor
 * "jiedaokou station open today" (a name in pinyin inside English), nor "he can ban me". The FAQ's reader
 * and the reply language (script.ts) both decide by it.
 */
export function latinIsPinyin(latin: readonly string[]): boolean {
  const known = englishWords();
  let pinyinOnly = 0;
  let against = 0;
  for (const w of latin) {
    if (!splitSyllables(w)) against += known.has(w) ? KNOWN_ENGLISH : OTHER_LATIN;
    else if (known.has(w)) against += EITHER;
    else pinyinOnly++;
  }
  return latin.length > 0 && pinyinOnly > 2 * against;
}

export class PinyinReader {
  private dict: Map<string, string> | undefined;
  private readonly stop: ReadonlySet<string>;

  /**
   * `texts`: the pack's own words (they win every reading they have). `fallback`: built-in words
   * (失业金, 公积金, other cities…) read only where the pack has no word for the syllables, so a pinyin
   * question about something the pack lacks is read as that, not as the pack's nearest homophones.
   */
  constructor(
    private readonly texts: Iterable<string>,
    private readonly fallback: Iterable<string> = [],
    /** Place and station names, read inside English too ("does guanggu belong to hongshan"). */
    private readonly placeNames: Iterable<string> = [],
  ) {
    this.stop = new Set(loadLexicon().stopwords);
  }

  private placeDict: Map<string, string> | undefined;
  private readonly cities = new Set(loadLexicon().elsewhere);

  /**
   * An English question with place names typed in pinyin, the names in the pack's Chinese ("does 光谷 belong
   * to 洪山"); undefined when no word is one. A word counts when all its syllables (two or more) spell a
   * part of a place or station name, so English words stay English.
   */
  names(text: string): string | undefined {
    const norm = toneless(normalize(text));
    if (!/[a-z]{4}/.test(norm)) return undefined;
    const dict = (this.placeDict ??= new Map(
      [...PinyinReader.count(this.placeNames), ...PinyinReader.otherReadings(this.placeNames)].filter(
        ([key]) => key.includes(' '),
      ),
    ));
    let changed = false;
    const out = norm.replace(/[a-z]{4,}/g, (word) => {
      if (this.stop.has(word)) return word;
      const syl = splitSyllables(word);
      const hit = syl && syl.length >= 2 ? dict.get(syl.join(' ')) : undefined;
      // A city is no place of the pack's own to look up: "a shanghai hukou" stays a topic the pack lacks.
      if (!hit || this.cities.has(hit)) return word;
      changed = true;
      return hit;
    });
    return changed ? out : undefined;
  }

  /** Pinyin key (syllables joined by spaces) → the pack's most frequent word with that reading (built on first use). */
  private words(): Map<string, string> {
    if (this.dict) return this.dict;
    const dict = PinyinReader.count(this.texts);
    for (const [key, word] of PinyinReader.count(this.fallback)) if (!dict.has(key)) dict.set(key, word);
    for (const [key, word] of PinyinReader.otherReadings(this.placeNames))
      if (!dict.has(key)) dict.set(key, word);
    this.dict = dict;
    return dict;
  }

  /**
   * Place names read with a character's other reading (北圩路 is bei wei lu where pinyin-pro says bei xu lu; 厦门
   * sha men, 六合 lu he): pinyin key of two to four characters holding one such character → the name's words.
   * Only where nothing else reads that way (the caller's rule), so a polyphone never displaces a pack word.
   */
  private static otherReadings(names: Iterable<string>): Map<string, string> {
    const out = new Map<string, string>();
    for (const raw of names) {
      for (const run of normalize(raw).match(/\p{Script=Han}+/gu) ?? []) {
        const chars = [...run];
        const usual = pinyin(run, { toneType: 'none', type: 'array', v: true });
        if (usual.length !== chars.length) continue;
        chars.forEach((c, at) => {
          for (const other of pinyin(c, { toneType: 'none', type: 'array', multiple: true, v: true })) {
            if (other === usual[at]) continue;
            const spelt = usual.map((r, i) => (i === at ? other : r));
            for (let i = Math.max(0, at - MAX_N + 1); i <= at; i++)
              for (let n = Math.max(2, at - i + 1); n <= MAX_N && i + n <= chars.length; n++) {
                const key = spelt.slice(i, i + n).join(' ');
                if (!out.has(key)) out.set(key, chars.slice(i, i + n).join(''));
              }
          }
        });
      }
    }
    return out;
  }

  /** Pinyin key → the most frequent word of `texts` with that reading. */
  private static count(texts: Iterable<string>): Map<string, string> {
    const counts = new Map<string, Map<string, number>>();
    for (const raw of texts) {
      for (const run of normalize(raw).match(/\p{Script=Han}+/gu) ?? []) {
        const chars = [...run];
        const readings = pinyin(run, { toneType: 'none', type: 'array', v: true });
        if (readings.length !== chars.length) continue;
        // ü is typed v (lvshi) or, by most who type it outside an input method, u (lushi): both spell 律师.
        const spellings = readings.some((r) => r.includes('v'))
          ? [readings, readings.map((r) => r.replace('v', 'u'))]
          : [readings];
        for (const spelt of spellings)
          for (let i = 0; i < chars.length; i++)
            for (let n = 1; n <= MAX_N && i + n <= chars.length; n++) {
              const key = spelt.slice(i, i + n).join(' ');
              const text = chars.slice(i, i + n).join('');
              const byText = counts.get(key) ?? new Map<string, number>();
              byText.set(text, (byText.get(text) ?? 0) + 1);
              counts.set(key, byText);
            }
      }
    }
    const dict = new Map<string, string>();
    for (const [key, byText] of counts)
      dict.set(key, [...byText.entries()].sort((a, b) => b[1] - a[1])[0]![0]);
    return dict;
  }

  /**
   * The text in Chinese when its Latin words are mostly pinyin; undefined otherwise (English, or no
   * Latin at all). Chinese parts of a mixed text are kept; syllables the pack has no word for stay Latin.
   */
  read(text: string): string | undefined {
    const norm = toneless(normalize(text));
    const latin = norm.match(/[a-z]+/g) ?? [];
    if (latin.length === 0) return undefined;
    if (!latinIsPinyin(latin)) return undefined;
    // Syllables of one run of consecutive Latin words are read together (jing gai = jinggai).
    const dict = this.words();
    return norm.replace(/[a-z]+(?: [a-z]+)*/g, (run) => {
      const syl = run.split(' ').flatMap((w) => splitSyllables(w) ?? [w]);
      return readRun(syl, dict).replace(/\s+/g, ' ').trim();
    });
  }
}

/**
 * Syllables read as the words whose lengths, squared, add up most: long words first wherever they fit, not
 * only from the left ("you wei bo lu" → 有 微波炉, not 有慰 波炉 because 有慰问 comes first). On a tie the
 * longer first word wins, as reading from the left does; a syllable no word has stays Latin.
 */
function readRun(syl: readonly string[], dict: ReadonlyMap<string, string>): string {
  const best: { score: number; text: string }[] = [];
  best[syl.length] = { score: 0, text: '' };
  for (let i = syl.length - 1; i >= 0; i--) {
    let pick = { score: best[i + 1]!.score, text: ` ${syl[i]!} ${best[i + 1]!.text}` };
    let found = false;
    for (let n = Math.min(MAX_N, syl.length - i); n > 0; n--) {
      const hit = dict.get(syl.slice(i, i + n).join(' '));
      if (!hit) continue;
      const score = n * n + best[i + n]!.score;
      if (!found || score > pick.score) pick = { score, text: hit + best[i + n]!.text };
      found = true;
    }
    best[i] = pick;
  }
  return best[0]!.text;
}
