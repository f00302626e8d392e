/**
 * The "got it" button in the groups: one press counted per person per group, the count shown on the
 * button's label (edits spaced out by the edit throttle). A preview's button only explains itself.
 */
import type { EditThrottle } from '../edits.js';
import type { ButtonCtx } from '../feature.js';
import { groupLocale } from '../locales.js';
import { chatKey } from '../ports/groups.js';
import { noticeCard } from './compose.js';

export function ackHandler(edits: EditThrottle): (ctx: ButtonCtx, id: string) => Promise<void> {
  return async (ctx, id) => {
    if (id === 'preview') return ctx.answer(ctx.t('notice-ack-preview'));
    const n = await ctx.deps.store.notices.get(id);
    const address = ctx.in.chat.address;
    const chat = chatKey(address.channel, address.chatId);
    if (!n || !n.chats.includes(chat)) return ctx.answer(ctx.t('notice-ack-gone'), true);
    const res = await ctx.deps.store.notices.ack(id, chat, ctx.user.id);
    if (res.first) ctx.deps.metrics.noticeAcks.inc();
    await ctx.answer(ctx.t(res.first ? 'notice-ack-thanks' : 'notice-ack-again'));
    if (!res.first || !ctx.in.message) return;
    const locale = ctx.group ? groupLocale(ctx.group.locale) : ctx.locale;
    await edits.request(ctx.in.message, async () =>
      noticeCard(n, locale, ctx.deps.i18n, {
        ackCount: await ctx.deps.store.notices.ackCount(id, chat),
        forEdit: true,
      }),
    );
  };
}
