/**
 * A ticket as Redis keeps it: the state hash (short values only, so Redis keeps it as a compact listpack), the body
 * string with the report's text and evidence, and the event log's entries — and how each reads back.
 */
import type {
  Ticket,
  TicketEvent,
  TicketFile,
  TicketStatus,
  TicketUrgency,
} from '../../core/ports/tickets.js';
import { decodeRef } from '../../core/ports/tickets.js';

/** Redis keeps a hash compact while every value is at most this long (hash-max-listpack-value). */
const SHORT = 60;

/** Cut a string to at most `max` UTF-8 bytes, ending with "…" when cut. */
export function fitBytes(text: string, max = SHORT): string {
  if (Buffer.byteLength(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (Buffer.byteLength(out + ch) + 3 > max) break;
    out += ch;
  }
  return `${out}…`;
}

export interface Body {
  text: string;
  evidence: TicketFile[];
}

/** Fields stored as they are in the hash; everything else is derived in `decode`. */
export const KNOWN = new Set([
  'id', 'status', 'category', 'urgency', 'confidence', 'branch', 'originBranch', 'originChat', 'follows', 'area', 'channel',
  'reporter', 'reporterName', 'chat', 'locale', 'anonymous', 'contact', 'summary', 'location',
  'similar', 'draft', 'createdAt', 'respondBy', 'resolveBy', 'dueAt', 'claimedAt', 'firstResponseAt', 'owner',
  'ownerName', 'resolvedAt', 'resolution', 'resolvedBy', 'resolvedByName', 'closedAt', 'closeReason', 'solved',
  'rating', 'ratedAt', 'reopenedAt', 'returns', 'returnedBy', 'transfers', 'reopens', 'escalations', 'escalatedAt',
  'extensions', 'extUntil', 'extReason', 'extBy', 'extByName', 'extAt', 'extVoided', 'card', 'evSeq', 'fxSeq', 'anonymisedAt',
  'waitingSince', 'pausedAt', 'unclaimedAlerts', 'categorySkipped',
]); // prettier-ignore

const str = (v: string | undefined) => (v ? v : undefined);
const num = (v: string | undefined) => (v ? Number(v) : undefined);

function json<T>(v: string | undefined, fallback: T): T {
  if (!v) return fallback;
  try {
    return JSON.parse(v) as T;
  } catch {
    return fallback;
  }
}

export function decodeTicket(h: Record<string, string>, rawBody?: string | null): Ticket | undefined {
  if (!h.id || !h.status) return undefined;
  const body = json<Partial<Body>>(rawBody ?? undefined, {});
  const flags: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (!KNOWN.has(k) && v) flags[k] = v;
  const extUntil = num(h.extUntil);
  return {
    id: h.id,
    status: h.status as TicketStatus,
    category: h.category ?? 'other',
    urgency: (h.urgency as TicketUrgency) ?? 'normal',
    confidence: Number(h.confidence ?? 0),
    ...(h.categorySkipped ? { categorySkipped: true } : {}),
    branch: h.branch ?? '',
    originBranch: str(h.originBranch),
    originChat: str(h.originChat),
    follows: str(h.follows),
    area: str(h.area),
    channel: h.channel ?? '',
    reporter: h.reporter ?? '',
    reporterName: str(h.reporterName),
    chat: h.chat ?? '',
    locale: h.locale ?? 'zh-CN',
    anonymous: h.anonymous === '1',
    contact: h.contact === '1',
    text: body.text ?? '',
    summary: h.summary ?? '',
    evidence: Array.isArray(body.evidence) ? body.evidence : [],
    location: json<{ lat: number; lon: number } | undefined>(h.location, undefined),
    similar: Number(h.similar ?? 0),
    draft: h.draft ?? '',
    createdAt: Number(h.createdAt ?? 0),
    respondBy: Number(h.respondBy ?? 0),
    resolveBy: Number(h.resolveBy ?? 0),
    dueAt: num(h.dueAt),
    claimedAt: num(h.claimedAt),
    firstResponseAt: num(h.firstResponseAt),
    owner: str(h.owner),
    ownerName: str(h.ownerName),
    resolvedAt: num(h.resolvedAt),
    resolution: str(h.resolution),
    resolvedBy: str(h.resolvedBy),
    resolvedByName: str(h.resolvedByName),
    closedAt: num(h.closedAt),
    closeReason: str(h.closeReason),
    solved: h.solved ? h.solved === '1' : undefined,
    rating: num(h.rating),
    ratedAt: num(h.ratedAt),
    reopenedAt: num(h.reopenedAt),
    returns: Number(h.returns ?? 0),
    returnedBy: h.returnedBy ? h.returnedBy.split(',') : [],
    transfers: Number(h.transfers ?? 0),
    reopens: Number(h.reopens ?? 0),
    escalations: Number(h.escalations ?? 0),
    escalatedAt: num(h.escalatedAt),
    extensions: Number(h.extensions ?? 0),
    ext: extUntil
      ? {
          until: extUntil,
          reason: h.extReason ?? '',
          by: h.extBy ?? '',
          byName: str(h.extByName),
          at: Number(h.extAt ?? 0),
        }
      : undefined,
    card: decodeRef(h.card),
    evSeq: Number(h.evSeq ?? 0),
    fxSeq: Number(h.fxSeq ?? 0),
    anonymisedAt: num(h.anonymisedAt),
    unclaimedAlerts: Number(h.unclaimedAlerts ?? 0),
    waitingSince: num(h.waitingSince),
    pausedAt: num(h.pausedAt),
    flags,
  };
}

export function parseEvent(raw: string): TicketEvent | undefined {
  try {
    return JSON.parse(raw) as TicketEvent;
  } catch {
    return undefined;
  }
}
