import type { ContentPack, Locale } from './content/schema.js';
import type { Identity } from './feature.js';
import { DEFAULT_LOCALE, resolveLocale } from './locales.js';
import type { Address, Channel, UserRef } from './types.js';

/** Roles come from the content pack, never from anything the client sends. */
export function identify(user: UserRef, pack: ContentPack): Identity {
  const channel = user.channel;
  const isOrganiser = pack.organisers.organisers[channel].includes(user.id);
  const secretaryOf = pack.branches.filter((b) => b.secretaries[channel].includes(user.id)).map((b) => b.id);
  return {
    user,
    isOrganiser,
    secretaryOf,
    role: isOrganiser ? 'organiser' : secretaryOf.length ? 'secretary' : 'worker',
  };
}

/** The user's own language first, then the group's, then the default. */
export function pickLocale(userLanguage: string | undefined, groupLocale: string | undefined): Locale {
  return resolveLocale(userLanguage) ?? resolveLocale(groupLocale) ?? DEFAULT_LOCALE;
}

/** The branch whose triage chat this is, if any. */
export function triageBranchOf(
  pack: ContentPack,
  channel: UserRef['channel'],
  chatId: string,
): string | undefined {
  return pack.branches.find((b) => b.triage[channel]?.chat === chatId)?.id;
}

/** A chat the pack names for staff: a branch's triage chat or the district's escalation chat. */
export type StaffChat = { kind: 'triage'; branch: string } | { kind: 'escalation' };

/** What staff chat this is, if any: nothing said there is a worker's question, and it is never bound. */
export function staffChatOf(
  pack: ContentPack,
  channel: UserRef['channel'],
  chatId: string,
): StaffChat | undefined {
  const branch = triageBranchOf(pack, channel, chatId);
  if (branch) return { kind: 'triage', branch };
  return pack.organisers.escalation[channel]?.chat === chatId ? { kind: 'escalation' } : undefined;
}

/** Where a chat the pack names on one channel (a triage or escalation chat, `{ chat, thread }`) is. */
export function staffChatAddress(
  channel: Channel,
  ref: { chat: string; thread?: string } | undefined,
): Address | undefined {
  return ref ? { channel, chatId: ref.chat, ...(ref.thread ? { threadId: ref.thread } : {}) } : undefined;
}
