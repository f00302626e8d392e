/**
 * A bound group keeps the title its members see (QA30: a group renamed after /bind was listed under its old name on
 * every organiser's list and on the board). The platform says the chat was renamed (Telegram `new_chat_title`, Slack
 * `channel_rename`), or an update carries a title other than the one stored (a rename the bot missed while it was
 * away): the binding's title is replaced in one atomic step that never creates half a binding (`groups.update`,
 * lua/hash-update-1.lua). The title has already lost its bidirectional controls, as every title on arrival has
 * (dispatcher `screen`).
 */
import type { StorePort } from '../ports/index.js';
import { chatKey, type GroupBinding } from '../ports/groups.js';
import type { Incoming } from '../types.js';
import { ellipsis } from '../text.js';
import { maskText } from '../mask.js';

/** A group's name as it is kept: a phone number in it masked (王师傅138…群), as the board shows it; cut at 120. */
export function storedTitle(title: string): string {
  return ellipsis(maskText(title), 120);
}

/** The chat was renamed: its binding, if it has one, takes the new title. */
export async function retitle(store: StorePort, update: Incoming): Promise<void> {
  if (!update.chat.title || update.chat.kind === 'private') return;
  const { channel, chatId } = update.chat.address;
  await store.groups.update(chatKey(channel, chatId), { title: storedTitle(update.chat.title) });
}

/** An update from a bound group whose title is not the stored one: the stored one follows. */
export async function followTitle(
  store: StorePort,
  update: Incoming,
  group: GroupBinding | undefined,
): Promise<GroupBinding | undefined> {
  const title = update.chat.title && storedTitle(update.chat.title);
  if (!group || !title || group.title === title) return group;
  await store.groups.update(group.chat, { title });
  return { ...group, title };
}
