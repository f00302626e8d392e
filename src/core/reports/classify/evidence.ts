/**
 * The evidence per category: the pack's keywords and descriptions (longer more), backoff pairs no keyword
 * explains, the built-in topic words (topics.ts); `add` keeps where each category was first named, for ties.
 */
import { STRONG_WORDS } from '../topics.js';
import { BACKOFF_MIN, features } from './backoff.js';
import { DEPOSIT, EMPLOYER, landlordTold } from './cues.js';
import { type Hit, type Term, asHit, isNegated } from './keywords.js';
import { LOCATION_FACTOR } from './place-words.js';
import type { Reading } from './reading.js';
import { FALLBACK_CATEGORY } from './words.js';

/** The fallback category's own keywords count this much. */
const FALLBACK_FACTOR = 0.5;

/** A topic word (topics.ts) counts this much for the category its topic maps to (2+ characters). */
export const TOPIC_WEIGHT = 0.6;

/** Less evidence than this for the best category leaves the report in `other`. */
export const MIN_EVIDENCE = 0.25;
/** Scores closer than this are a tie, decided by the pack's `precedence`. */
export const TIE = 1e-6;

/**
 * Drink (喝多了, 醉): a violence word, as drunks make trouble — but a drunk who will not wake or cannot breathe
 * (喝多了的乘客…怎么拍都不醒) is a patient, when nobody is violent.
 */
const DRUNK = /^(?:喝多了?|醉|喝醉了?|\bdrunk\b)$/;
const PATIENT_SIGNALS = new Set(['unconscious', 'breathing', 'poisoning', 'medical']);
function drunkPatient(signals: readonly string[]): boolean {
  return signals.some((s) => PATIENT_SIGNALS.has(s)) && !signals.includes('violence');
}

/** Parking an e-bike (停电驴, 停电动车, 停电瓶车): its 停电 is no power cut. */
const BIKE_PARKED = /停电(?:驴|动车|瓶车|单车)/g;
/** Orders, hours or trips run: 跑了六十单, 跑了十二个小时. */
const RUN_ORDERS = /^跑了?[0-9一二两三四五六七八九十百几]+(?:单|个?小时|个钟|趟|公里)/;

const strong = (word: string): number => (STRONG_WORDS.has(word) ? 2 : 1);

/**
 * The evidence for each category: the pack's keywords and descriptions, backoff pairs no keyword explains, and the
 * built-in topic words (topics.ts); with a word of aggression or a fine with its amount, if the report has one.
 */
export function weighEvidence(r: Reading, backoff: Map<string, Map<string, number>>) {
  const { a, asContext, asInjury, asPlace, bought, caughtInHazard, hits, inLonger, moved, topics } = r;
  const scores = new Map<string, number>();
  /** Categories of money and platform trouble (fines, pay, accounts): never what an emergency is about. */
  const moneyIds = new Set(
    (['pay', 'arrears', 'platform', 'account'] as const).flatMap((t) => topics.get(t) ?? []),
  );
  /** Where the category's first keyword hit starts: on a tie, the topic named first wins. */
  const first = new Map<string, number>();
  /** `own`: evidence of the fallback's own topic (union, training, suggestions), which counts in full. */
  const add = (id: string, w: number, at: number, own = false): void => {
    const weight = id === FALLBACK_CATEGORY && !own ? w * FALLBACK_FACTOR : w;
    scores.set(id, (scores.get(id) ?? 0) + weight);
    if (!first.has(id) || at < (first.get(id) ?? Infinity)) first.set(id, at);
  };
  const seen = new Set<Term>();
  // A word inside a longer phrase of another topic is part of it: "health" in "health certificate", the
  // 停电 (power cut) of 停电动车 (parking an e-bike).
  const partOfPhrase = (h: Hit): boolean =>
    hits.some((o) => {
      const id = topics.get(o.topic);
      return (
        id !== undefined &&
        !h.term.categories.has(id) &&
        o.word.length > h.end - h.start &&
        o.start <= h.start &&
        o.start + o.word.length >= h.end
      );
    });
  for (const h of a.topical) {
    if (seen.has(h.term) || partOfPhrase(h)) continue; // a repeated word counts once
    seen.add(h.term);
    const place =
      asPlace(h.start, h.end) *
      asInjury(h.start, h.term.categories, h.end) *
      asContext(h.start) *
      bought(h.term.text, h.start);
    for (const id of new Set([...h.term.categories].map((c) => moved(c, h.term.text, [h.start, h.end]))))
      add(id, h.term.weight * h.factor * place, h.start);
  }
  const seenKeys = new Set<string>();
  const soft = new Map<string, { w: number; at: number }>();
  const bikeParked = [...a.norm.matchAll(BIKE_PARKED)];
  for (const f of features(a.norm)) {
    // Only words no keyword explains: 「晕倒了」 is an emergency, not the 倒了 of 树倒了.
    if (seenKeys.has(f.key) || a.covered.subarray(f.start, f.end).some((c) => c === 1)) continue;
    // 跑了六十单 is a day's work, not a boss who ran off (老板跑了).
    if (RUN_ORDERS.test(a.norm.slice(f.start, f.start + 12))) continue;
    // …nor the 停电 of 停电驴, 停电动车 (parking an e-bike): no power cut (round 35).
    if (bikeParked.some((m) => m.index <= f.start && m.index + m[0].length >= f.end)) continue;
    seenKeys.add(f.key);
    const place = asPlace(f.start, f.end) * asContext(f.start);
    for (const [id, w] of backoff.get(f.key) ?? []) {
      const s = soft.get(id);
      soft.set(id, {
        w: (s?.w ?? 0) + w * place,
        at: Math.min(s?.at ?? Infinity, a.norm.length + f.start),
      });
    }
  }
  for (const [id, s] of soft) if (scores.has(id) || s.w >= BACKOFF_MIN) add(id, s.w, s.at);
  // Built-in knowledge (topics.ts): everyday words of a topic, and the emergency the report describes.
  /** A strong word of aggression (推了我, 骂人, threatened) in the report: see AGGRESSION_DECIDES. */
  let aggression: string | undefined;
  /** A fine or deduction with its amount (扣全勤奖三百, 每人罚一百): see below. */
  let fine: string | undefined;
  const patient = drunkPatient(a.signals);
  for (const h of hits) {
    // A word inside a longer word of another topic is part of that word: 刮倒 in 树被风刮倒.
    if (inLonger(h)) continue;
    // A deposit kept with no one named who keeps it (押金不退, yajin bu tui): the pack's own words decide.
    if (DEPOSIT.test(h.word) && !landlordTold(a.norm) && !EMPLOYER.test(a.norm)) continue;
    if (patient && h.topic === 'violence' && DRUNK.test(h.word)) continue;
    const topicId = topics.get(h.topic);
    const id = topicId && moved(topicId, h.word, [h.start, h.start + h.word.length]);
    const place =
      asPlace(h.start, h.start + h.word.length) *
      asContext(h.start) *
      bought(h.word, h.start) *
      (h.topic === 'injury' ? asInjury(h.start, id ? [id] : [], h.start + h.word.length) : 1) *
      (caughtInHazard(h) ? LOCATION_FACTOR : 1);
    // 我骂人, 说我骂人: the worker is the one said to act, not the one attacked.
    const byWorker = a.norm[h.start - 1] === '我' && !h.word.startsWith('被');
    // A structure of aggression (被人撬走了, 把我推下台阶, 被…打了) decides as a strong word does.
    const aggressive = STRONG_WORDS.has(h.word) || (h.pattern && h.topic === 'violence');
    if (id && place === 1 && !byWorker && aggressive && !isNegated(a.norm, asHit(h))) aggression = id;
    if (id && place === 1 && h.pattern && h.topic === 'pay' && !isNegated(a.norm, asHit(h))) fine = id;
    if (id)
      add(
        id,
        (TOPIC_WEIGHT *
          Math.min(2, [...h.word.replace(/ /g, '')].length) *
          place *
          (h.pattern ? 2 : byWorker ? 1 : strong(h.word))) /
          2,
        a.norm.length + h.start,
        h.topic === 'community',
      );
  }
  return { add, aggression, fine, first, moneyIds, scores };
}

export type Evidence = ReturnType<typeof weighEvidence>;
