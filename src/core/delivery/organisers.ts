/**
 * Telling the organisers that the bot can no longer post in a group: one warning in the district
 * escalation chat (organisers.yaml `escalation`) of the group's channel, queued through the engine as a
 * `system` broadcast whose id names the group and its binding — so it is sent once, however many
 * broadcasts or processes hit the same 403, and survives a crash like any other job.
 *
 *   createDeliveryEngine({ …, notifyOrganisers: escalationNotifier({ pack: () => content.get(), i18n, logger, enqueue: (r) => engine.enqueue(r) }) })
 */
import type { ContentPack } from '../content/schema.js';
import { DEFAULT_LOCALE, type I18n } from '../i18n.js';
import { staffChatAddress } from '../identity.js';
import type { Logger } from '../logger.js';
import { activeSinceOf, parseChatKey } from '../ports/groups.js';
import type { BroadcastRequest, GroupRemoved } from './engine.js';
import { reasonText } from './progress.js';

export function escalationNotifier(deps: {
  pack: () => ContentPack;
  i18n: I18n;
  logger: Logger;
  enqueue: (req: BroadcastRequest) => Promise<{ queued: number }>;
}): (e: GroupRemoved) => Promise<void> {
  return async (e) => {
    const pack = deps.pack();
    const channel = parseChatKey(e.chat)?.channel;
    const to = channel && staffChatAddress(channel, pack.organisers.escalation[channel]);
    if (!to) {
      deps.logger.warn(
        { chat: e.chat, channel },
        'no escalation chat for this channel: organisers not told about a removed group',
      );
      return;
    }
    const locale = DEFAULT_LOCALE;
    const branch = pack.branches.find((b) => b.id === e.group.branch);
    const text = deps.i18n.t(locale, 'delivery-group-removed', {
      group: e.group.title ?? e.chat,
      chat: e.chat,
      branch: branch?.name ?? e.group.branch,
      reason: reasonText(deps.i18n, locale, e.reason),
    });
    await deps.enqueue({
      id: `group-removed:${e.chat}:${activeSinceOf(e.group)}`,
      kind: 'system',
      items: [{ to, card: { text: [text] } }],
    });
  };
}
