/**
 * One send budget per bot token: replies (through the budgeted outbox) and a broadcast (through the
 * delivery engine) take their slots from the same Redis windows, against the stand-in that enforces
 * the limits. Replies go first; a reply that cannot go in time is queued, not dropped.
 */
import { Api } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { createTelegramOutbox } from '../../../src/adapters/telegram/outbox.js';
import { budgetedOutbox, QUEUED_MESSAGE_ID } from '../../../src/core/delivery/budget.js';
import { resolveLimits, type LimitsInput } from '../../../src/core/delivery/limits.js';
import type { Outbox } from '../../../src/core/outbox.js';
import { counter, deliveryRig, FAST, groups, logger, waitUntil, type Rig } from './rig.js';

const GLOBAL = { count: 10, windowMs: 1000 };
const PRIVATE = { count: 3, windowMs: 3000 };
const LIMITS: LimitsInput = {
  ...FAST,
  // The stand-in runs in the test's own process and stamps a request when its handler gets the CPU: with every core
  // busy (the whole suite in parallel) arrivals are stamped in bunches, and windows that match the stand-in's to the
  // millisecond saw a few 429s (one CI run in four). The margin is what `marginMs` is for: windows fuzzier than said.
  marginMs: 100,
  channels: {
    telegram: { global: GLOBAL, perChat: { count: 20, windowMs: 60_000 }, perPrivateChat: PRIVATE },
  },
};

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

function replies(r: Rig, limits: LimitsInput = LIMITS): Outbox {
  const raw = createTelegramOutbox({
    api: new Api(r.api.token, { apiRoot: r.api.apiRoot }),
    username: () => 'waystation_bot',
    metrics: r.metrics,
    logger,
  });
  return budgetedOutbox(raw, {
    repo: r.store.delivery,
    limits: resolveLimits(limits),
    logger,
    metrics: r.metrics,
    retry: async (to, card) => {
      await r.engine.enqueue({ id: `reply:${to.chatId}`, kind: 'reply', items: [{ to, card }] });
    },
  });
}

const workers = (n: number) => Array.from({ length: n }, (_, i) => String(7000001 + i));

describe('one send budget for replies and broadcasts', () => {
  it('the platform never refuses, and replies asked for mid-broadcast go out ahead of it', async () => {
    rig = await deliveryRig({
      limits: LIMITS,
      api: { limits: { global: GLOBAL, perChat: { count: 20, windowMs: 60_000 }, perPrivateChat: PRIVATE } },
    });
    const outbox = replies(rig);
    rig.engine.start(['telegram']);
    const chats = groups(40);
    await rig.engine.enqueue({ id: 'notice:b1', kind: 'notice', items: rig.items(chats) });
    await waitUntil(() => rig!.api.accepted().length >= 5, 10_000, 'the broadcast to be under way');

    // Ten workers ask at once; each gets two messages (an answer and a follow-up).
    const asked = workers(10);
    await Promise.all(
      asked.map(async (chatId) => {
        const to = { channel: 'telegram' as const, chatId };
        await outbox.send(to, { text: ['答复'] });
        await outbox.send(to, { text: ['还有问题请再问'] });
      }),
    );
    await rig.done('notice:b1', 20_000);

    expect(rig.api.rejected429).toBe(0);
    const sent = rig.api.accepted();
    for (const chatId of asked) expect(sent.filter((r) => r.chat === chatId)).toHaveLength(2);
    for (const chat of chats) expect(rig.api.deliveries().get(chat)).toBe(1);
    // Not queued behind the broadcast: the last reply went out while most of the notice was still to go.
    const lastReply = Math.max(...sent.map((r, i) => (asked.includes(r.chat) ? i : -1)));
    const noticeAfter = sent.slice(lastReply).filter((r) => chats.includes(r.chat)).length;
    expect(noticeAfter).toBeGreaterThanOrEqual(15);
  });

  it('a reply the platform refuses for longer than a reply may wait is queued and delivered once the pause ends', async () => {
    rig = await deliveryRig({ limits: LIMITS, api: { limits: { global: GLOBAL } } });
    const outbox = replies(rig, { ...LIMITS, interactiveWaitMs: 300 });
    rig.engine.start(['telegram']);
    rig.api.storm(1500);
    const to = { channel: 'telegram' as const, chatId: '7100001' };

    const ref = await outbox.send(to, { text: ['您的问题已收到'] });

    expect(ref.messageId).toBe(QUEUED_MESSAGE_ID);
    await waitUntil(() => rig!.api.deliveries().get('7100001') === 1, 15_000, 'the queued reply');
    expect(await counter(rig.metrics, 'waystation_delivery_rate_limited_total')).toBeGreaterThanOrEqual(1);
    // Refused once, then paused until the platform's retry_after was over: no hammering.
    expect(rig.api.requests.filter((r) => r.chat === '7100001' && r.status === 429)).toHaveLength(1);
  });

  it('a queued reply with a file (a chart, a photo fetched from another platform) is delivered with its bytes', async () => {
    rig = await deliveryRig({ limits: LIMITS, api: { limits: { global: GLOBAL } } });
    const outbox = replies(rig, { ...LIMITS, interactiveWaitMs: 300 });
    rig.engine.start(['telegram']);
    rig.api.storm(1500);
    const to = { channel: 'telegram' as const, chatId: '7100002' };
    const data = Buffer.from('Waystation chart bytes \u00e9\u4e2d', 'utf8');
    const file = { kind: 'document' as const, name: 'stats-2026-11.csv', mime: 'text/csv', data };

    const ref = await outbox.send(to, { text: ['十一月的数字'], file });

    expect(ref.messageId).toBe(QUEUED_MESSAGE_ID);
    await waitUntil(() => rig!.api.deliveries().get('7100002') === 1, 15_000, 'the queued reply');
    const documents = rig.api.accepted('sendDocument').filter((r) => r.chat === '7100002');
    expect(documents).toHaveLength(1);
    expect(documents[0]!.fileBytes).toEqual(data.length);
  });
});
