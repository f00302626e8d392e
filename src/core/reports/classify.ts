/**
 * Offline classification of a worker's report (急难愁盼): which category it belongs to, how urgent it
 * is, and which street or landmark it names. Everything comes from the content pack — category
 * keywords, emergencyKeywords and urgentKeywords in categories.yaml, branch `areas` and places.yaml —
 * so organisers tune it by editing content, not code.
 *
 *   const classifier = createClassifier(pack);
 *   classifier.classify('國定路井蓋沒了，有騎手摔倒受傷了');
 *   // → { category: 'road-hazard', urgency: 'emergency', confidence: 0.49, matched: ['井盖没了', '受伤了'] }
 *   // (0.49: 摔倒 also points to accident-insurance)
 *   detectArea('國定路井蓋沒了', pack);  // → '国定路'
 *
 * How it scores (see evals/README.md for the measurements):
 * - Text and keywords go through the same normalisation (traditional → simplified, full-width →
 *   half-width, lower case, punctuation → space), so one keyword list serves both scripts.
 * - Every keyword occurrence is found, then overlapping hits are resolved longest first: among the
 *   category keywords for the topic (差评扣钱 beats 差评), and among all keywords for urgency (in
 *   「被打了差评」 the phrase 打了差评 hides the emergency word 被打). An urgency phrase never hides a
 *   topic: 孩子生病 is urgent and still about 生病.
 * - A hit weighs more the longer (more specific) it is; different hits for one category add up; a
 *   tie goes to the topic named first.
 * - Characters no keyword explains still count a little: a character pair (or English word) that
 *   occurs in one category's keywords only adds BACKOFF_WEIGHT, so 「外包公司一直拖着不发钱」 lands in
 *   wage-arrears through 外包/不发 rather than in `other`.
 *   A keyword of three or more characters also matches with one or two extra characters inside
 *   (「工资还没发」 for 工资没发, 「不让我进」 for 不让进) at a reduced weight — the cheapest typo and
 *   colloquial tolerance that does not invent hits.
 * - `other` is the fallback: its own keywords (建议, 问一下…) count half, so any real topic wins.
 * - Emergency and urgent keywords are ignored when negated in their clause (「人没受伤」, 「没有流血」,
 *   「差点撞倒」, "nobody injured").
 *
 * Its parts (classify/), by job: the words every part shares — normalisation, Latin or Chinese, a category's own
 * description (`words.ts`); keywords found, gapped, negated and resolved longest first (`keywords.ts`); the pack's
 * keywords and the phrases of its category descriptions as weighted terms (`terms.ts`); character pairs no keyword
 * explains (`backoff.ts`); pinyin read back into Chinese (`pinyin.ts`); one reading of a report (`analysis.ts`) and
 * the urgency its words raise (`urgency.ts`). Category scoring, in order: what each word stands for — a place,
 * context, the setting, the category a hit speaks for (`reading.ts`, with `place-words.ts` and the report cues
 * several parts read, `cues.ts`); the evidence per category (`evidence.ts`); the emergency signals' votes
 * (`signals.ts`); what the report is about when the evidence alone would say otherwise, and the levelled ties the
 * pack's precedence decides (`ties.ts`). Places: the pack's area index (`areas.ts`), English place names
 * (`place-english.ts`), a name found as itself in a text (`place-names.ts`), and whether a place is the worker's
 * home, work or where it happened (`place-roles.ts`). This file is the contract: other modules import from here.
 */
import type { Category, ContentPack } from '../content/schema.js';
import { corePhrase } from './emergency.js';
import { ownersOfDangers } from './named-dangers.js';
import { topicMap } from './topics.js';
import { analyser } from './classify/analysis.js';
import { areaIndex, nearest, PLACE_AREA_MAX_KM, type InferredArea } from './classify/areas.js';
import { buildBackoff } from './classify/backoff.js';
import { KeywordMatcher } from './classify/keywords.js';
import { MIN_EVIDENCE, TIE, weighEvidence } from './classify/evidence.js';
import { plainPlaceEnglish } from './classify/place-english.js';
import {
  acrossWord,
  gateOfSomething,
  LATIN_PLACE_BEFORE,
  PLACE_AFTER,
  PLACE_BEFORE,
  spacedPinyin,
} from './classify/place-names.js';
import { housingCategory, placeRole } from './classify/place-roles.js';
import { pinyinReader } from './classify/pinyin.js';
import { readReport } from './classify/reading.js';
import { voteSignals } from './classify/signals.js';
import { buildTerms } from './classify/terms.js';
import { settleWhatItIsAbout } from './classify/ties.js';
import { keywordUrgency, maxUrgency } from './classify/urgency.js';
import {
  FALLBACK_CATEGORY,
  isLatinChar,
  isLatinTerm,
  normaliseReportText,
  readAsTopics,
  type Urgency,
} from './classify/words.js';

export { FALLBACK_CATEGORY, normaliseReportText, type Urgency } from './classify/words.js';
export { maxUrgency } from './classify/urgency.js';
export { descriptionPhrases } from './classify/terms.js';
export { PLACE_AREA_MAX_KM, distanceKm, type InferredArea } from './classify/areas.js';

export interface ReportClassification {
  /** A category id of the pack; `other` when nothing matched. */
  category: string;
  urgency: Urgency;
  /** 0..1: how strongly the keywords point to this category rather than another (0 = no hit). */
  confidence: number;
  /** The keywords (as written in categories.yaml) that decided, in the order they occur in the text. */
  matched: string[];
}

export interface Classifier {
  classify(text: string): ReportClassification;
  /** Urgency raised by emergency/urgent keywords alone (no category default); undefined when none. */
  keywordUrgency(text: string): 'urgent' | 'emergency' | undefined;
}

/**
 * Builds the offline classifier for one pack (a reloaded pack needs a new one). Throws when the pack
 * has no `other` category, which content:check should already have refused.
 */
export function createClassifier(pack: ContentPack): Classifier {
  const categories = new Map<string, Category>(pack.categories.categories.map((c) => [c.id, c]));
  const fallback = categories.get(FALLBACK_CATEGORY);
  if (!fallback)
    throw new Error(
      `categories.yaml has no "${FALLBACK_CATEGORY}" category; the classifier needs it as its fallback`,
    );
  const order = new Map(pack.categories.categories.map((c, i) => [c.id, i]));
  // Listed categories first, in list order; the rest after them in file order.
  const listed = pack.categories.precedence;
  const rank = new Map(pack.categories.categories.map((c, i) => [c.id, listed.length + i]));
  listed.forEach((id, i) => rank.set(id, i));
  const extraEmergency = pack.categories.categories.flatMap((c) =>
    c.emergencyWhen.map((w) => corePhrase(normaliseReportText(w))),
  );
  const topics = topicMap(pack.categories.categories, readAsTopics, (id) => rank.get(id) ?? 0);
  const terms = buildTerms(pack);
  const matcher = new KeywordMatcher(terms);
  const backoff = buildBackoff(pack, terms);
  /** Dangers the pack's own words give one category (触电 in health's description): see named-dangers.ts. */
  const dangerOwners = ownersOfDangers(pack.categories.categories);
  const analyse = analyser(pack, matcher, extraEmergency);

  // English place names (Keyuan Road, Xili Lake): their "road" or "lake" names a place, not a hazard.
  const latinPlaces = areaIndex(pack)
    .names.filter((n) => n.latin && !n.plain)
    .map((n) => n.text);

  return {
    keywordUrgency: (text) => keywordUrgency(analyse(text)),

    classify(text) {
      const a = analyse(text);
      const r = readReport(a, topics, latinPlaces);
      const e = weighEvidence(r, backoff);
      const s = voteSignals(r, e);
      settleWhatItIsAbout(r, e, s, dangerOwners);
      const { scores, first } = e;
      const ranked = [...scores.entries()].sort(
        (x, y) =>
          (Math.abs(y[1] - x[1]) > TIE ? y[1] - x[1] : 0) ||
          (listed.length ? (rank.get(x[0]) ?? 0) - (rank.get(y[0]) ?? 0) : 0) ||
          (first.get(x[0]) ?? 0) - (first.get(y[0]) ?? 0) ||
          (order.get(x[0]) ?? 0) - (order.get(y[0]) ?? 0),
      );
      const [best, second] = ranked;
      // Next to nothing (a place word, one stray pair) is no topic: `other`, for a person to sort.
      const category = best && best[1] >= MIN_EVIDENCE ? (categories.get(best[0]) ?? fallback) : fallback;
      const top = best?.[1] ?? 0;
      const runnerUp = second?.[1] ?? 0;
      // Share of the evidence (how clearly it beats the runner-up) × amount of evidence (saturating).
      const confidence = top > 0 ? (top / (top + runnerUp)) * (1 - Math.exp(-top / 1.5)) : 0;

      let urgency: Urgency = category.urgency;
      const raised = keywordUrgency(a);
      if (raised) urgency = maxUrgency(urgency, raised);

      const decisive = [
        ...a.emergency,
        ...a.urgent,
        ...a.topical.filter((h) => h.term.categories.has(category.id)),
      ];
      const matched = [...new Set(decisive.sort((x, y) => x.start - y.start).map((h) => h.term.label))];

      return { category: category.id, urgency, confidence: Math.round(confidence * 100) / 100, matched };
    },
  };
}

/** Places and stations whose own names give no area, and the area they were given instead. */
export function inferredAreas(pack: ContentPack): readonly InferredArea[] {
  return areaIndex(pack).inferred;
}

/**
 * The area (an entry of some branch's `areas`) a report names: a street or area written in the text,
 * or a landmark from places.yaml, which stands for the area its names contain or, failing that, the
 * area of the nearest landmark within PLACE_AREA_MAX_KM. The first place named wins; undefined when
 * the text names none.
 */
export function detectArea(text: string, pack: ContentPack, category?: string): string | undefined {
  const norm = plainPlaceEnglish(normaliseReportText(pinyinReader(pack).read(text) ?? text));
  if (!norm) return undefined;
  let best: { start: number; length: number; area: string; station?: boolean } | undefined;
  let found: { start: number; length: number; area: string; station: boolean }[] = [];
  const spaced = spacedPinyin(norm);
  for (const n of areaIndex(pack).names) {
    // Pinyin typed in pieces (hesheng hui, he sheng hui) names the place its run-together form does.
    const split = n.latin ? spaced.get(n.text) : undefined;
    if (split) {
      found.push({ ...split, area: n.area, station: n.station });
      continue;
    }
    for (let i = norm.indexOf(n.text); i >= 0; i = norm.indexOf(n.text, i + 1)) {
      if (gateOfSomething(norm, i, n.text)) continue;
      if (!n.latin && acrossWord(norm, i, n.text)) continue;
      if (n.latin) {
        const end = i + n.text.length;
        if (isLatinChar(norm[i - 1]) || (isLatinChar(norm[end]) && !/^s(?![a-z0-9])/.test(norm.slice(end))))
          continue;
      }
      found.push({ start: i, length: n.text.length, area: n.area, station: n.station });
      break;
    }
  }
  // A name inside a longer one that overlaps it is no place of its own: 过后海上世界 names 海上世界, not 后海.
  const overlapsLonger = (f: (typeof found)[number]) =>
    found.some((g) => g.length > f.length && g.start < f.start + f.length && f.start < g.start + g.length);
  found = found.filter((f) => !overlapsLonger(f));
  // Two places in one report: where the worker lives decides a housing report, where it happened
  // decides the rest (我住控江路，今天在大学路看到井盖松了).
  const roles = found.map((f) => placeRole(norm, f.start, f.start + f.length));
  const housing = category !== undefined && housingCategory(pack) === category;
  const preferred = housing
    ? found.filter((_, i) => roles[i] === 'home')
    : found.filter((_, i) => roles[i] === undefined);
  if (preferred.length > 0) found = preferred;
  // Where the worker works says nothing about where they live: 在大冲跑单，住在城中村，房东要涨房租.
  else if (housing && found.length > 0 && roles.every((r) => r === 'work')) return undefined;
  // A street or landmark written out says where more directly than a station's name does: 货车司机之家（军工路）.
  for (const f of found) {
    if (
      !best ||
      (best.station && !f.station) ||
      (best.station === f.station &&
        (f.start < best.start || (f.start === best.start && f.length > best.length)))
    )
      best = f;
  }
  if (best) return best.area;
  for (const s of areaIndex(pack).stems) {
    for (let i = norm.indexOf(s.text); i >= 0; i = norm.indexOf(s.text, i + 1)) {
      const end = i + s.text.length;
      const named = isLatinTerm(s.text)
        ? !isLatinChar(norm[i - 1]) && !isLatinChar(norm[end]) && LATIN_PLACE_BEFORE.test(norm.slice(0, i))
        : PLACE_AFTER.test(norm.slice(end, end + 3).replace(/^ /, '')) ||
          PLACE_BEFORE.test(norm.slice(Math.max(0, i - 1), i));
      if (!named) continue;
      if (!best || i < best.start) best = { start: i, length: s.text.length, area: s.area };
      break;
    }
  }
  return best?.area;
}

/** The area of a shared location: that of the nearest area-linked landmark within `maxKm`. */
export function areaAt(
  lat: number,
  lon: number,
  pack: ContentPack,
  maxKm = PLACE_AREA_MAX_KM,
): string | undefined {
  return nearest(areaIndex(pack).located, lat, lon, maxKm);
}
