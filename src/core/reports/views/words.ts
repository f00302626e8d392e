/**
 * The words every view of a ticket shares: the size limits of a card, what a view needs (`View`), status and urgency
 * with their icons, category, time and duration, who did something (as staff and as the worker see it), the claimer,
 * a paused deadline, a note cut to size, the callback data of a button. Re-exported by `../views.ts`.
 */
import type { Span } from '../../card.js';
import type { ContentPack, Locale } from '../../content/schema.js';
import { branchLabel, formerName } from '../../groups/branch-name.js';
import type { Translate } from '../../i18n.js';
import { maskText } from '../../mask.js';
import { parsePersonKey, personKey } from '../../ports/groups.js';
import { ellipsis } from '../../text.js';
import { forLocale } from '../../script.js';
import { formatLocal } from '../../zoned.js';
import type { Ticket, TicketEvent, TicketStatus, TicketUrgency } from '../../ports/tickets.js';
import { placeName } from '../../stations/reading.js';
import { ownerGone, ownerIsOrganiser } from '../owner-gone.js';

/** How much of a report a triage card shows; 📄 查看详情 and /ticket give the rest. */
export const CARD_TEXT_MAX = 1200;
/** How much of a report the chat's full view (/ticket, 📄 查看详情) shows with the card and history. */
export const VIEW_TEXT_MAX = 2000;
/** Characters of a report per message after that (a header line too, well under Telegram's 4,096). */
export const TEXT_PAGE_MAX = 3500;
/**
 * How much of a secretary's note (resolution, reason) a chat card shows: the notes may be as long as a
 * report, but a card must stay one message. The worker gets the whole note (`workerNoteCards`), the board
 * shows it whole.
 */
export const CARD_NOTE_MAX = 1000;

/** What a view needs besides the ticket. */
export interface View {
  t: Translate;
  locale: Locale;
  pack: ContentPack;
  tz: string;
  now: number;
}

export const STATUS_ICON: Record<TicketStatus, string> = {
  new: '🆕',
  claimed: '🛠',
  waiting: '❓',
  resolved: '✅',
  closed: '🔒',
};
export const URGENCY_ICON: Record<TicketUrgency, string> = { normal: '🟢', urgent: '🟠', emergency: '🔴' };

/** Callback data of a triage action: `tk:<action>:<ticket>[:<arg>]` (≤ 64 bytes: numbers are ~14 chars). */
export const action = (act: string, id: string, arg?: string) =>
  `tk:${act}:${id}${arg === undefined ? '' : `:${arg}`}`;
/** Callback data of a worker's answer about their own ticket. */
export const workerAction = (act: string, id: string, arg?: string) =>
  `tw:${act}:${id}${arg === undefined ? '' : `:${arg}`}`;

export function categoryName(pack: ContentPack, id: string, locale: Locale, staff = false): string {
  const c = pack.categories.categories.find((x) => x.id === id);
  if (!c) return formerName(pack, 'category', id, locale, staff);
  return locale === 'zh-CN' ? c.name : (c.variants?.[locale]?.name ?? forLocale(locale, c.name));
}

export { branchLabel };

export const when = (v: View, ms: number) => formatLocal(ms, v.tz, v.t);

export function urgencyText(t: Translate, urgency: TicketUrgency): string {
  return `${URGENCY_ICON[urgency]} ${t(`report-urgency-${urgency}`)}`;
}

export function statusText(t: Translate, status: TicketStatus): string {
  return `${STATUS_ICON[status]} ${t(`ticket-status-${status}`)}`;
}

/** A ticket's state for staff, with why it closed when its reporter withdrew it ("已关闭 · 报告人已撤回"). */
export function ticketStateText(
  t: Translate,
  ticket: { status: TicketStatus; closeReason?: string | undefined },
): string {
  const state = statusText(t, ticket.status);
  return ticket.status === 'closed' && ticket.closeReason === 'withdrawn'
    ? `${state} · ${t('ticket-line-closed-withdrawn')}`
    : state;
}

/** A status as its reporter reads it: plain words, not the branch's 待签收/办结 (QA22 #1). */
export function workerStatusText(t: Translate, status: TicketStatus): string {
  return `${STATUS_ICON[status]} ${t(`worker-status-${status}`)}`;
}

/** 24 → "24 小时", 168 → "7 天". */
export function duration(t: Translate, hours: number): string {
  return hours >= 48 && hours % 24 === 0
    ? t('report-days', { n: hours / 24 })
    : t('report-hours', { n: hours });
}

/** Drop the line break a list of lines ends with. */
export function trimEnd(spans: Span[]): Span[] {
  while (spans.length && spans[spans.length - 1] === '\n') spans.pop();
  return spans;
}

export function placeText(ticket: Pick<Ticket, 'area' | 'location'>, locale: Locale): string | undefined {
  const parts: string[] = [];
  if (ticket.area) parts.push(placeName(ticket.area, locale));
  if (ticket.location) parts.push(`📍 ${ticket.location.lat.toFixed(5)}, ${ticket.location.lon.toFixed(5)}`);
  return parts.length ? parts.join(' · ') : undefined;
}

/** Who did something, as the staff see it. */
export function staffActor(v: View, ticket: Ticket, e: Pick<TicketEvent, 'by' | 'byName' | 'role'>): string {
  if (e.by === 'system') return v.t('ticket-actor-system');
  if (e.by === personKey(ticket.channel, ticket.reporter) || e.role === 'worker') {
    return ticket.anonymous
      ? v.t('ticket-actor-reporter')
      : maskText(ticket.reporterName || v.t('ticket-actor-reporter'));
  }
  return e.byName || (parsePersonKey(e.by)?.userId ?? '');
}

/** Who did something, as the worker sees it: "the branch secretary" when they chose anonymity. */
export function workerActor(v: View, ticket: Ticket, e: Pick<TicketEvent, 'by' | 'byName' | 'role'>): string {
  if (e.by === 'system') return v.t('ticket-actor-system');
  if (e.by === personKey(ticket.channel, ticket.reporter)) return v.t('ticket-actor-you');
  if (ticket.anonymous || !e.byName)
    return v.t(e.role === 'organiser' ? 'ticket-actor-organiser' : 'ticket-actor-secretary');
  return e.byName;
}

export function staffName(v: View, ticket: Ticket, e: Pick<TicketEvent, 'by' | 'byName' | 'role'>): string {
  return staffActor(v, ticket, e);
}
export function workerName(v: View, ticket: Ticket, e: Pick<TicketEvent, 'by' | 'byName' | 'role'>): string {
  return workerActor(v, ticket, e);
}

/** The resolve deadline is paused: the ticket waits on its reporter (docs/reports.md "Waiting on the worker"). */
export const isPaused = (ticket: Pick<Ticket, 'status' | 'pausedAt'>): boolean =>
  ticket.status === 'waiting' && ticket.pausedAt !== undefined;

/** What a paused resolve deadline had left when the pause began. */
export const pausedLeft = (ticket: Pick<Ticket, 'resolveBy' | 'pausedAt'>): number =>
  Math.max(0, ticket.resolveBy - (ticket.pausedAt ?? ticket.resolveBy));

export function isOverdue(ticket: Ticket, now: number): boolean {
  return (
    ticket.dueAt !== undefined &&
    (ticket.status === 'new' || ticket.status === 'claimed' || ticket.status === 'waiting') &&
    ticket.dueAt < now
  );
}

/**
 * A secretary of the ticket's branch whom neither the bot nor their platform could name (a colleague handed a ticket
 * who never used the bot): "美团杨浦支部的一位书记", never their platform id (2011, U07…) as if it were a name (stop 38).
 */
export function unnamedSecretary(v: View, ticket: Pick<Ticket, 'branch'>): string {
  return v.t('ticket-actor-unnamed-secretary', {
    branch: branchLabel(v.pack, ticket.branch, v.locale, true),
  });
}

/** A staff member named on an event (`receiver`/`receiverName`, `previous`/`previousName`): the name, else the role. */
export function namedOrRole(v: View, ticket: Pick<Ticket, 'branch'>, name: unknown): string {
  return typeof name === 'string' && name ? name : unnamedSecretary(v, ticket);
}

/**
 * The claimer as staff see them: "（已不在名单）" after one who has left the pack (owner-gone.ts), so a ticket held
 * by nobody who can act on it is seen for what it is. Empty when nobody has claimed it.
 */
export function ownerText(v: View, ticket: Ticket): string {
  if (!ticket.owner) return '';
  const name = ticket.ownerName
    ? staffActor(v, ticket, { by: ticket.owner, byName: ticket.ownerName, role: 'secretary' })
    : unnamedSecretary(v, ticket);
  if (ownerGone(v.pack, ticket)) return `${name}${v.t('ticket-owner-gone')}`;
  return ownerIsOrganiser(v.pack, ticket) ? `${name}${v.t('ticket-owner-organiser')}` : name;
}

/** A note shown up to `max` characters; a longer one says how long it is (never cut silently). */
export function noteText(v: View, note: string, max: number): string {
  const chars = [...note].length;
  // Plain digits (as the board counts), not "4,096".
  return chars <= max ? note : `${ellipsis(note, max)}${v.t('ticket-note-cut', { chars: String(chars) })}`;
}

export const stars = (n: number) => '★'.repeat(n) + '☆'.repeat(Math.max(0, 5 - n));
