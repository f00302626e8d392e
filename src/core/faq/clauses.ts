/**
 * A question's clauses, and when it counts as a story: shared by the answerer (ask.ts) and the scope
 * checks (scope.ts), so both read a story's question from the same clauses.
 */
import { hasWords } from '../text.js';

/** Clauses from which a question is a story (its question at the end). */
export const STORY_CLAUSES = 4;

/** Clauses of a question: split at punctuation, and at spaces next to Chinese characters. */
export function clauses(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/[,.!?;:，。！？；：、\n]+|(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/u)
    .map((c) => c.trim())
    .filter((c) => hasWords(c));
}
