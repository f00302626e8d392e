/**
 * What the bot remembers about a person across updates: the language and script they last wrote in, and how
 * many messages they sent the bot in a chat this minute (core/flood.ts).
 */
import type { Locale } from '../content/schema.js';
import type { DialogOwner } from './dialogs.js';

export interface PeopleRepo {
  writtenLocale(channel: string, userId: string): Promise<Locale | undefined>;
  setWrittenLocale(channel: string, userId: string, locale: Locale): Promise<void>;
  /** Count one message from a person in a chat in the minute `minute` (epoch minutes); returns the count so far. */
  countMessage(owner: DialogOwner, minute: number): Promise<number>;
}
