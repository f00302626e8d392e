/**
 * Staff chats (a branch's triage chat, the district's escalation chat) are named by the content pack, not
 * bound: /help and /group say what the chat is for instead of asking an organiser to /bind it, and /bind
 * refuses — a bound triage chat would get the workers' lessons and notices.
 */
import type { Ctx } from '../feature.js';
import { staffChatOf } from '../identity.js';
import { branchName } from './branch-name.js';
import { onPlatform } from '../platform-words.js';

/** What this staff chat is, in the reader's language; undefined in any other chat. */
export function staffChatNote(ctx: Ctx): string | undefined {
  const pack = ctx.deps.content.get();
  const staff = staffChatOf(pack, ctx.in.chat.address.channel, ctx.in.chat.address.chatId);
  if (staff?.kind === 'escalation') return ctx.t('group-staff-escalation', onPlatform(ctx));
  const branch = staff && pack.branches.find((b) => b.id === staff.branch);
  return branch
    ? ctx.t('group-staff-triage', onPlatform(ctx, { branch: branchName(branch, ctx.locale) }))
    : undefined;
}
