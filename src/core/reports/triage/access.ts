/**
 * Who may act on a ticket from a chat, checked at the moment of the press or the answer: a secretary of the ticket's
 * branch now, or an organiser. A card is visible to everyone in its chat and callback data can be forged, so the
 * button itself proves nothing; refusals are logged. The scripts check the branch once more (`staffAction`).
 */
import type { Ctx } from '../../feature.js';
import { personKey } from '../../ports/groups.js';
import type { Actor, Ticket } from '../../ports/tickets.js';
import { explainRefusal, type Staff, type StaffResult } from '../actions.js';

export function actorOf(ctx: Ctx): Actor {
  return { by: personKey(ctx.user.channel, ctx.user.id), name: ctx.user.name ?? ctx.user.id, role: ctx.role };
}

/** May this person see and act on this ticket? Secretaries of its branch now, and organisers. */
export function canHandle(ctx: Ctx, ticket: Pick<Ticket, 'branch'>): boolean {
  return ctx.isOrganiser || ctx.secretaryOf.includes(ticket.branch);
}

export function refuse(ctx: Ctx, what: string, ticket?: string): string {
  ctx.log.warn(
    { user: personKey(ctx.user.channel, ctx.user.id), role: ctx.role, what, ticket },
    'refused: ticket action by someone not allowed',
  );
  return ctx.t('error-not-allowed');
}

/** Explain a refusal from a script in words. */
export function explain(ctx: Ctx, r: Extract<StaffResult, { ok: false }>, id = ''): string {
  return explainRefusal(ctx.t, ctx.deps.content.get(), ctx.locale, actorOf(ctx).by, r, id);
}

/** The person as staff for `staffAction` (the same checks the board makes). */
export function staffOf(ctx: Ctx): Staff {
  return { actor: actorOf(ctx), isOrganiser: ctx.isOrganiser, secretaryOf: ctx.secretaryOf };
}

/** The ticket, when this person may act on it now; else what to tell them. */
export async function load(ctx: Ctx, id: string, what: string): Promise<Ticket | string> {
  const ticket = await ctx.deps.store.tickets.get(id);
  if (!ticket) return ctx.t('ticket-missing');
  if (!canHandle(ctx, ticket)) return refuse(ctx, what, id);
  return ticket;
}
