/**
 * Tickets (急难愁盼 reports): the record, its event log and the transitions the core asks for. Every
 * transition is applied whole or not at all by the store (store/tickets.ts, one Lua script each).
 */

export type TicketStatus = 'new' | 'claimed' | 'waiting' | 'resolved' | 'closed';

export type TicketUrgency = 'normal' | 'urgent' | 'emergency';

export const OPEN_STATUSES: readonly TicketStatus[] = ['new', 'claimed', 'waiting'];

export interface TicketFile {
  kind: string;
  fileId: string;
  /** When the reporter added it after filing (a 📎 补充 or an answer); absent for the first report's files. */
  addedAt?: number;
}

export interface TicketRef {
  address: { channel: string; chatId: string; threadId?: string };
  messageId: string;
}

export interface Ticket {
  /** The readable number, e.g. `JN-2026-000123`; also the key. */
  id: string;
  status: TicketStatus;
  category: string;
  urgency: TicketUrgency;
  /** Classifier confidence 0..1 when the worker kept the proposed category; 1 when they chose it. */
  confidence: number;
  /** The reporter skipped the category question ("跳过"), so it is the pack's "other" for the branch to sort. */
  categorySkipped?: boolean;
  /** The branch that owns the ticket now. */
  branch: string;
  /** The branch of the group the report came from, if any. */
  originBranch?: string;
  /** `channel:chatId` of that group. */
  originChat?: string;
  /**
   * The ticket this one follows: danger the worker told about a ticket that was already closed is filed
   * as a new report, which names the closed one so the branch sees the link.
   */
  follows?: string;
  area?: string;
  channel: string;
  /** The reporter's user id on `channel` ("-" once anonymised by retention). */
  reporter: string;
  reporterName?: string;
  /** The reporter's private chat with the bot, where notifications go. */
  chat: string;
  locale: string;
  anonymous: boolean;
  /** The reporter agreed that the branch may contact them directly. */
  contact: boolean;
  text: string;
  summary: string;
  evidence: TicketFile[];
  location?: { lat: number; lon: number };
  /** Similar reports in the week before this one (same category and area, or similar text). */
  similar: number;
  draft: string;
  createdAt: number;
  respondBy: number;
  resolveBy: number;
  /** The deadline that matters next (respond while new, resolve once taken); absent when not open. */
  dueAt?: number;
  claimedAt?: number;
  firstResponseAt?: number;
  owner?: string;
  ownerName?: string;
  resolvedAt?: number;
  resolution?: string;
  resolvedBy?: string;
  resolvedByName?: string;
  closedAt?: number;
  /** `confirmed` (the worker said solved), `window` (no objection in time), … */
  closeReason?: string;
  solved?: boolean;
  rating?: number;
  ratedAt?: number;
  reopenedAt?: number;
  returns: number;
  /** Branches that returned the ticket, in order. */
  returnedBy: string[];
  transfers: number;
  reopens: number;
  escalations: number;
  escalatedAt?: number;
  extensions: number;
  /** A pending extension request. */
  ext?: { until: number; reason: string; by: string; byName?: string; at: number };
  card?: TicketRef;
  evSeq: number;
  fxSeq: number;
  anonymisedAt?: number;
  /** When the ticket began waiting on its reporter (the first question of the wait); absent when not waiting. */
  waitingSince?: number;
  /**
   * While it waits, the resolve deadline is paused from this moment (never an emergency's, nor one already
   * passed): it resumes with the time it had left, `resolveBy − pausedAt`, when the wait ends.
   */
  pausedAt?: number;
  /** How many times the sweep told the district again of this emergency while nobody claimed it. */
  unclaimedAlerts: number;
  /** Once-only marks set with `flagOnce` (e.g. by the sweeps): field → value. */
  flags: Record<string, string>;
}

export interface TicketEvent {
  seq: number;
  type: string;
  at: number;
  /** `channel:userId`, or `system`. */
  by: string;
  byName?: string;
  role?: string;
  text?: string;
  [field: string]: unknown;
}

/** A deadline passed: the one that mattered (respond while new, then resolve) and when it was due (ms). */
export interface OverdueDeadline {
  deadline: 'respond' | 'resolve';
  due: number;
}

/** Who acts: `by` is `channel:userId` (or `system`); `role` is worker | secretary | organiser | system. */
export interface Actor {
  by: string;
  name?: string;
  role: string;
  /**
   * The ticket as the person saw it when they started what they now finish (a prompt's `seenOf`): the script refuses
   * `changed` when someone else has moved it on since — claimed, handed over, resolved, closed, reopened.
   */
  saw?: string;
}

/**
 * What of a ticket a prompt is about, to tell later whether someone else moved it on: whether it is taken (`new`,
 * `held` — claimed or waiting, the same to a prompt: a question asked and its answer change nothing), closed or
 * resolved, and who holds it. The scripts compute the same (`seen_of` in lua/includes/ticket.lua).
 */
export function seenOf(ticket: Pick<Ticket, 'status' | 'owner'>): string {
  const phase = ticket.status === 'claimed' || ticket.status === 'waiting' ? 'held' : ticket.status;
  return `${phase}|${ticket.owner ?? ''}`;
}

/**
 * Whether a ticket is still as a prompt opened by `by` saw it (`saw`, a `seenOf`): their own claim since (a new
 * ticket they then took on another card) is no change.
 */
export function stillAsSeen(ticket: Pick<Ticket, 'status' | 'owner'>, saw: string, by: string): boolean {
  const now = seenOf(ticket);
  return now === saw || (saw === 'new|' && now === `held|${by}`);
}

export type Refusal =
  | 'missing'
  | 'moved'
  | 'taken'
  | 'bad-state'
  | 'not-reporter'
  | 'too-late'
  | 'pending'
  | 'not-later'
  | 'none'
  | 'already'
  /** 督办 again within the window of the last one. */
  | 'recent'
  /** Someone else moved the ticket on since the person's prompt opened (`Actor.saw`). */
  | 'changed'
  | 'same'
  | 'district'
  /** 转给同事: the actor does not hold the ticket (or no longer the holder expected); detail: owner, ownerName. */
  | 'not-holder'
  /** The extension request was voided when the ticket became an emergency. */
  | 'voided'
  /** The escalation chat's 签收 pressed by someone who is not an organiser. */
  | 'organisers-only'
  /** 🏷️: the ticket is filed under that category already. */
  | 'same-category';

export type ActionResult = { ok: true; detail: string[] } | { ok: false; reason: Refusal; detail: string[] };

/**
 * Words the worker added tell of acute danger to a person now: the ticket becomes an emergency in the
 * same step as the words (each deadline the sooner of its own and these, counted from now). `reply` and
 * `reopen` then answer `detail[0]` = the urgency it had before, or '' when it was an emergency already.
 */
export interface Raise {
  respondBy: number;
  resolveBy: number;
}

/** What intake hands over; the repo adds the number, the state and the bookkeeping. */
export type NewTicket = Pick<
  Ticket,
  | 'draft'
  | 'channel'
  | 'reporter'
  | 'reporterName'
  | 'chat'
  | 'locale'
  | 'branch'
  | 'originBranch'
  | 'originChat'
  | 'follows'
  | 'area'
  | 'category'
  | 'urgency'
  | 'confidence'
  | 'categorySkipped'
  | 'anonymous'
  | 'contact'
  | 'text'
  | 'summary'
  | 'evidence'
  | 'location'
  | 'similar'
  | 'respondBy'
  | 'resolveBy'
>;

export interface CreateOptions {
  now: number;
  /** `JN-2026-`: the pack's prefix and the year, in the bot's time zone. */
  numberPrefix: string;
  /** Reports allowed per window from one reporter; 0 = no limit (a replay of an accepted report). */
  limit: number;
  windowMs: number;
  /** The local day (`YYYY-MM-DD`, BOT_TIMEZONE) it is created on: its figures bucket. Absent: counted by the backfill. */
  day?: string;
}

export type CreateResult =
  { status: 'created' | 'exists'; id: string } | { status: 'rate-limited'; count: number };

/** A card reference packed into a short string: `channel|chatId|threadId|messageId` (tickets' cards, passed questions'). */
export function encodeRef(ref: TicketRef): string {
  return [ref.address.channel, ref.address.chatId, ref.address.threadId ?? '', ref.messageId].join('|');
}

export function decodeRef(packed: string | undefined): TicketRef | undefined {
  const parts = packed?.split('|');
  if (!parts || parts.length !== 4) return undefined;
  const [channel, chatId, threadId, messageId] = parts as [string, string, string, string];
  return { address: { channel, chatId, ...(threadId ? { threadId } : {}) }, messageId };
}

/**
 * A message besides the triage card that shows a ticket with its buttons: a staff view (/ticket, 📄 查看详情)
 * or a reminder. The effects edit it as the ticket changes, so no stale 签收 stays live (QA7 #5).
 */
export interface CardCopy {
  /**
   * A staff view, a deadline reminder, a 督办's card in the escalation chat (`seq`: its event; with `batch`, the
   * sweep's one summary of several tickets, followed by each of them), the district's heads-up of an emergency
   * (`alert`), or the triage card itself posted in the branch's triage chat on another platform (`mirror`).
   */
  kind: 'view' | 'reminder' | 'escalation' | 'alert' | 'mirror' | 'prompt';
  /** The branch the ticket was in when shown: once it has left, the copy loses its buttons. */
  branch: string;
  /** The language it was shown in. */
  locale: string;
  /** When it was shown (a reminder's time left reads as of then). */
  at: number;
  /** A reminder's deadline and the due time it showed. */
  deadline?: 'respond' | 'resolve';
  due?: number;
  /** An escalation card's event (its who and why). */
  seq?: number;
  /**
   * The sweep's summary (kind `escalation`): every ticket it lists, in order, with the deadline each had passed — the
   * same on each listed ticket's copy, so a change to any of them draws the whole summary again.
   */
  batch?: { id: string; deadline: 'respond' | 'resolve'; due: number }[];
  /** A digest of the card as last shown: an event that changes nothing in it edits nothing. */
  shown?: string;
  /**
   * A secretary's open prompt (kind `prompt`: ❓ 询问, ✅ 办结, ↪️ 转派, ↩️ 退单, ⏳ 延期, 🔺 督办 — the step), who opened it
   * and the ticket as they saw it (`seenOf`): once someone else moves the ticket on, it is edited to say it is closed.
   */
  step?: string;
  by?: string;
  saw?: string;
}

/** What following one more copy did: the ticket's event seq then, and the copies it retired (see `addCopy`). */
export interface CopyAdded {
  seq: number;
  retired: { ref: TicketRef; copy: CardCopy }[];
}

/** A worker's message relayed to staff as a ticket's `replied` event: which event, and the message staff saw. */
export interface Relay {
  id: string;
  seq: number;
  relayed: TicketRef;
}

export interface TicketRepo {
  /** File a ticket from a draft. Idempotent per (channel, reporter, draft): a retry returns the same id. */
  create(input: NewTicket, options: CreateOptions): Promise<CreateResult>;
  /** The ticket a draft became, if it was filed. */
  byDraft(channel: string, reporter: string, draft: string): Promise<string | undefined>;
  get(id: string): Promise<Ticket | undefined>;
  getMany: (
    ids: readonly string[],
    options?: {
      body?: boolean;
    },
  ) => Promise<Ticket[]>;
  /** The event log from `afterSeq` on (0 = all), oldest first. */
  events(id: string, afterSeq?: number): Promise<TicketEvent[]>;
  /**
   * 签收. With `takeOverFrom`, a claimed or waiting ticket is taken from that claimer (one the caller found no
   * longer in the pack) — only while they still hold it ('taken' with whoever does otherwise), in one step.
   * With `onlyRole`, an actor of another role is refused ('organisers-only': the escalation chat's 签收).
   */
  claim: (
    id: string,
    actor: Actor,
    branch: string,
    now: number,
    takeOverFrom?: string,
    onlyRole?: 'organiser',
  ) => Promise<ActionResult>;
  ask: (id: string, actor: Actor, branch: string, now: number, question: string) => Promise<ActionResult>;
  /**
   * The reporter's answer to a question; `raise` when the words tell of danger (see Raise). `source`: the worker's
   * message the words came from (`channel|chatId||messageId`, packed as a card ref), kept on the event as `msg` so
   * the relayed words can follow an edit of it (`replyEdited`).
   */
  reply(
    id: string,
    actor: Actor,
    now: number,
    text: string,
    files?: TicketFile[],
    raise?: Raise,
    source?: string,
  ): Promise<ActionResult>;
  /**
   * The reporter edited words already relayed as the `replied` event `of` (shown at `relayed`): a `reply-edited`
   * event with the new words, in one step. Any state: the words were said when they were. 'not-reporter' for anyone
   * else (an anonymised ticket has no reporter).
   */
  replyEdited(
    id: string,
    actor: Actor,
    now: number,
    of: number,
    text: string,
    relayed: TicketRef,
  ): Promise<ActionResult>;
  /**
   * Remember for a week that a worker's message (`source`, packed) was relayed as the ticket's `replied` event `seq`
   * at `relayed`, so an edit of it can follow (QA: the secretary kept the old words).
   */
  rememberRelay(source: string, relay: Relay): Promise<void>;
  /** The relay of a worker's message (packed), if it was relayed in the last week. */
  relayOf(source: string): Promise<Relay | undefined>;
  resolve: (id: string, actor: Actor, branch: string, now: number, note: string) => Promise<ActionResult>;
  /**
   * 转给同事 (QA20 #3): a claimed or waiting ticket passes to `to` (a secretary of `branch`, the caller checked the
   * pack) — only from its holder or an organiser; with `expectHolder`, only while that one still holds it.
   * `detail`: the previous holder and their name.
   */
  handOver: (
    id: string,
    actor: Actor,
    branch: string,
    now: number,
    to: { by: string; name: string },
    expectHolder?: string,
  ) => Promise<ActionResult>;
  /**
   * 🏷️ (stop 39): an open ticket filed under another `category` of the pack (the caller checked it), by staff of
   * `branch`; only the category changes. `detail`: the category it had.
   */
  recategorise: (
    id: string,
    actor: Actor,
    branch: string,
    now: number,
    category: string,
  ) => Promise<ActionResult>;
  /**
   * 撤回 (QA20 #7): the reporter closes their open report as withdrawn ('not-reporter' for anyone else).
   * `detail`: the status it had, its holder and the holder's name.
   */
  withdraw(id: string, actor: Actor, now: number): Promise<ActionResult>;
  /** Remember a staff member's display name as seen now (the hand-over picker's labels). */
  rememberStaffName(by: string, name: string): Promise<void>;
  /** The names remembered for these person keys (missing ones left out). */
  staffNames(keys: readonly string[]): Promise<Map<string, string>>;
  /** Open tickets of these branches held by `owner` (a person key), most urgent first, without their text. */
  heldBy(branches: readonly string[], owner: string): Promise<Ticket[]>;
  /** `reason` 'confirmed' (the reporter said solved; actor must be the reporter) or 'window' (the sweep). */
  close: (id: string, actor: Actor, now: number, reason: string, solved: boolean) => Promise<ActionResult>;
  /**
   * "Not solved": fresh deadlines; with `raise` they are the emergency ones and the ticket becomes one. The comment
   * may be empty when `files` carry the reason (a photo sent alone).
   */
  reopen(
    id: string,
    actor: Actor,
    now: number,
    comment: string,
    deadlines: {
      respondBy: number;
      resolveBy: number;
      windowMs: number;
      raise?: boolean;
    },
    /** Files sent as (or with) the reason: kept as an answer's are (the evidence), and on the event. */
    files?: TicketFile[],
  ): Promise<ActionResult>;
  /**
   * Transfer (the actor names `target`) or return (`target` is the router's fallback; the script sends
   * it to `district` instead when it was returned before or would bounce). `detail[0]` is the new branch.
   */
  move: (
    id: string,
    actor: Actor,
    branch: string,
    now: number,
    move: {
      mode: 'transfer' | 'return';
      target: string;
      district: string;
      reason: string;
      respondBy: number;
    },
  ) => Promise<ActionResult>;
  requestExtension: (
    id: string,
    actor: Actor,
    branch: string,
    now: number,
    until: number,
    reason: string,
  ) => Promise<ActionResult>;
  /**
   * Approve or refuse the pending extension request. `request`: the request's time (`ext.at`) the
   * approver saw — a button of an older request never decides a newer one. 'voided' when the ticket
   * became an emergency after that request (see `Raise`).
   */
  decideExtension(
    id: string,
    actor: Actor,
    now: number,
    approve: boolean,
    request?: number,
  ): Promise<ActionResult>;
  /**
   * 督办. `once`: only if never escalated before (the overdue sweep). `branch` '' skips the branch check.
   * `windowMs`: refused (`recent`, detail [escalatedAt]) while the last escalation is more recent than that.
   * `overdue`: the deadline the sweep found passed, kept on the event (`deadline`, `due`) for each viewer to read
   * in their language, instead of a `reason` in one.
   * `repeat`: the sweep telling the district again of an emergency nobody has claimed — the `n`-th repeat of at
   * most `of`: refused ('bad-state') unless the ticket is still new and an emergency, and ('already') when `n`
   * repeats were made, so each is made once however many processes sweep. Kept on the event (`repeat`, `repeats`,
   * `reported` — the report's time, for how long it has waited).
   * `batch`: the sweep escalating several of a branch's tickets at once — their ids, the first the one whose effects
   * post one summary for them all (effects/to-staff.ts); kept on the event (`batch`, comma-separated).
   */
  escalate: (
    id: string,
    actor: Actor,
    branch: string,
    now: number,
    reason: string,
    once?: boolean,
    windowMs?: number,
    overdue?: OverdueDeadline,
    repeat?: { n: number; of: number },
    batch?: readonly string[],
  ) => Promise<ActionResult>;
  rate: (id: string, actor: Actor, now: number, rating: number) => Promise<ActionResult>;
  /** Set `field` once (e.g. a sweep's `remindedAt`), logging `eventType` if given. */
  flagOnce: (
    id: string,
    actor: Actor,
    now: number,
    field: string,
    value: string,
    eventType?: string,
  ) => Promise<ActionResult>;
  /** Remember the triage card of a ticket in `branch`; false when the ticket has moved on meanwhile. */
  setCard(id: string, branch: string, ref: TicketRef): Promise<boolean>;
  /**
   * Follow a copy of the card (see CardCopy); returns the ticket's event seq as of then (a copy drawn at an
   * older one is out of date already) and the copies no longer followed because of it — a staff view replaces the
   * ticket's older views in the same chat, and the oldest copy goes past the most kept — in one step; undefined
   * when there is no such ticket.
   */
  addCopy(id: string, ref: TicketRef, copy: CardCopy): Promise<CopyAdded | undefined>;
  copies(id: string): Promise<{ ref: TicketRef; copy: CardCopy }[]>;
  /** Update a copy still followed (what it shows now). */
  setCopy(id: string, ref: TicketRef, copy: CardCopy): Promise<void>;
  /** Stop following a copy (it has no buttons left, or the platform will not edit it). */
  dropCopy(id: string, ref: TicketRef): Promise<void>;
  /** The ticket whose triage card this message is (as `setCard` recorded it), if any. */
  ticketOfCard(ref: TicketRef): Promise<string | undefined>;
  /**
   * Whether the ticket's photos were shown to a person in a chat lately (`where`: who, where and which photos, as
   * `markPhotosShown` was told): a repeat view of the ticket then does not post them again.
   */
  photosShown(id: string, where: string): Promise<boolean>;
  markPhotosShown(id: string, where: string, ttlMs: number): Promise<void>;
  /**
   * The card's copy for the branch's triage chat on `channel` failed for a reason that will pass: owed, to be
   * posted on the ticket's next change or by the recovery timer. `since` stays that of the first failure.
   */
  oweMirror(id: string, channel: string, since: number): Promise<void>;
  /** Take an owed copy (once, whichever process asks first); its first failure's time, or undefined. */
  takeOwedMirror(id: string, channel: string): Promise<number | undefined>;
  /** Every copy still owed. */
  owedMirrors(): Promise<{ id: string; channel: string; since: number }[]>;
  /** Effects of events up to `seq` are done; returns how many events still have effects to perform. */
  effectsDone(id: string, seq: number): Promise<number>;
  /**
   * Mark one effect of event `seq` done (`field`: fx:<seq>:<i>, core/reports/effects.ts) — refused (false) once the
   * ticket's done point covers the event, in the same step: another process that finished the event meanwhile has
   * removed its marks, and a mark set after would stay for good.
   */
  markEffectDone(id: string, seq: number, field: string): Promise<boolean>;
  /** Tickets with effects still to perform (after a crash, a failed send): id → last event seq. */
  pending(): Promise<Map<string, number>>;
  /** One page of a branch's open tickets, most urgent first, then by deadline (without their text). */
  queue(branch: string, offset: number, limit: number): Promise<Ticket[]>;
  /** Open tickets and overdue ones (next deadline before `now`) in a branch's queue. */
  queueCounts(
    branch: string,
    now: number,
  ): Promise<{
    open: number;
    overdue: number;
  }>;
  /** The newest tickets of one reporter. */
  forWorker(channel: string, reporter: string, offset: number, limit: number): Promise<Ticket[]>;
  /** Reports filed by one reporter since `since` (ms) — the rate limit's count. */
  countSince(channel: string, reporter: string, since: number): Promise<number>;
  /** Open tickets whose next deadline is before `until` (ms), soonest first — for reminders and escalation. */
  dueBefore(
    until: number,
    limit?: number,
  ): Promise<
    {
      id: string;
      dueAt: number;
    }[]
  >;
  /** Tickets waiting on their reporter since before `until` (ms), longest waiting first — reminders, the digest. */
  waitingSince(until: number, limit?: number): Promise<{ id: string; since: number }[]>;
  /** Resolved tickets still waiting for the worker's word, resolved before `before` (ms) — for auto-close. */
  resolvedBefore(
    before: number,
    limit?: number,
  ): Promise<
    {
      id: string;
      resolvedAt: number;
    }[]
  >;
  /** Tickets created in [from, to) ms, oldest first — for statistics, export and retention. */
  createdBetween(from: number, to: number, offset?: number, limit?: number): Promise<string[]>;
  /** The newest tickets created since `since` (ms), for "similar reports this week". */
  recent(since: number, limit: number): Promise<Pick<Ticket, 'id' | 'category' | 'area' | 'summary'>[]>;
  /**
   * The kept-text upgrade: every ticket's summary and report text rewritten with `mask` (the current masking), each
   * ticket in one step that writes only if both still hold what was read. Returns how many were rewritten.
   */
  maskKept(mask: (text: string) => string): Promise<number>;
  /** Retention: strip what identifies or quotes the reporter (see lua/ticket-anonymise-4.lua). */
  anonymise(id: string, now: number): Promise<boolean>;
}
