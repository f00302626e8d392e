/**
 * Presses on a display of a ticket that is no longer live — an older card of another ticket of the same number, a view
 * replaced or a copy retired, a button gone since the card was redrawn: what they act on (nothing) and what the
 * presser is told (what became of the ticket).
 */
import type { ButtonCtx } from '../../feature.js';
import { personKey } from '../../ports/groups.js';
import type { Ticket } from '../../ports/tickets.js';
import { viewOf } from '../intake-draft.js';
import { ownerText, statusText } from '../views.js';
import { canHandle } from './access.js';

/**
 * Was the pressed message posted before this ticket's card, in the same chat, without ever showing this ticket?
 * Then it showed another ticket of the same number: one lost when Redis was restored from a backup, whose number
 * the counter handed out again (QA21). Everything that shows a ticket with its buttons is posted after its card and
 * indexed as showing it (ticket-card-2, ticket-copy-3); prompts with buttons come after the card too.
 */
export async function olderCardOfAnother(ctx: ButtonCtx, ticket: Ticket): Promise<boolean> {
  const pressed = ctx.in.message;
  const card = ticket.card;
  if (!pressed || !card) return false;
  const sameChat =
    pressed.address.channel === card.address.channel && pressed.address.chatId === card.address.chatId;
  // Telegram's message ids and Slack's ts both grow within a chat; anything else compares as NaN (false).
  if (!sameChat || !(Number(pressed.messageId) < Number(card.messageId))) return false;
  return (await ctx.deps.store.tickets.ticketOfCard(pressed)) !== ticket.id;
}

/**
 * Was the pressed message a display of this ticket that is no longer live — a staff view replaced by a newer one in
 * its chat (/ticket again), a copy dropped past the most followed or expired, the card of a branch the ticket left?
 * Its buttons are taken away when it is retired, but a client may still show them (an edit that failed, a press in
 * flight). Such a press acts on nothing: the ticket's card and its followed copies are where it is acted on (stop 43).
 * A message not known to show any ticket (a picker, a request's card) is none of these.
 */
export async function staleDisplay(ctx: ButtonCtx, ticket: Ticket): Promise<boolean> {
  const pressed = ctx.in.message;
  if (!pressed) return false;
  const same = (ref: { address: { channel: string; chatId: string }; messageId: string }) =>
    ref.messageId === pressed.messageId &&
    ref.address.channel === pressed.address.channel &&
    ref.address.chatId === pressed.address.chatId;
  if (ticket.card && same(ticket.card)) return false;
  if (!(await ctx.deps.store.tickets.ticketOfCard(pressed))) return false;
  return !(await ctx.deps.store.tickets.copies(ticket.id)).some(({ ref }) => same(ref));
}

/** The ticket a button's data names: `tk:<act>:<id>…`, and the hand-over's `th:pick:<id>` and `th:to:<id>:…`. */
export const ticketInData = (data: string): string | undefined =>
  /^(?:tk:[^:]+|th:(?:pick|to)):([^:]+)/.exec(data)?.[1];

/**
 * The ticket a press no longer live was for: the one its data names — a summary lists several tickets, and the
 * message is indexed as showing only the last one it was drawn for — else, when the adapter kept no data, the one
 * the pressed message shows.
 */
async function ticketPressed(ctx: ButtonCtx): Promise<string | undefined> {
  if (ctx.in.sentData !== undefined) return ticketInData(ctx.in.sentData);
  const pressed = ctx.in.message;
  return pressed ? ctx.deps.store.tickets.ticketOfCard(pressed) : undefined;
}

/**
 * A press on a ticket's card or view whose button has gone (the card was redrawn: someone claimed it, it was
 * resolved or moved): what happened, as the press that lost a race hears it — "已由 王书记 签收" — not only "这个
 * 按钮已失效" (QA20 #6). False when the press names no ticket, or not one this person handles.
 */
export async function explainStalePress(ctx: ButtonCtx): Promise<boolean> {
  const id = await ticketPressed(ctx);
  const ticket = id ? await ctx.deps.store.tickets.get(id) : undefined;
  if (!ticket) return false;
  // A worker who can see a staff card (the escalation chat's) hears whose button it is, as on a live press (QA23),
  // not "这个按钮已失效，请重新发起" — there is nothing for them to start again (QA28).
  if (ctx.role === 'worker' && ctx.in.sentData?.startsWith('tk:')) {
    await ctx.answer(ctx.t('triage-refused-staff-only-worker'), true);
    return true;
  }
  if (!canHandle(ctx, ticket)) return false;
  const me = personKey(ctx.user.channel, ctx.user.id);
  const held = ticket.owner && (ticket.status === 'claimed' || ticket.status === 'waiting');
  const said = held
    ? ticket.owner === me
      ? ctx.t('triage-taken-self')
      : ctx.t((await handedOverTo(ctx, ticket)) ? 'triage-handed' : 'triage-taken', {
          who: ownerText(viewOf(ctx), ticket),
        })
    : ctx.t('triage-stale-now', { id: ticket.id, status: statusText(ctx.t, ticket.status) });
  await ctx.answer(said, true);
  return true;
}

/**
 * Whether the holder got the ticket by a hand-over (the last claim or hand-over gave it to them): a stale press then
 * hears "已转给 李书记" — the former holder's own 👥 转给 pressed again read "已由 李书记 签收", which they did not (QA28 #5).
 */
async function handedOverTo(ctx: ButtonCtx, ticket: Ticket): Promise<boolean> {
  const events = await ctx.deps.store.tickets.events(ticket.id);
  const last = events.filter((e) => e.type === 'claimed' || e.type === 'handed-over').at(-1);
  return last?.type === 'handed-over' && last.receiver === ticket.owner;
}
