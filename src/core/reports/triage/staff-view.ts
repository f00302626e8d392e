/** The staff's full view of a ticket in a chat (/ticket, 📄 查看详情): the view, the rest of a long text, the photos. */
import type { Card } from '../../card.js';
import type { Ctx } from '../../feature.js';
import type { Ticket, TicketEvent } from '../../ports/tickets.js';
import { viewOf } from '../intake-draft.js';
import type { ReportsKit } from '../kit.js';
import { evidencePhotos, staffTicketCards } from '../views.js';
import { showPhotos } from '../photos.js';
import { isTransient } from '../effects.js';
import { DeliveryError } from '../../outbox.js';
import type { Channel } from '../../types.js';

/**
 * How long a person's view of a ticket keeps its photos: asked for again in the same chat within this, the view says
 * they are under the last one instead of posting them again (QA13: each /waystation ticket re-posted them all).
 * Only the viewer's own recent view counts — the card's photos may be far up the channel, and another person may
 * not have seen them. New photos since (a different count) are posted again, all of them.
 */
export const PHOTOS_SHOWN_MS = 10 * 60_000;

/**
 * The staff's full view of a ticket (/ticket, 📄 查看详情) as replies: the view, then under it the rest of a long
 * text and the evidence photos. The view carries the ticket's buttons, so it is followed as a copy of the card: its
 * buttons change with the ticket and go once it leaves the branch (QA7 #5).
 */
export async function showStaffView(
  ctx: Ctx,
  ticket: Ticket,
  events: TicketEvent[],
  kit: ReportsKit,
): Promise<void> {
  const v = viewOf(ctx);
  const [drawn, ...rest] = staffTicketCards(v, ticket, events);
  if (!drawn) return;
  const photos = evidencePhotos(v, ticket);
  const { channel, chatId } = ctx.in.chat.address;
  const where = `${channel}:${chatId}:${ctx.in.from.id}:${photos.length}`;
  const shownBefore =
    photos.length > 0 && (await ctx.deps.store.tickets.photosShown(ticket.id, where).catch(() => false));
  const view = shownBefore
    ? { ...drawn, text: [...drawn.text, '\n', v.t('ticket-photos-shown-above', { count: photos.length })] }
    : drawn;
  const ref = await ctx.reply(view);
  if (view.buttons?.length)
    await kit
      .effects(ctx.deps)
      .rememberCopy(ticket, ref, { kind: 'view', branch: ticket.branch, locale: v.locale, at: v.now }, view);
  // In a shared chat the rest and the photos belong under the view (Slack: in its thread, so a view is one
  // message in the triage channel, however often it is asked for).
  const under = ctx.in.chat.kind !== 'private' && ref.messageId ? ref.messageId : undefined;
  const send = (card: Card) => ctx.reply(under ? { ...card, under } : card);
  for (const card of rest) await send(card);
  if (shownBefore || !photos.length) return;
  // On another platform than the reporter's the photos are fetched and uploaded (photos.ts).
  await showPhotos(ticket.channel as Channel, channel, photos, {
    outbox: ctx.deps.outbox,
    log: ctx.log,
    send: (card) =>
      send(card).catch((err: unknown) => {
        if (!(err instanceof DeliveryError) || isTransient(err)) throw err;
        ctx.log.warn({ err: err.message, ticket: ticket.id }, 'evidence photo not shown with the view');
        return undefined;
      }),
    elsewhere: v.t('ticket-photos-on-board'),
  });
  await ctx.deps.store.tickets
    .markPhotosShown(ticket.id, where, PHOTOS_SHOWN_MS)
    .catch((err: unknown) => ctx.log.warn({ err: (err as Error).message }, 'photos shown not remembered'));
}
