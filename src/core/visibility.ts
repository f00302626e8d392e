/**
 * Who sees and may run which command, in one place: the dispatcher refuses by it, `/help` lists by it
 * and every platform's command menus are built from it, so a menu never offers what would be refused.
 */
import type { Card } from './card.js';
import type { CommandSpec, Ctx, MessageCtx } from './feature.js';
import { staffChatOf } from './identity.js';
import type { Role } from './types.js';

/** Where a command is typed: a private chat or a group (a Slack channel counts as a group). */
export type Place = 'private' | 'group';

/** Offered in this kind of chat (the command's scope). */
export function offeredIn(spec: CommandSpec, place: Place): boolean {
  return spec.scope === 'all' || spec.scope === place;
}

/** No roles = everyone; organisers may run every staff command; otherwise the role must be listed. */
export function allowedFor(spec: CommandSpec, role: Role): boolean {
  if (!spec.roles) return true;
  return role === 'organiser' || spec.roles.includes(role);
}

/** The commands a person with `role` sees in `place`, in registration order. */
export function visibleCommands(specs: readonly CommandSpec[], role: Role, place: Place): CommandSpec[] {
  return specs.filter((s) => !s.hidden && offeredIn(s, place) && allowedFor(s, role));
}

/**
 * A refusal of a command typed in a group (or an offer made to one presser) concerns only who typed or
 * pressed: shown to them alone where the platform can (Slack's ephemeral messages), as a reply elsewhere.
 */
export function toAsker(ctx: { in: Pick<MessageCtx['in'], 'chat' | 'from'> }, card: Card): Card {
  return ctx.in.chat.kind === 'private' ? card : { ...card, ephemeralTo: ctx.in.from.id };
}

/**
 * Staff views (the queue, a ticket, figures, the FAQ's gaps) are shown in private chats, triage chats and the
 * escalation chat only — never in a workers' group, where everyone would read them.
 */
export function staffPlace(ctx: Ctx): boolean {
  const { chat } = ctx.in;
  if (chat.kind === 'private') return true;
  return !!staffChatOf(ctx.deps.content.get(), chat.address.channel, chat.address.chatId);
}
