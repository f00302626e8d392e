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
import type { Address } from '../types.js';
import type { BroadcastRequest, GroupRemoved, TopicLost } from './engine.js';
import { reasonText } from './progress.js';

interface NotifierDeps {
  pack: () => ContentPack;
  i18n: I18n;
  logger: Logger;
  enqueue: (req: BroadcastRequest) => Promise<{ queued: number }>;
}

/** The escalation chat of a group's channel; undefined (and a warning) when the pack names none. */
function escalationFor(
  deps: NotifierDeps,
  pack: ContentPack,
  chat: string,
  what: string,
): Address | undefined {
  const channel = parseChatKey(chat)?.channel;
  const to = channel && staffChatAddress(channel, pack.organisers.escalation[channel]);
  if (!to)
    deps.logger.warn({ chat, channel }, `no escalation chat for this channel: organisers not told ${what}`);
  return to || undefined;
}

export function escalationNotifier(deps: NotifierDeps): (e: GroupRemoved) => Promise<void> {
  return async (e) => {
    const pack = deps.pack();
    const to = escalationFor(deps, pack, e.chat, 'about a removed group');
    if (!to) return;
    const locale = DEFAULT_LOCALE;
    const branch = pack.branches.find((b) => b.id === e.group.branch);
    const text = deps.i18n.t(locale, 'delivery-group-removed', {
      group: e.group.title ?? e.chat,
      chat: e.chat,
      branch: branch?.name ?? e.group.branch,
      platform: to.channel,
      reason: reasonText(deps.i18n, locale, e.reason, to.channel),
    });
    await deps.enqueue({
      id: `group-removed:${e.chat}:${activeSinceOf(e.group)}`,
      kind: 'system',
      items: [{ to, card: { text: [text] } }],
    });
  };
}

/**
 * Telling the organisers that a group's topic for pushes was closed or deleted, so its lessons and notices now go to
 * the group's General topic: once per binding (the id names it), and how to choose another topic.
 */
export function topicLostNotifier(deps: NotifierDeps): (e: TopicLost) => Promise<void> {
  return async (e) => {
    const pack = deps.pack();
    const to = escalationFor(deps, pack, e.chat, 'about a lost topic');
    if (!to) return;
    const branch = pack.branches.find((b) => b.id === e.group.branch);
    const text = deps.i18n.t(DEFAULT_LOCALE, 'delivery-topic-lost', {
      group: e.group.title ?? e.chat,
      branch: branch?.name ?? e.group.branch,
      id: e.group.branch,
    });
    await deps.enqueue({
      id: `topic-lost:${e.chat}:${e.group.boundAt}`,
      kind: 'system',
      items: [{ to, card: { text: [text] } }],
    });
  };
}
