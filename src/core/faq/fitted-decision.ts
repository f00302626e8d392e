/**
 * A small fixed model for the one place the hand-set cascade in ask.ts declines most often wrongly: an entry
 * written as an answer (fewer than `FEW_EXAMPLES` example questions). A logistic regression on what a `FaqHit` and
 * its runner-up carry, on how long and story-like the question is, and on how many of its content characters no
 * entry of the pack has, says how likely that entry is right; at `FITTED_SURE` or more it is the answer
 * (docs/rounds/faq.md, "Decision refitted at stop 41"). Shared by every pack: the chat and `eval:faq` decide with it alike.
 *
 * Fitted on the tuned packs' FAQ dev sets (never held-out), logistic regression on the live lines; refit after
 * knowledge changes with `npm run faq:decision:refit` (rewrites `WEIGHTS` and `BIAS` below). Left out pack by pack
 * (28 folds, 12,034 lines) it gained 28 lines over the stop-32 model, kept every refusal, answered 2 more wrong, and
 * lost no pack more than 1 line in 200. The threshold is the one 25 of the 28 folds chose.
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

/** Weights in the features' own units, from `npm run faq:decision:refit` (stop 41: 12,034 dev lines of 28 packs). */
const WEIGHTS = [
  0.6893, 0.4068, 2.2356, 3.088, -0.6772, 0.0293, 0.3711, 1.4432, 1.3121, 0.0887, -0.148, -0.9038, -0.3556,
  3.7432, -1.8606, 2.9276, 1.1425, 0.5389, -1.6048,
];
const BIAS = -1.5482;
/**
 * The fitted probability at which the entry is the answer, whatever characters the pack lacks (their count and share
 * are features): the threshold 25 of the 28 folds chose among those keeping their training packs' refusals, and the
 * one the search picks on all packs.
 */
export const FITTED_SURE = 0.85;

/** How likely the best entry is right, 0..1. */
export function fittedProbability(x: DecisionInput): number {
  const z = DECISION_FEATURES.reduce((s, [, f], j) => s + f(x) * WEIGHTS[j]!, BIAS);
  return 1 / (1 + Math.exp(-z));
}
