/**
 * A group the bot can no longer post in (removed, blocked, gone) is marked inactive and its organisers told; a group
 * whose topic took a push no more has its pushes moved to the chat itself, and they are told too.
 */
import type { Logger } from '../../logger.js';
import type { DeliveryEngineDeps } from '../engine.js';
import type { JobPayload } from './jobs.js';

export type LostGroups = ReturnType<typeof lostGroups>;

export function lostGroups(deps: DeliveryEngineDeps) {
  const { store } = deps;

  async function groupGone(p: JobPayload, reason: 'forbidden' | 'not-found', log: Logger): Promise<void> {
    try {
      // A group upgraded to a supergroup was sent to (and refused) under its new id, where its binding now is.
      const chat = (await store.groups.movedTo(p.chat)) ?? p.chat;
      const group = await store.groups.get(chat);
      if (!group?.active) return; // not a bound group, or already known
      await store.groups.update(chat, { active: false });
      log.warn({ reason }, 'bot cannot post in the group: marked inactive');
      await deps.notifyOrganisers?.({ chat, group, broadcastId: p.broadcast, kind: p.kind, reason });
    } catch (err) {
      log.error({ err }, 'marking a removed group inactive failed');
    }
  }

  /**
   * The outbox sent a push outside its topic, which was closed or deleted: the group's pushes go to the chat itself
   * from now on (not refused, or moved, one by one), and the organisers are told — once per binding, whichever push
   * or process gets here first (QA19). A binding already moved on (to General, or bound anew) is left as it is.
   */
  async function topicGone(p: JobPayload, log: Logger): Promise<void> {
    try {
      const group = await store.groups.get(p.chat);
      if (!group?.active || group.threadId !== p.to.threadId) return;
      await store.groups.update(p.chat, { threadId: '' });
      log.warn(
        { thread: p.to.threadId },
        "the group's topic is closed or gone: its pushes go to the chat now",
      );
      await deps.notifyTopicLost?.({ chat: p.chat, group, broadcastId: p.broadcast, kind: p.kind });
    } catch (err) {
      log.error({ err }, "moving a group's pushes out of a lost topic failed");
    }
  }

  return { groupGone, topicGone };
}
