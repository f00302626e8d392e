/**
 * /board in a private chat: a single-use sign-in link to the web board (valid 10 minutes), for
 * secretaries and organisers. On Telegram over https a second button opens the board as a Mini App
 * (signed in by Telegram's initData instead of the link). The web side is src/adapters/web/.
 */
import type { Button } from '../card.js';
import type { Feature, MessageCtx } from '../feature.js';

export const LINK_TTL_SECONDS = 600;

export interface BoardOptions {
  /** The board's public address, e.g. `https://bot.example.org` (config BOARD_URL). */
  url: string;
}

export function boardFeature(options: BoardOptions): Feature {
  async function board(ctx: MessageCtx): Promise<void> {
    const secret = await ctx.deps.store.board.createLink(
      {
        channel: ctx.user.channel,
        id: ctx.user.id,
        ...(ctx.user.name ? { name: ctx.user.name } : {}),
        locale: ctx.locale,
      },
      LINK_TTL_SECONDS,
    );
    const link = `${options.url}/board/login?t=${secret}`;
    const buttons: Button[][] = [[{ label: ctx.t('board-open'), url: link }]];
    if (ctx.user.channel === 'telegram' && options.url.startsWith('https://'))
      buttons.push([{ label: ctx.t('board-open-app'), url: `${options.url}/board/tg`, webApp: true }]);
    await ctx.reply({
      text: [ctx.t('board-link', { minutes: LINK_TTL_SECONDS / 60 }), '\n', link],
      buttons,
      noPreview: true,
    });
  }
  return {
    name: 'board',
    commands: [
      { name: 'board', description: 'cmd-board', scope: 'private', roles: ['secretary'], run: board },
    ],
  };
}
