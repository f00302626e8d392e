/**
 * What the bot remembers about a person across updates: the language and script they last wrote in, and how
 * many messages they sent the bot in a chat this minute (core/flood.ts).
 */
import type { Locale } from '../content/schema.js';
import type { DialogOwner } from './dialogs.js';

export interface PeopleRepo {
  /**
   * The language the person last wrote in; none when `client` (their client's language now) is not the one they had
   * then — they changed their app's language since, a choice that outweighs what they wrote before.
   */
  writtenLocale(channel: string, userId: string, client?: Locale): Promise<Locale | undefined>;
  /** Remember `locale`, with the client's language at the time (`client`) to tell a later change of it. */
  setWrittenLocale(channel: string, userId: string, locale: Locale, client?: Locale): Promise<void>;
  /** Count one message from a person in a chat in the minute `minute` (epoch minutes); returns the count so far. */
  countMessage(owner: DialogOwner, minute: number): Promise<number>;
}
