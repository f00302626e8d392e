/**
 * The language of a chat's shared cards — what the bot posts for everyone in it rather than as a reply to one
 * person (tickets, reminders, the digest, passed questions). A staff chat reads what the pack says for it
 * (`triage: { telegram: { chat, locale } }`), any other chat its binding's language; else the default.
 */
import type { ContentPack, StaffChatRef } from '../content/schema.js';
import type { CoreDeps } from '../feature.js';
import { DEFAULT_LOCALE, resolveLocale, type Locale } from '../i18n.js';
import { chatKey } from '../ports/groups.js';
import type { Address } from '../types.js';

/** The pack's entry for a staff chat at `address` (a branch's triage chat or the escalation chat), if it is one. */
function staffChatRef(pack: ContentPack, address: Address): StaffChatRef | undefined {
  const named = (ref: StaffChatRef | undefined) => ref?.chat === address.chatId;
  const triage = pack.branches.map((b) => b.triage[address.channel]).find(named);
  if (triage) return triage;
  const escalation = pack.organisers.escalation[address.channel];
  return named(escalation) ? escalation : undefined;
}

/** `deps` needs only the pack and the store: the chat-move follower, which has no CoreDeps, calls it too. */
export async function chatLocale(
  deps: Pick<CoreDeps, 'content' | 'store'>,
  address: Address,
): Promise<Locale> {
  const staff = staffChatRef(deps.content.get(), address);
  if (staff?.locale) return staff.locale;
  const binding = await deps.store.groups.get(chatKey(address.channel, address.chatId));
  return resolveLocale(binding?.locale) ?? DEFAULT_LOCALE;
}
