/** 🏷️ on a triage card: the picker of the pack's categories, and the change it makes (never a move of branch). */
import type { Button, Card } from '../../card.js';
import type { ButtonCtx } from '../../feature.js';
import { type Ticket } from '../../ports/tickets.js';
import { categoryBranch, staffAction } from '../actions.js';
import type { ReportsKit } from '../kit.js';
import { action, branchLabel, categoryName } from '../views.js';
import { explain, staffOf } from './access.js';

/** 🏷️: the pack's categories but the ticket's own, two to a row (`tk:cs:<id>:<category>`). */
export function categoryPicker(ctx: ButtonCtx, ticket: Ticket): Card {
  const pack = ctx.deps.content.get();
  const others = pack.categories.categories.filter((c) => c.id !== ticket.category);
  const buttons: Button[][] = [];
  for (let i = 0; i < others.length; i += 2)
    buttons.push(
      others.slice(i, i + 2).map((c) => ({
        label: categoryName(pack, c.id, ctx.locale, true),
        data: action('cs', ticket.id, c.id),
      })),
    );
  const now = categoryName(pack, ticket.category, ctx.locale, true);
  return { text: [ctx.t('triage-category-choose', { id: ticket.id, category: now })], buttons };
}

/**
 * 🏷️ chosen: the category changes (checked and applied by `staffAction`, like every triage action); the picker says
 * what was done. When reports of that category go to another branch, the branch is told so and offered ↪️ 转派 to it
 * — a ticket is never moved by a change of category.
 */
export async function setCategory(
  ctx: ButtonCtx,
  kit: ReportsKit,
  ticket: Ticket,
  category: string,
): Promise<void> {
  const pack = ctx.deps.content.get();
  if (!pack.categories.categories.some((c) => c.id === category))
    return ctx.answer(ctx.t('error-button-expired'), true);
  const name = (id: string) => categoryName(pack, id, ctx.locale, true);
  const r = await staffAction(
    ctx.deps,
    kit,
    staffOf(ctx),
    ticket.id,
    { kind: 'category', category },
    ticket.branch,
    async (done) => {
      await ctx.answer(ctx.t('triage-category-done', { id: ticket.id, category: name(category) }));
      await ctx.record({
        text: [
          ctx.t('triage-category-changed', {
            id: ticket.id,
            was: name(done.detail[0] ?? ticket.category),
            category: name(category),
            who: ctx.user.name ?? ctx.user.id,
          }),
        ],
      });
    },
  );
  if (!r.ok) return ctx.answer(explain(ctx, r), true);
  const elsewhere = categoryBranch(pack, ticket, category);
  if (!elsewhere) return;
  const branch = branchLabel(pack, elsewhere, ctx.locale, true);
  const under = ctx.in.message?.messageId;
  await ctx.reply({
    text: [ctx.t('triage-category-elsewhere', { id: ticket.id, category: name(category), branch })],
    buttons: [
      [
        {
          label: ctx.t('triage-category-offer-transfer', { branch }),
          data: action('tb', ticket.id, elsewhere),
        },
      ],
    ],
    ...(under ? { under } : {}),
  });
}
