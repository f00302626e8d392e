/**
 * The Outbox over the real @slack/web-api client against the stand-in: failures mapped to the core's
 * reasons, Slack's posting pace per channel, DMs addressed by user id, pictures uploaded.
 */
import { resolve } from 'node:path';
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createImDirectory,
  createPacer,
  createSlackOutbox,
  toDeliveryError,
} from '../../../src/adapters/slack/outbox.js';
import { createLogger } from '../../../src/core/logger.js';
import { createMetrics } from '../../../src/core/metrics.js';
import { DeliveryError, type Outbox } from '../../../src/core/outbox.js';
import type { IncomingButton } from '../../../src/core/types.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../helpers/fake-slack-api.js';

const PICTURE = resolve(import.meta.dirname, '../../fixtures/packs/minimal/lessons/safety/red-light.png');

let api: FakeSlackApi;
let outbox: Outbox;
let bulk: Outbox;
beforeAll(async () => {
  api = await startFakeSlackApi();
  const client = new webApi.WebClient(api.token, {
    slackApiUrl: api.apiUrl,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
  });
  const deps = {
    client,
    ims: createImDirectory(client),
    pace: createPacer({ intervalMs: 1000, burst: 2 }),
    metrics: createMetrics(),
    logger: createLogger({ level: 'silent', pretty: false }),
  };
  outbox = createSlackOutbox(deps);
  bulk = createSlackOutbox({ ...deps, maxRateLimitWaitSeconds: 0 });
});
afterAll(async () => {
  await api?.close();
});

const reasonOf = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DeliveryError);
  return [(err as DeliveryError).reason, (err as DeliveryError).retryAfterSeconds];
};

describe('Slack outbox', () => {
  it('maps Web API failures to the core’s reasons', async () => {
    api.fail('chat.postMessage', { error: 'not_in_channel' });
    expect(await reasonOf(outbox.send({ channel: 'slack', chatId: 'C0FAIL0001' }, { text: ['x'] }))).toEqual([
      'forbidden',
      undefined,
    ]);
    api.fail('chat.postMessage', { error: 'channel_not_found' });
    expect(await reasonOf(outbox.send({ channel: 'slack', chatId: 'C0FAIL0001' }, { text: ['x'] }))).toEqual([
      'not-found',
      undefined,
    ]);
    expect(
      await reasonOf(
        outbox.edit(
          { address: { channel: 'slack', chatId: 'C0FAIL0001' }, messageId: '1.000001' },
          { text: ['x'] },
        ),
      ),
    ).toEqual(['not-found', undefined]);
    api.fail('chat.postMessage', { error: 'invalid_blocks' });
    expect(await reasonOf(outbox.send({ channel: 'slack', chatId: 'C0FAIL0001' }, { text: ['x'] }))).toEqual([
      'bad-request',
      undefined,
    ]);
    expect(await reasonOf(outbox.send({ channel: 'slack', chatId: 'C0FAIL0001' }, { text: ['  '] }))).toEqual(
      ['bad-request', undefined],
    );
    expect((toDeliveryError(new Error('boom')) as Error).message).toBe('boom');
  });

  it('a 429 reaches the delivery engine with Retry-After; an answer waits a short one out once', async () => {
    api.fail('chat.postMessage', { retryAfter: 7 });
    expect(await reasonOf(bulk.send({ channel: 'slack', chatId: 'C0RATE0001' }, { text: ['x'] }))).toEqual([
      'rate-limited',
      7,
    ]);
    api.fail('chat.postMessage', { retryAfter: 1 });
    const mark = api.mark();
    const ref = await outbox.send({ channel: 'slack', chatId: 'C0RATE0002' }, { text: ['x'] });
    expect(ref.messageId).toMatch(/^\d+\.\d+$/);
    // The stand-in refuses anything posted before Retry-After passes: one refusal, then through.
    const posts = api.since(mark).filter((c) => c.params.channel === 'C0RATE0002');
    expect(posts.map((c) => c.error ?? 'ok')).toEqual(['ratelimited', 'ok']);
  });

  it('paces posts into one channel (burst, then one a second) but not across channels', async () => {
    // Slack's limit as the stand-in enforces it, a little looser than our pacer (1 s + margin): a request
    // reaches the stand-in some milliseconds after the pacer let it go, more on a loaded machine.
    api.rate = { burst: 2, intervalMs: 850 };
    const mark = api.mark();
    await Promise.all(
      [1, 2, 3, 4].map((n) => outbox.send({ channel: 'slack', chatId: 'C0PACE0001' }, { text: [`m${n}`] })),
    );
    await outbox.send({ channel: 'slack', chatId: 'C0PACE0002' }, { text: ['other'] });
    const posts = api.since(mark).filter((c) => c.method === 'chat.postMessage');
    // Four at once would break the limit; paced, Slack refused none and all four arrived, in order.
    expect(posts.filter((c) => c.error)).toEqual([]);
    expect(api.messages.get('C0PACE0001')?.map((m) => m.text)).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(api.messages.get('C0PACE0002')?.map((m) => m.text)).toEqual(['other']);
  });

  it('writes to a person by user id, and edits and pins in their DM', async () => {
    const to = { channel: 'slack' as const, chatId: 'U0PERSON01' };
    const ref = await outbox.send(to, { text: ['你好'], buttons: [[{ label: 'OK', data: 'x:y' }]] });
    expect(ref.address).toEqual(to);
    await outbox.edit(ref, { text: ['已更新'] });
    await outbox.pin(ref);
    expect(api.lastMessage(to.chatId)!.text).toBe('已更新');
    expect(api.callsOf('pins.add').at(-1)).toMatchObject({
      channel: api.imOf(to.chatId),
      timestamp: ref.messageId,
    });
  });

  it('answers a press privately: an ephemeral message, or a modal for an alert', async () => {
    const press: IncomingButton = {
      type: 'button',
      updateId: 'act:1',
      chat: { kind: 'group', address: { channel: 'slack', chatId: 'C0PRESS001' } },
      from: { channel: 'slack', id: 'U0PRESSER1' },
      data: 'x:y',
      pressId: '123.456.trigger',
    };
    await outbox.answerPress(press);
    await outbox.answerPress(press, '已收到 <!here>');
    expect(api.callsOf('chat.postEphemeral').at(-1)).toMatchObject({
      channel: 'C0PRESS001',
      user: 'U0PRESSER1',
      text: '已收到 &lt;!here&gt;',
    });
    await outbox.answerPress(press, '不可以', true);
    expect(JSON.stringify(api.views.at(-1)!.view)).toContain('不可以');
    // A trigger that expired: the alert falls back to an ephemeral message.
    api.fail('views.open', { error: 'expired_trigger_id' });
    await outbox.answerPress(press, '过期了', true);
    expect(api.callsOf('chat.postEphemeral').at(-1)).toMatchObject({ text: '过期了' });
  });

  it('uploads a lesson picture before its text, in the same thread', async () => {
    const mark = api.mark();
    await outbox.send(
      { channel: 'slack', chatId: 'C0LESSON01', threadId: '1700000000.000001' },
      { text: ['红灯停'], photo: { path: PICTURE } },
    );
    const methods = api.since(mark).map((c) => c.method);
    expect(methods).toEqual([
      'files.getUploadURLExternal',
      'files.completeUploadExternal',
      'chat.postMessage',
    ]);
    expect(api.since(mark)[1]!.params).toMatchObject({
      channel_id: 'C0LESSON01',
      thread_ts: '1700000000.000001',
    });
  });

  it('a lesson picture that fails for a passing reason fails the send when it will be tried again, else the text goes alone (QA10)', async () => {
    const to = { channel: 'slack' as const, chatId: 'C0LESSON02' };
    api.fail('files.getUploadURLExternal', { error: 'internal_error' });
    const mark = api.mark();
    await expect(
      outbox.send(to, { text: ['红灯停'], photo: { path: PICTURE }, photoRequired: true }),
    ).rejects.toMatchObject({ reason: 'transient' });
    expect(api.since(mark).map((c) => c.method)).not.toContain('chat.postMessage');

    api.fail('files.getUploadURLExternal', { error: 'internal_error' });
    await outbox.send(to, { text: ['红灯停'], photo: { path: PICTURE } });
    expect(api.since(mark).map((c) => c.method)).toContain('chat.postMessage');
  });

  it('uploads a file the bot made (a CSV) before its text', async () => {
    const mark = api.mark();
    await outbox.send(
      { channel: 'slack', chatId: 'C0LESSON01' },
      {
        text: ['表格'],
        file: { kind: 'document', name: 'x.csv', mime: 'text/csv', data: Buffer.from('a,b') },
      },
    );
    expect(api.since(mark).map((c) => c.method)).toEqual([
      'files.getUploadURLExternal',
      'files.completeUploadExternal',
      'chat.postMessage',
    ]);
    expect(api.since(mark)[0]!.params).toMatchObject({ filename: 'x.csv' });
  });

  it('shows a photo a person sent in Slack as an image block', async () => {
    await outbox.send(
      { channel: 'slack', chatId: 'C0TRIAGE01' },
      { text: ['证据 1/1'], photo: { fileId: 'F0PHOTO001' } },
    );
    expect(api.lastMessage('C0TRIAGE01')!.blocks[0]).toMatchObject({
      type: 'image',
      slack_file: { id: 'F0PHOTO001' },
    });
  });
});
