/**
 * The effects of ticket events staff hear of in the triage and escalation chats: the worker's replies and
 * additions (photos after the words), a reopening, a raise to emergency, extension requests and their decisions,
 * an escalation (several at once from the sweep: one summary), an emergency's heads-up to the district. Staff read
 * the worker's words masked.
 */
import type { Card } from '../../card.js';
import type { CoreDeps } from '../../feature.js';
import type { Locale } from '../../i18n.js';
import type { Address, MessageRef } from '../../types.js';
import { maskText } from '../../mask.js';
import {
  decodeRef,
  encodeRef,
  OPEN_STATUSES,
  type Actor,
  type CardCopy,
  type Ticket,
  type TicketEvent,
} from '../../ports/tickets.js';
import {
  action,
  branchLabel,
  CARD_NOTE_MAX,
  emergencyAlertCard,
  escalationBatchCard,
  escalationCard,
  eventWords,
  noteText,
  staffName,
  urgencyText,
  when,
  type BatchLine,
  type View,
} from '../views.js';
import { digest, escalationChat, RetryLater, type Sending } from './sending.js';
import type { EventEffect } from './to-worker.js';
import type { CardSync } from './card.js';

/** The effects engine acting on its own account (a note on the ticket, no event). */
const EFFECTS: Actor = { by: 'system', role: 'system' };

/**
 * An extension request's card in the escalation chat is remembered on the ticket (a once-only field named after
 * the request), so a decision taken anywhere — the card's own buttons or the board — takes its buttons away and
 * says who decided.
 */
const requestCardField = (request: unknown) => `extcard:${String(request)}`;

/** Tickets one message of the sweep's summary lists at most (a line and a row of buttons each). */
export const BATCH_MAX = 12;

/** The mark that a ticket's line of the sweep's summary made at `at` was posted (on the batch's lead: all were). */
const summaryField = (at: number) => `escsum:${at}`;

/** The mark that the district was told of the ticket as an emergency (once per ticket). */
const ALERT_FIELD = 'alert:emergency';

/** The event's words as staff read them: masked, cut to a note's length. */
const maskedWords = (v: View, e: TicketEvent) => noteText(v, maskText(String(e.text ?? '')), 1500);

const openButton = (v: View, ticket: Ticket) => [
  [{ label: v.t('triage-btn-open'), data: action('view', ticket.id) }],
];

export function staffEffects(
  deps: CoreDeps,
  s: Sending,
  /** Say on copies no longer followed that they are not live (CardSync.retire). */
  retire: CardSync['retire'],
): Partial<Record<string, EventEffect>> {
  /**
   * A card posted in the escalation chat and followed as a copy by each ticket it shows (`followedBy`, the ticket
   * itself unless said), so a claim or a close anywhere draws it again. Following is best effort: logged, never thrown.
   */
  async function toEscalationFollowed(
    ticket: Ticket,
    draw: (v: View) => Card,
    what: string,
    copy: Omit<CardCopy, 'locale' | 'shown'>,
    followedBy: readonly string[] = [ticket.id],
  ): Promise<void> {
    let shown: { locale: Locale; card: Card } | undefined;
    const ref = await s.toEscalation(ticket, (v) => (shown = { locale: v.locale, card: draw(v) }).card, what);
    if (!ref || !shown) return;
    const { locale, card } = shown;
    for (const id of followedBy)
      await deps.store.tickets
        .addCopy(id, ref, { ...copy, locale, shown: digest(card) })
        .then((added) => retire(id, added))
        .catch((err: unknown) =>
          s.log.warn({ err: (err as Error).message, ticket: id, what }, 'escalation chat card not followed'),
        );
  }

  async function closeRequestCard(ticket: Ticket, e: TicketEvent): Promise<void> {
    const ref = decodeRef(ticket.flags[requestCardField(e.request)]) as MessageRef | undefined;
    if (!ref) return;
    const v = await s.viewFor(ref.address);
    const decided = v.t(e.type === 'extension-approved' ? 'escalation-approved' : 'escalation-refused', {
      id: ticket.id,
      who: staffName(v, ticket, e),
    });
    await s.edit(ref, { text: [decided] }, ticket);
  }

  /**
   * The photos and documents an addition or a reopening carried (with files), posted silently after its words (in
   * their thread); other files (a voice note, a video) stay counted on the card.
   */
  async function sendPhotos(to: Address, ticket: Ticket, e: TicketEvent): Promise<void> {
    const files = Array.isArray(e.files) ? (e.files as { kind?: unknown; fileId?: unknown }[]) : [];
    const of = (kind: 'photo' | 'document') =>
      files.filter(
        (f): f is { kind: typeof kind; fileId: string } => f.kind === kind && typeof f.fileId === 'string',
      );
    const v = await s.viewFor(to);
    const captioned = (list: { fileId: string }[], id: string) =>
      list.map((f, i) => ({
        fileId: f.fileId,
        caption: v.t(id, { id: ticket.id, n: i + 1, of: list.length }),
      }));
    await s.photosTo(to, ticket, captioned(of('photo'), 'ticket-added-photo'), v);
    // QA31 #5: a document sent as the 没解决 reason was counted ("附件 1 个") but never shown to the branch.
    await s.documentsTo(to, ticket, captioned(of('document'), 'ticket-added-file'), v);
  }

  /** The worker's words as relayed to the triage chat; `words` in place of the event's after an edit. */
  function relayCard(v: View, ticket: Ticket, e: TicketEvent, edited?: TicketEvent): Card {
    const files = Array.isArray(e.files) ? e.files.length : 0;
    return {
      text: [
        v.t(e.added ? 'triage-added' : 'triage-replied', { id: ticket.id, who: staffName(v, ticket, e) }),
        '\n',
        maskedWords(v, edited ?? e),
        edited ? `${v.locale === 'en' ? ' ' : ''}${v.t('triage-edited-mark')}` : '',
        files ? `\n${v.t('triage-replied-files', { n: files })}` : '',
      ],
      buttons: openButton(v, ticket),
    };
  }

  async function replied(ticket: Ticket, e: TicketEvent): Promise<void> {
    const ref = await s.toTriage(ticket, (v) => relayCard(v, ticket, e), 'reply', true);
    // The worker's message is followed for a week: an edit of it edits these words (edited-reply.ts).
    if (ref && typeof e.msg === 'string')
      await deps.store.tickets
        .rememberRelay(e.msg, { id: ticket.id, seq: e.seq, relayed: ref })
        .catch((err: unknown) =>
          s.log.warn({ err: (err as Error).message, ticket: ticket.id }, 'relayed words not followed'),
        );
    // Photos and documents added later follow the words, as the first report's evidence follows its card (on
    // another platform uploaded as bytes); other files stay counted.
    if (ref) await sendPhotos(ref.address, ticket, e);
  }

  /**
   * The worker edited words relayed before: the relayed message now reads the new words, marked edited (its photos,
   * sent after it, stay). Where the platform will not edit it (too old, deleted), a short line under the card says so.
   */
  async function replyEdited(ticket: Ticket, e: TicketEvent): Promise<void> {
    const of = Number(e.of);
    const original = (await deps.store.tickets.events(ticket.id, of - 1)).find((x) => x.seq === of);
    const ref = decodeRef(typeof e.relayed === 'string' ? e.relayed : undefined) as MessageRef | undefined;
    if (!original || !ref) return;
    const v = await s.viewFor(ref.address);
    if ((await s.edit(ref, relayCard(v, ticket, original, e), ticket)) === 'ok') return;
    await s.toTriage(
      ticket,
      (w) => ({
        text: [
          w.t('triage-reply-edited', { id: ticket.id, who: staffName(w, ticket, original) }),
          '\n',
          maskedWords(w, e),
        ],
        buttons: openButton(w, ticket),
      }),
      'reply-edited',
      true,
    );
  }

  async function extensionRequested(ticket: Ticket, e: TicketEvent): Promise<void> {
    const card = await s.toEscalation(
      ticket,
      (v) => ({
        text: [
          v.t('escalation-extension', {
            id: ticket.id,
            branch: branchLabel(v.pack, ticket.branch, v.locale, true),
            who: staffName(v, ticket, e),
            from: when(v, ticket.resolveBy),
            until: when(v, Number(e.until)),
          }),
          '\n',
          v.t('ticket-reason'),
          maskedWords(v, e),
        ],
        buttons: [
          [
            { label: v.t('escalation-btn-approve'), data: action('xa', ticket.id, String(e.at)) },
            { label: v.t('escalation-btn-refuse'), data: action('xr', ticket.id, String(e.at)) },
          ],
        ],
      }),
      'extension',
    );
    if (card)
      await deps.store.tickets.flagOnce(
        ticket.id,
        EFFECTS,
        deps.now().getTime(),
        requestCardField(e.at),
        encodeRef(card),
      );
  }

  async function extensionDecided(ticket: Ticket, e: TicketEvent): Promise<void> {
    await closeRequestCard(ticket, e);
    await s.toTriage(
      ticket,
      (v) => ({
        text: [
          v.t(e.type === 'extension-approved' ? 'triage-extension-approved' : 'triage-extension-refused', {
            id: ticket.id,
            until: when(v, Number(e.until)),
            who: staffName(v, ticket, e),
          }),
        ],
      }),
      'extension-decision',
    );
    // The worker is told the new date (never the reason, nor a refusal: those stay internal), unless the
    // ticket was resolved meanwhile and the date no longer matters.
    if (e.type === 'extension-approved' && ticket.status !== 'resolved' && ticket.status !== 'closed')
      await s.toWorker(
        ticket,
        (v) => ({ text: [v.t('worker-extended', { id: ticket.id, until: when(v, Number(e.until)) })] }),
        'extended',
      );
  }

  async function extensionVoided(ticket: Ticket, e: TicketEvent): Promise<void> {
    // The raise voided a request made on the old timeline: the approvers need not decide it, the branch must
    // finish by the emergency deadline.
    await s.toEscalation(
      ticket,
      (v) => ({
        text: [
          v.t('escalation-extension-voided', {
            id: ticket.id,
            branch: branchLabel(v.pack, ticket.branch, v.locale, true),
            until: when(v, Number(e.until)),
          }),
        ],
      }),
      'extension-voided',
    );
    await s.toTriage(
      ticket,
      (v) => ({
        text: [
          v.t('triage-extension-voided', {
            id: ticket.id,
            until: when(v, Number(e.until)),
            resolve: when(v, ticket.resolveBy),
          }),
        ],
      }),
      'extension-voided',
    );
  }

  /**
   * The sweep's summary of several of a branch's tickets (QA20 #1), posted by the effects of the batch's first
   * ticket (`lead`): a message per `BATCH_MAX` tickets in the escalation chat, each followed as a copy by every
   * ticket it lists, and one line in the branch's triage chat. Listed are the batch's tickets whose escalation is
   * this one (a person's since then gets its own card). Then each listed ticket is marked (`summaryField`), the
   * lead last: the others' effects read that mark. At least once, as every effect: a send that fails for a reason
   * that will pass leaves the lead pending, and the whole summary is posted on the next try.
   */
  async function postSummary(lead: Ticket, e: TicketEvent, batch: string[]): Promise<void> {
    const others = await deps.store.tickets.getMany(batch.filter((id) => id !== lead.id));
    const listed = [lead, ...others.filter((t) => t.escalatedAt === e.at)];
    // Each ticket's own escalation says which deadline it passed: read together, not one round trip after another.
    const lines: BatchLine[] = await Promise.all(
      listed.map(async (t) => {
        const mine = (await deps.store.tickets.events(t.id)).find(
          (x) => x.type === 'escalated' && x.at === e.at,
        );
        const deadline = mine?.deadline === 'resolve' ? 'resolve' : 'respond';
        return { id: t.id, deadline, due: typeof mine?.due === 'number' ? mine.due : t.respondBy };
      }),
    );
    const byId = new Map(listed.map((t) => [t.id, t]));
    for (let i = 0; i < lines.length; i += BATCH_MAX) {
      const part = lines.slice(i, i + BATCH_MAX);
      await toEscalationFollowed(
        lead,
        (v) => escalationBatchCard(v, lead.branch, e.at, part, byId),
        'escalation-summary',
        { kind: 'escalation', branch: lead.branch, at: e.at, batch: part },
        part.map((line) => line.id),
      );
    }
    await s.toTriage(
      lead,
      (v) => ({
        text: [
          v.t('triage-escalated-batch', {
            count: lines.length,
            ids: lines.map((l) => l.id).join(v.t('list-separator')),
          }),
        ],
      }),
      'escalation-notice',
    );
    const now = deps.now().getTime();
    await Promise.all(
      listed.slice(1).map((t) => deps.store.tickets.flagOnce(t.id, EFFECTS, now, summaryField(e.at), '1')),
    );
    await deps.store.tickets.flagOnce(lead.id, EFFECTS, now, summaryField(e.at), '1');
  }

  /**
   * Whether an escalation of the sweep's batch is told by the summary: the lead posts it; another ticket waits for it
   * (`RetryLater` until the lead's effects have run), and is told by it unless it was left out.
   */
  async function inSummary(ticket: Ticket, e: TicketEvent): Promise<boolean> {
    const batch = typeof e.batch === 'string' ? e.batch.split(',').filter(Boolean) : [];
    if (!batch.length) return false;
    const field = summaryField(e.at);
    if (batch[0] === ticket.id) {
      if (!ticket.flags[field]) await postSummary(ticket, e, batch);
      return true;
    }
    if ((await deps.store.tickets.get(ticket.id))?.flags[field]) return true;
    const lead = await deps.store.tickets.get(batch[0]!);
    if (!lead || lead.flags[field]) return false; // posted without this one (or never will be): its own card
    throw new RetryLater(`the summary of ${batch[0]}'s batch is not posted yet`);
  }

  /**
   * An emergency, filed or raised while open, is told to the district at once (QA20 #2), once per ticket (a mark, read
   * afresh: a report filed as normal and raised in the same flush is told once). Followed like a 督办 card.
   */
  async function alertDistrict(ticket: Ticket): Promise<void> {
    if (ticket.urgency !== 'emergency' || !OPEN_STATUSES.includes(ticket.status)) return;
    if ((await deps.store.tickets.get(ticket.id))?.flags[ALERT_FIELD]) return;
    // An escalation chat on a platform this process does not run would hold up the worker's receipt for ever.
    const to = escalationChat(deps.content.get(), ticket);
    if (to && deps.outbox.serves?.(to.channel) === false) return;
    const now = deps.now().getTime();
    await toEscalationFollowed(ticket, (v) => emergencyAlertCard(v, ticket), 'emergency-alert', {
      kind: 'alert',
      branch: ticket.branch,
      at: now,
    });
    await deps.store.tickets.flagOnce(ticket.id, EFFECTS, now, ALERT_FIELD, String(now));
  }

  async function escalated(ticket: Ticket, e: TicketEvent): Promise<void> {
    if (await inSummary(ticket, e)) return;
    // Followed like a copy of the card, so its 签收 goes (and who holds it shows) once anyone claims it.
    await toEscalationFollowed(ticket, (v) => escalationCard(v, ticket, e), 'escalation', {
      kind: 'escalation',
      branch: ticket.branch,
      at: deps.now().getTime(),
      seq: e.seq,
    });
    await s.toTriage(
      ticket,
      (v) => ({
        text: [
          v.t('triage-escalated', { id: ticket.id, who: staffName(v, ticket, e) }),
          eventWords(v, e) ? `\n${noteText(v, maskText(eventWords(v, e)), CARD_NOTE_MAX)}` : '',
        ],
      }),
      'escalation-notice',
    );
  }

  return {
    replied,
    'reply-edited': replyEdited,
    reopened: async (ticket, e) => {
      // A photo or document sent as the reason (alone, or with words) is counted here and follows, as an answer's does.
      const files = Array.isArray(e.files) ? e.files.length : 0;
      const ref = await s.toTriage(
        ticket,
        (v) => ({
          text: [
            v.t('triage-reopened', { id: ticket.id, who: staffName(v, ticket, e) }),
            '\n',
            maskedWords(v, e),
            files ? `\n${v.t('triage-replied-files', { n: files })}` : '',
          ],
          buttons: openButton(v, ticket),
        }),
        'reopened',
      );
      if (ref) await sendPhotos(ref.address, ticket, e);
    },
    created: alertDistrict,
    // The card is edited after (🔴 and the new deadlines); an edit pings nobody, so the chat is told too.
    raised: async (ticket) => {
      await alertDistrict(ticket);
      await s.toTriage(
        ticket,
        (v) => ({
          text: [v.t('triage-raised', { id: ticket.id, urgency: urgencyText(v.t, 'emergency') })],
          buttons: openButton(v, ticket),
        }),
        'raised',
      );
    },
    'extension-requested': extensionRequested,
    'extension-approved': extensionDecided,
    'extension-refused': extensionDecided,
    'extension-voided': extensionVoided,
    escalated,
  };
}
