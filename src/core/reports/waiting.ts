/**
 * A ticket waiting on its reporter (the branch asked, status `waiting`; QA9 #7). The store pauses the resolve
 * deadline while it waits (lua/includes/ticket.lua `start_wait`/`end_wait`); the sweep reminds the worker once
 * after `NUDGE_AFTER_MS` (the effects send it, `nudged`); the morning digest lists the tickets waiting and, after
 * `UNANSWERED_AFTER_MS`, says the branch may close one as unanswered — nothing closes by itself.
 */

const HOUR = 3_600_000;

/** The worker is reminded of an unanswered question this long after the wait began. */
export const NUDGE_AFTER_MS = 24 * HOUR;

/** After this long without an answer the digest says the branch may close the ticket as unanswered. */
export const UNANSWERED_AFTER_MS = 7 * 24 * HOUR;

/** The once-only mark of the worker's reminder for one wait (a new wait, after an answer, earns a new one). */
export const nudgeFlag = (waitingSince: number) => `nudge:${waitingSince}`;
