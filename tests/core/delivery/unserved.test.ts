/**
 * QA29: a message for a platform no adapter serves in this process (a pack names a Telegram triage chat, the bot
 * runs Slack only — the morning digest writes to every platform's triage chat) fails at once as "no adapter". It
 * takes no send slot and is never queued as a durable retry: such a job had nobody to send it and stayed in the
 * delivery queue for good (a compressed year left 555 KB of them in `dlv:jobs`).
 */
import { describe, expect, it } from 'vitest';
import { budgetedOutbox } from '../../../src/core/delivery/budget.js';
import { resolveLimits } from '../../../src/core/delivery/limits.js';
import { createMetrics } from '../../../src/core/metrics.js';
import { createOutboxRouter, DeliveryError } from '../../../src/core/outbox.js';
import { useTestStore } from '../../helpers/app.js';
import { logger } from './rig.js';

const ctx = useTestStore();

describe('a platform nobody serves here', () => {
  it('is refused at once, every time, and nothing is queued for it', async () => {
    const queued: string[] = [];
    const outbox = budgetedOutbox(createOutboxRouter(), {
      repo: ctx.store.delivery,
      // One message a minute in a chat: the second would wait for a slot, then be queued.
      limits: resolveLimits({
        channels: { telegram: { perChat: { count: 1, windowMs: 60_000 } } },
        interactiveWaitMs: 50,
      }),
      logger,
      metrics: createMetrics(),
      retry: async (to) => void queued.push(to.chatId),
    });
    const to = { channel: 'telegram' as const, chatId: '-1002001' };
    for (let i = 0; i < 3; i++) {
      const err = await outbox.send(to, { text: ['早报'] }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeliveryError);
      expect((err as Error).message).toContain('no adapter');
    }
    expect(queued).toEqual([]);
  });
});
