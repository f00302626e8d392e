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
import { maskText } from '../mask.js';
import { cleanLabel, ellipsis } from '../text.js';

/** The chat of `chats` that moved to `here`, if one did. */
async function listedAs(ctx: ButtonCtx, here: string, chats: readonly string[]): Promise<string | undefined> {
  const moves = await ctx.deps.store.groups.moves();
  return chats.find((c) => moves[c] === here);
}

export function ackHandler(edits: EditThrottle): (ctx: ButtonCtx, id: string) => Promise<void> {
  return async (ctx, payload) => {
    if (payload === 'preview') return ctx.answer(ctx.t('notice-ack-preview', onPlatform(ctx)));
    // `n12` on the first words, `n12:2` on the words of the second correction.
    const [id = '', revText = '0'] = payload.split(':');
    const rev = Number(revText) || 0;
    const n = await ctx.deps.store.notices.get(id);
    const address = ctx.in.chat.address;
    const here = chatKey(address.channel, address.chatId);
    // The chat as the notice lists it: a group upgraded to a supergroup after the notice was sent has a new id.
    const chat = n && !n.chats.includes(here) ? await listedAs(ctx, here, n.chats) : here;
    if (!n || !chat || n.status === 'withdrawn') return ctx.answer(ctx.t('notice-ack-gone'), true);
    // Who pressed, by the name the platform shows (masked: a display name may hold a phone number), for the details.
    const cleaned = cleanLabel(ctx.user.name);
    const name = cleaned ? ellipsis(maskText(cleaned), 64) : '';
    const res = await ctx.deps.store.notices.ack(id, chat, ctx.user.id, {
      rev: Math.min(rev, n.rev ?? 0),
      name,
      at: ctx.deps.now().getTime(),
    });
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
    // A copy still showing older words waits for its correction's edit, which brings the count with it (change.ts):
    // edited here it would take the new words without their mark.
    if (rev < (n.rev ?? 0)) return;
    const locale = ctx.group ? groupLocale(ctx.group.locale) : ctx.locale;
    await edits.request(ctx.in.message, async () =>
      noticeCard(n, locale, ctx.deps.i18n, {
        ackCount: await ctx.deps.store.notices.ackCount(id, chat),
        forEdit: true,
      }),
    );
  };
}
