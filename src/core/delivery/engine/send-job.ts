/**
 * One claimed job sent, and what the platform's answer means: accepted → recorded once (listeners told, the message
 * pinned unless a listener said not to, progress moved on); a 429 → the whole channel pauses for `retry_after` and the job waits, its try not
 * counted; a failure that will pass → tried again after a capped exponential back-off; a refusal, or the last try →
 * the job fails for good (a group that refused is marked gone first).
 */
import { headedBy, type Card } from '../../card.js';
import { DEFAULT_LOCALE } from '../../i18n.js';
import type { Logger } from '../../logger.js';
import type { DeliveryError } from '../../outbox.js';
import type { MessageRef } from '../../types.js';
import type { Withdrawal } from '../engine.js';
import { backoffMs } from '../limits.js';
import type { FailureReason } from '../progress.js';
import type { EngineContext, Worker } from './context.js';
import type { Claimed } from './jobs.js';
import type { LostGroups } from './lost-groups.js';
import type { PinsAndEdits } from './pins-and-edits.js';
import type { ProgressMessage } from './progress-message.js';
import type { Slots } from './slots.js';
import { asDeliveryError, record, TimeoutError, withTimeout } from './waits.js';

export function jobSending(
  ctx: EngineContext,
  { settle }: Slots,
  { change, pin: pinMessage }: PinsAndEdits,
  { groupGone, topicGone }: LostGroups,
  { progress }: ProgressMessage,
) {
  const { repo, limits, logger, random, keepMs, listeners, failListeners } = ctx;
  const { outbox, metrics, i18n } = ctx.deps;

  /**
   * The card a fresh send carries: after a try with no answer that may have reached the chat (the connection dropped
   * once the request had left), it opens with "↻ 重发 … 以这一条为准" in the chat's language, so a second copy is
   * identifiable and this one counts. Telegram offers no idempotency key and a bot reads no history: whether the
   * first is there cannot be known, and a notice lost is worse than one twice.
   */
  async function marked(c: Claimed, card: Card): Promise<Card> {
    const { payload: p } = c;
    if (c.attempts === 0 || !(await repo.maybeSent(p.broadcast, p.chat).catch(() => false))) return card;
    const locale = await (ctx.deps.chatLocale?.(p.to) ?? Promise.resolve(DEFAULT_LOCALE)).catch(
      () => DEFAULT_LOCALE,
    );
    return headedBy(card, i18n.t(locale, 'resent-maybe-repeat'));
  }

  async function deliver(w: Worker, c: Claimed): Promise<void> {
    const { payload: p } = c;
    const log = logger.child({ broadcast: p.broadcast, chat: p.chat });
    // A picture that fails for a passing reason fails the try (nothing has reached the chat) and the job is tried
    // again; on its last try the text goes without it rather than not at all.
    const lastTry = c.attempts + 1 >= limits.maxAttempts;
    const fresh = !(p.edits || p.deletes || p.unpins);
    const card = p.card.photo && !lastTry ? { ...p.card, photoRequired: true } : p.card;
    let ref: MessageRef & { outcome?: Withdrawal };
    try {
      ref = await withTimeout(
        fresh ? marked(c, card).then((sent) => outbox.send(p.to, sent)) : change(p, log),
        limits.sendTimeoutMs,
      );
      await settle(w.channel, p.chat, c.slots);
    } catch (err) {
      // A send that timed out may still reach the platform: its slots stay in flight until they expire.
      if (!(err instanceof TimeoutError)) await settle(w.channel, p.chat, c.slots);
      const e = asDeliveryError(err);
      // No answer after the request left (a dropped connection, no answer in time): the message may be in the chat.
      const maybeSent = fresh && (e.maybeSent || err instanceof TimeoutError);
      await onSendError(w, c, e, log, maybeSent);
      return;
    }
    const { first, finished } = await record(() =>
      repo.complete(p.broadcast, w.channel, p.chat, JSON.stringify(ref), keepMs),
    );
    if (p.to.threadId && !ref.address.threadId && ref.address.chatId === p.to.chatId) await topicGone(p, log);
    let pin = p.pin;
    const pinWhile: (() => Promise<boolean>)[] = [];
    if (first) {
      metrics.deliverySent.inc({ channel: w.channel, kind: p.kind });
      for (const l of listeners) {
        try {
          const answer = await l({ broadcastId: p.broadcast, kind: p.kind, chat: p.chat, ref, card: p.card });
          if (answer?.pin === false) pin = false;
          if (answer?.pinWhile) pinWhile.push(answer.pinWhile);
        } catch (err) {
          log.error({ err }, 'delivery listener failed');
        }
      }
    } else {
      metrics.deliveryDuplicates.inc({ channel: w.channel });
      log.warn('message sent again after a lost lease (at-least-once)');
    }
    if (pin && first) await pinMessage(w.channel, ref, log, allOf(pinWhile));
    if (p.hasProgress) await progress(p.broadcast, finished);
  }

  async function onSendError(
    w: Worker,
    c: Claimed,
    e: DeliveryError,
    log: Logger,
    maybeSent: boolean,
  ): Promise<void> {
    const { payload: p } = c;
    let finished = false;
    if (e.reason === 'rate-limited') {
      const ms = Math.max(1, e.retryAfterSeconds ?? 1) * 1000;
      metrics.deliveryRateLimited.inc({ channel: w.channel });
      log.warn({ retryAfter: ms / 1000 }, 'rate limited: pausing the channel');
      await record(() =>
        repo.retry(p.broadcast, w.channel, p.chat, c.token, {
          delayMs: ms,
          countAttempt: false,
          pauseMs: ms,
          keepMs,
        }),
      );
      return;
    }
    if (e.reason === 'transient' && c.attempts + 1 < limits.maxAttempts) {
      const delayMs = backoffMs(limits, c.attempts + 1, random);
      metrics.deliveryRetries.inc({ channel: w.channel });
      log.info(
        { attempt: c.attempts + 1, delayMs, reason: e.message, maybeSent },
        maybeSent
          ? 'send had no answer (it may be there); the retry says it may repeat'
          : 'transient send failure; will retry',
      );
      finished = (
        await record(() =>
          repo.retry(p.broadcast, w.channel, p.chat, c.token, {
            delayMs,
            countAttempt: true,
            pauseMs: 0,
            keepMs,
            maybeSent,
          }),
        )
      ).finished;
    } else {
      const reason = e.reason as FailureReason;
      // The group is marked before the failure is recorded: once a broadcast reads finished, its removed groups are inactive.
      // An edit or delete refused says only that the message is gone, not the group.
      if ((reason === 'forbidden' || reason === 'not-found') && !p.edits && !p.deletes && !p.unpins)
        await groupGone(p, reason, log);
      const r = await record(() =>
        repo.fail(
          p.broadcast,
          w.channel,
          p.chat,
          c.token,
          JSON.stringify({ reason, detail: e.message.slice(0, 300) }),
          keepMs,
          maybeSent,
        ),
      );
      finished = r.finished;
      // A chat a try may have reached is no failure: counted apart (status().unsure), no failure listener told.
      if (r.unsure)
        log.warn({ reason, detail: e.message }, 'delivery unsure: a try had no answer and may be there');
      else if (r.recorded) {
        metrics.deliveryFailed.inc({ channel: w.channel, kind: p.kind, reason });
        log.warn({ reason, detail: e.message }, 'delivery failed');
        for (const l of failListeners) {
          try {
            await l({ broadcastId: p.broadcast, kind: p.kind, chat: p.chat, reason });
          } catch (err) {
            log.error({ err }, 'delivery failure listener failed');
          }
        }
      }
    }
    if (p.hasProgress) await progress(p.broadcast, finished);
  }

  return { deliver };
}

/** Every listener's condition for keeping the pin; none is "always". */
function allOf(checks: readonly (() => Promise<boolean>)[]): () => Promise<boolean> {
  return async () => {
    for (const check of checks) if (!(await check())) return false;
    return true;
  };
}
