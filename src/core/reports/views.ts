/**
 * What people see of a ticket, as cards: the triage card (edited in place as the ticket moves), the
 * worker's receipt and notices, /mytickets, /queue pages, and a ticket with its history. Pure functions
 * of a ticket and a translator; every text from a person goes in as a plain span (the renderers escape
 * it), and staff views mask phone and ID numbers with `maskText`.
 *
 *   triageCard(ticket, view)   // → { text: [...], buttons: [[签收, 询问], …] }
 *
 * Its parts (views/), by who reads them: the words they all share — limits, `View`, status, urgency, category,
 * durations, names, the claimer, callback data (`words.ts`); the emergency numbers a worker in danger reads first
 * (`emergency-block.ts`); the body staff read of a ticket (`staff-body.ts`), as the triage card and its buttons
 * (`triage-card.ts`) and as the full view with the rest of a long report (`staff-pages.ts`); a ticket's history and
 * what an event says (`history.ts`); evidence photos (`photos.ts`); the escalation chat's cards — 督办, the sweep's
 * summary, the emergency heads-up (`escalation-cards.ts`); reminders before a deadline (`reminders.ts`); what the
 * reporter reads (`worker-views.ts`); /queue pages (`queue-pages.ts`). This file is the contract: other modules
 * import from here.
 */
export {
  CARD_NOTE_MAX,
  CARD_TEXT_MAX,
  TEXT_PAGE_MAX,
  VIEW_TEXT_MAX,
  action,
  branchLabel,
  categoryName,
  duration,
  isPaused,
  noteText,
  namedOrRole,
  ownerText,
  pausedLeft,
  staffName,
  stars,
  statusText,
  ticketStateText,
  urgencyText,
  when,
  workerAction,
  workerName,
  workerStatusText,
  type View,
} from './views/words.js';
export { emergencyBlock, emergencyLine } from './views/emergency-block.js';
export {
  movedCard,
  promptClosedCard,
  retiredCopyCard,
  ticketNowText,
  triageButtons,
  triageCard,
} from './views/triage-card.js';
export { staffTextPages, staffTicketCard, staffTicketCards } from './views/staff-pages.js';
export { eventWords, history, overdueReason } from './views/history.js';
export { evidencePhotos, photoCards } from './views/photos.js';
export {
  emergencyAlertCard,
  escalationBatchCard,
  escalationCard,
  shortNumber,
  type BatchLine,
} from './views/escalation-cards.js';
export { reminderCard } from './views/reminders.js';
export {
  myTicketsCard,
  ratingButtons,
  receiptCard,
  resolutionCards,
  solvedButtons,
  withdrawConfirmCard,
  workerNoteCards,
  workerTicketCard,
} from './views/worker-views.js';
export {
  GONE_QUEUE,
  QUEUE_PAGE,
  dueText,
  overviewCard,
  queueCard,
  ticketRows,
  type BranchCounts,
} from './views/queue-pages.js';
