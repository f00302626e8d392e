/**
 * Every Redis key the bot uses is built here, under one prefix (default `ws`), so the whole key space
 * is visible in one place. Tests give each file its own prefix.
 *
 * | key                                  | type   | holds                                        |
 * |--------------------------------------|--------|----------------------------------------------|
 * | {p}:group:{channel}:{chatId}         | hash   | a chat's binding: branch, locale, tags, topic |
 * | {p}:groups                           | set    | every bound chat (channel:chatId)            |
 * | {p}:branch:{branchId}:groups         | set    | chats bound to one branch                    |
 * | {p}:seen:{channel}:{updateId}        | string | an update already handled (idempotency, TTL) |
 * | {p}:dialog:{channel}:{chatId}:{user} | string | JSON: the step a person is at in a dialog    |
 */
export type Keys = ReturnType<typeof createKeys>;

export function createKeys(prefix = 'ws') {
  const k = (...parts: string[]) => [prefix, ...parts].join(':');
  return {
    prefix,
    group: (chatKey: string) => k('group', chatKey),
    groups: () => k('groups'),
    branchGroups: (branchId: string) => k('branch', branchId, 'groups'),
    seenUpdate: (channel: string, updateId: string) => k('seen', channel, updateId),
    dialog: (channel: string, chatId: string, userId: string) => k('dialog', channel, chatId, userId),
  };
}
