/**
 * The intake's decisions, shared by every channel's report form (Telegram's step-by-step dialog in a
 * private chat, Slack's modal): whether a worker may file another report this hour, and which category
 * and urgency a report gets. Adapters render the outcome; they never decide it themselves.
 */
import type { ContentPack } from '../content/schema.js';
import type { CoreDeps } from '../feature.js';
import type { Channel } from '../types.js';
import { zonedParts } from '../zoned.js';
import { maxUrgency, type Urgency } from './classify.js';
import type { Classification, ReportsKit } from './kit.js';

export const HOUR = 3_600_000;

/** The start of a ticket number filed at `at` (JN-2026-): the pack's prefix and the year in the bot's time zone. */
export function numberPrefix(deps: CoreDeps, at: number): string {
  return `${deps.content.get().settings.ticketPrefix}-${zonedParts(at, deps.timezone).year}-`;
}

/** Reports a worker may file in an hour: an emergency has the pack's `extraEmergencyReports` more room. */
export function reportAllowance(pack: ContentPack, urgency: Urgency = 'normal'): number {
  const { reportsPerHour, extraEmergencyReports } = pack.settings;
  return reportsPerHour + (urgency === 'emergency' ? extraEmergencyReports : 0);
}

/**
 * True when the worker has filed as many reports of this urgency as the hour allows (`reportAllowance`).
 * A courtesy check before asking anything; filing checks again atomically (`fileReport`), so a race
 * cannot get past it.
 */
export async function outOfReports(
  deps: CoreDeps,
  reporter: { channel: Channel; id: string },
  urgency: Urgency = 'normal',
): Promise<boolean> {
  const limit = reportAllowance(deps.content.get(), urgency);
  const since = deps.now().getTime() - HOUR;
  return (await deps.store.tickets.countSince(reporter.channel, reporter.id, since)) >= limit;
}

/** A report's category, urgency and confidence (and the model's one-line summary, when it gave one). */
export type Decision = Pick<Classification, 'category' | 'urgency' | 'confidence' | 'summary'>;

/** What the classifier proposed earlier for the same report (Slack: when the form opened). */
export interface Proposal {
  category: string;
  urgency: Urgency;
  confidence: number;
}

/**
 * Category, urgency and confidence of a report. Without a pick the classifier decides from the words.
 * With one (the worker knows the topic) the category's urgency — or the proposal's, when the pick is what
 * was proposed — raised by the words: an emergency said in words is never lowered by a chosen category.
 * A pick the pack does not know counts as none.
 */
export async function decideCategory(
  kit: ReportsKit,
  pack: ContentPack,
  text: string,
  pick?: { category: string; proposal?: Proposal | undefined },
): Promise<Decision> {
  const category = pick && pack.categories.categories.find((c) => c.id === pick.category);
  if (!category) return kit.classify(pack, text);
  const kept = pick.proposal?.category === category.id ? pick.proposal : undefined;
  const base = kept?.urgency ?? category.urgency;
  const raised = kit.keywordUrgency(pack, text);
  return {
    category: category.id,
    urgency: raised ? maxUrgency(base, raised) : base,
    confidence: kept?.confidence ?? 1,
  };
}
