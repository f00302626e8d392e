/**
 * The deadline sweep (every 5 minutes, see schedule.ts): a function of the clock, so a test runs it at
 * a fixed time and the cron timer only calls it.
 *
 *   await runSweep(deps, new Date(at), effects)
 *
 * 1. **Overdue → escalate, once.** An open ticket past its next deadline (respond while new, resolve once
 *    taken) is escalated to the district with `ticket-escalate` in its once-only form: the script refuses
 *    a ticket escalated before (by the sweep or by hand), so however often and wherever the sweep runs,
 *    the escalation chat hears of a ticket once. The effects engine posts the escalation card — or, when
 *    `BATCH_FROM` or more of one branch fall due in one sweep, one summary for them all (QA20 #1: 11 cards in a
 *    minute): each is escalated with the batch on its event, then the first one's effects are flushed first and
 *    post the summary (effects/to-staff.ts); the others' find it.
 *    **An emergency nobody claims is told again** (QA9 #8: one escalation at its deadline, then nothing all
 *    night): every respond window of the pack's emergency deadlines (at least `REPEAT_MIN_MS`) after that
 *    deadline, while the ticket is still new, at most `EMERGENCY_REPEATS` times — each with how long the reporter
 *    has waited. The script counts the repeats on the ticket (`unclaimedAlerts`) and makes each once, whichever
 *    process sweeps; a claim (or a question) ends them. After a gap in sweeping it catches up with one message:
 *    missed repeats are skipped, and none comes within half a window of the last escalation.
 * 2. **Remind before a deadline.** When three quarters of the pack's allowance for a deadline has passed
 *    (a quarter left: 6 h of a 24 h response time), the branch's triage chat gets one reminder. The mark
 *    is a once-only flag on the ticket named after the deadline (`remind:respond:<ms>`), so a new deadline
 *    (a transfer, an approved extension, a reopen) earns a new reminder. The reminder is sent first and
 *    marked after: a crash in between repeats it once rather than losing it. One whose moment has passed
 *    (the deadline gone, or the ticket escalated since) is dropped, never sent late.
 * 3. **Remind the worker of a question.** A ticket waiting on its reporter for `NUDGE_AFTER_MS` (a day) gets one
 *    reminder to the worker, with the question quoted and ✍️ 回复 (`waiting.ts`). The mark is a once-only flag
 *    named after the wait (`nudge:<waitingSince>`) set with a `nudged` event, whose effects send it — so however
 *    many processes sweep, the worker hears once per wait. The resolve deadline is paused meanwhile (the store
 *    takes a paused ticket out of the due index), so nothing above escalates or reminds the branch for it.
 * 4. **Close unopposed resolutions.** A resolved ticket whose worker has not objected within the pack's
 *    `confirmWindowDays` is closed as solved (`closeReason` window) — what /stats counts as resolved.
 */
import type { ContentPack, PackSettings } from '../content/schema.js';
import type { CoreDeps } from '../feature.js';
import type { Locale } from '../i18n.js';
import { DeliveryError } from '../outbox.js';
import { chatLocale } from '../groups/chat-locale.js';
import { CHANNELS, type Address, type Channel } from '../types.js';
import type { Actor, Ticket, TicketUrgency } from '../ports/tickets.js';
import { escalationChat, isTransient, triageChat, type Effects } from './effects.js';
import { DAY } from './figures.js';
import { reminderCard, type View } from './views.js';
import { NUDGE_AFTER_MS, nudgeFlag } from './waiting.js';

const HOUR = 3_600_000;
/** Remind when this share of a deadline's allowance has passed. */
export const REMIND_AT = 0.75;
/** Tickets read per page of an index. */
const PAGE = 200;
/** Resolutions closed per sweep at most (the rest wait for the next sweep). */
const CLOSE_BATCH = 1000;

export const SYSTEM: Actor = { by: 'system', role: 'system' };

/** An unclaimed emergency is told to the district again at most this many times after its first escalation. */
export const EMERGENCY_REPEATS = 3;
/** …and no more often than this, whatever the pack's emergency respond window. */
export const REPEAT_MIN_MS = 30 * 60_000;
/** This many or more of one branch falling due in one sweep are escalated as one summary (QA20 #1); fewer, a card each. */
export const BATCH_FROM = 4;

export type Deadline = 'respond' | 'resolve';

export interface SweepReport {
  at: number;
  escalated: string[];
  reminded: { id: string; deadline: Deadline }[];
  /** Tickets whose worker was reminded of an unanswered question. */
  nudged: string[];
  closed: string[];
}

const isOpen = (t: Ticket) => t.status === 'new' || t.status === 'claimed' || t.status === 'waiting';

/** The deadline a ticket's `dueAt` stands for: respond while nobody has taken it, then resolve. */
export const deadlineOf = (t: Pick<Ticket, 'status'>): Deadline =>
  t.status === 'new' ? 'respond' : 'resolve';

/** How long before a deadline the reminder goes: a quarter of the pack's allowance for it. */
export function reminderLead(
  settings: Pick<PackSettings, 'deadlines'>,
  urgency: TicketUrgency,
  deadline: Deadline,
): number {
  const d = settings.deadlines[urgency];
  return (1 - REMIND_AT) * (deadline === 'respond' ? d.respondHours : d.resolveHours) * HOUR;
}

/** The flag that marks the reminder for one deadline of one ticket. */
export const reminderFlag = (deadline: Deadline, due: number) => `remind:${deadline}:${due}`;

export function viewFor(deps: CoreDeps, locale: Locale, now: number): View {
  return {
    t: (id, args) => deps.i18n.t(locale, id, args),
    locale,
    pack: deps.content.get(),
    tz: deps.timezone,
    now,
  };
}

/** The outbox has no adapter for the channel in this process: try elsewhere, never retry here. */
export const noAdapter = (err: unknown) =>
  err instanceof DeliveryError && err.message.startsWith('no adapter');

/**
 * Where a ticket's branch reads: the chat of its card first, then its triage chats, then the district's. A branch
 * the pack no longer has reads nowhere: the district's triage chat only, not the old card's (QA21 #6).
 */
export function staffChats(deps: CoreDeps, ticket: Ticket): Address[] {
  const pack = deps.content.get();
  const branch = pack.branches.find((b) => b.id === ticket.branch);
  const district = pack.branches.find((b) => b.kind === 'district');
  const channel = ticket.channel as Channel;
  const card = ticket.card
    ? ({ ...ticket.card.address, channel: ticket.card.address.channel as Channel } satisfies Address)
    : undefined;
  // The card's chat is where the secretaries look (a transfer clears the card, so it is this branch's).
  const out = [
    branch ? card : undefined,
    triageChat(branch, channel),
    ...CHANNELS.filter((c) => c !== channel).map((c) => triageChat(branch, c)),
    triageChat(district, channel),
  ].filter((a): a is Address => !!a);
  return out.filter(
    (a, i) =>
      out.findIndex((b) => b.channel === a.channel && b.chatId === a.chatId && b.threadId === a.threadId) ===
      i,
  );
}

/**
 * Send the reminder to the first staff chat that takes it. 'retry' when a failure will pass (the next
 * sweep tries again, unmarked); 'nowhere' when no chat can ever take it (marked, so not tried for ever).
 * Its 签收 follows the ticket like the card's (a copy, QA7 #5).
 */
async function sendReminder(
  deps: CoreDeps,
  effects: Effects,
  ticket: Ticket,
  deadline: Deadline,
  now: number,
): Promise<'sent' | 'retry' | 'nowhere'> {
  const log = deps.logger.child({ job: 'sweep' });
  for (const to of staffChats(deps, ticket)) {
    try {
      const locale = await chatLocale(deps, to);
      const card = reminderCard(viewFor(deps, locale, now), ticket, deadline);
      const ref = await deps.outbox.send(to, card);
      await effects.rememberCopy(
        ticket,
        ref,
        { kind: 'reminder', branch: ticket.branch, locale, at: now, deadline, due: ticket.dueAt ?? now },
        card,
      );
      return 'sent';
    } catch (err) {
      if (noAdapter(err)) continue;
      if (isTransient(err)) {
        log.warn({ ticket: ticket.id, err: (err as Error).message }, 'reminder postponed');
        return 'retry';
      }
      log.warn(
        { ticket: ticket.id, chat: to.chatId, err: (err as Error).message },
        'reminder not deliverable here',
      );
    }
  }
  log.warn({ ticket: ticket.id, branch: ticket.branch }, 'reminder could not be delivered to any staff chat');
  return 'nowhere';
}

/**
 * A reminder whose moment has passed is dropped, not sent late (QA8: after a gap in sweeping, "距响应时限还有 57 分钟"
 * came after the escalation it warned of): the deadline is gone by the clock now (a sweep that runs behind it), or
 * the ticket was escalated since the reminder fell due (by the sweep of a process whose clock is ahead, or by a
 * person). An escalation before that moment (the response's, then the ticket taken) leaves the next deadline's.
 */
function reminderPassed(deps: CoreDeps, t: Ticket, moment: number): boolean {
  if (t.dueAt === undefined || t.dueAt < deps.now().getTime()) return true;
  return t.escalatedAt !== undefined && t.escalatedAt >= moment;
}

/** How many repeats of an unclaimed emergency's escalation are due by `now` (whole windows past its deadline). */
function repeatDue(due: number, now: number, interval: number): number {
  return Math.min(EMERGENCY_REPEATS, Math.floor((now - due) / interval));
}

/** Every page of an index, read up front (the sweep's own writes do not move entries in it). */
async function readAll(read: (offset: number) => Promise<{ id: string }[]>): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await read(offset);
    ids.push(...page.map((p) => p.id));
    if (page.length < PAGE) return ids;
  }
}

/** Overdue tickets grouped by branch and by the escalation chat they go to (a branch's workers on two platforms). */
function byBranch(pack: ContentPack, due: Ticket[]): Ticket[][] {
  const groups = new Map<string, Ticket[]>();
  for (const t of due) {
    const to = escalationChat(pack, t);
    const key = `${t.branch}|${to?.channel ?? ''}|${to?.chatId ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return [...groups.values()];
}

async function tickets(deps: CoreDeps, ids: string[]): Promise<Ticket[]> {
  const out: Ticket[] = [];
  for (let i = 0; i < ids.length; i += PAGE)
    out.push(...(await deps.store.tickets.getMany(ids.slice(i, i + PAGE))));
  return out;
}

export async function runSweep(deps: CoreDeps, at: Date, effects: Effects): Promise<SweepReport> {
  const now = at.getTime();
  const pack = deps.content.get();
  const repo = deps.store.tickets;
  const log = deps.logger.child({ job: 'sweep' });
  const report: SweepReport = { at: now, escalated: [], reminded: [], nudged: [], closed: [] };
  const flush = (id: string) =>
    effects.flush(id).catch((err: unknown) => log.error({ err, ticket: id }, 'report effects failed'));

  // 1. Overdue: escalate once.
  // Tickets stay in the due index while open, escalated or not: a light read picks the ones not yet escalated.
  const overdue = await readAll((off) => deps.store.ticketStats.due(-Infinity, now, off, PAGE));
  const fresh: string[] = [];
  for (let i = 0; i < overdue.length; i += PAGE) {
    const rows = await deps.store.ticketStats.fields(overdue.slice(i, i + PAGE), ['escalatedAt']);
    fresh.push(...rows.filter((r) => !r.escalatedAt).map((r) => r.id));
  }
  const due = (await tickets(deps, fresh)).filter(
    (t) => isOpen(t) && t.dueAt !== undefined && t.dueAt < now && t.escalatedAt === undefined,
  );
  for (const group of byBranch(pack, due)) {
    // Several of one branch at once are one summary (the batch's first escalated ticket posts it), not a wall.
    const batched = group.length >= BATCH_FROM;
    const made: string[] = [];
    for (const [i, t] of group.entries()) {
      // The deadline passed is kept on the event, for each viewer to read in their language (views/history.ts eventWords).
      const overdue = { deadline: deadlineOf(t), due: t.dueAt! };
      // The batch names its lead first: the first ticket escalated, or this one when none was yet.
      const batch = batched ? [made[0] ?? t.id, ...group.slice(i + 1).map((x) => x.id)] : undefined;
      const r = await repo.escalate(t.id, SYSTEM, '', now, '', true, 0, overdue, undefined, batch);
      if (!r.ok) continue; // escalated meanwhile (another process, a secretary), or no longer open
      made.push(t.id);
      report.escalated.push(t.id);
      if (!batched) await flush(t.id);
    }
    // The lead first: its effects post the summary the others' effects then find.
    if (batched) for (const id of made) await flush(id);
  }

  // 1b. Emergencies still unclaimed after their escalation: told again every respond window, a few times.
  const interval = Math.max(REPEAT_MIN_MS, pack.settings.deadlines.emergency.respondHours * HOUR);
  const unclaimed: string[] = [];
  for (let i = 0; i < overdue.length; i += PAGE) {
    const rows = await deps.store.ticketStats.fields(overdue.slice(i, i + PAGE), [
      'status',
      'urgency',
      'escalatedAt',
      'unclaimedAlerts',
      'dueAt',
    ]);
    for (const r of rows) {
      if (r.status !== 'new' || r.urgency !== 'emergency' || !r.escalatedAt || !r.dueAt) continue;
      if (repeatDue(Number(r.dueAt), now, interval) > Number(r.unclaimedAlerts || 0)) unclaimed.push(r.id);
    }
  }
  for (const t of await tickets(deps, unclaimed)) {
    if (t.status !== 'new' || t.urgency !== 'emergency' || t.dueAt === undefined) continue;
    const n = repeatDue(t.dueAt, now, interval);
    if (n <= t.unclaimedAlerts) continue;
    const overdue = { deadline: 'respond' as const, due: t.dueAt };
    const r = await repo.escalate(t.id, SYSTEM, '', now, '', false, interval / 2, overdue, {
      n,
      of: EMERGENCY_REPEATS,
    });
    if (!r.ok) continue; // claimed meanwhile, made by another process, or escalated within half a window
    report.escalated.push(t.id);
    await flush(t.id);
  }

  // 2. Reminders: deadlines within the longest lead from now.
  const maxLead = Math.max(
    ...(['normal', 'urgent', 'emergency'] as const).flatMap((u) => [
      reminderLead(pack.settings, u, 'respond'),
      reminderLead(pack.settings, u, 'resolve'),
    ]),
  );
  const soon = await readAll((off) => deps.store.ticketStats.due(now, now + maxLead + 1, off, PAGE));
  for (const t of await tickets(deps, soon)) {
    if (!isOpen(t) || t.dueAt === undefined || t.dueAt < now) continue;
    const deadline = deadlineOf(t);
    const moment = t.dueAt - reminderLead(pack.settings, t.urgency, deadline);
    if (now < moment || reminderPassed(deps, t, moment)) continue;
    const flag = reminderFlag(deadline, t.dueAt);
    if (t.flags[flag]) continue;
    if ((await sendReminder(deps, effects, t, deadline, now)) === 'retry') continue;
    const r = await repo.flagOnce(t.id, SYSTEM, now, flag, String(now), 'reminded');
    if (!r.ok) continue;
    report.reminded.push({ id: t.id, deadline });
    await flush(t.id);
  }

  // 3. Questions unanswered for a day: the worker is reminded, once per wait.
  const waiting = await repo.waitingSince(now - NUDGE_AFTER_MS, CLOSE_BATCH);
  for (const t of await tickets(
    deps,
    waiting.map((w) => w.id),
  )) {
    if (t.status !== 'waiting' || t.waitingSince === undefined) continue;
    const flag = nudgeFlag(t.waitingSince);
    if (t.flags[flag]) continue;
    const r = await repo.flagOnce(t.id, SYSTEM, now, flag, String(now), 'nudged');
    if (!r.ok) continue; // marked by another process meanwhile
    report.nudged.push(t.id);
    await flush(t.id);
  }

  // 4. Resolutions nobody objected to within the window: closed, and counted as solved.
  const windowMs = pack.settings.confirmWindowDays * DAY;
  for (const { id } of await repo.resolvedBefore(now - windowMs, CLOSE_BATCH)) {
    const r = await repo.close(id, SYSTEM, now, 'window', true);
    if (!r.ok) continue;
    report.closed.push(id);
    await flush(id);
  }

  if (report.escalated.length || report.reminded.length || report.nudged.length || report.closed.length) {
    log.info(
      {
        escalated: report.escalated.length,
        reminded: report.reminded.length,
        nudged: report.nudged.length,
        closed: report.closed.length,
      },
      'ticket sweep',
    );
  }
  return report;
}
