import type { ContentPack, Locale } from './content/schema.js';
import type { Identity } from './feature.js';
import { DEFAULT_LOCALE, resolveLocale } from './locales.js';
import type { UserRef } from './types.js';

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
