/**
 * Closing /gaps, wherever the organiser acts (the chat's buttons and dialog in gaps.ts, the board's
 * forms): the closest entries to a gap, "this is entry X" (a learned example), a written answer kept
 * as a confirmed draft, and the drafts as YAML. One implementation, so chat and board cannot differ.
 * Callers authorise (organisers only) before calling.
 *
 *   const askers = learnedAskers();
 *   const c = await closestEntries(deps, await askers(deps), gapId);   // → { gap, entries } | undefined
 *   await learnFromGap(deps, gapId, c.entries[0].id, 'telegram:42');
 */
import { builtOf } from '../content/own-pack.js';
import type { ContentPack, FaqEntry } from '../content/schema.js';
import type { CoreDeps } from '../feature.js';
import type { Translate } from '../i18n.js';
import { localDay } from '../stations/hours.js';
import { serviceLabels } from '../stations/labels.js';
import { ellipsis } from '../text.js';
import type { DraftEntry, Gap, LearnedExample } from '../ports/faq.js';
import { stringify } from 'yaml';
import { createAsker, type Asker } from './ask.js';
import {
  carries,
  draftEntry,
  exportedLine,
  heldToTaught,
  holdsQuestion,
  withDrafts,
  withLearned,
} from './learned.js';
import { gapText } from './setup.js';

export const CLOSEST = 4;
export const TITLE_MAX = 80;
export const ANSWER_MAX = 1500;

type Deps = Pick<CoreDeps, 'content' | 'store' | 'i18n' | 'now' | 'timezone'>;

const district = (deps: Deps) => deps.content.get().settings.district.id;

/**
 * Kept questions as the gap log keeps them now (setup.ts `gapText`): also one learned or drafted before stop 40 hid
 * runs of digits and not rewritten yet (upgrade.ts runs at start; an older replica may still write one), so no view,
 * answer or export ever shows the pieces of a number.
 */
const hiddenLearned = (xs: readonly LearnedExample[]): LearnedExample[] =>
  xs.map((x) => ({ ...x, text: gapText(x.text) }));
const hiddenDrafts = (ds: readonly DraftEntry[]): DraftEntry[] =>
  ds.map((d) => ({ ...d, question: gapText(d.question) }));
/** The pack's learned examples, hidden as above. */
async function learnedOf(deps: Deps): Promise<{ version: number; examples: LearnedExample[] }> {
  const l = await deps.store.faq.learned(district(deps));
  return { version: l.version, examples: hiddenLearned(l.examples) };
}
/** The pack's confirmed drafts, hidden as above. */
const draftsOf = async (deps: Deps): Promise<DraftEntry[]> =>
  hiddenDrafts(await deps.store.faq.drafts(district(deps)));

/**
 * The asker of a pack as loaded (no learned example, no draft), per loaded pack and the services' labels: what the
 * chat and the board build of one pack is built once, and so is what every app of a test run builds of the pack it
 * shares (tests/helpers/app.ts `sharedPack`; each app's own pack on it, content/own-pack.ts `builtOf`). An asker is a
 * function of its pack and labels (its caches are too).
 */
const packAskers = new WeakMap<ContentPack, Map<string, Asker>>();
function packAsker(pack: ContentPack, labels: ReturnType<typeof serviceLabels>): Asker {
  const key = JSON.stringify(labels);
  const byLabels = packAskers.get(builtOf(pack)) ?? new Map<string, Asker>();
  packAskers.set(builtOf(pack), byLabels);
  let asker = byLabels.get(key);
  if (!asker) byLabels.set(key, (asker = heldToTaught(createAsker(pack, labels))));
  return asker;
}

/**
 * A source of the current pack's asker with its learned examples. One version read per call keeps every
 * process (and the board) in step: a learned example bumps the version, the next call rebuilds.
 */
export function learnedAskers(): (deps: Deps) => Promise<Asker> {
  const askers = new WeakMap<ContentPack, { version: number; asker: Asker }>();
  return async (deps) => {
    const pack = deps.content.get();
    const store = deps.store.faq;
    const cached = askers.get(pack);
    const version = await store.learnedVersion(district(deps));
    if (cached && cached.version === version) return cached.asker;
    const [learned, drafts] = await Promise.all([
      version ? learnedOf(deps) : { version: 0, examples: [] },
      livePack(deps, pack),
    ]);
    // Confirmed drafts first, so a question learned as a draft's example joins that entry too.
    // A confirmed draft answers only what its example covers (QA8 #9): `heldToTaught`.
    const taught = withLearned(drafts, learned.examples);
    const labels = serviceLabels(deps.i18n);
    const a = taught === pack ? packAsker(pack, labels) : heldToTaught(createAsker(taught, labels));
    askers.set(pack, { version: learned.version, asker: a });
    return a;
  };
}

/**
 * The pack with the confirmed drafts it does not carry yet, each as an entry (`draft`), updated the day it
 * was written; drafts the pack now carries are retired (the export's job is done).
 */
async function livePack(deps: Deps, pack: ContentPack): Promise<ContentPack> {
  const drafts = await draftsOf(deps);
  const carried = drafts.filter((d) => carries(pack, d)).map((d) => d.id);
  if (carried.length) await deps.store.faq.retireDrafts(district(deps), carried);
  return withDrafts(pack, drafts, (d) => localDay(new Date(d.at), deps.timezone).date);
}

/** An entry by id: the pack's, or a confirmed draft answering until the pack carries it. */
export async function entryOf(deps: Deps, id: string): Promise<FaqEntry | undefined> {
  const own = deps.content.get().faq.find((e) => e.id === id);
  if (own || !id.startsWith('draft-')) return own;
  const d = (await liveDrafts(deps)).find((x) => x.id === id);
  return d ? draftEntry(d, localDay(new Date(d.at), deps.timezone).date) : undefined;
}

/** The confirmed drafts the pack does not carry yet: answering already, waiting for export. */
export async function liveDrafts(deps: Deps): Promise<DraftEntry[]> {
  const pack = deps.content.get();
  return (await draftsOf(deps)).filter((d) => !carries(pack, d));
}

/**
 * Learned examples no answer can use any more: their entry is neither in the pack nor a confirmed draft, and the
 * pack does not carry the question itself — the entry was renamed or removed in a new pack (QA21). Retrieval
 * ignores them (`withLearned`), so without this nobody would know they stopped working.
 */
export async function orphanedLearned(deps: Deps): Promise<LearnedExample[]> {
  const pack = deps.content.get();
  const { examples } = await learnedOf(deps);
  if (!examples.length) return [];
  const known = new Set([...pack.faq.map((e) => e.id), ...(await liveDrafts(deps)).map((d) => d.id)]);
  return examples.filter((x) => !known.has(x.entry) && !pack.faq.some((e) => holdsQuestion(e, x.text)));
}

/** The gap and the entries retrieval finds closest to its question; undefined when the gap is closed. */
export async function closestEntries(
  deps: Deps,
  asker: Asker,
  gapId: string,
  n = CLOSEST,
): Promise<{ gap: Gap; entries: FaqEntry[] } | undefined> {
  const gap = await deps.store.faq.gap(gapId);
  if (!gap) return undefined;
  // What the askers picked from "did you mean" comes first: they knew what they meant.
  const faq = deps.content.get().faq;
  const picked = gap.picks.flatMap((p) => faq.filter((e) => e.id === p.entry));
  const pickedIds = new Set(gap.picks.map((p) => p.entry));
  // By id: the asker's entries are copies when they carry learned examples.
  const closest = asker.retrieve(gap.text, n).map((h) => h.entry);
  const entries = [...picked, ...closest.filter((e) => !pickedIds.has(e.id))].slice(
    0,
    Math.max(n, picked.length),
  );
  return { gap, entries };
}

/** "This is entry X": the gap's question becomes a learned example of X (and the gap closes). */
export async function learnFromGap(
  deps: Deps,
  gapId: string,
  entryId: string,
  by: string,
): Promise<
  { ok: true; entry: FaqEntry; text: string; version: number } | { ok: false; why: 'entry' | 'gone' }
> {
  // A confirmed draft answers like the pack's entries, so a question can be learned as its example too.
  const entry = await entryOf(deps, entryId);
  if (!entry) return { ok: false, why: 'entry' };
  const r = await deps.store.faq.learn(district(deps), gapId, entry.id, by, deps.now().getTime());
  return r ? { ok: true, entry, version: r.version, text: gapText(r.text) } : { ok: false, why: 'gone' };
}

/** Keep a written answer (title and answer cut to size) as a draft awaiting confirmation. */
export function saveDraft(
  deps: Deps,
  d: { title: string; answer: string; question: string; gap?: string; by: string },
): Promise<DraftEntry> {
  return deps.store.faq.saveDraft({
    title: ellipsis(d.title, TITLE_MAX),
    answer: ellipsis(d.answer, ANSWER_MAX),
    question: d.question,
    ...(d.gap ? { gap: d.gap } : {}),
    by: d.by,
    at: deps.now().getTime(),
  });
}

/**
 * Confirm a draft (once): it answers workers from the next question on, in every process (the version
 * bump rebuilds each asker, as a learned example does), waits for export, and its gap closes; undefined
 * when it is gone.
 */
export function confirmDraft(deps: Deps, draftId: string, gapId?: string): Promise<DraftEntry | undefined> {
  return deps.store.faq.confirmDraft(district(deps), draftId, gapId || undefined);
}

/**
 * The learned examples an export lists for the organiser to copy: those of the pack's entries that the entry's
 * `questions` do not hold yet. One copied in as the export asked is not listed again (orgmonth: it was, every
 * month, and the organiser could not tell what was left to do); those of drafts go with the drafts.
 */
export function learnedToAdd(pack: ContentPack, learned: readonly LearnedExample[]): LearnedExample[] {
  return learned.filter((l) => pack.faq.some((e) => e.id === l.entry && !holdsQuestion(e, l.text)));
}

/** The confirmed drafts (and learned examples as comments) as faq YAML; undefined when there is nothing. */
export async function exportYaml(
  deps: Deps,
  t: Translate,
): Promise<{ yaml: string; drafts: number } | undefined> {
  const [drafts, learned] = await Promise.all([liveDrafts(deps), learnedOf(deps)]);
  if (!drafts.length && !learnedToAdd(deps.content.get(), learned.examples).length) return undefined;
  const yaml = draftsYaml(deps.content.get(), drafts, learned.examples, {
    header: t('faq-export-header'),
    learnedHeader: t('faq-export-learned'),
    source: t('faq-export-source'),
    today: localDay(deps.now(), deps.timezone).date,
  });
  return { yaml, drafts: drafts.length };
}

/**
 * Confirmed drafts as a faq/*.yaml file (its `entries:`), and learned examples as comments per entry —
 * ready to paste; the author checks the source and renames the draft ids.
 */
export function draftsYaml(
  pack: ContentPack,
  drafts: readonly DraftEntry[],
  learned: readonly LearnedExample[],
  words: { header: string; learnedHeader: string; source: string; today: string },
): string {
  const lines = [`# ${words.header}`];
  if (drafts.length)
    lines.push(
      stringify({
        entries: drafts.map((d) => ({
          id: d.id,
          title: d.title,
          // Questions learned as this draft's examples go with it.
          // As the gap log keeps them now, also when learned before runs of digits were hidden (setup.ts gapText).
          questions: [
            gapText(d.question),
            ...learned.filter((l) => l.entry === d.id && l.text !== d.question).map((l) => gapText(l.text)),
          ].filter(Boolean),
          answer: d.answer.endsWith('\n') ? d.answer : `${d.answer}\n`,
          source: words.source,
          updated: words.today,
        })),
      }).trimEnd(),
    );
  const known = learnedToAdd(pack, learned);
  if (known.length) {
    lines.push(`# ${words.learnedHeader}`);
    for (const l of known) lines.push(`#   ${l.entry}: ${exportedLine(l.text)}`);
  }
  return lines.join('\n');
}
