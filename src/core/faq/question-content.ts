/**
 * A question's content characters: its Chinese characters less the fillers (lexicon.yaml `fillers`) and the
 * context phrases (`context`: 跑单, 想问…), which say how it is asked or who asks, not what about. The decision
 * counts them (does a clause, or the rest of a question, say enough on its own?) and the entry checks set the
 * same words aside; one module, so both read one definition.
 */
import type { FaqEntry } from '../content/schema.js';
import type { FaqIndex } from './index.js';
import type { Lexicon } from './lexicon.js';
import { normalize } from './normalize.js';
import { wholeText } from './whole-text.js';

/**
 * The content measures of questions asked of one pack's entries.
 * `skip`: the filler characters; `context`: the context phrases, longest first (both normalised).
 */
export function questionContent(index: FaqIndex, entries: readonly FaqEntry[], lex: Lexicon) {
  const skip = new Set(lex.fillers.flatMap((w) => [...normalize(w)]));
  const context = lex.context.map((w) => normalize(w)).sort((a, b) => b.length - a.length);

  /** Chinese content characters of a text: no fillers, no context words (跑单, 想问…). */
  function contentChars(text: string): number {
    return contentCharacters(text).length;
  }

  function contentCharacters(text: string): string[] {
    let q = index.plain(text);
    for (const w of context) q = q.split(w).join('');
    return [...q].filter((c) => /\p{Script=Han}/u.test(c) && !skip.has(c));
  }

  /** The distinct content characters of a text. */
  function contentSet(text: string): string[] {
    return [...new Set(contentCharacters(text))];
  }

  /** Every character of the pack's entries (normalised), built on first need. */
  let packChars: Set<string> | undefined;
  /**
   * Distinct content characters of a question that no entry of the pack has, the question read in the pack's
   * words first (`FaqIndex.questionText`): a worker's word for a built-in concept the pack words otherwise
   * (拉肚子 where the pack says 看病, 翻车 for 事故, 自稱 beside 客服) is not a topic the pack lacks.
   */
  function unseenChars(text: string): number {
    packChars ??= new Set(entries.flatMap((e) => [...normalize(wholeText(e))]));
    return contentSet(index.questionText(text)).filter((c) => !packChars!.has(c)).length;
  }

  return { skip, context, contentChars, contentSet, unseenChars };
}

export type QuestionContent = ReturnType<typeof questionContent>;
