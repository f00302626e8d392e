/**
 * The morning digest (08:30 BOT_TIMEZONE, after the night's quiet window and before the lunch peak): each
 * triage chat of a branch with open tickets gets one message listing its overdue tickets and those due
 * in the next 24 hours, with a button into the branch's queue. A branch with an empty queue gets nothing.
 * Tickets waiting on their reporter (their resolve deadline paused, so neither overdue nor due) are listed with
 * how long they have waited, and after `UNANSWERED_AFTER_MS` the line says the branch may close one as unanswered
 * (QA9 #7: a week of "没有超时" said nothing of a ticket the worker never answered). Nothing is closed by itself.
 *
 *   await runDigest(deps, new Date(at))   // a function of the clock; schedule.ts calls it once a day
 *
 * Once per chat per day: each chat's message is a fire of its own under the job lease (`digest-chat`,
 * `<date>:<chat>`), so a run retried after a failure, or a second process, skips the chats already done.
 * A failure that will pass (network, rate limit) leaves that chat undone and makes the run throw, so
 * the caller retries it; a chat that can never be reached (the bot was removed) is logged and skipped.
 */
import type { Button, Card, Span } from '../card.js';
import type { Branch } from '../content/schema.js';
import type { CoreDeps } from '../feature.js';
import { branchName } from '../groups/branch-name.js';
import { createFireGuard, type FireGuard } from '../jobs/once.js';
import { maskText } from '../mask.js';
import { ellipsis } from '../text.js';
import { CHANNELS, type Address } from '../types.js';
import { zonedParts } from '../zoned.js';
import { chatKey } from '../ports/groups.js';
import type { Ticket } from '../ports/tickets.js';
import { isTransient, triageChat } from './effects.js';
import { DAY, durationText } from './figures.js';
import { UNANSWERED_AFTER_MS } from './waiting.js';
import { chatLocale } from '../groups/chat-locale.js';
import { deadlineOf, noAdapter, viewFor } from './sweep.js';
import { categoryName, when, type View } from './views.js';

export const DIGEST_AT = { hour: 8, minute: 30 };
/** "Nearly due": the next deadline within this long. */
export const DIGEST_SOON_MS = 24 * 3_600_000;
/** Tickets listed per section; the rest are counted. */
const SECTION_MAX = 10;
const PAGE = 500;
const URGENCY_ICON = { normal: '🟢', urgent: '🟠', emergency: '🔴' } as const;
/** Tickets waiting on their reporter read for the digest at most (listed per branch, the rest counted). */
const WAITING_MAX = 5000;

export interface DigestReport {
  at: number;
  /** `channel:chatId` of each chat the digest went to in this run. */
  sent: string[];
  /** Chats already done today (an earlier run). */
  skipped: string[];
  /** Chats left for a retry. */
  failed: string[];
}

export interface BranchDigest {
  branch: Branch;
  open: number;
  overdue: Ticket[];
  soon: Ticket[];
  /** Waiting on the reporter, longest first. */
  waiting: Ticket[];
}

class DigestRetry extends Error {}

function ticketLine(v: View, t: Ticket, late: boolean): Span[] {
  const due = t.dueAt ?? 0;
  const out: Span[] = [
    '\n',
    `${URGENCY_ICON[t.urgency]} `,
    v.t('digest-line', {
      id: t.id,
      category: categoryName(v.pack, t.category, v.locale, true),
      deadline: deadlineOf(t),
      due: when(v, due),
    }),
    ' ',
    v.t(late ? 'digest-late' : 'digest-left', { span: durationText(v.t, due - v.now) }),
  ];
  if (t.summary) out.push('\n   ', ellipsis(maskText(t.summary), 30));
  return out;
}

/** How long a ticket has waited on its reporter: hours within the first day, then whole days. */
function waitedText(v: View, ms: number): string {
  return ms < DAY ? durationText(v.t, ms) : v.t('span-days', { n: Math.floor(ms / DAY) });
}

function waitingLine(v: View, t: Ticket): Span[] {
  const waited = v.now - (t.waitingSince ?? v.now);
  const out: Span[] = [
    '\n',
    `${URGENCY_ICON[t.urgency]} `,
    v.t('digest-waiting-line', {
      id: t.id,
      category: categoryName(v.pack, t.category, v.locale, true),
      span: waitedText(v, waited),
    }),
  ];
  if (waited >= UNANSWERED_AFTER_MS)
    out.push(v.t('digest-waiting-unanswered', { days: UNANSWERED_AFTER_MS / DAY }));
  if (t.summary) out.push('\n   ', ellipsis(maskText(t.summary), 30));
  return out;
}

export function digestCard(v: View, d: BranchDigest): Card {
  const date = new Intl.DateTimeFormat(v.locale === 'en' ? 'en-GB' : v.locale, {
    timeZone: v.tz,
    month: v.locale === 'en' ? 'short' : 'numeric',
    day: 'numeric',
    weekday: 'short',
  }).format(v.now);
  const text: Span[] = [
    { text: v.t('digest-title', { branch: branchName(d.branch, v.locale), date }), style: 'bold' },
    '\n',
    v.t('digest-counts', { open: d.open, overdue: d.overdue.length, soon: d.soon.length }),
  ];
  const section = (title: string, list: Ticket[], late: boolean) => {
    if (!list.length) return;
    text.push('\n\n', { text: v.t(title), style: 'bold' });
    for (const t of list.slice(0, SECTION_MAX)) text.push(...ticketLine(v, t, late));
    if (list.length > SECTION_MAX) text.push('\n', v.t('digest-more', { n: list.length - SECTION_MAX }));
  };
  section('digest-overdue', d.overdue, true);
  section('digest-soon', d.soon, false);
  if (!d.overdue.length && !d.soon.length) text.push('\n\n', v.t('digest-clear'));
  if (d.waiting.length) {
    text.push('\n\n', { text: v.t('digest-waiting'), style: 'bold' });
    for (const t of d.waiting.slice(0, SECTION_MAX)) text.push(...waitingLine(v, t));
    if (d.waiting.length > SECTION_MAX)
      text.push('\n', v.t('digest-more', { n: d.waiting.length - SECTION_MAX }));
  }
  const buttons: Button[][] = [[{ label: v.t('digest-btn-queue'), data: `tq:${d.branch.id}:0` }]];
  return { text, buttons, noPreview: true, silent: true };
}

/** Every branch's open, overdue and nearly-due tickets at `now` (most urgent first, then by deadline). */
export async function branchDigests(deps: CoreDeps, now: number): Promise<BranchDigest[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await deps.store.ticketStats.due(-Infinity, now + DIGEST_SOON_MS, offset, PAGE);
    ids.push(...page.map((p) => p.id));
    if (page.length < PAGE) break;
  }
  const due: Ticket[] = [];
  for (let i = 0; i < ids.length; i += PAGE)
    due.push(...(await deps.store.tickets.getMany(ids.slice(i, i + PAGE), { body: false })));
  const waitingIds = (await deps.store.tickets.waitingSince(now, WAITING_MAX)).map((w) => w.id);
  const waiting: Ticket[] = [];
  for (let i = 0; i < waitingIds.length; i += PAGE)
    waiting.push(...(await deps.store.tickets.getMany(waitingIds.slice(i, i + PAGE), { body: false })));
  const rank = { emergency: 0, urgent: 1, normal: 2 } as const;
  const order = (a: Ticket, b: Ticket) =>
    rank[a.urgency] - rank[b.urgency] || (a.dueAt ?? 0) - (b.dueAt ?? 0);
  const out: BranchDigest[] = [];
  for (const branch of deps.content.get().branches) {
    const { open } = await deps.store.tickets.queueCounts(branch.id, now);
    if (!open) continue;
    const mine = due.filter(
      (t) =>
        t.branch === branch.id &&
        t.dueAt !== undefined &&
        (t.status === 'new' || t.status === 'claimed' || t.status === 'waiting'),
    );
    out.push({
      branch,
      open,
      overdue: mine.filter((t) => t.dueAt! < now).sort(order),
      soon: mine.filter((t) => t.dueAt! >= now).sort(order),
      waiting: waiting.filter((t) => t.branch === branch.id && t.status === 'waiting'),
    });
  }
  return out;
}

export async function runDigest(
  deps: CoreDeps,
  at: Date,
  guard: FireGuard = createFireGuard(deps.store.jobs),
): Promise<DigestReport> {
  const now = at.getTime();
  const log = deps.logger.child({ job: 'digest' });
  const day = zonedParts(now, deps.timezone).date;
  const report: DigestReport = { at: now, sent: [], skipped: [], failed: [] };
  for (const d of await branchDigests(deps, now)) {
    const chats = CHANNELS.map((c) => triageChat(d.branch, c)).filter((a): a is Address => !!a);
    for (const to of chats) {
      const chat = chatKey(to.channel, to.chatId);
      try {
        const r = await guard.run('digest-chat', `${day}:${chat}`, async () => {
          try {
            await deps.outbox.send(to, digestCard(viewFor(deps, await chatLocale(deps, to), now), d));
            return 'sent' as const;
          } catch (err) {
            if (noAdapter(err)) return 'no-adapter' as const;
            if (isTransient(err)) throw new DigestRetry((err as Error).message);
            log.warn({ chat, err: (err as Error).message }, 'digest not deliverable to this chat; skipped');
            return 'undeliverable' as const;
          }
        });
        if (r.outcome === 'ran' && r.result === 'sent') report.sent.push(chat);
        else if (r.outcome !== 'ran') report.skipped.push(chat);
      } catch (err) {
        log.warn({ chat, err: (err as Error).message }, 'digest postponed');
        report.failed.push(chat);
      }
    }
  }
  if (report.sent.length) log.info({ chats: report.sent.length }, 'morning digest sent');
  if (report.failed.length) throw new DigestRetry(`digest not delivered to ${report.failed.join(', ')}`);
  return report;
}
