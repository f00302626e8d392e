/**
 * What people see of a ticket, as cards: the triage card (edited in place as the ticket moves), the
 * worker's receipt and notices, /mytickets, /queue pages, and a ticket with its history. Pure functions
 * of a ticket and a translator; every text from a person goes in as a plain span (the renderers escape
 * it), and staff views mask phone and ID numbers with `maskText`.
 *
 *   triageCard(ticket, view)   // → { text: [...], buttons: [[签收, 询问], …] }
 */
import { bold, italic, type AlbumPhoto, type Button, type Card, type Span } from '../card.js';
import type { Branch, ContentPack, Locale } from '../content/schema.js';
import { resolveLocale } from '../locales.js';
import { branchLabel, branchName, formerName } from '../groups/branch-name.js';
import type { Translate } from '../i18n.js';
import { maskText } from '../mask.js';
import { parsePersonKey, personKey } from '../ports/groups.js';
import { ellipsis, textPieces } from '../text.js';
import { chineseForEnglish, forLocale, markChinese } from '../script.js';
import { formatLocal } from '../zoned.js';
import {
  OPEN_STATUSES,
  type Ticket,
  type TicketEvent,
  type TicketStatus,
  type TicketUrgency,
} from '../ports/tickets.js';
import { normaliseReportText } from './classify.js';
import { spanText } from './figures.js';
import { placeName } from '../stations/reading.js';
import { emergencySignals } from './emergency.js';
import { orderEmergencyNumbers } from './emergency-numbers.js';
import { firstAidFor } from './first-aid.js';
import { canTakeOver, ownerGone, ownerIsOrganiser } from './owner-gone.js';

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
export const QUEUE_PAGE = 8;

/** What a view needs besides the ticket. */
export interface View {
  t: Translate;
  locale: Locale;
  pack: ContentPack;
  tz: string;
  now: number;
}

const STATUS_ICON: Record<TicketStatus, string> = {
  new: '🆕',
  claimed: '🛠',
  waiting: '❓',
  resolved: '✅',
  closed: '🔒',
};
const URGENCY_ICON: Record<TicketUrgency, string> = { normal: '🟢', urgent: '🟠', emergency: '🔴' };

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

export const when = (v: View, ms: number) => formatLocal(ms, v.tz, v.locale);

export function urgencyText(t: Translate, urgency: TicketUrgency): string {
  return `${URGENCY_ICON[urgency]} ${t(`report-urgency-${urgency}`)}`;
}

export function statusText(t: Translate, status: TicketStatus): string {
  return `${STATUS_ICON[status]} ${t(`ticket-status-${status}`)}`;
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
function trimEnd(spans: Span[]): Span[] {
  while (spans.length && spans[spans.length - 1] === '\n') spans.pop();
  return spans;
}

/** The pack's emergency numbers, the one the report's signals need most first (emergency-numbers.ts). */
/**
 * The pack's emergency numbers, the service the danger needs first, each named for the reader: the pack's
 * variant, else (for English) the bot's own name for a well-known number (`emergency-service`), else the
 * pack's name, in traditional characters for a zh-TW reader. Without `reader`: the pack's names.
 */
export function emergencyLine(
  pack: ContentPack,
  signals: readonly string[] = [],
  reader?: { locale: Locale; t: (id: string, args: Record<string, string>) => string },
): string {
  const name = (e: ContentPack['settings']['emergencyNumbers'][number]): string => {
    if (!reader || reader.locale === 'zh-CN') return e.name;
    const own = e.variants?.[reader.locale]?.name;
    if (own) return own;
    const fallback = forLocale(reader.locale, e.name);
    const named = reader.t('emergency-service', {
      number: `n${e.number.replace(/\D/g, '')}`,
      name: fallback,
    });
    // A pack's own number the bot has no English for keeps its Chinese name, marked so (QA12 #10).
    return markChinese((id) => reader.t(id, {}), reader.locale, named);
  };
  return orderEmergencyNumbers(pack.settings.emergencyNumbers, signals)
    .map((e) => `${e.number} ${name(e)}`)
    .join(' · ');
}

/**
 * The emergency numbers shown first for danger now: the title, the numbers, and — when `text` says which danger it
 * is — one short first-aid line under them (`first-aid.ts`, QA9 #9).
 */
export function emergencyBlock(v: View, signals: readonly string[] = [], text = ''): Span[] {
  const aid = text ? firstAidFor(text, signals) : undefined;
  return [
    bold(v.t('report-emergency-title')),
    '\n',
    emergencyLine(v.pack, signals, v),
    ...(aid ? ['\n', v.t(`first-aid-${aid}`)] : []),
    '\n\n',
  ];
}

function evidenceText(t: Translate, ticket: Pick<Ticket, 'evidence' | 'location'>): string | undefined {
  const count = (kind: string) => ticket.evidence.filter((e) => e.kind === kind).length;
  const photos = count('photo');
  const voices = count('voice');
  const others = ticket.evidence.length - photos - voices;
  if (!photos && !voices && !others && !ticket.location) return undefined;
  // Files the reporter added after filing (a 📎 补充, a photo with an answer) count here too, and say so.
  const added = ticket.evidence.filter((e) => e.addedAt).length;
  return (
    t('ticket-evidence', { photos, voices, others, location: ticket.location ? 'yes' : 'no' }) +
    (added ? t('ticket-evidence-added', { count: added }) : '')
  );
}

function placeText(ticket: Pick<Ticket, 'area' | 'location'>, locale: Locale): string | undefined {
  const parts: string[] = [];
  if (ticket.area) parts.push(placeName(ticket.area, locale));
  if (ticket.location) parts.push(`📍 ${ticket.location.lat.toFixed(5)}, ${ticket.location.lon.toFixed(5)}`);
  return parts.length ? parts.join(' · ') : undefined;
}

/** The reporter as the branch sees them: nobody when anonymous. */
function reporterSpans(v: View, ticket: Ticket): Span[] {
  if (ticket.anonymous) return [v.t('ticket-reporter-anonymous')];
  // Display names carry phone numbers too ("王师傅138…"): staff see them masked like the text.
  const name = maskText(ticket.reporterName || ticket.reporter);
  if (!ticket.contact) return [v.t('ticket-reporter-named', { name })];
  if (ticket.channel === 'telegram')
    return [{ text: name, href: `tg://user?id=${ticket.reporter}` }, v.t('ticket-reporter-contact-suffix')];
  return [v.t('ticket-reporter-contact', { name })];
}

/** Who did something, as the staff see it. */
function staffActor(v: View, ticket: Ticket, e: Pick<TicketEvent, 'by' | 'byName' | 'role'>): string {
  if (e.by === 'system') return v.t('ticket-actor-system');
  if (e.by === personKey(ticket.channel, ticket.reporter) || e.role === 'worker') {
    return ticket.anonymous
      ? v.t('ticket-actor-reporter')
      : maskText(ticket.reporterName || v.t('ticket-actor-reporter'));
  }
  return e.byName || (parsePersonKey(e.by)?.userId ?? '');
}

/** Who did something, as the worker sees it: "the branch secretary" when they chose anonymity. */
function workerActor(v: View, ticket: Ticket, e: Pick<TicketEvent, 'by' | 'byName' | 'role'>): string {
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

function isOverdue(ticket: Ticket, now: number): boolean {
  return (
    ticket.dueAt !== undefined &&
    (ticket.status === 'new' || ticket.status === 'claimed' || ticket.status === 'waiting') &&
    ticket.dueAt < now
  );
}

/**
 * The claimer as staff see them: "（已不在名单）" after one who has left the pack (owner-gone.ts), so a ticket held
 * by nobody who can act on it is seen for what it is. Empty when nobody has claimed it.
 */
export function ownerText(v: View, ticket: Ticket): string {
  if (!ticket.owner) return '';
  const name = staffActor(v, ticket, { by: ticket.owner, byName: ticket.ownerName, role: 'secretary' });
  if (ownerGone(v.pack, ticket)) return `${name}${v.t('ticket-owner-gone')}`;
  return ownerIsOrganiser(v.pack, ticket) ? `${name}${v.t('ticket-owner-organiser')}` : name;
}

/** The buttons a triage card offers in each state; every press is checked again on the server. */
export function triageButtons(v: View, ticket: Ticket): Button[][] {
  const b = (act: string, label: string): Button => ({ label: v.t(label), data: action(act, ticket.id) });
  switch (ticket.status) {
    case 'new':
      return [
        [b('claim', 'triage-btn-claim'), b('ask', 'triage-btn-ask')],
        [b('rs', 'triage-btn-resolve'), b('tr', 'triage-btn-transfer')],
        [b('rt', 'triage-btn-return'), b('es', 'triage-btn-escalate')],
      ];
    case 'claimed':
    case 'waiting':
      return [
        // Its claimer has left the pack: 签收 again takes it over (checked on the server).
        ...(canTakeOver(v.pack, ticket) ? [[b('claim', 'triage-btn-claim')]] : []),
        [b('ask', 'triage-btn-ask'), b('rs', 'triage-btn-resolve')],
        [b('tr', 'triage-btn-transfer'), b('rt', 'triage-btn-return')],
        [b('ex', 'triage-btn-extend'), b('es', 'triage-btn-escalate')],
        // Shift end: to a colleague of the same branch (handover.ts; only its holder or an organiser, checked there).
        [{ label: v.t('handover-btn'), data: `th:pick:${ticket.id}` }],
      ];
    default:
      return [];
  }
}

/** A note shown up to `max` characters; a longer one says how long it is (never cut silently). */
export function noteText(v: View, note: string, max: number): string {
  const chars = [...note].length;
  // Plain digits (as the board counts), not "4,096".
  return chars <= max ? note : `${ellipsis(note, max)}${v.t('ticket-note-cut', { chars: String(chars) })}`;
}

/**
 * A secretary's note for the worker (a question, a resolution), whole: under `head`, in as many messages as
 * it needs, split as a long report is for staff (`textPieces`); `tail` and the buttons come after its end.
 * Not masked: it is meant for the worker, contact numbers included.
 */
export function workerNoteCards(
  v: View,
  id: string,
  head: string,
  note: string,
  tail: string,
  buttons: Button[][],
): Card[] {
  const pieces = textPieces(note, TEXT_PAGE_MAX, TEXT_PAGE_MAX);
  const last = pieces.length - 1;
  const inChinese = chineseForEnglish(v.locale, note);
  return pieces.map((piece, i) => {
    const text: Span[] =
      i === 0 ? [head, '\n\n', piece] : [bold(v.t('worker-note-page', { id, n: i, of: last })), '\n', piece];
    if (i === 0 && last > 0) text.push('\n', v.t('worker-note-more', { pages: last }));
    // Secretaries write Chinese; an English reader is told so rather than left to guess (no offline translation).
    if (i === last && inChinese) text.push('\n', italic(v.t('worker-note-in-chinese')));
    if (i === last) text.push('\n\n', tail);
    return { text, ...(i === last && buttons.length ? { buttons } : {}) };
  });
}

/** The report's text as staff may see it (numbers masked), cut to `max` with a pointer to the rest. */
function staffText(v: View, ticket: Ticket, max: number, more: 'card' | 'below'): Span[] {
  if (!ticket.text) return [v.t('ticket-no-text')];
  const masked = maskText(ticket.text);
  if (masked.length <= max) return [masked];
  const [head = ''] = textPieces(masked, max, TEXT_PAGE_MAX);
  const chars = [...ticket.text].length;
  return [
    head.trimEnd(),
    '…\n',
    more === 'card'
      ? v.t('ticket-text-more-card', { chars })
      : v.t('ticket-text-more-below', { chars, pages: textPieces(masked, max, TEXT_PAGE_MAX).length - 1 }),
  ];
}

/** The body shared by the triage card and the staff's /ticket view (`textMax` Infinity: the whole text). */
function staffBody(v: View, ticket: Ticket, textMax: number, more: 'card' | 'below' = 'below'): Span[] {
  const { t } = v;
  const out: Span[] = [];
  const line = (...spans: Span[]) => out.push(...spans, '\n');
  // Masked before it is cut; whole where the text is whole (the board).
  const note = (s: string) => noteText(v, maskText(s), textMax === Infinity ? Infinity : CARD_NOTE_MAX);
  line(
    bold(`${ticket.id}`),
    ` · ${categoryName(v.pack, ticket.category, v.locale, true)} · ${urgencyText(t, ticket.urgency)}`,
  );
  line(t('ticket-line-branch', { branch: branchLabel(v.pack, ticket.branch, v.locale, true) }));
  line(
    t('ticket-line-status', { status: statusText(t, ticket.status), owner: ownerText(v, ticket) || 'none' }),
  );
  if (isPaused(ticket)) {
    line(
      t('ticket-line-paused', { respond: when(v, ticket.respondBy), left: spanText(t, pausedLeft(ticket)) }),
    );
  } else if (ticket.status !== 'resolved' && ticket.status !== 'closed') {
    line(
      t('ticket-line-deadlines', { respond: when(v, ticket.respondBy), resolve: when(v, ticket.resolveBy) }),
      isOverdue(ticket, v.now) ? ` ${t('ticket-overdue')}` : '',
    );
  }
  if (ticket.summary) line(t('ticket-line-summary'), maskText(ticket.summary));
  const place = placeText(ticket, v.locale);
  if (place) line(t('ticket-line-place'), place);
  line(t('ticket-line-text'));
  line(...staffText(v, ticket, textMax, more));
  const evidence = evidenceText(t, ticket);
  if (evidence) line(evidence);
  line(t('ticket-line-reporter'), ...reporterSpans(v, ticket));
  // What the bot sends the reporter is in their language; the secretary's words reach them as written (QA12 #8).
  const reads = resolveLocale(ticket.locale);
  if (reads && reads !== 'zh-CN') line(t('ticket-line-reporter-locale', { locale: reads }));
  if (ticket.follows) line(t('ticket-line-follows', { old: ticket.follows }));
  if (ticket.originBranch && ticket.originBranch !== ticket.branch) {
    line(t('ticket-line-origin', { branch: branchLabel(v.pack, ticket.originBranch, v.locale, true) }));
  }
  if (ticket.similar > 0) line(t('ticket-line-similar', { count: ticket.similar }));
  if (ticket.transfers || ticket.returns)
    line(t('ticket-line-moves', { transfers: ticket.transfers, returns: ticket.returns }));
  if (ticket.reopens) line(t('ticket-line-reopened', { count: ticket.reopens }));
  if (ticket.escalations) line(t('ticket-line-escalated', { count: ticket.escalations }));
  if (ticket.ext)
    line(t('ticket-line-extension', { until: when(v, ticket.ext.until), reason: note(ticket.ext.reason) }));
  if (ticket.resolution && (ticket.status === 'resolved' || ticket.status === 'closed')) {
    line(t('ticket-line-resolution'), note(ticket.resolution));
  }
  if (ticket.status === 'closed')
    line(
      t(
        ticket.closeReason === 'confirmed'
          ? 'ticket-line-closed-solved'
          : ticket.closeReason === 'withdrawn'
            ? 'ticket-line-closed-withdrawn'
            : 'ticket-line-closed-other',
        { reason: ticket.closeReason ?? '' },
      ),
    );
  if (ticket.rating) line(t('ticket-line-rating', { stars: stars(ticket.rating) }));
  return out;
}

export const stars = (n: number) => '★'.repeat(n) + '☆'.repeat(Math.max(0, 5 - n));

/** True when the triage card cannot show the whole report (it then offers 📄 查看详情). */
function cardCutsText(ticket: Ticket): boolean {
  return !!ticket.text && maskText(ticket.text).length > CARD_TEXT_MAX;
}

/** The card in a branch's triage chat, edited in place as the ticket moves. */
export function triageCard(v: View, ticket: Ticket): Card {
  const buttons = triageButtons(v, ticket);
  // A long report: the card keeps its size, and the full view (in as many messages as needed) is one tap.
  if (cardCutsText(ticket))
    buttons.push([{ label: v.t('triage-btn-open'), data: action('view', ticket.id) }]);
  return {
    text: trimEnd([STATUS_ICON[ticket.status], ' ', ...staffBody(v, ticket, CARD_TEXT_MAX, 'card')]),
    ...(buttons.length ? { buttons } : {}),
    noPreview: true,
  };
}

/** What an old card becomes once the ticket has left that branch. */
export function movedCard(v: View, ticket: Ticket, e: TicketEvent): Card {
  const to = branchLabel(v.pack, String(e.to ?? ticket.branch), v.locale, true);
  return {
    text: [
      '↪️ ',
      bold(ticket.id),
      ` · ${categoryName(v.pack, ticket.category, v.locale, true)}\n`,
      v.t(e.type === 'returned' ? 'ticket-moved-returned' : 'ticket-moved-transferred', {
        branch: to,
        who: staffActor(v, ticket, e),
      }),
      '\n',
      v.t('ticket-reason'),
      noteText(v, maskText(e.text ?? ''), CARD_NOTE_MAX),
    ],
    noPreview: true,
  };
}

/**
 * The staff's full view: the card's body, the text, the history, and the actions. In chat (`textMax`
 * VIEW_TEXT_MAX) a long text is cut and says the rest follows (`staffTextPages`); the board passes
 * Infinity and shows it whole.
 */
export function staffTicketCard(
  v: View,
  ticket: Ticket,
  events: TicketEvent[],
  textMax: number = VIEW_TEXT_MAX,
): Card {
  const buttons = triageButtons(v, ticket);
  return {
    text: trimEnd([
      STATUS_ICON[ticket.status],
      ' ',
      ...staffBody(v, ticket, textMax),
      '\n',
      bold(v.t('ticket-history')),
      '\n',
      ...history(v, ticket, events, 'staff'),
    ]),
    ...(buttons.length ? { buttons } : {}),
    noPreview: true,
  };
}

/** The rest of a long report after the chat's full view, one message per piece, numbers masked. */
export function staffTextPages(v: View, ticket: Ticket): Card[] {
  if (!ticket.text) return [];
  const pieces = textPieces(maskText(ticket.text), VIEW_TEXT_MAX, TEXT_PAGE_MAX).slice(1);
  return pieces.map((piece, i) => ({
    text: [bold(v.t('ticket-text-page', { id: ticket.id, n: i + 1, of: pieces.length })), '\n', piece],
    noPreview: true,
  }));
}

/** /ticket and 📄 查看详情 in chat: the full view, then the rest of a long report. */
export function staffTicketCards(v: View, ticket: Ticket, events: TicketEvent[]): Card[] {
  return [staffTicketCard(v, ticket, events), ...staffTextPages(v, ticket)];
}

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
 * The evidence photos with their captions, to follow a staff view as they followed the card and the added words in
 * the triage chat: the first report's, then those added later (file ids of the ticket's own channel: photos.ts).
 */
export function evidencePhotos(v: View, ticket: Ticket): AlbumPhoto[] {
  const photos = ticket.evidence.filter((f) => f.kind === 'photo');
  const first = photos.filter((f) => !f.addedAt);
  const added = photos.filter((f) => f.addedAt);
  return [
    ...first.map((f, i) => ({
      fileId: f.fileId,
      caption: v.t('ticket-evidence-photo', { id: ticket.id, n: i + 1, of: first.length }),
    })),
    ...added.map((f, i) => ({
      fileId: f.fileId,
      caption: v.t('ticket-added-photo', { id: ticket.id, n: i + 1, of: added.length }),
    })),
  ];
}

/**
 * Photos with their captions: one album where the channel sends albums (Telegram: 10 photos are one album, not 20
 * messages, QA15; Slack: one message, not one per photo), else a card each, the caption as its text.
 */
export function photoCards(photos: AlbumPhoto[], albums: boolean): Card[] {
  if (!photos.length) return [];
  if (albums) return [{ text: [], album: photos, silent: true }];
  return photos.map((p) => ({ photo: { fileId: p.fileId }, text: [p.caption], silent: true }));
}

/**
 * A 督办's card in the escalation chat: who pushed for what, and the ticket's summary. While the ticket waits
 * for a claim, organisers can take it there (✋ 签收, `tk:oc:` — the claim script refuses anyone else); after,
 * the card says who holds it. 📄 查看详情 stays: its full view carries the rest of the ticket's buttons.
 */
export function escalationCard(v: View, ticket: Ticket, e: TicketEvent): Card {
  const words = eventWords(v, e);
  const owner = ownerText(v, ticket);
  const open = OPEN_STATUSES.includes(ticket.status);
  return {
    text: [
      v.t('escalation-escalated', {
        id: ticket.id,
        branch: branchLabel(v.pack, ticket.branch, v.locale, true),
        who: staffName(v, ticket, e),
        category: categoryName(v.pack, ticket.category, v.locale, true),
        status: statusText(v.t, ticket.status),
      }),
      words ? `\n${noteText(v, maskText(words), CARD_NOTE_MAX)}` : '',
      '\n',
      ellipsis(maskText(ticket.summary), 80),
      open && owner ? `\n${v.t('escalation-owner', { who: owner })}` : '',
    ],
    buttons: [
      ...(ticket.status === 'new'
        ? [[{ label: v.t('triage-btn-claim'), data: action('oc', ticket.id) }]]
        : []),
      [{ label: v.t('triage-btn-open'), data: action('view', ticket.id) }],
    ],
  };
}

/** A ticket no longer open, in the escalation chat: its state, and that the reporter withdrew it when they did. */
function closedState(v: View, ticket: Ticket): string {
  const state = statusText(v.t, ticket.status);
  return ticket.status === 'closed' && ticket.closeReason === 'withdrawn'
    ? `${state} · ${v.t('ticket-line-closed-withdrawn')}`
    : state;
}

/** One ticket of the sweep's summary (CardCopy `batch`): the deadline it had passed, and when that was due. */
export interface BatchLine {
  id: string;
  deadline: 'respond' | 'resolve';
  due: number;
}

/** The number a secretary types after /ticket (JY-2026-000037 → 37), for a button's label. */
export const shortNumber = (id: string) => String(Number(id.split('-').at(-1)) || id);

/**
 * The sweep's one message for several of a branch's tickets falling due together (QA20 #1: eleven cards in a minute):
 * a line each — number, category, urgency, how late at `at` — and, for each, ✋ 签收 N (the district's claim, `oc`,
 * checked by the claim script as on a single card) while it is new and 📄 N. Drawn again as the tickets move: a
 * claimed one says by whom, a closed one its state. `tickets` holds those still there (by id).
 */
export function escalationBatchCard(
  v: View,
  branch: string,
  at: number,
  lines: readonly BatchLine[],
  tickets: ReadonlyMap<string, Ticket>,
): Card {
  const text: Span[] = [
    v.t('escalation-batch', { branch: branchLabel(v.pack, branch, v.locale, true), count: lines.length }),
  ];
  const buttons: Button[][] = [];
  for (const line of lines) {
    const ticket = tickets.get(line.id);
    const n = shortNumber(line.id);
    text.push(
      '\n',
      v.t('escalation-batch-line', {
        n,
        id: line.id,
        category: ticket ? categoryName(v.pack, ticket.category, v.locale, true) : '',
        urgency: ticket ? urgencyText(v.t, ticket.urgency) : '',
        deadline: line.deadline,
        late: spanText(v.t, Math.max(0, at - line.due)),
      }),
    );
    if (!ticket) continue;
    const owner = ownerText(v, ticket);
    const open = OPEN_STATUSES.includes(ticket.status);
    if (open && owner) text.push('\n   ', v.t('escalation-owner', { who: owner }));
    else if (!open) text.push('\n   ', closedState(v, ticket));
    buttons.push([
      ...(ticket.status === 'new'
        ? [{ label: v.t('escalation-batch-claim', { n }), data: action('oc', ticket.id) }]
        : []),
      { label: v.t('escalation-batch-open', { n }), data: action('view', ticket.id) },
    ]);
  }
  text.push('\n', v.t('escalation-batch-hint'));
  return { text, buttons, noPreview: true };
}

/**
 * The district's heads-up of an emergency as soon as it is filed or raised (QA20 #2: the escalation chat heard nothing
 * until the deadline passed): branch, category, place, the report masked, the respond-by; ✋ 签收 for an organiser
 * while it is new, then who holds it. Followed like a 督办 card (CardCopy `alert`).
 */
export function emergencyAlertCard(v: View, ticket: Ticket): Card {
  const owner = ownerText(v, ticket);
  const open = OPEN_STATUSES.includes(ticket.status);
  const place = placeText(ticket, v.locale);
  const text: Span[] = [
    v.t('escalation-alert', {
      id: ticket.id,
      branch: branchLabel(v.pack, ticket.branch, v.locale, true),
      category: categoryName(v.pack, ticket.category, v.locale, true),
    }),
  ];
  if (place) text.push('\n', v.t('escalation-alert-place', { place }));
  if (ticket.summary) text.push('\n', ellipsis(maskText(ticket.summary), 80));
  if (ticket.status === 'new')
    text.push('\n', v.t('escalation-alert-due', { due: when(v, ticket.respondBy) }));
  else if (open && owner) text.push('\n', v.t('escalation-owner', { who: owner }));
  else text.push('\n', closedState(v, ticket));
  return {
    text,
    buttons: [
      [
        ...(ticket.status === 'new'
          ? [{ label: v.t('triage-btn-claim'), data: action('oc', ticket.id) }]
          : []),
        { label: v.t('triage-btn-open'), data: action('view', ticket.id) },
      ],
    ],
  };
}

/**
 * A reminder before a deadline, in the staff chat: time left, category, summary, 签收 while new and 查看详情.
 * `live: false` draws it without buttons (a copy whose ticket has left the branch, QA7 #5).
 */
export function reminderCard(v: View, ticket: Ticket, deadline: 'respond' | 'resolve', live = true): Card {
  const due = ticket.dueAt ?? (deadline === 'respond' ? ticket.respondBy : ticket.resolveBy);
  const text: Span[] = [
    v.t('sweep-remind', { id: ticket.id, deadline, left: spanText(v.t, due - v.now), due: when(v, due) }),
    '\n',
    `${categoryName(v.pack, ticket.category, v.locale, true)} · ${urgencyText(v.t, ticket.urgency)}`,
  ];
  if (ticket.summary) text.push('\n', ellipsis(maskText(ticket.summary), 60));
  if (ticket.owner && deadline === 'resolve')
    text.push('\n', v.t('sweep-remind-owner', { who: ownerText(v, ticket) }));
  const buttons = [
    [
      ...(ticket.status === 'new' || canTakeOver(v.pack, ticket)
        ? [{ label: v.t('triage-btn-claim'), data: action('claim', ticket.id) }]
        : []),
      { label: v.t('triage-btn-open'), data: action('view', ticket.id) },
    ],
  ];
  return { text, ...(live ? { buttons } : {}), noPreview: true };
}

/**
 * The reason of the sweep's escalation, in the viewer's language: which deadline passed, when it was due, how late
 * (at the escalation's time `at`).
 */
export function overdueReason(v: View, deadline: 'respond' | 'resolve', due: number, at: number): string {
  return v.t('sweep-overdue-reason', { deadline, due: when(v, due), late: spanText(v.t, at - due) });
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
      waited: spanText(v.t, e.at - (typeof e.reported === 'number' ? e.reported : e.due)),
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
    const files = e.type === 'replied' ? filesText(v.t, e) : '';
    const args = {
      who,
      text: words && files ? `${words} · ${files}` : words || files,
      from: e.from ? branchLabel(v.pack, String(e.from), v.locale, viewer === 'staff') : '',
      to: e.to ? branchLabel(v.pack, String(e.to), v.locale, viewer === 'staff') : '',
      until: typeof e.until === 'number' ? when(v, e.until) : '',
      rating: typeof e.rating === 'number' ? stars(e.rating) : '',
      reason: String(e.reason ?? ''),
      branch: e.branch ? branchLabel(v.pack, String(e.branch), v.locale, viewer === 'staff') : '',
      // Taken over from a claimer who had left the pack: who that was.
      previous: e.previous
        ? String(e.previousName || parsePersonKey(String(e.previous))?.userId || e.previous)
        : '',
      // Handed to a colleague (handover.ts): who holds it now — to an anonymous reporter, "the branch secretary".
      receiver: e.receiver
        ? viewer === 'worker'
          ? workerActor(v, ticket, {
              by: String(e.receiver),
              byName: String(e.receiverName ?? ''),
              role: 'secretary',
            })
          : String(e.receiverName || parsePersonKey(String(e.receiver))?.userId || e.receiver)
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

/** The worker's receipt: the number, the promised times, where it went; emergency numbers first when needed. */
export function receiptCard(v: View, ticket: Ticket): Card {
  // A report that follows a closed ticket was filed from a reply the numbers were shown for, just before.
  const numbers = ticket.urgency === 'emergency' && !ticket.follows;
  return {
    text: [
      ...(numbers ? emergencyBlock(v, emergencySignals(normaliseReportText(ticket.text)), ticket.text) : []),
      ...(ticket.follows
        ? [bold(v.t('report-receipt-follows', { old: ticket.follows, id: ticket.id })), '\n\n']
        : []),
      bold(v.t('report-receipt-title', { id: ticket.id })),
      '\n',
      // The worker's words, as /mytickets says it (预计 … 前给您答复), not the branch's 响应/办结 (QA22 #1).
      v.t('report-receipt-promise', {
        respondAt: when(v, ticket.respondBy),
        resolveAt: when(v, ticket.resolveBy),
      }),
      '\n',
      v.t('report-receipt-branch', { branch: branchLabel(v.pack, ticket.branch, v.locale) }),
      '\n',
      v.t(ticket.anonymous ? 'report-receipt-anonymous' : 'report-receipt-named'),
      '\n',
      v.t('report-receipt-follow'),
    ],
  };
}

/** A worker's ticket with its history, as the worker sees it. */
export function workerTicketCard(v: View, ticket: Ticket, events: TicketEvent[]): Card {
  const { t } = v;
  const text: Span[] = [
    bold(ticket.id),
    ` · ${categoryName(v.pack, ticket.category, v.locale)}\n`,
    t('worker-line-status', { status: workerStatusText(t, ticket.status) }),
    '\n',
    ...(ticket.status === 'closed' && ticket.closeReason === 'withdrawn'
      ? [t('ticket-worker-line-withdrawn'), '\n']
      : []),
    t('worker-line-branch', { branch: branchLabel(v.pack, ticket.branch, v.locale) }),
    '\n',
  ];
  if (isPaused(ticket)) text.push(t('worker-line-resolve-paused'), '\n');
  else if (ticket.status !== 'resolved' && ticket.status !== 'closed')
    text.push(t('worker-line-resolve-by', { resolve: when(v, ticket.resolveBy) }), '\n');
  text.push(t('ticket-line-text'), '\n', ellipsis(ticket.text, 500) || t('ticket-no-text'), '\n');
  if (ticket.resolution && (ticket.status === 'resolved' || ticket.status === 'closed'))
    text.push(
      t('worker-line-resolution'),
      markChinese(t, v.locale, noteText(v, forLocale(v.locale, ticket.resolution), CARD_NOTE_MAX)),
      '\n',
    );
  text.push('\n', bold(t('worker-history')), '\n', ...history(v, ticket, events, 'worker'));
  trimEnd(text);
  const buttons: Button[][] = [];
  if (ticket.status === 'waiting')
    buttons.push([{ label: t('worker-btn-answer'), data: workerAction('ans', ticket.id) }]);
  if (ticket.status === 'resolved') buttons.push(...solvedButtons(v, ticket, 'view'));
  // 撤回 (QA20 #7): an open report may be taken back; a confirmation comes first (worker.ts).
  if (ticket.status === 'new' || ticket.status === 'claimed' || ticket.status === 'waiting')
    buttons.push([{ label: t('worker-btn-withdraw'), data: workerAction('wd', ticket.id) }]);
  return { text, ...(buttons.length ? { buttons } : {}) };
}

/**
 * "确定撤回吗？" before a worker withdraws an open report. An emergency is asked "确定没事了吗？" with the emergency
 * numbers above — once, not twice: someone still in danger is better served by the numbers than by a second tap.
 */
export function withdrawConfirmCard(v: View, ticket: Ticket): Card {
  const emergency = ticket.urgency === 'emergency';
  return {
    text: [
      ...(emergency ? emergencyBlock(v) : []),
      bold(
        v.t(emergency ? 'worker-withdraw-confirm-emergency' : 'worker-withdraw-confirm', { id: ticket.id }),
      ),
      '\n',
      v.t('worker-withdraw-confirm-hint'),
    ],
    buttons: [
      [
        { label: v.t('worker-btn-withdraw-yes'), data: workerAction('wy', ticket.id) },
        { label: v.t('worker-btn-withdraw-no'), data: workerAction('wn', ticket.id) },
      ],
    ],
  };
}

/** What a ✅ 解决了 is on: the worker's ticket view, the resolution itself, or the question asked again. */
const SOLVED_ON = { view: 'v', note: 'n', ask: 'a' } as const;

/**
 * ✅ 解决了 / ❌ 没解决. `on`: the message they are on, which a ✅ keeps (QA8) — the ticket view redrawn as it is now,
 * the resolution marked confirmed, the question answered.
 */
export function solvedButtons(v: View, ticket: Ticket, on: keyof typeof SOLVED_ON): Button[][] {
  return [
    [
      { label: v.t('worker-btn-solved'), data: workerAction('ok', ticket.id, SOLVED_ON[on]) },
      { label: v.t('worker-btn-unsolved'), data: workerAction('no', ticket.id) },
    ],
  ];
}

/**
 * The resolution as the worker is sent it (`resolved` event `e`): the branch's words whole, in several messages when
 * long, "问题解决了吗？" and its buttons after the end. `confirmed`: the last of them once the worker said it is solved
 * — the same words, marked so, without buttons (the thanks and the rating follow as a new message).
 */
export function resolutionCards(v: View, ticket: Ticket, e: TicketEvent, confirmed = false): Card[] {
  return workerNoteCards(
    v,
    ticket.id,
    v.t('worker-resolved', { id: ticket.id, who: workerName(v, ticket, e) }),
    forLocale(v.locale, String(e.text ?? '')),
    v.t(confirmed ? 'worker-resolved-confirmed' : 'worker-resolved-ask'),
    confirmed ? [] : solvedButtons(v, ticket, 'note'),
  );
}

export function ratingButtons(ticket: Ticket): Button[][] {
  return [[1, 2, 3, 4, 5].map((n) => ({ label: `${n}★`, data: workerAction('r', ticket.id, String(n)) }))];
}

/** /mytickets: the newest first, one line each, a button to open each. */
export function myTicketsCard(v: View, tickets: Ticket[]): Card {
  if (!tickets.length) return { text: [v.t('mytickets-none')] };
  const text: Span[] = [bold(v.t('mytickets-title')), '\n'];
  for (const ticket of tickets) {
    text.push(
      '\n',
      bold(ticket.id),
      ` ${workerStatusText(v.t, ticket.status)} · ${categoryName(v.pack, ticket.category, v.locale)} · ${when(v, ticket.createdAt)}\n`,
      ellipsis(ticket.summary || v.t('ticket-no-text'), 40),
      '\n',
    );
  }
  return {
    text,
    buttons: tickets.map((ticket) => [
      {
        label: `${ticket.id} · ${v.t(`worker-status-${ticket.status}`)}`,
        data: workerAction('v', ticket.id),
      },
    ]),
  };
}

export interface BranchCounts {
  branch: Branch;
  open: number;
  overdue: number;
}

/** The district view: open and overdue tickets per branch, a button into each queue. */
/** The queue of open tickets in branches the pack no longer has (QA21 #6): organisers only. */
export const GONE_QUEUE = '~gone';

/** `gone`: open tickets in branches the pack no longer has, a row of their own (else they are in no row). */
export function overviewCard(v: View, rows: BranchCounts[], gone?: { open: number; overdue: number }): Card {
  const all = gone?.open ? [...rows, gone] : rows;
  const total = all.reduce((a, r) => ({ open: a.open + r.open, overdue: a.overdue + r.overdue }), {
    open: 0,
    overdue: 0,
  });
  const text: Span[] = [bold(v.t('queue-overview-title')), '\n', v.t('queue-overview-total', total), '\n'];
  for (const r of rows)
    text.push(
      '\n',
      v.t('queue-overview-row', { branch: branchName(r.branch, v.locale), open: r.open, overdue: r.overdue }),
    );
  if (gone?.open) text.push('\n', v.t('queue-overview-row', { branch: v.t('queue-gone-branches'), ...gone }));
  return {
    text,
    buttons: [
      ...rows.map((r) => [
        { label: `${branchName(r.branch, v.locale)} (${r.open})`, data: `tq:${r.branch.id}:0` },
      ]),
      ...(gone?.open
        ? [[{ label: `${v.t('queue-gone-branches')} (${gone.open})`, data: `tq:${GONE_QUEUE}:0` }]]
        : []),
    ],
  };
}

/** When a listed ticket is due, or that its resolve deadline waits on the worker. */
export const dueText = (v: View, ticket: Ticket): string =>
  isPaused(ticket)
    ? v.t('queue-due-paused')
    : v.t('queue-due', { due: ticket.dueAt ? when(v, ticket.dueAt) : '—' });

/** A page of listed tickets as buttons that open each, two a row. */
export function ticketRows(page: readonly Ticket[]): Button[][] {
  const rows: Button[][] = [];
  for (let i = 0; i < page.length; i += 2)
    rows.push(page.slice(i, i + 2).map((p) => ({ label: p.id, data: action('view', p.id) })));
  return rows;
}

/** `branch` GONE_QUEUE: the tickets in branches the pack no longer has, each with the branch it is in. */
export function queueCard(
  v: View,
  branch: Branch | typeof GONE_QUEUE,
  counts: { open: number; overdue: number },
  page: Ticket[],
  offset: number,
  overview: boolean,
): Card {
  const gone = branch === GONE_QUEUE;
  const id = gone ? GONE_QUEUE : branch.id;
  const pages = Math.max(1, Math.ceil(counts.open / QUEUE_PAGE));
  const current = Math.floor(offset / QUEUE_PAGE) + 1;
  const text: Span[] = [
    bold(v.t('queue-title', { branch: gone ? v.t('queue-gone-branches') : branchName(branch, v.locale) })),
    '\n',
    v.t('queue-counts', { open: counts.open, overdue: counts.overdue, page: current, pages }),
    '\n',
  ];
  if (!page.length) text.push('\n', v.t('queue-empty'));
  for (const ticket of page) {
    text.push(
      '\n',
      `${URGENCY_ICON[ticket.urgency]} `,
      bold(ticket.id),
      ` ${statusText(v.t, ticket.status)} · ${categoryName(v.pack, ticket.category, v.locale, true)}\n`,
      gone
        ? `${v.t('ticket-line-branch', { branch: branchLabel(v.pack, ticket.branch, v.locale, true) })}\n`
        : '',
      dueText(v, ticket),
      isOverdue(ticket, v.now) ? ` ${v.t('ticket-overdue')}` : '',
      ticket.escalations ? ' 🔺' : '',
      '\n',
      ellipsis(maskText(ticket.summary || v.t('ticket-no-text')), 40),
      '\n',
    );
  }
  const buttons = ticketRows(page);
  const nav: Button[] = [];
  if (offset > 0)
    nav.push({ label: v.t('queue-prev'), data: `tq:${id}:${Math.max(0, offset - QUEUE_PAGE)}` });
  if (offset + QUEUE_PAGE < counts.open)
    nav.push({ label: v.t('queue-next'), data: `tq:${id}:${offset + QUEUE_PAGE}` });
  if (overview) nav.push({ label: v.t('queue-overview-button'), data: 'tq:all:0' });
  if (nav.length) buttons.push(nav);
  return { text, ...(buttons.length ? { buttons } : {}) };
}
