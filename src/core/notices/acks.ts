/**
 * The "got it" button in the groups: one press counted per person per group, the count shown on the
 * button's label (edits spaced out by the edit throttle). A preview's button only explains itself.
 */
import type { EditThrottle } from '../edits.js';
import type { ButtonCtx } from '../feature.js';
import { groupLocale } from '../locales.js';
import { chatKey } from '../ports/groups.js';
import { noticeCard } from './compose.js';
import { NOTICE_BROADCAST } from './release.js';
import { onPlatform } from '../platform-words.js';

/** The chat of `chats` that moved to `here`, if one did. */
async function listedAs(ctx: ButtonCtx, here: string, chats: readonly string[]): Promise<string | undefined> {
  const moves = await ctx.deps.store.groups.moves();
  return chats.find((c) => moves[c] === here);
}

export function ackHandler(edits: EditThrottle): (ctx: ButtonCtx, id: string) => Promise<void> {
  return async (ctx, id) => {
    if (id === 'preview') return ctx.answer(ctx.t('notice-ack-preview', onPlatform(ctx)));
    const n = await ctx.deps.store.notices.get(id);
    const address = ctx.in.chat.address;
    const here = chatKey(address.channel, address.chatId);
    // The chat as the notice lists it: a group upgraded to a supergroup after the notice was sent has a new id.
    const chat = n && !n.chats.includes(here) ? await listedAs(ctx, here, n.chats) : here;
    if (!n || !chat || n.status === 'withdrawn') return ctx.answer(ctx.t('notice-ack-gone'), true);
    const res = await ctx.deps.store.notices.ack(id, chat, ctx.user.id);
    if (res.first) ctx.deps.metrics.noticeAcks.inc();
    await ctx.answer(ctx.t(res.first ? 'notice-ack-thanks' : 'notice-ack-again'));
    if (!res.first || !ctx.in.message) return;
    // Only the notice's own message takes the count: callback data can be sent on any of the bot's messages by a
    // modified client, and that message (a lesson, a triage card in a staff chat) must not become this notice.
    const sent = (await ctx.deps.delivery.status(`${NOTICE_BROADCAST}${id}`))?.refs[chat];
    if (sent && sent.messageId !== ctx.in.message.messageId) {
      ctx.log.warn({ user: ctx.user.id, notice: id }, 'refused: notice ack on another message');
      return;
    }
    const locale = ctx.group ? groupLocale(ctx.group.locale) : ctx.locale;
    await edits.request(ctx.in.message, async () =>
      noticeCard(n, locale, ctx.deps.i18n, {
        ackCount: await ctx.deps.store.notices.ackCount(id, chat),
        forEdit: true,
      }),
    );
  };
}
