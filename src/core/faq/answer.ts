/**
 * What one question to the asker takes (`AskOptions`) and gives back (`Answer`): an entry, "not sure" with the
 * closest entries, stations, nothing, or why a message is no question — and the entries a reply puts one tap
 * away. Apart from the asker because the chat's replies, follow-ups, the eval and the tests read these kinds
 * without needing how an answer is decided.
 */
import type { Service, StationQuery } from '../stations/query.js';
import type { StationResults } from '../stations/search.js';
import type { GeoPoint } from '../types.js';
import type { FaqHit } from './index.js';
import type { Thresholds } from './thresholds.js';

export type InvalidReason = 'empty' | 'no-words' | 'number' | 'language' | 'too-long';

export type Answer =
  | { kind: 'faq'; hit: FaqHit; others: FaqHit[] }
  | { kind: 'weak'; candidates: FaqHit[] }
  | { kind: 'unknown' }
  | {
      kind: 'stations';
      query: StationQuery;
      results: StationResults;
      located: boolean;
      badLocation?: boolean;
      /** The question named this station and asked about it (its hours, a service): its card alone. */
      named?: string;
    }
  | { kind: 'invalid'; reason: InvalidReason };

/** Runner-ups an answer offers as buttons beside it: close to it in score, two at most. */
export function runnersUp(a: Extract<Answer, { kind: 'faq' }>, t: Thresholds): FaqHit[] {
  return a.others.filter((h) => h.score >= t.alsoOffer * a.hit.score).slice(0, 2);
}

/** The entries a reply puts one tap away: a "not sure" reply's guesses, an answer's close runner-ups. */
export function offeredEntries(a: Answer, t: Thresholds): FaqHit[] {
  if (a.kind === 'weak') return a.candidates;
  if (a.kind === 'faq') return runnersUp(a, t);
  return [];
}

export interface AskOptions {
  now: Date;
  timeZone: string;
  /** A shared location (Telegram location or live location). */
  location?: GeoPoint;
  /** Services carried over from an earlier question ("哪里能充电" → then a location). */
  services?: Service[];
  allDay?: boolean;
}
