/**
 * The built-in lexicon (lexicon.yaml next to this file): English stop words and the cue words that tell
 * a station question from a benefits question. Pack-specific words (synonyms, places) come from the pack.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as z from 'zod';
import { STATION_SERVICES } from '../content/schema.js';
import { codePath } from '../../paths.js';

/** A list written as comma-separated text ("哪里, 哪儿, where"). */
const list = z.string().transform((s) =>
  s
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean),
);

const LexiconSchema = z
  .object({
    stopwords: list,
    fillers: list,
    context: list,
    cues: z
      .object({
        where: list,
        near: list,
        hours: list,
        allDay: list,
        details: list,
        station: list,
      })
      .strict(),
    onTheSpot: list.pipe(z.array(z.enum(STATION_SERVICES))),
    /** A station word that names the worker's employer's site (跟站点闹掰了, 站点不给结账): no station asked for. */
    employerSite: list,
    /** 休息 as a day off (我休息想带孩子去…, 休息天): when, not a rest asked for. */
    dayOff: list,
    elsewhere: list,
    /** Topics outside any benefits pack (lab values, Wi-Fi passwords): never answered confidently. */
    beyond: list,
    /** Topics beyond any pack told with a short gap (`…`, up to three characters): 明天…下雪 (明天长沙会下雪不). */
    beyondPatterns: list.default([]),
    colloquial: z.record(z.string(), z.string()),
    /** Regional everyday words (Beijing, north-eastern, Wuhan, Hunan, Cantonese, Wu…), read like `colloquial`. */
    dialect: z.record(z.string(), z.string()),
    /** Built-in synonym groups (one comma-separated line each; a line sharing a phrase with one above extends it). */
    concepts: z.array(list),
    /** More concept groups; one that shares a phrase with a group of `concepts` extends it. */
    moreConcepts: z.array(list).default([]),
    /** Concept phrases with an amount (`#`) or a short gap (`…`) inside → a phrase of a concept group (concept-patterns.ts). */
    conceptPatterns: z.record(z.string(), z.string()).default({}),
    /**
     * A concept told in two halves, anywhere in a question (a lawyer, and no money for one): each phrase of `said` is
     * read as `is`, a phrase of a concept group, when the question also holds a phrase of `with` (question-words.ts).
     */
    conceptPairs: z.array(z.object({ said: list, with: list, is: z.string() }).strict()).default([]),
    glossary: z.record(z.string(), z.string()),
    /** Taiwan / Hong Kong words for what mainland packs say otherwise (機車, 勞保, 外送), read like `colloquial`. */
    crossStrait: z.record(z.string(), z.string()).default({}),
    /** Concept groups for words whose region decides them (摩托车 / 电动车, 截屏 / 截图). */
    regionalConcepts: z.array(list).default([]),
    /** Chat English that carries no topic (u, wat, cuz, said…), dropped like `stopwords`. */
    englishFillers: list,
  })
  .strict();

export type Lexicon = z.output<typeof LexiconSchema>;
export type Cue = keyof Lexicon['cues'];

let cached: Lexicon | undefined;

/** The lexicon shipped with the code (read once per process). */
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const lex = LexiconSchema.parse(parse(readFileSync(codePath('core', 'faq', 'lexicon.yaml'), 'utf8')));
  cached = {
    ...lex,
    // One reading of everyday forms: the regional ones join the colloquial ones (kept apart in the file to ease adding regions).
    colloquial: { ...lex.colloquial, ...lex.dialect, ...lex.crossStrait },
    // A `concepts` line sharing a phrase with one above it extends that group (stop 28 adds to groups that way).
    concepts: [lex.concepts, lex.moreConcepts, lex.regionalConcepts].reduce(mergeGroups, []),
    stopwords: [...new Set([...lex.stopwords, ...lex.englishFillers])],
  };
  return cached;
}

/** `more` added to `groups`: a group sharing a phrase with one already there joins it (one concept each). */
function mergeGroups(groups: readonly string[][], more: readonly string[][]): string[][] {
  const out = groups.map((g) => [...g]);
  for (const g of more) {
    const into = out.find((x) => x.some((w) => g.includes(w)));
    if (into) into.push(...g.filter((w) => !into.includes(w)));
    else out.push([...g]);
  }
  return out;
}
