/**
 * Tickets (急难愁盼 reports): one hash per ticket, an append-only event log, a queue per branch and the
 * indexes the sweeps, statistics and retention work from. Every state change is one Lua script
 * (lua/ticket-*.lua), so it is applied whole or not at all and two secretaries cannot both win a claim.
 *
 *   const r = await store.tickets.claim(id, { by: 'telegram:2001', name: '王书记', role: 'secretary' }, 'meituan-yangpu', now);
 *   if (!r.ok && r.reason === 'taken') … r.detail = [owner, ownerName]
 *
 * Every script appends an event and marks the ticket in the pending-effects hash; whoever performs the
 * effects (card edits, messages to the worker) reports progress with `effectsDone`, so nothing a
 * transition promised is forgotten across a crash. See docs/reports.md.
 *
 * Memory: the state hash holds only short values (≤ 64 bytes: names and the summary are cut, the card
 * reference is packed), so Redis keeps it as a compact listpack; the report's text and evidence, which
 * never change, live in a separate body string.
 */
import type { Redis, Result } from 'ioredis';
import type { Keys } from './keys.js';
import type {
  TicketStatus,
  TicketUrgency,
  TicketFile,
  TicketRef,
  Ticket,
  TicketEvent,
  Actor,
  Refusal,
  ActionResult,
  NewTicket,
  Raise,
  CreateOptions,
  CreateResult,
  TicketRepo,
  CardCopy,
  OverdueDeadline,
  Relay,
} from '../core/ports/tickets.js';
import { personKey } from '../core/ports/groups.js';
import { encodeRef, decodeRef } from '../core/ports/tickets.js';
import { defineScripts } from './scripts.js';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    ticketCreate(...args: string[]): Result<string[], Context>;
    ticketClaim(...args: string[]): Result<string[], Context>;
    ticketAsk(...args: string[]): Result<string[], Context>;
    ticketReply(...args: string[]): Result<string[], Context>;
    ticketReplyEdit(...args: string[]): Result<string[], Context>;
    ticketResolve(...args: string[]): Result<string[], Context>;
    ticketClose(...args: string[]): Result<string[], Context>;
    ticketReopen(...args: string[]): Result<string[], Context>;
    ticketMove(...args: string[]): Result<string[], Context>;
    ticketExtend(...args: string[]): Result<string[], Context>;
    ticketDecide(...args: string[]): Result<string[], Context>;
    ticketEscalate(...args: string[]): Result<string[], Context>;
    ticketRate(...args: string[]): Result<string[], Context>;
    ticketFlag(...args: string[]): Result<string[], Context>;
    ticketHandover(...args: string[]): Result<string[], Context>;
    ticketWithdraw(...args: string[]): Result<string[], Context>;
    ticketCard(
      key: string,
      index: string,
      branch: string,
      ref: string,
      id: string,
      ttl: string,
    ): Result<number, Context>;
    ticketCopy(
      key: string,
      copies: string,
      index: string,
      ref: string,
      copy: string,
      id: string,
      ttl: string,
      indexTtl: string,
      max: string,
    ): Result<number, Context>;
    ticketEffectsDone(ticket: string, pending: string, id: string, seq: string): Result<number, Context>;
    hashReplace(key: string, field: string, value: string): Result<number, Context>;
    ticketAnonymise(
      ticket: string,
      events: string,
      worker: string,
      body: string,
      now: string,
      reporter: string,
    ): Result<number, Context>;
  }
}

const SCRIPTS = [
  'ticket-create-7',
  'ticket-claim-5',
  'ticket-ask-6',
  'ticket-reply-6',
  'ticket-reply-edit-3',
  'ticket-resolve-7',
  'ticket-close-4',
  'ticket-reopen-6',
  'ticket-move-8',
  'ticket-extend-3',
  'ticket-decide-5',
  'ticket-escalate-3',
  'ticket-rate-3',
  'ticket-flag-3',
  'ticket-handover-3',
  'ticket-withdraw-6',
  'ticket-card-2',
  'ticket-copy-3',
  'ticket-effects-done-2',
  'ticket-anonymise-4',
  'hash-replace-1',
] as const;

/** One band of 1e13 ms per urgency in a queue score (must match lua/includes/ticket.lua). */
export const SCORE_BAND = 1e13;
export const URGENCY_RANK: Record<TicketUrgency, number> = { emergency: 0, urgent: 1, normal: 2 };

/** Which ticket a card message shows is remembered this long (a year: longer than any ticket stays open). */
const CARD_INDEX_TTL_S = 365 * 86_400;
/** A worker's relayed message is followed this long for edits (QA: an edited answer kept its old words). */
const RELAY_TTL_S = 7 * 86_400;
/** Copies of a card are followed this long after the last one is shown (a stale one is refused anyway). */
const COPIES_TTL_S = 30 * 86_400;
/** At most this many copies per ticket are followed; the oldest goes first. */
const MAX_COPIES = 20;
/** A draft is remembered this long after its ticket is made (retries come within minutes). */
const DRAFT_TTL_S = 30 * 86_400;
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

/** Files added after filing that a ticket's evidence keeps, as many as one report brings (intake's MAX_FILES). */
export const MAX_ADDED_FILES = 10;

interface Body {
  text: string;
  evidence: TicketFile[];
}

/** Fields stored as they are in the hash; everything else is derived in `decode`. */
const KNOWN = new Set([
  'id', 'status', 'category', 'urgency', 'confidence', 'branch', 'originBranch', 'originChat', 'follows', 'area', 'channel',
  'reporter', 'reporterName', 'chat', 'locale', 'anonymous', 'contact', 'summary', 'location',
  'similar', 'draft', 'createdAt', 'respondBy', 'resolveBy', 'dueAt', 'claimedAt', 'firstResponseAt', 'owner',
  'ownerName', 'resolvedAt', 'resolution', 'resolvedBy', 'resolvedByName', 'closedAt', 'closeReason', 'solved',
  'rating', 'ratedAt', 'reopenedAt', 'returns', 'returnedBy', 'transfers', 'reopens', 'escalations', 'escalatedAt',
  'extensions', 'extUntil', 'extReason', 'extBy', 'extByName', 'extAt', 'extVoided', 'card', 'evSeq', 'fxSeq', 'anonymisedAt',
  'waitingSince', 'pausedAt', 'unclaimedAlerts',
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

function parseEvent(raw: string): TicketEvent | undefined {
  try {
    return JSON.parse(raw) as TicketEvent;
  } catch {
    return undefined;
  }
}

function result(reply: string[]): ActionResult {
  const [head, ...detail] = reply;
  return head === 'ok' ? { ok: true, detail } : { ok: false, reason: head as Refusal, detail };
}

export function createTicketRepo(redis: Redis, keys: Keys): TicketRepo {
  defineScripts(redis, SCRIPTS);

  /** The common head of a transition script's arguments (see lua/includes/ticket.lua). */
  const head = (branch: string, now: number, actor: Actor) => [
    branch,
    String(now),
    actor.by,
    fitBytes(actor.name ?? ''),
    actor.role,
  ];
  const base = (id: string) => [keys.ticket(id), keys.ticketEvents(id), keys.ticketsPending()];

  async function branchOf(id: string): Promise<string> {
    return (await redis.hget(keys.ticket(id), 'branch')) ?? '';
  }

  /**
   * Run a script that needs the queue of the ticket's branch when the caller does not know the branch.
   * The branch read here goes in as the script's branch check, so if the ticket moved in between the
   * script refuses ('moved', new branch) without writing, and it runs again on the new branch.
   */
  async function onOwnBranch(id: string, run: (branch: string) => Promise<string[]>): Promise<ActionResult> {
    let branch = await branchOf(id);
    for (let attempt = 0; ; attempt++) {
      const r = result(await run(branch));
      if (r.ok || r.reason !== 'moved' || attempt >= 5) return r;
      branch = r.detail[0] ?? '';
    }
  }

  /** Tickets by id, in order, missing ones left out. `body: false` skips the text and evidence (lists). */
  async function getMany(ids: readonly string[], options: { body?: boolean } = {}): Promise<Ticket[]> {
    if (!ids.length) return [];
    const body = options.body ?? true;
    const pipe = redis.pipeline();
    for (const id of ids) {
      pipe.hgetall(keys.ticket(id));
      if (body) pipe.get(keys.ticketBody(id));
    }
    const rows = (await pipe.exec()) ?? [];
    const step = body ? 2 : 1;
    const out: Ticket[] = [];
    for (let i = 0; i < ids.length; i++) {
      const h = (rows[step * i]?.[1] ?? {}) as Record<string, string>;
      const t = decodeTicket(h, body ? (rows[step * i + 1]?.[1] as string | null) : undefined);
      if (t) out.push(t);
    }
    return out;
  }

  return {
    /** File a ticket from a draft. Idempotent per (channel, reporter, draft): a retry returns the same id. */
    async create(input: NewTicket, options: CreateOptions): Promise<CreateResult> {
      // Only what is set: an absent field reads as its default (counters 0, flags off).
      const all: Record<string, string> = {
        draft: input.draft,
        channel: input.channel,
        reporter: input.reporter,
        reporterName: fitBytes(input.reporterName ?? ''),
        chat: input.chat,
        locale: input.locale,
        branch: input.branch,
        originBranch: input.originBranch ?? '',
        originChat: input.originChat ?? '',
        follows: input.follows ?? '',
        area: input.area ?? '',
        category: input.category,
        urgency: input.urgency,
        confidence: String(Math.round(input.confidence * 100) / 100),
        anonymous: input.anonymous ? '1' : '',
        contact: input.contact ? '1' : '',
        summary: fitBytes(input.summary),
        location: input.location
          ? JSON.stringify({ lat: +input.location.lat.toFixed(6), lon: +input.location.lon.toFixed(6) })
          : '',
        similar: input.similar ? String(input.similar) : '',
        respondBy: String(input.respondBy),
        resolveBy: String(input.resolveBy),
        fm: options.day?.slice(0, 7) ?? '',
        fd: options.day ?? '',
      };
      const fields = Object.fromEntries(Object.entries(all).filter(([, v]) => v !== ''));
      const body: Body = { text: input.text, evidence: input.evidence };
      const reply = await redis.ticketCreate(
        keys.ticketDraft(input.channel, input.reporter, input.draft),
        keys.ticketSeq(options.numberPrefix.replace(/-$/, '')),
        keys.ticketsCreated(),
        keys.ticketsDue(),
        keys.workerTickets(input.channel, input.reporter),
        keys.ticketsPending(),
        keys.branchQueue(input.branch),
        '',
        String(options.now),
        personKey(input.channel, input.reporter),
        '',
        'worker',
        keys.ticketPrefix(),
        options.numberPrefix,
        String(options.limit),
        String(options.now - options.windowMs),
        String(DRAFT_TTL_S),
        JSON.stringify(fields),
        JSON.stringify(body),
      );
      const [status, value] = reply as [string, string];
      if (status === 'rate-limited') return { status, count: Number(value) };
      return { status: status as 'created' | 'exists', id: value };
    },

    /** The ticket a draft became, if it was filed. */
    async byDraft(channel: string, reporter: string, draft: string): Promise<string | undefined> {
      return (await redis.get(keys.ticketDraft(channel, reporter, draft))) ?? undefined;
    },

    async get(id: string): Promise<Ticket | undefined> {
      const [[, h], [, body]] = ((await redis
        .pipeline()
        .hgetall(keys.ticket(id))
        .get(keys.ticketBody(id))
        .exec()) ?? []) as [[unknown, Record<string, string>], [unknown, string | null]];
      return decodeTicket(h ?? {}, body);
    },

    getMany,

    /** The event log from `afterSeq` on (0 = all), oldest first. */
    async events(id: string, afterSeq = 0): Promise<TicketEvent[]> {
      const raw = await redis.lrange(keys.ticketEvents(id), afterSeq, -1);
      return raw.map(parseEvent).filter((e): e is TicketEvent => !!e);
    },

    claim: async (
      id: string,
      actor: Actor,
      branch: string,
      now: number,
      takeOverFrom?: string,
      onlyRole?: string,
    ) =>
      result(
        await redis.ticketClaim(
          ...base(id),
          keys.ticketsDue(),
          keys.branchQueue(branch),
          ...head(branch, now, actor),
          takeOverFrom ?? '',
          onlyRole ?? '',
        ),
      ),

    ask: async (id: string, actor: Actor, branch: string, now: number, question: string) =>
      result(
        await redis.ticketAsk(
          ...base(id),
          keys.ticketsDue(),
          keys.branchQueue(branch),
          keys.ticketsWaiting(),
          ...head(branch, now, actor),
          question,
        ),
      ),

    /** The reporter's answer to a question; with `raise` the ticket becomes an emergency in the same script. */
    async reply(
      id: string,
      actor: Actor,
      now: number,
      text: string,
      files: TicketFile[] = [],
      raise?: Raise,
      source?: string,
    ): Promise<ActionResult> {
      return onOwnBranch(id, (branch) =>
        redis.ticketReply(
          ...base(id),
          keys.ticketsDue(),
          keys.branchQueue(branch),
          keys.ticketsWaiting(),
          ...head(branch, now, actor),
          text,
          JSON.stringify(files),
          raise ? String(raise.respondBy) : '',
          raise ? String(raise.resolveBy) : '',
          String(MAX_ADDED_FILES),
          source ?? '',
        ),
      );
    },

    replyEdited: async (
      id: string,
      actor: Actor,
      now: number,
      of: number,
      text: string,
      relayed: TicketRef,
    ) =>
      result(
        await redis.ticketReplyEdit(
          ...base(id),
          ...head('', now, actor),
          String(of),
          text,
          encodeRef(relayed),
        ),
      ),

    async rememberRelay(source: string, relay: Relay): Promise<void> {
      const value = JSON.stringify({ id: relay.id, seq: relay.seq, relayed: encodeRef(relay.relayed) });
      await redis.set(keys.relayedMessage(source), value, 'EX', RELAY_TTL_S);
    },

    async relayOf(source: string): Promise<Relay | undefined> {
      const raw = await redis.get(keys.relayedMessage(source));
      if (!raw) return undefined;
      try {
        const r = JSON.parse(raw) as { id?: unknown; seq?: unknown; relayed?: unknown };
        const relayed = decodeRef(typeof r.relayed === 'string' ? r.relayed : undefined);
        if (typeof r.id !== 'string' || typeof r.seq !== 'number' || !relayed) return undefined;
        return { id: r.id, seq: r.seq, relayed };
      } catch {
        return undefined;
      }
    },

    resolve: async (id: string, actor: Actor, branch: string, now: number, note: string) =>
      result(
        await redis.ticketResolve(
          ...base(id),
          keys.ticketsDue(),
          keys.branchQueue(branch),
          keys.ticketsResolved(),
          keys.ticketsWaiting(),
          ...head(branch, now, actor),
          note,
        ),
      ),

    handOver: async (id, actor, branch, now, to, expectHolder) =>
      result(
        await redis.ticketHandover(
          ...base(id),
          ...head(branch, now, actor),
          to.by,
          fitBytes(to.name),
          expectHolder ?? '',
        ),
      ),

    async withdraw(id: string, actor: Actor, now: number): Promise<ActionResult> {
      return onOwnBranch(id, (branch) =>
        redis.ticketWithdraw(
          ...base(id),
          keys.ticketsDue(),
          keys.branchQueue(branch),
          keys.ticketsWaiting(),
          ...head(branch, now, actor),
        ),
      );
    },

    async rememberStaffName(by: string, name: string): Promise<void> {
      if (name) await redis.hset(keys.staffNames(), by, fitBytes(name));
    },

    async staffNames(people: readonly string[]): Promise<Map<string, string>> {
      if (!people.length) return new Map();
      const names = await redis.hmget(keys.staffNames(), ...people);
      return new Map(people.flatMap((p, i) => (names[i] ? [[p, names[i]!] as [string, string]] : [])));
    },

    /**
     * Read from the branch queues (open tickets only, already in priority order): a secretary holds a few dozen at
     * most, and a queue is a few hundred, so no index of holders is kept.
     */
    async heldBy(branches: readonly string[], owner: string): Promise<Ticket[]> {
      const out: Ticket[] = [];
      for (const branch of branches) {
        const ids = await redis.zrange(keys.branchQueue(branch), 0, -1);
        for (let i = 0; i < ids.length; i += 500) {
          const page = await getMany(ids.slice(i, i + 500), { body: false });
          out.push(...page.filter((t) => t.owner === owner && t.status !== 'new'));
        }
      }
      return out;
    },

    /** `reason` 'confirmed' (the reporter said solved; actor must be the reporter) or 'window' (the sweep). */
    close: async (id: string, actor: Actor, now: number, reason: string, solved: boolean) =>
      result(
        await redis.ticketClose(
          ...base(id),
          keys.ticketsResolved(),
          ...head('', now, actor),
          reason,
          solved ? '1' : '0',
        ),
      ),

    async reopen(
      id: string,
      actor: Actor,
      now: number,
      comment: string,
      deadlines: { respondBy: number; resolveBy: number; windowMs: number; raise?: boolean },
    ): Promise<ActionResult> {
      return onOwnBranch(id, (branch) =>
        redis.ticketReopen(
          ...base(id),
          keys.ticketsDue(),
          keys.branchQueue(branch),
          keys.ticketsResolved(),
          ...head(branch, now, actor),
          comment,
          String(deadlines.respondBy),
          String(deadlines.resolveBy),
          String(deadlines.windowMs),
          deadlines.raise ? '1' : '',
        ),
      );
    },

    move: async (id, actor, branch, now, move) =>
      result(
        await redis.ticketMove(
          ...base(id),
          keys.ticketsDue(),
          keys.branchQueue(branch),
          keys.branchQueue(move.target),
          keys.branchQueue(move.district),
          keys.ticketsWaiting(),
          ...head(branch, now, actor),
          move.mode,
          move.target,
          move.district,
          move.reason,
          String(move.respondBy),
        ),
      ),

    requestExtension: async (id, actor, branch, now, until, reason) =>
      result(await redis.ticketExtend(...base(id), ...head(branch, now, actor), String(until), reason)),

    async decideExtension(
      id: string,
      actor: Actor,
      now: number,
      approve: boolean,
      request?: number,
    ): Promise<ActionResult> {
      return onOwnBranch(id, (branch) =>
        redis.ticketDecide(
          ...base(id),
          keys.ticketsDue(),
          keys.branchQueue(branch),
          ...head(branch, now, actor),
          approve ? 'approve' : 'refuse',
          request === undefined ? '' : String(request),
        ),
      );
    },

    /**
     * 督办. `once`: only if never escalated before (the overdue sweep). `branch` '' skips the branch check.
     * `windowMs`: refused ('recent') while the last escalation is more recent than that. `overdue`: the sweep's
     * passed deadline, kept on the event. `repeat`: the sweep telling again of an unclaimed emergency (see the port).
     */
    escalate: async (
      id: string,
      actor: Actor,
      branch: string,
      now: number,
      reason: string,
      once = false,
      windowMs = 0,
      overdue?: OverdueDeadline,
      repeat?: { n: number; of: number },
      batch?: readonly string[],
    ) =>
      result(
        await redis.ticketEscalate(
          ...base(id),
          ...head(branch, now, actor),
          reason,
          once ? '1' : '',
          String(windowMs),
          overdue?.deadline ?? '',
          overdue ? String(overdue.due) : '',
          repeat ? String(repeat.n) : '',
          repeat ? String(repeat.of) : '',
          batch?.length ? batch.join(',') : '',
        ),
      ),

    rate: async (id: string, actor: Actor, now: number, rating: number) =>
      result(await redis.ticketRate(...base(id), ...head('', now, actor), String(rating))),

    /** Set `field` once (e.g. a sweep's `remindedAt`), logging `eventType` if given. */
    flagOnce: async (id: string, actor: Actor, now: number, field: string, value: string, eventType = '') => {
      if (KNOWN.has(field)) throw new Error(`flagOnce cannot set the ticket field "${field}"`);
      return result(await redis.ticketFlag(...base(id), ...head('', now, actor), field, value, eventType));
    },

    /** Remember the triage card of a ticket in `branch`; false when the ticket has moved on meanwhile. */
    async setCard(id: string, branch: string, ref: TicketRef): Promise<boolean> {
      const packed = encodeRef(ref);
      const stored = await redis.ticketCard(
        keys.ticket(id),
        keys.ticketCard(ref.address.channel, ref.address.chatId, ref.messageId),
        branch,
        packed,
        id,
        String(CARD_INDEX_TTL_S),
      );
      return stored === 1;
    },

    async addCopy(id: string, ref: TicketRef, copy: CardCopy): Promise<number | undefined> {
      const seq = await redis.ticketCopy(
        keys.ticket(id),
        keys.ticketCopies(id),
        keys.ticketCard(ref.address.channel, ref.address.chatId, ref.messageId),
        encodeRef(ref),
        JSON.stringify(copy),
        id,
        String(COPIES_TTL_S),
        String(CARD_INDEX_TTL_S),
        String(MAX_COPIES),
      );
      return seq < 0 ? undefined : seq;
    },

    async copies(id: string): Promise<{ ref: TicketRef; copy: CardCopy }[]> {
      const h = await redis.hgetall(keys.ticketCopies(id));
      return Object.entries(h).flatMap(([packed, json]) => {
        const ref = decodeRef(packed);
        try {
          return ref ? [{ ref, copy: JSON.parse(json) as CardCopy }] : [];
        } catch {
          return [];
        }
      });
    },

    async setCopy(id: string, ref: TicketRef, copy: CardCopy): Promise<void> {
      // Only a copy still followed: one dropped meanwhile (by another flush) stays dropped.
      await redis.hashReplace(keys.ticketCopies(id), encodeRef(ref), JSON.stringify(copy));
    },

    async dropCopy(id: string, ref: TicketRef): Promise<void> {
      await redis.hdel(keys.ticketCopies(id), encodeRef(ref));
    },

    async photosShown(id: string, where: string): Promise<boolean> {
      return (await redis.exists(keys.ticketPhotosShown(id, where))) === 1;
    },

    async markPhotosShown(id: string, where: string, ttlMs: number): Promise<void> {
      await redis.set(keys.ticketPhotosShown(id, where), '1', 'PX', Math.max(1, ttlMs));
    },

    async oweMirror(id: string, channel: string, since: number): Promise<void> {
      await redis.hsetnx(keys.ticketsMirrorsOwed(), `${id}|${channel}`, String(since));
    },

    async takeOwedMirror(id: string, channel: string): Promise<number | undefined> {
      // HGET then HDEL in one transaction: only the process whose HDEL removed it posts the copy.
      const field = `${id}|${channel}`;
      const res = await redis
        .multi()
        .hget(keys.ticketsMirrorsOwed(), field)
        .hdel(keys.ticketsMirrorsOwed(), field)
        .exec();
      const [[, since], [, removed]] = (res ?? [
        [null, null],
        [null, 0],
      ]) as [[unknown, string | null], [unknown, number]];
      return removed === 1 && since ? Number(since) : undefined;
    },

    async owedMirrors(): Promise<{ id: string; channel: string; since: number }[]> {
      const h = await redis.hgetall(keys.ticketsMirrorsOwed());
      return Object.entries(h).flatMap(([field, since]) => {
        const cut = field.lastIndexOf('|');
        return cut > 0
          ? [{ id: field.slice(0, cut), channel: field.slice(cut + 1), since: Number(since) }]
          : [];
      });
    },

    async ticketOfCard(ref: TicketRef): Promise<string | undefined> {
      const key = keys.ticketCard(ref.address.channel, ref.address.chatId, ref.messageId);
      return (await redis.get(key)) ?? undefined;
    },

    /** Effects of events up to `seq` are done; returns how many events still have effects to perform. */
    async effectsDone(id: string, seq: number): Promise<number> {
      return redis.ticketEffectsDone(keys.ticket(id), keys.ticketsPending(), id, String(seq));
    },

    /** Tickets with effects still to perform (after a crash, a failed send): id → last event seq. */
    async pending(): Promise<Map<string, number>> {
      const h = await redis.hgetall(keys.ticketsPending());
      return new Map(Object.entries(h).map(([id, seq]) => [id, Number(seq)]));
    },

    /** One page of a branch's open tickets, most urgent first, then by deadline (without their text). */
    async queue(branch: string, offset: number, limit: number): Promise<Ticket[]> {
      const ids = await redis.zrange(keys.branchQueue(branch), offset, offset + limit - 1);
      return getMany(ids, { body: false });
    },

    /** Open tickets and overdue ones (next deadline before `now`) in a branch's queue. */
    async queueCounts(branch: string, now: number): Promise<{ open: number; overdue: number }> {
      const key = keys.branchQueue(branch);
      const pipe = redis.pipeline().zcard(key);
      for (const rank of Object.values(URGENCY_RANK))
        pipe.zcount(key, rank * SCORE_BAND, `(${rank * SCORE_BAND + now}`);
      const rows = (await pipe.exec()) ?? [];
      const [open, ...overdue] = rows.map(([, n]) => Number(n));
      return { open: open ?? 0, overdue: overdue.reduce((a, b) => a + b, 0) };
    },

    /** The newest tickets of one reporter. */
    async forWorker(channel: string, reporter: string, offset: number, limit: number): Promise<Ticket[]> {
      const ids = await redis.zrevrange(keys.workerTickets(channel, reporter), offset, offset + limit - 1);
      return getMany(ids);
    },

    /** Reports filed by one reporter since `since` (ms) — the rate limit's count. */
    async countSince(channel: string, reporter: string, since: number): Promise<number> {
      return redis.zcount(keys.workerTickets(channel, reporter), since, '+inf');
    },

    /** Open tickets whose next deadline is before `until` (ms), soonest first — for reminders and escalation. */
    async dueBefore(until: number, limit = 500): Promise<{ id: string; dueAt: number }[]> {
      const flat = await redis.zrangebyscore(
        keys.ticketsDue(),
        '-inf',
        until,
        'WITHSCORES',
        'LIMIT',
        0,
        limit,
      );
      return pairs(flat).map(([id, s]) => ({ id, dueAt: Number(s) }));
    },

    /** Tickets waiting on their reporter since before `until` (ms), longest waiting first. */
    async waitingSince(until: number, limit = 1000): Promise<{ id: string; since: number }[]> {
      const flat = await redis.zrangebyscore(
        keys.ticketsWaiting(),
        '-inf',
        until,
        'WITHSCORES',
        'LIMIT',
        0,
        limit,
      );
      return pairs(flat).map(([id, s]) => ({ id, since: Number(s) }));
    },

    /** Resolved tickets still waiting for the worker's word, resolved before `before` (ms) — for auto-close. */
    async resolvedBefore(before: number, limit = 500): Promise<{ id: string; resolvedAt: number }[]> {
      const flat = await redis.zrangebyscore(
        keys.ticketsResolved(),
        '-inf',
        before,
        'WITHSCORES',
        'LIMIT',
        0,
        limit,
      );
      return pairs(flat).map(([id, s]) => ({ id, resolvedAt: Number(s) }));
    },

    /** Tickets created in [from, to) ms, oldest first — for statistics, export and retention. */
    async createdBetween(from: number, to: number, offset = 0, limit = 1000): Promise<string[]> {
      return redis.zrangebyscore(keys.ticketsCreated(), from, `(${to}`, 'LIMIT', offset, limit);
    },

    /** The newest tickets created since `since` (ms), for "similar reports this week". */
    async recent(
      since: number,
      limit: number,
    ): Promise<Pick<Ticket, 'id' | 'category' | 'area' | 'summary'>[]> {
      const ids = await redis.zrevrangebyscore(keys.ticketsCreated(), '+inf', since, 'LIMIT', 0, limit);
      if (!ids.length) return [];
      const pipe = redis.pipeline();
      for (const id of ids) pipe.hmget(keys.ticket(id), 'category', 'area', 'summary');
      const rows = (await pipe.exec()) ?? [];
      return ids.map((id, i) => {
        const [category, area, summary] = (rows[i]?.[1] ?? []) as (string | null)[];
        return { id, category: category ?? '', area: area || undefined, summary: summary ?? '' };
      });
    },

    /** Retention: strip what identifies or quotes the reporter (see lua/ticket-anonymise-4.lua). */
    async anonymise(id: string, now: number): Promise<boolean> {
      const [channel, reporter] = await redis.hmget(keys.ticket(id), 'channel', 'reporter');
      const worker = keys.workerTickets(channel ?? '', reporter ?? '');
      // The script checks the reporter is still the one read here (so the index named is theirs).
      return (
        (await redis.ticketAnonymise(
          keys.ticket(id),
          keys.ticketEvents(id),
          worker,
          keys.ticketBody(id),
          String(now),
          `${channel ?? ''}:${reporter ?? ''}`,
        )) === 1
      );
    },
  };
}

function pairs(flat: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
}
