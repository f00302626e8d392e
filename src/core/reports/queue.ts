/**
 * /queue and /ticket for secretaries and organisers. A secretary sees their branch's open tickets by
 * priority (urgency, then deadline), a page at a time; an organiser picks a branch or the district view
 * (open and overdue per branch). /ticket <number> shows one ticket with its whole history. Only in a
 * private chat, a triage chat or the escalation chat: never in a workers' group.
 */
import type { Branch } from '../content/schema.js';
import { halfWidth } from '../command.js';
import { branchName } from '../groups/branch-name.js';
import type { ButtonCtx, Ctx, MessageCtx } from '../feature.js';
import { triageBranchOf } from '../identity.js';
import { personKey } from '../ports/groups.js';
import { ellipsis } from '../text.js';
import { numberPrefix } from './decide.js';
import { viewOf } from './intake-draft.js';
import { canHandle } from './triage/access.js';
import { showStaffView } from './triage/staff-view.js';
import { isMine, queueMine } from './handover.js';
import type { ReportsKit } from './kit.js';
import {
  GONE_QUEUE,
  overviewCard,
  QUEUE_PAGE,
  queueCard,
  workerTicketCard,
  type BranchCounts,
} from './views.js';
import { ticketsOutsidePack } from '../content/left-behind.js';
import type { Ticket } from '../ports/tickets.js';
import type { Card } from '../card.js';
import { staffPlace, toAsker } from '../visibility.js';

async function overview(ctx: Ctx): Promise<Card> {
  const pack = ctx.deps.content.get();
  const now = ctx.deps.now().getTime();
  const rows: BranchCounts[] = await Promise.all(
    pack.branches.map(async (branch) => ({
      branch,
      ...(await ctx.deps.store.tickets.queueCounts(branch.id, now)),
    })),
  );
  return overviewCard(viewOf(ctx), rows, countOf(await ticketsOutsidePack(ctx.deps), now));
}

/** Open and overdue among tickets read whole (the queue outside the pack has no index of its own). */
function countOf(tickets: Ticket[], now: number): { open: number; overdue: number } {
  return {
    open: tickets.length,
    overdue: tickets.filter((t) => !t.pausedAt && t.dueAt !== undefined && t.dueAt < now).length,
  };
}

/** A page of the tickets in branches the pack no longer has (organisers: they transfer them from here). */
async function gonePage(ctx: Ctx, offset: number): Promise<Card> {
  const now = ctx.deps.now().getTime();
  const all = await ticketsOutsidePack(ctx.deps);
  const page = all.slice(offset, offset + QUEUE_PAGE);
  return queueCard(viewOf(ctx), GONE_QUEUE, countOf(all, now), page, offset, true);
}

async function page(ctx: Ctx, branch: Branch, offset: number): Promise<Card> {
  const now = ctx.deps.now().getTime();
  const [counts, tickets] = await Promise.all([
    ctx.deps.store.tickets.queueCounts(branch.id, now),
    ctx.deps.store.tickets.queue(branch.id, offset, QUEUE_PAGE),
  ]);
  return queueCard(viewOf(ctx), branch, counts, tickets, offset, ctx.isOrganiser);
}

export async function queueCommand(ctx: MessageCtx, args: string): Promise<void> {
  if (!staffPlace(ctx))
    return void (await ctx.reply(
      toAsker(ctx, { text: [ctx.t('error-private-only', { command: 'queue' })] }),
    ));
  // "/queue mine" (我的, 我签收的): the tickets this person holds, in every branch they handle (QA20 #3).
  if (isMine(args)) return queueMine(ctx);
  const pack = ctx.deps.content.get();
  const named = args.trim().toLowerCase();
  const here = triageBranchOf(pack, ctx.in.chat.address.channel, ctx.in.chat.address.chatId);
  const wanted = named || (here && canHandle(ctx, { branch: here }) ? here : '');
  if (wanted) {
    const branch = pack.branches.find((b) => b.id === wanted);
    if (!branch)
      return void (await ctx.reply({
        text: [ctx.t('bind-unknown-branch', { branch: ellipsis(named, 40) })],
        buttons: branchChoices(ctx),
      }));
    if (!canHandle(ctx, { branch: branch.id })) {
      ctx.log.warn({ user: ctx.user.id, branch: branch.id }, 'refused: queue of another branch');
      return void (await ctx.reply({ text: [ctx.t('error-not-allowed')] }));
    }
    return void (await ctx.reply(await page(ctx, branch, 0)));
  }
  if (ctx.isOrganiser) return void (await ctx.reply(await overview(ctx)));
  const mine = pack.branches.filter((b) => ctx.secretaryOf.includes(b.id));
  if (mine.length === 1) return void (await ctx.reply(await page(ctx, mine[0]!, 0)));
  await ctx.reply({ text: [ctx.t('queue-choose')], buttons: branchChoices(ctx) });
}

/** The queues this person may open, one button each (an organiser: the district view first, then every branch). */
function branchChoices(ctx: Ctx): Card['buttons'] {
  const branches = ctx.deps.content.get().branches.filter((b) => canHandle(ctx, { branch: b.id }));
  return [
    ...(ctx.isOrganiser ? [[{ label: ctx.t('queue-overview-button'), data: 'tq:all:0' }]] : []),
    ...branches.map((b) => [{ label: branchName(b, ctx.locale), data: `tq:${b.id}:0` }]),
  ];
}

/** `tq:<branch>:<offset>` pages in place; `tq:all:0` is the district view (organisers). */
export async function onQueuePress(ctx: ButtonCtx, payload: string): Promise<void> {
  const [branchId = '', offsetText = '0'] = payload.split(':');
  const offset = Math.max(0, Math.floor(Number(offsetText)) || 0);
  const pack = ctx.deps.content.get();
  let card: Card;
  if (branchId === 'all') {
    if (!ctx.isOrganiser) {
      ctx.log.warn({ user: ctx.user.id }, 'refused: district queue by a non-organiser');
      return ctx.answer(ctx.t('error-not-allowed'), true);
    }
    card = await overview(ctx);
  } else if (branchId === GONE_QUEUE) {
    if (!ctx.isOrganiser) {
      ctx.log.warn({ user: ctx.user.id }, 'refused: queue outside the pack by a non-organiser');
      return ctx.answer(ctx.t('error-not-allowed'), true);
    }
    card = await gonePage(ctx, offset);
  } else {
    const branch = pack.branches.find((b) => b.id === branchId);
    if (!branch) return ctx.answer(ctx.t('error-button-expired'), true);
    if (!canHandle(ctx, { branch: branch.id })) {
      ctx.log.warn({ user: ctx.user.id, branch: branch.id }, 'refused: queue of another branch');
      return ctx.answer(ctx.t('error-not-allowed'), true);
    }
    card = await page(ctx, branch, offset);
  }
  await ctx.answer();
  await ctx.show(card);
}

/**
 * A ticket number as a worker may type it — full-width (ＪＮ－２０２６－１２３), lower case, without the
 * leading zeros — in the form it is stored (JN-2026-000123); anything else upper-cased as it is.
 */
export function ticketNumber(typed: string): string {
  const plain = halfWidth(typed.trim())
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toUpperCase();
  const m = /^([A-Z]{1,4})-(\d{4})-(\d{1,9})$/.exec(plain);
  return m ? `${m[1]}-${m[2]}-${m[3]!.padStart(6, '0')}` : plain;
}

/**
 * A bare sequence number ("2", "000002", full-width too) as this year's ticket with the pack's prefix
 * (JN-2026-000002): secretaries say tickets by their number. Anything else as `ticketNumber` reads it.
 */
export function ticketNumberThisYear(typed: string, prefix: string): string {
  const plain = halfWidth(typed.trim()).replace(/^#/, '');
  return /^\d{1,9}$/.test(plain) ? `${prefix}${plain.padStart(6, '0')}` : ticketNumber(typed);
}

/** `/ticket JN-2026-000123`: staff of its branch see everything; its reporter sees their view; others nothing. */
export async function ticketCommand(ctx: MessageCtx, args: string, kit: ReportsKit): Promise<void> {
  const id = ticketNumberThisYear(args, numberPrefix(ctx.deps, ctx.deps.now().getTime()));
  if (!id)
    return void (await ctx.reply({
      text: [ctx.t('ticket-usage', { example: `${numberPrefix(ctx.deps, ctx.deps.now().getTime())}000123` })],
    }));
  // In a workers' group nobody's ticket is shown, and "not found" would alarm its reporter: the same
  // pointer to the private chat for every number, so the group learns nothing either.
  if (!staffPlace(ctx))
    return void (await ctx.reply(
      toAsker(ctx, { text: [ctx.t('error-private-only', { command: 'ticket' })] }),
    ));
  const ticket = /^[A-Z]{1,4}-\d{4}-\d{1,9}$/.test(id) ? await ctx.deps.store.tickets.get(id) : undefined;
  const reporter = ticket && ticket.channel === ctx.user.channel && ticket.reporter === ctx.user.id;
  if (ticket && reporter && ctx.in.chat.kind === 'private') {
    return void (await ctx.reply(
      workerTicketCard(viewOf(ctx), ticket, await ctx.deps.store.tickets.events(id)),
    ));
  }
  if (!ticket || !canHandle(ctx, ticket)) {
    if (ticket) ctx.log.warn({ user: ctx.user.id, ticket: id }, 'refused: /ticket by someone not allowed');
    // The same answer whether it exists or not: numbers are guessable.
    return void (await ctx.reply({ text: [ctx.t('ticket-not-found', { id: ellipsis(args.trim(), 30) })] }));
  }
  // Staff seen: a holder handed tickets while nobody could name them is named from now on, here and wherever their
  // tickets are drawn (the store reads `staff:names`; QA31 #6).
  const me = personKey(ctx.user.channel, ctx.user.id);
  if (ctx.user.name) await ctx.deps.store.tickets.rememberStaffName(me, ctx.user.name);
  const named = ticket.owner === me && !ticket.ownerName && ctx.user.name ? { ownerName: ctx.user.name } : {};
  await showStaffView(ctx, { ...ticket, ...named }, await ctx.deps.store.tickets.events(id), kit);
}
