/**
 * The word for a chat differs by platform: 群 on Telegram, 频道 (channel) on Slack (QA26 #1). The messages about
 * "this group" select on `$platform` (locales/<locale>/platform.ftl); the core passes the conversation's platform,
 * which it knows from the address — the adapter is not asked.
 *
 *   ctx.t('bind-choose', onPlatform(ctx))   // Slack: 请选择本频道所属的支部：
 */
import type { TArgs } from './i18n.js';
import type { Address, Channel } from './types.js';

export function onPlatform(
  ctx: { in: { chat: { address: Address } } },
  args: TArgs = {},
): TArgs & { platform: Channel } {
  return { ...args, platform: ctx.in.chat.address.channel };
}
