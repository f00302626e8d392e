/**
 * An entry's whole text as written — title, example questions (learned ones too), tags and answer — for the
 * checks that ask whether an entry says something at all (a relative, an age, a detail, an amenity). Packs are
 * written in simplified Chinese, so it is not normalised: normalising every answered entry's text would cost
 * more than the whole search at 10,000 entries.
 */
import type { FaqEntry } from '../content/schema.js';

export function wholeText(entry: FaqEntry): string {
  return `${entry.title} ${entry.questions.join(' ')} ${entry.tags.join(' ')} ${entry.answer}`;
}
