/**
 * The asker's thresholds: when the best entry is given as the answer, when entries are only offered ("did you
 * mean"), and when a question naming a place is the FAQ's rather than station search's. Apart from the asker
 * so that tuning scripts and tests can read and override them without its code; the measurements behind each
 * are in docs/faq.md ("Deciding").
 */
import { FITTED_SURE } from './fitted-decision.js';

export interface Thresholds {
  /**
   * The best entry is given as the answer when all of these hold (docs/faq.md, "Deciding"):
   * its ranking score is at least `confident`, its share of the question's weight at least `coverage`…
   */
  confident: number;
  coverage: number;
  /** …its share of the question's salient content (`FaqHit.content`) at least `content`… */
  content: number;
  /** …its closest example question (or title) at least this close… */
  closest: number;
  /** …and it leads the second entry's score by at least `margin`, unless its score is at least `sure`. */
  margin: number;
  sure: number;
  /** Share of `closest` required of an entry without example questions (its stand-ins are worded as answers). */
  questionless: number;
  /** Share of `content` required of such an entry (a worker's words meet its answer's, not a question's). */
  questionlessContent: number;
  /** Or: the best entry scores this many times the second's and covers at least `dominantContent`. */
  dominance: number;
  dominantContent: number;
  /** Below this score an entry is not even offered as "did you mean" (a tap away costs a worker little; chosen
   *  across six packs' dev sets: the right entry offered for 102 of 143 wrongly refused questions, 77 at 0.15). */
  suggest: number;
  /**
   * Nor is an entry holding less than this share of the question's content: it matched only how the question is
   * framed (驿站那个阿姨姓什么 → the labour-contract entry). Dev sets, 13 packs: of 231 such buttons one was right.
   */
  offerContent: number;
  /**
   * A runner-up scoring at least this share of the answer's score is offered beside it ("or did you mean"):
   * close calls are where a wrong answer hides (dev sets: the right entry for 19 of 62 wrong answers, shown
   * with 11% of right ones).
   */
  alsoOffer: number;
  /** Closeness to an example question at which a place-less "where…" question is the FAQ's. */
  nearVerbatim: number;
  /** …or the share of its salient content a confident FAQ answer covers. */
  ownTopic: number;
  /** …or this many content characters that no place, service or cue word accounts for (`StationQuery.topic`). */
  ownWords: number;
  /** A place named in a question with this many other content characters and no station word is incidental. */
  story: number;
  /** Longest question (in characters) the bot tries to answer. */
  maxChars: number;
  /** Share of what the question asks (`focusOf`: 能退吗, 找谁修) the answered entry's own text must have. */
  focus: number;
  /**
   * Or close enough: the entry's example questions together (`FaqHit.asked`) hold this share of the
   * question's weight (an entry with `FEW_EXAMPLES` or more examples).
   */
  asked: number;
  /** An entry covering less than this share of the question's salient content matched its frame only (`contentFirst`). */
  frameOnly: number;
  /** Or it leads the second entry this many times in `content` (`leads`); 0: off. */
  contentLead: number;
  /**
   * A story (`STORY_CLAUSES`+ clauses) is answered by an entry scoring `dominance` times the runner-up
   * that holds at least this share of its salient content, however far its examples are (0: off).
   */
  storyContent: number;
  /**
   * Or, for an entry with fewer than `FEW_EXAMPLES` example questions: it scores `leader` times the
   * runner-up and covers at least `leaderContent` of the salient content, however far its examples are (0: off).
   */
  leader: number;
  leaderContent: number;
  /**
   * Or, for such an entry found by both its head (title, tags, examples) and its answer (`FaqHit.head`,
   * `FaqHit.body`): it scores `clearLead` times the runner-up and covers at least `clearContent` (0: off).
   */
  clearLead: number;
  clearContent: number;
  /**
   * Share of its score with which a runner-up that matched only how the question is asked (`frameOnly`:
   * 有没有, 找谁说说 in a question-like title) counts against the best entry: it is no rival on the topic.
   */
  frameRival: number;
  /**
   * Or, for an entry with fewer than `FEW_EXAMPLES` example questions: the fitted model (`fitted-decision.ts`)
   * says it is right with at least this probability (above 1: off).
   */
  fitted: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  confident: 0,
  coverage: 0,
  content: 0.34,
  closest: 0.17,
  margin: 0.02,
  sure: 0.6,
  questionless: 0.5,
  questionlessContent: 1,
  dominance: 1.6,
  dominantContent: 0.28,
  suggest: 0.12,
  offerContent: 0.05,
  alsoOffer: 0.7,
  nearVerbatim: 0.8,
  ownTopic: 0.7,
  ownWords: 4,
  story: 8,
  maxChars: 500,
  focus: 0.3,
  asked: 0.4,
  frameOnly: 0.1,
  contentLead: 1.5,
  storyContent: 0.15,
  leader: 2.5,
  leaderContent: 0.2,
  clearLead: 3.5,
  clearContent: 0.12,
  frameRival: 0.3,
  fitted: FITTED_SURE,
};
