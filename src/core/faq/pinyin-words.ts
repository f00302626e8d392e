/**
 * The words a question typed in pinyin is read back into: what the pack's FAQ entries say, and the everyday words
 * the built-in lexicon knows beyond the pack. The FAQ's reader (ask.ts) and free chat's danger reader
 * (reports/classify/pinyin.ts) both hear them, so one question is read one way in both.
 */
import type { ContentPack } from '../content/schema.js';
import type { Lexicon } from './lexicon.js';

/** Characters of each answer whose words a pinyin question may use (the lead says what the entry is about). */
const ANSWER_CHARS = 300;

/** Each entry's title, example questions, tags and the start of its answer. */
export function faqPinyinTexts(pack: ContentPack): string[] {
  return pack.faq.flatMap((e) => [e.title, ...e.questions, ...e.tags, e.answer.slice(0, ANSWER_CHARS)]);
}

/** Words beyond the pack (失业金, 公积金, other cities) and workers' words for its topics. */
export function everydayPinyinWords(lex: Lexicon): string[] {
  return [...lex.beyond, ...lex.elsewhere, ...lex.concepts.flat(), ...Object.values(lex.colloquial)];
}
