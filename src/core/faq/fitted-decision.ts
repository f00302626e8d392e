/**
 * A small fixed model for the one place the hand-set cascade in ask.ts declines most often wrongly: an entry
 * written as an answer (fewer than `FEW_EXAMPLES` example questions) that the question matches without a
 * character the whole pack lacks. A logistic regression on what a `FaqHit` and its runner-up carry says how
 * likely that entry is right; at `FITTED_SURE` or more it is the answer (docs/faq.md, "Decision refitted
 * across ten packs (stop 25)"). Shared by every pack: the chat and `eval:faq` decide with it alike.
 *
 * Fitted on the ten tuneable packs' FAQ dev sets (never held-out), logistic regression on the live lines,
 * threshold chosen counting a wrong answer twice (a "not sure" still offers the entry one tap away):
 *   npx tsx scripts/faq-decision-export.ts $(sets) > rows.jsonl
 *   npx tsx scripts/faq-decision-lopo.ts rows.jsonl --fit      # prints `raw weights` and the threshold
 * Left out pack by pack (ten folds) it gained 5 lines of 4,118 and 2 wrong answers, and lost none on any pack.
 */
import { STORY_CLAUSES } from './clauses.js';
import { FEW_EXAMPLES } from './index.js';

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
}

/** The features in the order of `WEIGHTS` (names as scripts/faq-decision-lopo.ts prints them). */
export const DECISION_FEATURES: [string, (x: DecisionInput) => number][] = [
  ['log score', (x) => Math.log(x.score + 1e-3)],
  ['log lead', (x) => Math.min(3, Math.max(-3, Math.log((x.score + 1e-3) / (x.secondScore + 1e-3))))],
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
];

/** Weights in the features' own units, from `--fit` (2026-12-04, 4,118 dev lines of ten packs). */
const WEIGHTS = [
  0.5454, 0.5983, 2.4859, 3.4811, 1.4047, -1.234, -0.3866, 1.2791, 0.4461, 0.3052, 0.1313, 0.8033,
];
const BIAS = -0.6387;
/** The fitted probability at which the entry is the answer. */
export const FITTED_SURE = 0.8;

/** How likely the best entry is right, 0..1. */
export function fittedProbability(x: DecisionInput): number {
  const z = DECISION_FEATURES.reduce((s, [, f], j) => s + f(x) * WEIGHTS[j]!, BIAS);
  return 1 / (1 + Math.exp(-z));
}
