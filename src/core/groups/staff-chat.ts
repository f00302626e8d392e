/**
 * Staff chats (a branch's triage chat, the district's escalation chat) are named by the content pack, not
 * bound: /help and /group say what the chat is for instead of asking an organiser to /bind it, and /bind
 * refuses — a bound triage chat would get the workers' lessons and notices.
 */
import type { Ctx } from '../feature.js';
import { triageBranchOf } from '../identity.js';
import { branchName } from './names.js';

/** What this staff chat is, in the reader's language; undefined in any other chat. */
export function staffChatNote(ctx: Ctx): string | undefined {
  const pack = ctx.deps.content.get();
  const { channel, chatId } = ctx.in.chat.address;
  const triage = triageBranchOf(pack, channel, chatId);
  const branch = triage ? pack.branches.find((b) => b.id === triage) : undefined;
  if (branch) return ctx.t('group-staff-triage', { branch: branchName(branch, ctx.locale) });
  if (pack.organisers.escalation[channel]?.chat === chatId) return ctx.t('group-staff-escalation');
  return undefined;
}
