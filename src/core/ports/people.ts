/** What the bot remembers about a person across updates: the language and script they last wrote in. */
import type { Locale } from '../content/schema.js';

export interface PeopleRepo {
  writtenLocale(channel: string, userId: string): Promise<Locale | undefined>;
  setWrittenLocale(channel: string, userId: string, locale: Locale): Promise<void>;
}
