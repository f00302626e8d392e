/**
 * The delivery engine's behaviour, against real Redis and real grammY talking to a Bot API stand-in:
 * who got what, how many times, and what the broadcast's status says.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Delivered } from '../../../src/core/delivery/engine.js';
import { counter, deliveryRig, FAST, groups, textsByChat, waitUntil, type Rig } from './rig.js';

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

describe('delivery engine', () => {
  it('sends one message into every group and records where it went', async () => {
    rig = await deliveryRig();
    const seen: Delivered[] = [];
    rig.engine.onDelivered((e) => void seen.push(e));
    rig.engine.start(['telegram']);
    const chats = groups(5);
    expect(await rig.engine.enqueue({ id: 'notice:t1', kind: 'notice', items: rig.items(chats) })).toEqual({
      queued: 5,
    });

    const status = await rig.done('notice:t1');
    expect(status).toMatchObject({
      id: 'notice:t1',
      kind: 'notice',
      total: 5,
      sent: 5,
      failed: [],
      pending: 0,
      cancelled: 0,
    });
    const texts = textsByChat(rig.api);
    for (const chat of chats) expect(texts.get(chat)).toEqual([`通知 ${chat}`]);
    expect(Object.keys(status.refs).sort()).toEqual(chats.map((c) => `telegram:${c}`).sort());
    expect(status.refs[`telegram:${chats[0]}`]).toEqual({
      address: { channel: 'telegram', chatId: chats[0] },
      messageId: '1',
    });
    expect(seen.map((e) => e.chat).sort()).toEqual(chats.map((c) => `telegram:${c}`).sort());
    expect(seen.every((e) => e.kind === 'notice' && e.broadcastId === 'notice:t1')).toBe(true);
    expect(await counter(rig.metrics, 'waystation_delivery_sent_total')).toBe(5);
  });

  it('queues a (broadcast, chat) pair once, however often it is enqueued', async () => {
    rig = await deliveryRig();
    const chats = groups(4);
    expect(
      (await rig.engine.enqueue({ id: 'notice:twice', kind: 'notice', items: rig.items(chats.slice(0, 3)) }))
        .queued,
    ).toBe(3);
    // Again, with one chat more and a chat listed twice: only the new chat is queued.
    const again = await rig.engine.enqueue({
      id: 'notice:twice',
      kind: 'notice',
      items: rig.items([...chats, chats[3]!]),
    });
    expect(again.queued).toBe(1);
    rig.engine.start(['telegram']);
    const status = await rig.done('notice:twice');
    expect(status.total).toBe(4);
    // Enqueued once more after it finished: nothing is sent again.
    expect(
      (await rig.engine.enqueue({ id: 'notice:twice', kind: 'notice', items: rig.items(chats) })).queued,
    ).toBe(0);
    expect([...rig.api.deliveries().values()]).toEqual([1, 1, 1, 1]);
  });

  it('refuses a broadcast id with spaces', async () => {
    rig = await deliveryRig();
    await expect(
      rig.engine.enqueue({ id: 'notice 1', kind: 'notice', items: rig.items(groups(1)) }),
    ).rejects.toThrow(/without spaces/);
  });

  it('cancels what is still pending; what was sent stays sent', async () => {
    rig = await deliveryRig();
    rig.engine.start(['telegram']);
    await rig.engine.enqueue({ id: 'notice:now', kind: 'notice', items: rig.items(groups(2)) });
    await rig.done('notice:now');
    // A notice for an hour from now, cancelled before it is due.
    const later = groups(3, 10);
    await rig.engine.enqueue({
      id: 'notice:later',
      kind: 'notice',
      items: rig.items(later),
      notBefore: Date.now() + 3_600_000,
    });
    expect(await rig.engine.cancel('notice:later')).toBe(3);
    expect(await rig.engine.cancel('notice:now')).toBe(0);
    expect(await rig.engine.cancel('notice:unknown')).toBe(0);
    expect(await rig.engine.status('notice:later')).toMatchObject({
      total: 3,
      sent: 0,
      cancelled: 3,
      pending: 0,
    });
    expect(await rig.engine.status('notice:now')).toMatchObject({
      total: 2,
      sent: 2,
      cancelled: 0,
      pending: 0,
    });
    expect(await rig.store.delivery.depth('telegram')).toBe(0);
    // The engine goes on with other work, and the cancelled groups never get the notice.
    await rig.engine.enqueue({ id: 'notice:after', kind: 'notice', items: rig.items(groups(1, 20)) });
    await rig.done('notice:after');
    for (const chat of later) expect(rig.api.deliveries().get(chat)).toBeUndefined();
  });

  it('holds a broadcast until notBefore on the engine clock', async () => {
    rig = await deliveryRig();
    rig.engine.start(['telegram']);
    const [held] = groups(1);
    await rig.engine.enqueue({
      id: 'notice:held',
      kind: 'notice',
      items: rig.items([held!]),
      notBefore: Date.now() + 3_600_000,
    });
    await rig.engine.enqueue({ id: 'notice:free', kind: 'notice', items: rig.items(groups(1, 5)) });
    await rig.done('notice:free');
    expect(await rig.engine.status('notice:held')).toMatchObject({ pending: 1, sent: 0 });
    expect(rig.api.deliveries().has(held!)).toBe(false);
  });

  it('pins a message after sending it when asked', async () => {
    rig = await deliveryRig();
    rig.engine.start(['telegram']);
    const chats = groups(2);
    await rig.engine.enqueue({
      id: 'notice:pin',
      kind: 'notice',
      items: rig.items(chats, undefined, { pin: true }),
    });
    const status = await rig.done('notice:pin');
    await waitUntil(() => rig!.api.accepted('pinChatMessage').length === 2, 5000, 'pins');
    for (const chat of chats) {
      const sent = rig.api.accepted('sendMessage').find((r) => r.chat === chat)!;
      expect(status.refs[`telegram:${chat}`]?.messageId).toBe(String(sent.messageId));
      expect(rig.api.accepted('pinChatMessage').filter((r) => r.chat === chat)).toHaveLength(1);
    }
  });

  it('keeps one progress message for the sender, edited in place, ending with the totals', async () => {
    rig = await deliveryRig();
    const organiser = '1001';
    const chats = groups(12);
    rig.api.forbid(chats[0]!);
    rig.engine.start(['telegram']);
    await rig.engine.enqueue({
      id: 'notice:progress',
      kind: 'notice',
      items: rig.items(chats),
      progress: { to: { channel: 'telegram', chatId: organiser }, locale: 'en', title: 'Heat notice' },
    });
    await rig.done('notice:progress');
    await waitUntil(
      () => (rig!.api.accepted('editMessageText').at(-1)?.text ?? '').includes('Done'),
      5000,
      'the last progress edit',
    );

    const toOrganiser = rig.api.accepted('sendMessage').filter((r) => r.chat === organiser);
    expect(toOrganiser).toHaveLength(1);
    expect(toOrganiser[0]!.text).toContain('Heat notice');
    const edits = rig.api.accepted('editMessageText');
    expect(edits.every((e) => e.chat === organiser)).toBe(true);
    expect(edits.at(-1)!.text).toContain('Done: 11 sent · 1 failed (of 12 groups)');
    expect(edits.at(-1)!.text).toContain('the bot was removed or may not post: 1');
    // No edit repeats what the message already shows (Telegram would answer "message is not modified").
    const shownTexts = [toOrganiser[0]!.text, ...edits.map((e) => e.text)];
    for (let i = 1; i < shownTexts.length; i++) expect(shownTexts[i]).not.toBe(shownTexts[i - 1]);
  });

  it('a one-group notice ends showing "Done" once, never the same text twice', async () => {
    rig = await deliveryRig();
    const organiser = '1002';
    const [only] = groups(1);
    rig.engine.start(['telegram']);
    await rig.engine.enqueue({
      id: 'notice:one',
      kind: 'notice',
      items: rig.items([only!]),
      progress: { to: { channel: 'telegram', chatId: organiser }, locale: 'en', title: 'One group' },
    });
    await rig.done('notice:one');
    // The group may be sent to before the progress message goes out; then that message says "Done"
    // itself and no edit follows. Either way the organiser's last view says "Done".
    const shown = () => [
      ...rig!.api.accepted('sendMessage').filter((r) => r.chat === organiser),
      ...rig!.api.accepted('editMessageText').filter((r) => r.chat === organiser),
    ];
    await waitUntil(() => (shown().at(-1)?.text ?? '').includes('Done'), 5000, 'the last progress text');
    await rig.engine.stop();
    const texts = shown().map((r) => r.text);
    for (let i = 1; i < texts.length; i++) expect(texts[i]).not.toBe(texts[i - 1]);
    expect(texts.filter((t) => (t ?? '').includes('Done'))).toHaveLength(1);
    expect(rig.api.requests.filter((r) => r.method === 'editMessageText' && r.status !== 200)).toHaveLength(
      0,
    );
  });

  it('still sends a notice queued by the previous version (one-letter job keys) after an upgrade', async () => {
    rig = await deliveryRig();
    const chats = groups(3);
    await rig.engine.enqueue({ id: 'notice:old', kind: 'notice', items: rig.items(chats) });
    // Rewrite the queued jobs the way the previous version stored them.
    const jobsKey = rig.store.keys.delivery.jobs();
    for (const [job, raw] of Object.entries(await rig.redis.hgetall(jobsKey))) {
      const { broadcast, kind, chat, ...rest } = JSON.parse(raw) as Record<string, unknown>;
      await rig.redis.hset(jobsKey, job, JSON.stringify({ b: broadcast, k: kind, c: chat, ...rest }));
    }
    rig.engine.start(['telegram']);
    expect(await rig.done('notice:old')).toMatchObject({ sent: 3, failed: [] });
    for (const chat of chats) expect(rig.api.deliveries().get(chat)).toBe(1);
  });

  it('retries a transient error with back-off, then delivers once', async () => {
    rig = await deliveryRig();
    const [flaky, steady] = groups(2);
    rig.api.failNext(flaky!, 2, { code: 502, description: 'Bad Gateway' });
    rig.engine.start(['telegram']);
    await rig.engine.enqueue({ id: 'notice:flaky', kind: 'notice', items: rig.items([flaky!, steady!]) });
    const status = await rig.done('notice:flaky');
    expect(status).toMatchObject({ sent: 2, failed: [] });
    expect(rig.api.deliveries().get(flaky!)).toBe(1);
    expect(rig.api.requests.filter((r) => r.chat === flaky && r.status === 502)).toHaveLength(2);
    expect(await counter(rig.metrics, 'waystation_delivery_retries_total')).toBe(2);
  });

  it('gives up after the last try and says why', async () => {
    rig = await deliveryRig({ limits: { ...FAST, maxAttempts: 3 } });
    const [broken, fine] = groups(2);
    rig.api.failNext(broken!, 100, { code: 500, description: 'Internal Server Error' });
    rig.engine.start(['telegram']);
    await rig.engine.enqueue({ id: 'notice:broken', kind: 'notice', items: rig.items([broken!, fine!]) });
    const status = await rig.done('notice:broken');
    expect(status.sent).toBe(1);
    expect(status.failed).toEqual([
      { chat: `telegram:${broken}`, reason: 'transient', detail: expect.stringContaining('500') },
    ]);
    expect(rig.api.requests.filter((r) => r.chat === broken)).toHaveLength(3);
  });

  it('fails a message the platform refuses at once, without retrying it', async () => {
    rig = await deliveryRig();
    const [bad] = groups(1);
    rig.api.failNext(bad!, 1, { code: 400, description: 'Bad Request: message is too long' });
    rig.engine.start(['telegram']);
    await rig.engine.enqueue({ id: 'notice:bad', kind: 'notice', items: rig.items([bad!]) });
    const status = await rig.done('notice:bad');
    expect(status.failed).toEqual([
      { chat: `telegram:${bad}`, reason: 'bad-request', detail: expect.stringContaining('too long') },
    ]);
    expect(rig.api.requests.filter((r) => r.chat === bad)).toHaveLength(1);
  });

  it('rides out a 429 storm: the whole channel pauses, everything is delivered once, nothing crashes', async () => {
    rig = await deliveryRig();
    rig.api.storm(1500);
    rig.engine.start(['telegram']);
    const chats = groups(15);
    await rig.engine.enqueue({ id: 'notice:storm', kind: 'notice', items: rig.items(chats) });
    const status = await rig.done('notice:storm', 20_000);
    expect(status).toMatchObject({ sent: 15, failed: [] });
    for (const chat of chats) expect(rig.api.deliveries().get(chat)).toBe(1);
    // The first 429 pauses the channel: only the sends already in flight meet the storm too.
    expect(rig.api.rejected429).toBeGreaterThan(0);
    expect(rig.api.rejected429).toBeLessThanOrEqual(10);
    expect(await counter(rig.metrics, 'waystation_delivery_rate_limited_total')).toBe(rig.api.rejected429);
  });
});
