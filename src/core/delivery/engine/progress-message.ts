/**
 * A broadcast's one progress message (sent / failed / left), kept where the request said: sent once, by whichever
 * process gets there first, edited as jobs finish (at most every `progressEveryMs`, in the background), and a last
 * time when the broadcast is finished. The text is `../progress.ts`'s, with the word for a chat of the platform the
 * progress message is read on (`to.channel`: the organiser's).
 */
import type { Card } from '../../card.js';
import type { MessageRef } from '../../types.js';
import { chatKey } from '../../ports/groups.js';
import { progressCard, progressTitle } from '../progress.js';
import type { EngineContext } from './context.js';
import type { ProgressTarget } from './jobs.js';
import type { Slots } from './slots.js';
import { readStatus } from './status.js';
import { asDeliveryError, SlotTimeoutError, sleep, StoppingError } from './waits.js';

const PROGRESS_LOCK_MS = 15_000;

export type ProgressMessage = ReturnType<typeof createProgressMessage>;

export function createProgressMessage(ctx: EngineContext, { slot, onSlots }: Slots) {
  const { repo, limits, logger, side } = ctx;
  const { outbox, i18n } = ctx.deps;

  /** Work that no job waits for (intermediate progress edits); stop() lets it finish. */
  function background(task: () => Promise<void>): void {
    const p = task().finally(() => side.delete(p));
    side.add(p);
  }

  /** What each progress message last showed (in this process), so an edit that changes nothing is skipped. */
  const shown = new Map<string, string>();

  const shownKey = (ref: MessageRef) =>
    `${chatKey(ref.address.channel, ref.address.chatId)}:${ref.messageId}`;
  const shownText = (card: Card) => JSON.stringify([card.text, card.buttons ?? []]);

  function remember(ref: MessageRef, card: Card): void {
    const key = shownKey(ref);
    shown.delete(key);
    shown.set(key, shownText(card));
    // Keep the memo small: the oldest progress messages are long finished.
    if (shown.size > 1000) shown.delete(shown.keys().next().value!);
  }

  /** Edit a progress message unless it already shows this (Telegram refuses those: "message is not modified"). */
  async function editProgress(ref: MessageRef, card: Card): Promise<void> {
    if (shown.get(shownKey(ref)) === shownText(card)) return;
    await outbox.edit(ref, card);
    remember(ref, card);
  }

  async function progress(id: string, final: boolean): Promise<void> {
    try {
      const meta = await repo.meta(id);
      if (!meta?.progress) return;
      const target = JSON.parse(meta.progress) as ProgressTarget;
      if (!meta.progressRef) {
        // A broadcast queued for later gets its progress message when its first job is done.
        if (!meta.progressClaimed) await sendProgressMessage(id, meta.kind ?? '', target);
        return;
      }
      const ref = JSON.parse(meta.progressRef) as MessageRef;
      const channel = target.to.channel;
      const chat = chatKey(channel, target.to.chatId);
      if (!final) {
        if (meta.finishedAt || !(await repo.progressDue(id, limits.progressEveryMs))) return;
        // Not awaited by the job: the edit waits for a slot of its own, at most until the next one is due.
        background(async () => {
          const token = await repo.lockProgress(id, PROGRESS_LOCK_MS);
          if (!token) return;
          try {
            const slots = await slot(channel, chat, limits.progressEveryMs);
            await onSlots(channel, chat, slots, async () => {
              const status = await readStatus(repo, id, false);
              if (!status || status.pending === 0) return; // the last edit is the finisher's
              await editProgress(
                ref,
                progressCard(i18n, target.locale, {
                  title: progressTitle(i18n, target.locale, status.kind, target.title),
                  status,
                  platform: target.to.channel,
                }),
              );
            });
          } catch (err) {
            if (!(err instanceof StoppingError || err instanceof SlotTimeoutError))
              logger.warn({ broadcast: id, err: (err as Error).message }, 'progress message not updated');
          } finally {
            await repo.unlockProgress(id, token).catch(() => undefined);
          }
        });
        return;
      }
      // The last edit must happen, after any edit in progress elsewhere (the lock orders them).
      let token: string | undefined;
      for (const deadline = Date.now() + PROGRESS_LOCK_MS; !token && Date.now() < deadline;) {
        token = await repo.lockProgress(id, PROGRESS_LOCK_MS);
        if (!token) await sleep(50);
      }
      try {
        for (let attempt = 1; attempt <= 3; attempt++) {
          const slots = await slot(channel, chat);
          const status = await readStatus(repo, id, false);
          if (!status) return;
          try {
            await onSlots(channel, chat, slots, () =>
              editProgress(
                ref,
                progressCard(i18n, target.locale, {
                  title: progressTitle(i18n, target.locale, status.kind, target.title),
                  status,
                  platform: target.to.channel,
                }),
              ),
            );
            return;
          } catch (err) {
            const e = asDeliveryError(err);
            if (e.reason !== 'rate-limited' && e.reason !== 'transient') throw e;
            if (e.reason === 'rate-limited')
              await repo.pause(channel, Math.max(1, e.retryAfterSeconds ?? 1) * 1000);
          }
        }
      } finally {
        if (token) await repo.unlockProgress(id, token);
      }
    } catch (err) {
      if (!(err instanceof StoppingError))
        logger.warn({ broadcast: id, err: (err as Error).message }, 'progress message not updated');
    }
  }

  /** The progress message itself: sent once per broadcast, by whichever process gets there first. */
  async function sendProgressMessage(id: string, kind: string, target: ProgressTarget): Promise<void> {
    if (!(await repo.claimProgressMessage(id))) return;
    const { to, locale, title } = target;
    try {
      const chat = chatKey(to.channel, to.chatId);
      // Read before the slot, so the send follows the slot at once, ahead of the jobs the slot's wake lets go.
      const status = await readStatus(repo, id, false);
      if (!status) return;
      const slots = await slot(to.channel, chat);
      const card = progressCard(i18n, locale, {
        title: progressTitle(i18n, locale, kind, title),
        status,
        platform: to.channel,
      });
      const ref = await onSlots(to.channel, chat, slots, () => outbox.send(to, card));
      remember(ref, card);
      await repo.setProgressRef(id, JSON.stringify(ref));
      // The broadcast may have finished while the message was on its way.
      const after = await readStatus(repo, id, false);
      if (status.pending > 0 && after?.pending === 0) await progress(id, true);
    } catch (err) {
      logger.warn({ broadcast: id, err: (err as Error).message }, 'progress message not sent');
    }
  }

  return { progress, sendProgressMessage };
}
