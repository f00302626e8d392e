/**
 * The body staff read of a ticket, shared by the triage card (`triage-card.ts`) and the full view
 * (`staff-pages.ts`): its number, branch, state and deadlines, the report masked and cut to size, the evidence, the
 * reporter (nobody when anonymous), and what has happened to it.
 */
import { bold, type Span } from '../../card.js';
import { resolveLocale } from '../../locales.js';
import { branchLabel } from '../../groups/branch-name.js';
import type { Translate } from '../../i18n.js';
import { maskText } from '../../mask.js';
import { textPieces } from '../../text.js';
import type { Ticket } from '../../ports/tickets.js';
import { parseChatKey } from '../../ports/groups.js';
import { durationText } from '../figures.js';
import {
  CARD_NOTE_MAX,
  TEXT_PAGE_MAX,
  categoryName,
  isOverdue,
  isPaused,
  noteText,
  ownerText,
  pausedLeft,
  placeText,
  stars,
  statusText,
  urgencyText,
  when,
  type View,
} from './words.js';

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
export function staffBody(
  v: View,
  ticket: Ticket,
  textMax: number,
  more: 'card' | 'below' = 'below',
): Span[] {
  const { t } = v;
  const out: Span[] = [];
  const line = (...spans: Span[]) => out.push(...spans, '\n');
  // Masked before it is cut; whole where the text is whole (the board).
  const note = (s: string) => noteText(v, maskText(s), textMax === Infinity ? Infinity : CARD_NOTE_MAX);
  line(
    bold(`${ticket.id}`),
    ` · ${categoryName(v.pack, ticket.category, v.locale, true)} · ${urgencyText(t, ticket.urgency)}`,
  );
  // Filed under "other" because the worker skipped the question: the branch knows to sort it (fixP leftover).
  if (ticket.categorySkipped) line(t('ticket-line-category-skipped'));
  line(t('ticket-line-branch', { branch: branchLabel(v.pack, ticket.branch, v.locale, true) }));
  line(
    t('ticket-line-status', { status: statusText(t, ticket.status), owner: ownerText(v, ticket) || 'none' }),
  );
  if (isPaused(ticket)) {
    line(
      t('ticket-line-paused', {
        respond: when(v, ticket.respondBy),
        left: durationText(t, pausedLeft(ticket)),
      }),
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
  if (ticket.originBranch && ticket.originBranch !== ticket.branch && !ticket.originChat) {
    // Reported in private by a worker whose branch the bot knew (groups/worker-branch.ts): no group to name.
    line(
      t('ticket-line-worker-branch', { branch: branchLabel(v.pack, ticket.originBranch, v.locale, true) }),
    );
  } else if (ticket.originBranch && ticket.originBranch !== ticket.branch) {
    // The worker's group as its own platform names it, not the reader's (来自：…的频道 for a Slack channel).
    const platform = parseChatKey(ticket.originChat ?? '')?.channel ?? ticket.channel;
    line(
      t('ticket-line-origin', {
        branch: branchLabel(v.pack, ticket.originBranch, v.locale, true),
        platform,
      }),
    );
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
