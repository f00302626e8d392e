/**
 * The answer-or-not decision as data (dev sets only, never held-out): for every line of the given sets,
 * the features of the entry the bot would answer with and of its runner-up, whether that entry is right,
 * and what the cascade in ask.ts decided. One JSON object a line on stdout, for faq-decision-lopo.ts.
 *   npx tsx scripts/faq-decision-export.ts yangpu:evals/yangpu/faq-dev.jsonl nanshan:evals/nanshan/faq-dev.jsonl … > rows.jsonl
 *   npx tsx scripts/faq-decision-export.ts --tuned > rows.jsonl   # every TUNED_PACKS dev file, as devscore scores
 * A set is `PACK:FILE`, PACK being `yangpu` (content/) or a pack under packs/.
 *
 * Where the decision is made: a second asker whose confidence thresholds pass every entry says which entry
 * the bot would answer with if the decision said yes (guards such as another city, a topic beyond the pack,
 * a focus or scope the entry lacks still refuse). A line is `live` when that asker answers an entry and the
 * real one either answers the same entry or is not sure / does not know; every other line (stations, input
 * rejected, a guard, an answer from one clause) is the same whatever the decision says.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadContentPack } from '../src/core/content/loader.js';
import { createAsker } from '../src/core/faq/ask.js';
import { DEFAULT_THRESHOLDS } from '../src/core/faq/thresholds.js';
import type { Answer } from '../src/core/faq/answer.js';
import { askedAspects, uncoveredAspects } from './lib/aspect.js';
import { toldEvents, untoldEvents } from './lib/event.js';
import { askingClauses } from '../src/core/faq/asked-topic.js';
import { clauses } from '../src/core/faq/clauses.js';
import { FaqIndex, type FaqHit } from '../src/core/faq/index.js';
import { authoredExamples } from '../src/core/faq/learned.js';
import { loadLexicon } from '../src/core/faq/lexicon.js';
import { normalize } from '../src/core/faq/normalize.js';
import { wholeText } from '../src/core/faq/whole-text.js';
import type { ContentPack } from '../src/core/content/schema.js';
import { loadI18n } from '../src/core/i18n.js';
import { serviceLabels } from '../src/core/stations/labels.js';
import { filesMatching } from './lib/files.js';
import { TUNED_PACKS } from './lib/faq-transfer.js';

const root = path.resolve(import.meta.dirname, '..');

const PACKS: Record<string, string> = { yangpu: 'content' };
const now = new Date('2026-12-02T10:00:00+08:00');
/** `--tuned`: every tuned pack's dev files, as `TUNED_PACKS` lists them (what devscore scores). */
const tuned = process.argv.includes('--tuned')
  ? TUNED_PACKS.flatMap((spec) =>
      spec.files
        .flatMap((f) => filesMatching(path.join(root, f)))
        .filter((file) => existsSync(file))
        .map(
          (file) =>
            `${spec.content === 'content' ? 'yangpu' : path.basename(spec.content)}:${path.relative(root, file)}`,
        ),
    )
  : [];
const sets = [...process.argv.slice(2).filter((a) => !a.startsWith('--')), ...tuned];
if (sets.some((s) => /holdout/.test(s))) throw new Error('held-out sets are not for tuning');

/** Confidence thresholds every entry passes (routing and guards unchanged). */
const PERMISSIVE = { confident: 0, coverage: 0, content: 0, closest: 0, margin: -100 };

const labels = serviceLabels(loadI18n(path.resolve(import.meta.dirname, '..', 'locales')));

function got(a: Answer): string | null {
  if (a.kind === 'faq') return a.hit.entry.id;
  if (a.kind === 'stations') return a.results.hits[0]?.station.id ?? null;
  return null;
}

/** The runner-up as `rival()` in ask.ts counts it: one that matched only the frame, at `frameRival` of its score. */
function rivalScore(second: FaqHit | undefined): number {
  if (!second) return 0;
  const t = DEFAULT_THRESHOLDS;
  return second.content < t.frameOnly ? second.score * t.frameRival : second.score;
}

/** Stop 42: Chinese numerals and counting words (a count told, 两百单, 十几天, is no topic). */
const NUMERALS = '零一二三四五六七八九十百千万亿两俩仨半几';

const lex = loadLexicon();
const fillers = new Set(lex.fillers.flatMap((w) => [...normalize(w)]));
const contextWords = lex.context.map((w) => normalize(w)).sort((a, b) => b.length - a.length);

/** Distinct Chinese content characters of a question in plain words (no fillers, no context words). */
function contentSet(plain: string): Set<string> {
  let q = plain;
  for (const w of contextWords) q = q.split(w).join('');
  return new Set([...q].filter((c) => /\p{Script=Han}/u.test(c) && !fillers.has(c)));
}

/** A question's length in words: each Han character, and each run of Latin letters or digits, counts one. */
function toldLength(q: string): number {
  return (q.normalize('NFKC').match(/\p{Script=Han}|[\p{Script=Latin}\d]+/gu) ?? []).length;
}

/** Pairs of adjacent content characters of a clause (fillers and context words left out between them). */
function contentPairs(clause: string): string[] {
  let q = clause;
  for (const w of contextWords) q = q.split(w).join('|');
  const out: string[] = [];
  const cs = [...q];
  for (let i = 0; i + 1 < cs.length; i++) {
    const [a, b] = [cs[i]!, cs[i + 1]!];
    if (/\p{Script=Han}/u.test(a) && /\p{Script=Han}/u.test(b) && !fillers.has(a) && !fillers.has(b))
      out.push(a + b);
  }
  return out;
}

interface Views {
  real: ReturnType<typeof createAsker>;
  /** The decision as shipped: the cascade and the fitted model. */
  shipped: ReturnType<typeof createAsker>;
  open: ReturnType<typeof createAsker>;
  /** Entries as their head alone (title, tags, examples) and as their answer alone. */
  head: FaqIndex;
  body: FaqIndex;
  /** Each entry's whole text, normalised, and the pack's. */
  text: Map<string, string>;
  packText: string;
  /** Stop 42: the pack's place and station names and its district's, normalised (characters a question may name). */
  placeText: string;
}

function views(pack: ContentPack): Views {
  const text = new Map(pack.faq.map((e) => [e.id, normalize(wholeText(e))]));
  return {
    // The cascade alone (the fitted model off): the model is fitted on what the cascade declines.
    real: createAsker(pack, labels, { thresholds: { fitted: 2 } }),
    shipped: createAsker(pack, labels),
    open: createAsker(pack, labels, { thresholds: PERMISSIVE }),
    head: new FaqIndex(
      pack.faq.map((e) => ({ ...e, answer: e.title })),
      pack.synonyms,
    ),
    body: new FaqIndex(
      pack.faq.map((e) => ({ ...e, title: e.answer.slice(0, 12), questions: [], tags: [] })),
      pack.synonyms,
    ),
    text,
    packText: [...text.values()].join(' '),
    placeText: normalize(
      [
        pack.settings.district.name,
        ...pack.places.flatMap((p) => [p.name, ...p.aliases]),
        ...pack.stations.flatMap((s) => [s.name, ...s.aliases]),
      ].join(' '),
    ),
  };
}

const cache = new Map<string, Views>();
for (const s of sets) {
  const [name, file] = s.split(':') as [string, string];
  if (!cache.has(name)) {
    const pack = await loadContentPack(PACKS[name] ?? `packs/${name}`);
    cache.set(name, views(pack));
  }
  const { real, shipped, open, head, body, text, packText, placeText } = cache.get(name)!;
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((l, i) => ({ at: i + 1, text: l }))
    .filter((l) => l.text.trim())
    .map(({ at, text }) => ({ at, ...(JSON.parse(text) as { q: string; expect: string | null }) }));
  for (const l of lines) {
    const a = real.ask(l.q, { now, timeZone: 'Asia/Shanghai' });
    const b = open.ask(l.q, { now, timeZone: 'Asia/Shanghai' });
    const cascade = got(a);
    const row: Record<string, unknown> = {
      pack: name,
      file,
      q: l.q,
      line: l.at,
      expect: l.expect,
      cascade,
      cascadeKind: a.kind,
      shipped: got(shipped.ask(l.q, { now, timeZone: 'Asia/Shanghai' })),
      // How long the question is told: characters (no spaces) and clauses, on every line.
      length: [...l.q.replace(/\s/g, '')].length,
      clauses: clauses(l.q).length,
      // Stop 33: how long it is told in words — Han characters, and a run of Latin letters or digits as one.
      told: toldLength(l.q),
    };
    const candidate = b.kind === 'faq' ? b.hit : undefined;
    const live =
      candidate !== undefined &&
      (a.kind === 'weak' || a.kind === 'unknown' || (a.kind === 'faq' && cascade === candidate.entry.id));
    row.live = live;
    if (live && b.kind === 'faq') {
      const top = b.hit;
      const second = b.others[0];
      const secondScore = rivalScore(second);
      Object.assign(row, {
        candidate: top.entry.id,
        right: top.entry.id === l.expect,
        said: a.kind === 'faq',
        score: top.score,
        secondScore,
        content: top.content,
        secondContent: second?.content ?? 0,
        closest: top.closest,
        standIn: top.standIn,
        coverage: top.coverage,
        words: top.words,
        bm25: top.bm25,
        asked: top.asked,
        examples: authoredExamples(top.entry),
        secondClosest: second?.closest ?? 0,
        secondAsked: second?.asked ?? 0,
        secondExamples: second ? authoredExamples(second.entry) : 0,
        ...characters(l.q, top, second),
        headWins: head.search(l.q, 1)[0]?.entry.id === top.entry.id,
        // Stop 42: whether the best entry is also first by bm25 alone and by its closest example alone.
        bm25First: b.others.every((h) => h.bm25 <= top.bm25),
        closestFirst: b.others.every((h) => h.closest <= top.closest),
        secondBm25: second?.bm25 ?? 0,
        bodyWins: body.search(l.q, 1)[0]?.entry.id === top.entry.id,
      });
    }
    console.log(JSON.stringify(row));
  }

  /** Distinct content characters the top entry holds, the runner-up holds too, and the whole pack lacks. */
  function characters(q: string, top: FaqHit, second: FaqHit | undefined) {
    const chars = [...contentSet(real.index.plain(q))];
    const unseen = [...contentSet(real.index.questionText(q))].filter((c) => !packText.includes(c));
    const inTop = chars.filter((c) => text.get(top.entry.id)!.includes(c));
    const inSecond = second ? chars.filter((c) => text.get(second.entry.id)!.includes(c)) : [];
    return {
      chars: chars.length,
      topChars: inTop.length,
      sharedChars: inTop.filter((c) => inSecond.includes(c)).length,
      secondOnlyChars: inSecond.filter((c) => !inTop.includes(c)).length,
      // As the decision counts them (question-content.ts): the question read in the pack's words.
      unseenChars: unseen.length,
      // Stop 42: the characters themselves, those in a name of the pack's places or stations, and the numerals.
      unseenList: unseen.join(''),
      unseenPlace: unseen.filter((c) => placeText.includes(c)).join(''),
      unseenNumber: unseen.filter((c) => NUMERALS.includes(c)).length,
      ...asked(q, top, second),
    };
  }

  /**
   * Round 52: what the asking clause asks (askingClauses, asked-topic.ts) against the top entry: its distinct content
   * characters and pairs of adjacent content characters, how many the entry's whole text, its title, and the runner-up
   * hold (a story's circumstances may match an entry whose matter the worker never asks about).
   */
  function asked(q: string, top: FaqHit, second: FaqHit | undefined) {
    const plain = real.index.plain(q);
    const ask = askingClauses(plain, fillers).join('，');
    const chars = [...contentSet(ask)];
    const title = normalize(top.entry.title);
    const topText = text.get(top.entry.id)!;
    const secondText = second ? text.get(second.entry.id)! : '';
    const pairs = [...new Set(askingClauses(plain, fillers).flatMap((c) => contentPairs(c)))];
    return {
      askChars: chars.length,
      askTopChars: chars.filter((c) => topText.includes(c)).length,
      askTitleChars: chars.filter((c) => title.includes(c)).length,
      askSecondChars: chars.filter((c) => secondText.includes(c)).length,
      askPairs: pairs.length,
      askTopPairs: pairs.filter((w) => topText.includes(w)).length,
      askTitlePairs: pairs.filter((w) => title.includes(w)).length,
      askSecondPairs: pairs.filter((w) => secondText.includes(w)).length,
      // Stop 43: the aspects asked of the thing named (aspect.ts), and those the top entry and the runner-up lack.
      aspects: askedAspects(ask).join(','),
      aspectsMissing: uncoveredAspects(ask, topText).join(','),
      aspectsMissingSecond: second ? uncoveredAspects(ask, secondText).join(',') : '',
      // Stop 44: the events the question tells anywhere (event.ts: a theft or loss, a dispute or complaint), and
      // those the top entry's text never speaks of.
      events: toldEvents(plain).join(','),
      eventsMissing: untoldEvents(plain, topText).join(','),
    };
  }
}
