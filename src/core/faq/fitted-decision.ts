/**
 * A small fixed model for the one place the hand-set cascade in ask.ts declines most often wrongly: an entry
 * written as an answer (fewer than `FEW_EXAMPLES` example questions) that the question matches without a
 * character the whole pack lacks. A logistic regression on what a `FaqHit` and its runner-up carry, and on how
 * long and story-like the question is, says how likely that entry is right; at `FITTED_SURE` or more it is the
 * answer (docs/rounds/faq.md, "Decision refitted across 25 packs (stop 32)"). Shared by every pack: the chat and
 * `eval:faq` decide with it alike.
 *
 * Fitted on the 25 tuned packs' FAQ dev sets (never held-out), logistic regression on the live lines:
 *   npx tsx scripts/faq-decision-export.ts $(sets) > rows.jsonl
 *   npx tsx scripts/faq-decision-lopo.ts rows.jsonl --only lrS+few0w --fit   # prints `raw weights`
 * Left out pack by pack (25 folds) it gained 13 lines of 11,179 over the stop-25 model, kept one refusal more,
 * answered 5 more wrong, and lost no pack more than 1 line in 200. The threshold is the one 20 of the 25 folds chose.
 */
import { STORY_CLAUSES } from './clauses.js';
import { FEW_EXAMPLES } from './postings.js';

/** What the decision reads of the best entry and its runner-up (as `rival()` in ask.ts counts it). */
export interface DecisionInput {
  score: number;
  secondScore: number;
  content: number;
  secondContent: number;
  closest: number;
  standIn: number;
  coverage: number;
  words: number;
  bm25: number;
  asked: number;
  /** The entry's authored example questions. */
  examples: number;
  /** Clauses of the question (`clauses()`). */
  clauses: number;
  /** The question's characters, spaces left out (how long it is told). */
  length: number;
  /** Its distinct content characters, and those of them no entry of the pack has. */
  chars: number;
  unseenChars: number;
}

/** How long a question is told, 0..1 (60 characters or more: 1). */
const long = (x: DecisionInput) => Math.min(x.length, 60) / 60;
const logLead = (x: DecisionInput) =>
  Math.min(3, Math.max(-3, Math.log((x.score + 1e-3) / (x.secondScore + 1e-3))));

/** The features in the order of `WEIGHTS` (names as scripts/faq-decision-lopo.ts prints them). */
export const DECISION_FEATURES: [string, (x: DecisionInput) => number][] = [
  ['log score', (x) => Math.log(x.score + 1e-3)],
  ['log lead', logLead],
  ['content', (x) => x.content],
  ['content lead', (x) => x.content - x.secondContent],
  ['closest', (x) => x.closest],
  ['standIn', (x) => x.standIn],
  ['coverage', (x) => x.coverage],
  ['words', (x) => Math.min(x.words, 5) / 5],
  ['log bm25', (x) => Math.log1p(x.bm25)],
  ['asked', (x) => x.asked],
  ['few examples', (x) => (x.examples < FEW_EXAMPLES ? 1 : 0)],
  ['story', (x) => (x.clauses >= STORY_CLAUSES ? 1 : 0)],
  // Stop 32: how story-like the question is, and its length meeting closeness, content and lead (a long story sits
  // far from every example question however right its entry is).
  ['long', long],
  ['clauses', (x) => Math.min(x.clauses, 6) / 6],
  ['closest x long', (x) => x.closest * long(x)],
  ['content x long', (x) => x.content * long(x)],
  ['log lead x long', (x) => logLead(x) * long(x)],
  ['unseen', (x) => Math.min(x.unseenChars, 5) / 5],
  ['unseen share', (x) => (x.chars ? x.unseenChars / x.chars : 0)],
];

/** The stop-25 model's features (the first twelve), which scripts/faq-decision-lopo.ts still compares. */
export const STOP25_FEATURES = 12;

/** Weights in the features' own units, from `--fit` (2026-12-05, 11,179 dev lines of 25 packs). */
const WEIGHTS = [
  0.6776, 0.4162, 2.2648, 3.6339, -0.6038, -0.3891, 0.2716, 1.227, 1.2021, -0.1319, -0.1187, -0.6485, -0.5862,
  3.4446, -1.2627, 3.1108, 1.1601, 0.1183, -0.5506,
];
const BIAS = -1.4955;
/**
 * The fitted probability at which the entry is the answer: the threshold 20 of the 25 folds chose (a wrong answer
 * counting twice); fitted on all 25 packs the search picks 0.60, which keeps 5 refusals fewer in sample.
 */
export const FITTED_SURE = 0.75;

/** How likely the best entry is right, 0..1. */
export function fittedProbability(x: DecisionInput): number {
  const z = DECISION_FEATURES.reduce((s, [, f], j) => s + f(x) * WEIGHTS[j]!, BIAS);
  return 1 / (1 + Math.exp(-z));
}
