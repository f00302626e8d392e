/**
 * Changes to a message sent before (an edit, a delete, an unpin: a corrected, withdrawn or expired notice), and the
 * pin after a send, which takes a slot of its own and is given up, never retried as a job: the message is out.
 */
import type { Logger } from '../../logger.js';
import { DeliveryError } from '../../outbox.js';
import type { Channel, MessageRef } from '../../types.js';
import { chatKey } from '../../ports/groups.js';
import type { Withdrawal } from '../engine.js';
import { backoffMs } from '../limits.js';
import type { EngineContext } from './context.js';
import type { JobPayload } from './jobs.js';
import type { Slots } from './slots.js';
import { asDeliveryError, sleep } from './waits.js';

export type PinsAndEdits = ReturnType<typeof pinsAndEdits>;

export function pinsAndEdits(ctx: EngineContext, { slot, onSlots }: Slots) {
  const { repo, limits, random } = ctx;
  const { outbox, metrics } = ctx.deps;

  /**
   * An edit or a delete of a message sent before. A message gone already counts as deleted; one the platform
   * will not delete (Telegram, after 48 hours) is edited to the job's card and unpinned.
   */
  async function change(p: JobPayload, log: Logger): Promise<MessageRef & { outcome?: Withdrawal }> {
    if (p.edits) return (await outbox.edit(p.edits, p.card)) ?? p.edits;
    if (p.unpins) {
      await outbox.unpin?.(p.unpins);
      return p.unpins;
    }
    const ref = p.deletes!;
    try {
      if (!outbox.delete) throw new DeliveryError('this outbox cannot delete', 'bad-request');
      await outbox.delete(ref);
      return { ...ref, outcome: 'deleted' };
    } catch (err) {
      const e = asDeliveryError(err);
      if (e.reason === 'not-found' && !e.movedTo) return { ...ref, outcome: 'deleted' };
      if (e.reason !== 'bad-request') throw e;
      log.info({ reason: e.message }, 'message not deleted: replaced and unpinned instead');
    }
    await outbox.edit(ref, p.card);
    await outbox
      .unpin?.(ref)
      .catch((err: unknown) =>
        log.info({ reason: (err as Error).message }, 'unpin failed (the message was replaced)'),
      );
    return { ...ref, outcome: 'replaced' };
  }

  /**
   * Pin a message just sent, while `still()` holds: it is asked when the slot comes (the pin may have waited seconds
   * for it) and once more after the pin, which is undone when the answer changed while the pin was on its way.
   */
  async function pin(
    channel: Channel,
    ref: MessageRef,
    log: Logger,
    still: () => Promise<boolean> = async () => true,
  ): Promise<void> {
    const chat = chatKey(ref.address.channel, ref.address.chatId);
    for (let attempt = 1; attempt <= 3; attempt++) {
      let slots: string;
      try {
        slots = await slot(channel, chat);
      } catch (err) {
        log.info({ reason: (err as Error).message }, 'pin skipped');
        return;
      }
      try {
        const pinned = await onSlots(channel, chat, slots, async () => {
          if (!(await still())) return false;
          await outbox.pin(ref);
          return true;
        });
        if (!pinned) log.info('pin given up: no longer wanted when its turn came');
        else if (!(await still())) await unpinAgain(channel, chat, ref, log);
        return;
      } catch (err) {
        const e = asDeliveryError(err);
        if (e.reason === 'rate-limited') {
          metrics.deliveryRateLimited.inc({ channel });
          await repo.pause(channel, Math.max(1, e.retryAfterSeconds ?? 1) * 1000);
        } else if (e.reason === 'transient') {
          await sleep(backoffMs(limits, attempt, random));
        } else {
          log.warn({ reason: e.message }, 'pin failed (the message was sent)');
          return;
        }
      }
    }
    log.warn('pin failed after 3 tries (the message was sent)');
  }

  /** Undo a pin that landed after it stopped being wanted; a failure is only logged (the message stays). */
  async function unpinAgain(channel: Channel, chat: string, ref: MessageRef, log: Logger): Promise<void> {
    try {
      const slots = await slot(channel, chat);
      await onSlots(channel, chat, slots, async () => outbox.unpin?.(ref));
      log.info('pin undone: no longer wanted once it landed');
    } catch (err) {
      log.warn({ reason: (err as Error).message }, 'unpin after a late pin failed');
    }
  }

  return { change, pin };
}
