/**
 * Which bound groups an audience reaches. Lessons (schedules in the pack) and notices (chosen with
 * buttons) use the same rule: a group is in when its branch is listed, or its branch's industry is
 * listed, or it carries one of the tags (a union); an audience that lists nothing means every group.
 * Only active groups count (a group the bot was removed from is inactive).
 */
import type { ContentPack } from './content/schema.js';
import type { Address } from './types.js';
import { parseChatKey, type GroupBinding } from './ports/groups.js';
import type { StorePort } from './ports/index.js';

export interface AudienceSpec {
  /** Every bound group, whatever else is listed. */
  all?: boolean;
  branches: readonly string[];
  industries: readonly string[];
  tags: readonly string[];
}

export function isEveryone(a: AudienceSpec): boolean {
  return !!a.all || (!a.branches.length && !a.industries.length && !a.tags.length);
}

export function inAudience(group: GroupBinding, audience: AudienceSpec, pack: ContentPack): boolean {
  if (isEveryone(audience)) return true;
  if (audience.branches.includes(group.branch)) return true;
  const industry = pack.branches.find((b) => b.id === group.branch)?.industry;
  if (industry && audience.industries.includes(industry)) return true;
  return group.tags.some((t) => audience.tags.includes(t));
}

/**
 * Active groups in the audience, in a stable order (by chat key). A binding whose chat is not a chat key
 * (never written so; a hand-edited or damaged record) is left out, so it can't stop a push to the rest.
 */
export async function resolveAudience(
  store: StorePort,
  pack: ContentPack,
  audience: AudienceSpec,
): Promise<GroupBinding[]> {
  const groups = await store.groups.list();
  return groups
    .filter((g) => g.active && parseChatKey(g.chat) && inAudience(g, audience, pack))
    .sort((a, b) => (a.chat < b.chat ? -1 : a.chat > b.chat ? 1 : 0));
}

/** The address pushes to a group go to: its chat, in the topic it was bound in. */
export function groupAddress(group: GroupBinding): Address {
  const to = parseChatKey(group.chat, group.threadId);
  // Bindings are only ever written under a chatKey (groups/feature.ts); anything else is a broken record.
  if (!to) throw new Error(`group binding ${group.chat} is not a chat key`);
  return to;
}
