/**
 * The effects of ticket events staff hear of in the triage and escalation chats: the worker's replies and
 * additions (photos after the words), a reopening, a raise to emergency, extension requests and their decisions,
 * an escalation. Staff read the worker's words masked.
 */
import type { Card } from '../../card.js';
import type { CoreDeps } from '../../feature.js';
import type { Locale } from '../../i18n.js';
import type { Address, MessageRef } from '../../types.js';
import { maskText } from '../../mask.js';
import { decodeRef, encodeRef, type Actor, type Ticket, type TicketEvent } from '../../ports/tickets.js';
import {
  action,
  branchLabel,
  CARD_NOTE_MAX,
  escalationCard,
  eventWords,
  noteText,
  staffName,
  urgencyText,
  when,
  type View,
} from '../views.js';
import { digest, type Sending } from './sending.js';
import type { EventEffect } from './to-worker.js';

/** The effects engine acting on its own account (a note on the ticket, no event). */
const EFFECTS: Actor = { by: 'system', role: 'system' };

/**
 * An extension request's card in the escalation chat is remembered on the ticket (a once-only field named after
 * the request), so a decision taken anywhere — the card's own buttons or the board — takes its buttons away and
 * says who decided.
 */
const requestCardField = (request: unknown) => `extcard:${String(request)}`;

/** The event's words as staff read them: masked, cut to a note's length. */
const maskedWords = (v: View, e: TicketEvent) => noteText(v, maskText(String(e.text ?? '')), 1500);

const openButton = (v: View, ticket: Ticket) => [
  [{ label: v.t('triage-btn-open'), data: action('view', ticket.id) }],
];

export function staffEffects(deps: CoreDeps, s: Sending): Partial<Record<string, EventEffect>> {
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

  /** The photos an addition carried (`replied` with files), posted silently after its words (in their thread). */
  async function sendPhotos(to: Address, ticket: Ticket, e: TicketEvent): Promise<void> {
    const files = Array.isArray(e.files) ? (e.files as { kind?: unknown; fileId?: unknown }[]) : [];
    const photos = files.filter(
      (f): f is { kind: 'photo'; fileId: string } => f.kind === 'photo' && typeof f.fileId === 'string',
    );
    const v = await s.viewFor(to);
    const captioned = photos.map((p, i) => ({
      fileId: p.fileId,
      caption: v.t('ticket-added-photo', { id: ticket.id, n: i + 1, of: photos.length }),
    }));
    await s.photosTo(to, ticket, captioned, v);
  }

  async function replied(ticket: Ticket, e: TicketEvent): Promise<void> {
    const files = Array.isArray(e.files) ? e.files.length : 0;
    const ref = await s.toTriage(
      ticket,
      (v) => ({
        text: [
          v.t(e.added ? 'triage-added' : 'triage-replied', { id: ticket.id, who: staffName(v, ticket, e) }),
          '\n',
          maskedWords(v, e),
          files ? `\n${v.t('triage-replied-files', { n: files })}` : '',
        ],
        buttons: openButton(v, ticket),
      }),
      'reply',
      true,
    );
    // Photos added later follow the words, as the first report's evidence follows its card (on another
    // platform uploaded as bytes); other files stay counted.
    if (ref) await sendPhotos(ref.address, ticket, e);
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

  async function escalated(ticket: Ticket, e: TicketEvent): Promise<void> {
    let shown: { locale: Locale; card: Card } | undefined;
    const ref = await s.toEscalation(
      ticket,
      (v) => (shown = { locale: v.locale, card: escalationCard(v, ticket, e) }).card,
      'escalation',
    );
    // Followed like a copy of the card, so its 签收 goes (and who holds it shows) once anyone claims it.
    if (ref && shown)
      await deps.store.tickets
        .addCopy(ticket.id, ref, {
          kind: 'escalation',
          branch: ticket.branch,
          locale: shown.locale,
          at: deps.now().getTime(),
          seq: e.seq,
          shown: digest(shown.card),
        })
        .catch((err: unknown) =>
          s.log.warn({ err: (err as Error).message, ticket: ticket.id }, 'escalation card not followed'),
        );
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
    reopened: async (ticket, e) => {
      await s.toTriage(
        ticket,
        (v) => ({
          text: [
            v.t('triage-reopened', { id: ticket.id, who: staffName(v, ticket, e) }),
            '\n',
            maskedWords(v, e),
          ],
          buttons: openButton(v, ticket),
        }),
        'reopened',
      );
    },
    // The card is edited after (🔴 and the new deadlines); an edit pings nobody, so the chat is told too.
    raised: async (ticket) => {
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
