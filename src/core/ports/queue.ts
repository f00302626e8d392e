/**
 * The triage queue as a list to filter and page (the web board): tickets a person may see, by branch,
 * state, category, area, urgency and overdue, in the chat's /queue order for open tickets.
 */
import type { Ticket } from './tickets.js';

export const QUEUE_PAGE_SIZE = 20;
export const QUEUE_STATES = ['open', 'new', 'claimed', 'waiting', 'resolved', 'closed', 'all'] as const;
export type StateFilter = (typeof QUEUE_STATES)[number];

/** The area filter's value for reports that named no place (the figures' "没写地点的反映" links). */
export const NO_AREA = '-';

export const isQueueState = (s: string): s is StateFilter => (QUEUE_STATES as readonly string[]).includes(s);

export interface QueueFilter {
  branches: readonly string[];
  /**
   * `branches` are every branch of the district (an organiser's unfiltered view): a closed/all list may read
   * the district's creation index instead of one per branch (the same tickets, one read).
   */
  everyBranch?: boolean;
  state: StateFilter;
  category?: string;
  /**
   * The ticket's area (a branch's `areas` name, as intake and the figures' clusters record it), or
   * NO_AREA: the reports that named no place.
   */
  area?: string;
  /** Created on this local day (`YYYY-MM-DD`, the ticket's figures day) or later: a cluster's 30 days. */
  since?: string;
  /** Created on this local day or earlier: a past month's clusters end with that month. */
  until?: string;
  urgency?: string;
  /**
   * Shared location within this box (south, west, north, east, degrees, edges included): a cluster of the
   * reports map. Tickets without a location never match.
   */
  box?: readonly [number, number, number, number];
  overdue: boolean;
  page: number;
}

export interface QueuePage {
  tickets: Ticket[];
  /** Matches found (within the store's scan cap). */
  total: number;
  page: number;
  pages: number;
  /**
   * The store read only its newest `cap` candidates (per queue for open tickets, per person's branches by
   * creation otherwise): older matches exist that the list does not show; days or filters narrow it.
   */
  capped?: number;
}

export interface QueueRepo {
  page(filter: QueueFilter, now: number): Promise<QueuePage>;
}
