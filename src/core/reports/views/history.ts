/**
 * A ticket's history, one line per event, as staff read it (numbers masked) and as its reporter reads it (outcomes,
 * never the branches' reasons), and what an event says — the sweep's reasons in the reader's language.
 */
import type { Span } from '../../card.js';
import { branchLabel } from '../../groups/branch-name.js';
import type { Translate } from '../../i18n.js';
import { maskText } from '../../mask.js';
import { personKey } from '../../ports/groups.js';
import { ellipsis } from '../../text.js';
import { forLocale, markChinese } from '../../script.js';
import type { Ticket, TicketEvent } from '../../ports/tickets.js';
import { durationText } from '../figures.js';
import { categoryName, namedOrRole, stars, staffActor, when, workerActor, type View } from './words.js';

/**
 * What a worker is shown of internal steps: outcomes, never the branches' reasons. A transfer or return
 * says only who handles it now; an extension only its new date once approved; the rest stays internal.
 */
const WORKER_EVENT: Partial<Record<string, string | null>> = {
  transferred: 'ticket-worker-event-moved',
  returned: 'ticket-worker-event-moved',
  'extension-requested': null,
  'extension-refused': null,
  'extension-voided': null,
  // The branch's own filing: the worker is not bothered with it (their view shows the category as it is now).
  recategorised: null,
  'extension-approved': 'ticket-worker-event-extended',
  escalated: null,
  nudged: 'ticket-worker-event-nudged',
  'handed-over': 'ticket-worker-event-handed-over',
  claimed: 'worker-event-claimed',
  resolved: 'worker-event-resolved',
};

/** Files an event carried ("📷 照片 2 张 · 🎤 语音"), or '' when it carried none. */
function filesText(t: Translate, e: TicketEvent): string {
  const files = Array.isArray(e.files) ? (e.files as { kind?: unknown }[]) : [];
  const photos = files.filter((f) => f.kind === 'photo').length;
  const voices = files.filter((f) => f.kind === 'voice').length;
  const others = files.length - photos - voices;
  return [
    photos ? t('ticket-files-photo', { count: photos }) : '',
    voices ? t('ticket-files-voice', { count: voices }) : '',
    others ? t('ticket-files-other', { count: others }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The reason of the sweep's escalation, in the viewer's language: which deadline passed, when it was due, how late
 * (at the escalation's time `at`).
 */
export function overdueReason(v: View, deadline: 'respond' | 'resolve', due: number, at: number): string {
  return v.t('sweep-overdue-reason', { deadline, due: when(v, due), late: durationText(v.t, at - due) });
}

/**
 * What an event says: its words — or, for the sweep's escalation, the deadline it found passed, read in the
 * viewer's language (QA8: an English secretary read the reason in Chinese). Escalations stored before kept the
 * reason as words, in the escalation chat's language, and read as they were.
 */
export function eventWords(v: View, e: TicketEvent): string {
  // The sweep telling again of an emergency nobody has claimed: how long the reporter has waited, which repeat.
  if (e.type === 'escalated' && typeof e.repeat === 'number' && typeof e.due === 'number')
    return v.t('sweep-unclaimed-reason', {
      waited: durationText(v.t, e.at - (typeof e.reported === 'number' ? e.reported : e.due)),
      due: when(v, e.due),
      n: e.repeat,
      of: typeof e.repeats === 'number' ? e.repeats : e.repeat,
    });
  if (
    e.type === 'escalated' &&
    (e.deadline === 'respond' || e.deadline === 'resolve') &&
    typeof e.due === 'number'
  )
    return overdueReason(v, e.deadline, e.due, e.at);
  return String(e.text ?? '');
}

/** One line per event, oldest first. */
export function history(v: View, ticket: Ticket, events: TicketEvent[], viewer: 'staff' | 'worker'): Span[] {
  const out: Span[] = [];
  // Staff read numbers masked; a zh-TW worker reads the secretaries' simplified words in traditional script.
  const mask = viewer === 'staff' ? maskText : (s: string) => forLocale(v.locale, s);
  for (const e of events) {
    const workerId = viewer === 'worker' ? WORKER_EVENT[e.type] : undefined;
    if (workerId === null) continue;
    const who = viewer === 'staff' ? staffActor(v, ticket, e) : workerActor(v, ticket, e);
    // A photo sent alone has no words: the line says what it brought (QA7 #4: it read "补充：" and nothing).
    const cut = ellipsis(mask(eventWords(v, e)), 300);
    // The branch's words an English worker reads in Chinese are marked so (QA12 #9); their own are theirs.
    const own = e.by === personKey(ticket.channel, ticket.reporter) || e.role === 'worker';
    const words = viewer === 'worker' && !own ? markChinese(v.t, v.locale, cut) : cut;
    const files = e.type === 'replied' || e.type === 'reopened' ? filesText(v.t, e) : '';
    const args = {
      who,
      text: words && files ? `${words} · ${files}` : words || files,
      from: e.from ? branchLabel(v.pack, String(e.from), v.locale, viewer === 'staff') : '',
      to: e.to ? branchLabel(v.pack, String(e.to), v.locale, viewer === 'staff') : '',
      until: typeof e.until === 'number' ? when(v, e.until) : '',
      rating: typeof e.rating === 'number' ? stars(e.rating) : '',
      reason: String(e.reason ?? ''),
      // 🏷️ another category: from what to what, as staff name them.
      was: e.fromCategory ? categoryName(v.pack, String(e.fromCategory), v.locale, true) : '',
      category: e.category ? categoryName(v.pack, String(e.category), v.locale, true) : '',
      branch: e.branch ? branchLabel(v.pack, String(e.branch), v.locale, viewer === 'staff') : '',
      // Taken over from a claimer who had left the pack: who that was.
      previous: e.previous ? namedOrRole(v, ticket, e.previousName) : '',
      // Handed to a colleague (handover.ts): who holds it now — to an anonymous reporter, "the branch secretary".
      // One nobody could name then is named as the holder is now, once the bot has seen them (QA31 #6).
      receiver: e.receiver
        ? viewer === 'worker'
          ? workerActor(v, ticket, {
              by: String(e.receiver),
              byName: receiverName(ticket, e),
              role: 'secretary',
            })
          : namedOrRole(v, ticket, receiverName(ticket, e))
        : '',
    };
    const id =
      workerId ??
      (e.type === 'replied' && e.added
        ? 'ticket-event-added'
        : viewer === 'staff' && e.type === 'claimed' && e.previous
          ? 'ticket-event-taken-over'
          : `ticket-event-${e.type}`);
    const text = v.t(id, args);
    out.push(`${when(v, e.at)}  `, text === id ? `${e.type} (${who})` : text, '\n');
  }
  return out;
}

/** The name a hand-over's receiver had then, else the holder's name now when they still hold the ticket. */
function receiverName(ticket: Ticket, e: TicketEvent): string {
  if (typeof e.receiverName === 'string' && e.receiverName) return e.receiverName;
  return e.receiver === ticket.owner ? (ticket.ownerName ?? '') : '';
}
