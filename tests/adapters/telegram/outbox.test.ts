/**
 * The Outbox over the Bot API, against the stand-in server: what goes over the wire, and how each
 * platform failure reaches the core.
 */
import { resolve } from 'node:path';
import { Bot, GrammyError } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramOutbox, toDeliveryError } from '../../../src/adapters/telegram/outbox.js';
import { bold } from '../../../src/core/card.js';
import { createLogger } from '../../../src/core/logger.js';
import { createMetrics } from '../../../src/core/metrics.js';
import { DeliveryError } from '../../../src/core/outbox.js';
import type { Address, IncomingButton } from '../../../src/core/types.js';
import { createTelegramTestApp, FAKE_TOKEN, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

let t: TelegramTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp();
});
afterAll(async () => {
  await t?.close();
});

let nextChat = -1002000000000;
const chat = (threadId?: string): Address => ({
  channel: 'telegram',
  chatId: String(--nextChat),
  ...(threadId ? { threadId } : {}),
});
const outbox = () => t.adapter.outbox;

async function failure(p: Promise<unknown>): Promise<DeliveryError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DeliveryError);
  return err as DeliveryError;
}

describe('send', () => {
  it('sends HTML into the topic of the address and returns the server message id', async () => {
    const to = chat('42');
    const mark = t.api.mark();
    const ref = await outbox().send(to, { text: ['通知 ', bold('今晚')], silent: true, noPreview: true });
    const [call] = t.api.since(mark);
    expect(call).toMatchObject({
      method: 'sendMessage',
      params: {
        chat_id: Number(to.chatId),
        message_thread_id: 42,
        parse_mode: 'HTML',
        text: '通知 <b>今晚</b>',
        disable_notification: true,
        link_preview_options: { is_disabled: true },
      },
    });
    expect(ref).toEqual({ address: to, messageId: String(t.api.lastMessage(Number(to.chatId))!.message_id) });
  });

  it('follows the text with a venue when the card has one, in the same topic', async () => {
    const to = chat('9');
    const mark = t.api.mark();
    await outbox().send(to, {
      text: ['五角场暖心驿站'],
      venue: { lat: 31.2989, lon: 121.5147, title: '五角场暖心驿站', address: '杨浦区邯郸路600号' },
    });
    expect(t.api.since(mark).map((c) => [c.method, c.params.message_thread_id])).toEqual([
      ['sendMessage', 9],
      ['sendVenue', 9],
    ]);
    expect(t.api.since(mark)[1]!.params).toMatchObject({
      latitude: 31.2989,
      longitude: 121.5147,
      title: '五角场暖心驿站',
      address: '杨浦区邯郸路600号',
    });
  });

  it('sends a photo before the text: a file id as is, a file on disk as an upload', async () => {
    const to = chat();
    const mark = t.api.mark();
    await outbox().send(to, { text: ['看图'], photo: { fileId: 'AgACAgIAAx-photo' } });
    await outbox().send(to, {
      text: ['红灯'],
      photo: {
        path: resolve(import.meta.dirname, '../../fixtures/packs/minimal/lessons/safety/red-light.png'),
      },
    });
    expect(t.api.since(mark).map((c) => [c.method, c.params.photo ?? c.params.text])).toEqual([
      ['sendPhoto', 'AgACAgIAAx-photo'],
      ['sendMessage', '看图'],
      ['sendPhoto', { file: 'red-light.png' }],
      ['sendMessage', '红灯'],
    ]);
  });

  it('sends a file the bot made (a CSV, a chart) as a document or photo upload before the text', async () => {
    const to = chat();
    const mark = t.api.mark();
    const data = Buffer.from('a,b\r\n1,2\r\n');
    await outbox().send(to, {
      text: ['表格'],
      file: { kind: 'document', name: 'x.csv', mime: 'text/csv', data },
    });
    await outbox().send(to, {
      text: ['图'],
      file: { kind: 'photo', name: 'c.png', mime: 'image/png', data },
    });
    expect(
      t.api.since(mark).map((c) => [c.method, c.params.document ?? c.params.photo ?? c.params.text]),
    ).toEqual([
      ['sendDocument', { file: 'x.csv' }],
      ['sendMessage', '表格'],
      ['sendPhoto', { file: 'c.png' }],
      ['sendMessage', '图'],
    ]);
  });

  it('refuses an empty card without calling the API', async () => {
    const mark = t.api.mark();
    expect((await failure(outbox().send(chat(), { text: ['  ', '\n'] }))).reason).toBe('bad-request');
    expect(t.api.since(mark)).toEqual([]);
  });

  it('falls back to the chat when the topic was deleted', async () => {
    const to = chat('77');
    t.api.fail('sendMessage', {
      error_code: 400,
      description: 'Bad Request: message thread not found',
      when: (p) => p.message_thread_id !== undefined && Number(p.chat_id) === Number(to.chatId),
    });
    const mark = t.api.mark();
    const ref = await outbox().send(to, { text: ['x'] });
    const calls = t.api.since(mark);
    expect(calls.map((c) => c.params.message_thread_id)).toEqual([77, undefined]);
    expect(calls[1]!.error).toBeUndefined();
    // Where it went, so the core can move the group's pushes out of the topic.
    expect(ref.address).toEqual({ channel: 'telegram', chatId: to.chatId });
  });

  it('a closed topic (TOPIC_CLOSED): the picture and the text both go to General, once each (QA19)', async () => {
    const to = chat('78');
    t.api.closeTopic(Number(to.chatId), 78);
    const mark = t.api.mark();
    const ref = await outbox().send(to, { text: ['第 1 课'], photo: { fileId: 'pic-1' } });
    expect(
      t.api.since(mark).map((c) => `${c.method} ${String(c.params.message_thread_id)} ${c.error ?? ''}`),
    ).toEqual(['sendPhoto 78 400', 'sendPhoto undefined ', 'sendMessage undefined ']);
    expect(ref.address.threadId).toBeUndefined();
  });

  it('a deleted topic answered TOPIC_DELETED is left for General too; General closed as well: the bot may not post there', async () => {
    const to = chat('79');
    t.api.deleteTopic(Number(to.chatId), 79, 'Bad Request: TOPIC_DELETED');
    expect((await outbox().send(to, { text: ['x'] })).address.threadId).toBeUndefined();
    t.api.closeTopic(Number(to.chatId));
    expect((await failure(outbox().send(to, { text: ['x'] }))).reason).toBe('forbidden');
    expect(
      (await failure(outbox().send({ channel: 'telegram', chatId: to.chatId }, { text: ['x'] }))).reason,
    ).toBe('forbidden');
  });

  it('counts sent messages in the replies metric', async () => {
    const before =
      (await t.app.deps.metrics.replies.get()).values.find((v) => v.labels.channel === 'telegram')?.value ??
      0;
    await outbox().send(chat(), { text: ['1'] });
    const after =
      (await t.app.deps.metrics.replies.get()).values.find((v) => v.labels.channel === 'telegram')?.value ??
      0;
    expect(after).toBe(before + 1);
  });
});

describe('edit, pin, answerPress, privateLink', () => {
  it('edits a message; an edit to the same content is not an error', async () => {
    const to = chat();
    const ref = await outbox().send(to, { text: ['选择'], buttons: [[{ label: 'A', data: 'x:a' }]] });
    await outbox().edit(ref, { text: ['已选择 ', bold('A')] });
    expect(t.api.lastMessage(Number(to.chatId))?.text).toBe('已选择 A');
    await expect(outbox().edit(ref, { text: ['已选择 ', bold('A')] })).resolves.toBeUndefined();
  });

  it('an edit of a photo message fits its caption before rendering, so a long bold text is never cut inside a tag', async () => {
    const to = chat();
    const ref = await outbox().send(to, { text: [], album: [{ fileId: 'photo-1', caption: '通知' }] });
    const long = '因道路施工，请绕行 & 注意安全。'.repeat(80);
    await outbox().edit(ref, { text: [bold('（已更正）'), '\n', bold(long)] });
    const caption = String(t.api.lastMessage(Number(to.chatId))?.caption);
    expect(caption.startsWith('（已更正）\n因道路施工，请绕行 & 注意安全。')).toBe(true);
    expect(caption.length).toBeLessThanOrEqual(1024);
    expect(caption.endsWith('…')).toBe(true);
  });

  it('an edit of a message that is gone is not-found', async () => {
    expect(
      (await failure(outbox().edit({ address: chat(), messageId: '999999' }, { text: ['x'] }))).reason,
    ).toBe('not-found');
  });

  it('pins quietly', async () => {
    const ref = await outbox().send(chat(), { text: ['置顶通知'] });
    const mark = t.api.mark();
    await outbox().pin(ref);
    expect(t.api.since(mark)[0]).toMatchObject({
      method: 'pinChatMessage',
      params: { message_id: Number(ref.messageId), disable_notification: true },
    });
  });

  it('answers a press with a toast or an alert; an expired press is not an error', async () => {
    const press = {
      type: 'button',
      pressId: 'cbq-9',
      chat: { address: chat(), kind: 'group' },
      from: { channel: 'telegram', id: '1' },
      data: 'x',
      updateId: '1',
    } as IncomingButton;
    const mark = t.api.mark();
    await outbox().answerPress(press, '已收到', true);
    await outbox().answerPress(press);
    expect(t.api.since(mark).map((c) => c.params)).toEqual([
      { callback_query_id: 'cbq-9', text: '已收到', show_alert: true },
      { callback_query_id: 'cbq-9' },
    ]);
    t.api.fail('answerCallbackQuery', {
      error_code: 400,
      description: 'Bad Request: query is too old and response timeout expired or query ID is invalid',
    });
    await expect(outbox().answerPress(press, 'late')).resolves.toBeUndefined();
  });

  it('links into the private chat with a start payload', () => {
    expect(outbox().privateLink('telegram', 'report-meituan')).toBe(
      'https://t.me/waystation_bot?start=report-meituan',
    );
    expect(outbox().privateLink('slack', 'report-meituan')).toBeUndefined();
    expect(outbox().privateLink('telegram', 'has space')).toBeUndefined();
  });
});

describe('platform failures become DeliveryErrors', () => {
  it('403 → forbidden; 400 chat not found → not-found; 400 no right to post → forbidden (QA19); other 400 → bad-request', async () => {
    const to = chat();
    t.api.fail('sendMessage', {
      error_code: 403,
      description: 'Forbidden: bot was kicked from the supergroup chat',
      when: (p) => Number(p.chat_id) === Number(to.chatId),
    });
    expect((await failure(outbox().send(to, { text: ['x'] }))).reason).toBe('forbidden');
    t.api.fail('sendMessage', {
      error_code: 400,
      description: 'Bad Request: chat not found',
      when: (p) => Number(p.chat_id) === Number(to.chatId),
    });
    expect((await failure(outbox().send(to, { text: ['x'] }))).reason).toBe('not-found');
    t.api.fail('sendMessage', {
      error_code: 400,
      description: 'Bad Request: not enough rights to send text messages to the chat',
      when: (p) => Number(p.chat_id) === Number(to.chatId),
    });
    expect((await failure(outbox().send(to, { text: ['x'] }))).reason).toBe('forbidden');
    t.api.fail('sendMessage', {
      error_code: 400,
      description: 'Bad Request: message is too long',
      when: (p) => Number(p.chat_id) === Number(to.chatId),
    });
    expect((await failure(outbox().send(to, { text: ['x'] }))).reason).toBe('bad-request');
  });

  it('429 with a short retry_after is retried by the send budget and delivered', async () => {
    const to = chat();
    t.api.fail('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      retry_after: 1,
      when: (p) => Number(p.chat_id) === Number(to.chatId),
    });
    const mark = t.api.mark();
    // The app's outbox is the one handlers use: the raw adapter outbox leaves 429s to its caller.
    const ref = await t.app.outbox.send(to, { text: ['群发通知'] });
    expect(t.api.since(mark).map((c) => c.error)).toEqual([429, undefined]);
    expect(ref.messageId).toBe(String(t.api.lastMessage(Number(to.chatId))!.message_id));
  });

  it('429 with a long retry_after is not waited for: rate-limited, with the delay', async () => {
    const to = chat();
    t.api.fail('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 120',
      retry_after: 120,
      when: (p) => Number(p.chat_id) === Number(to.chatId),
    });
    const err = await failure(outbox().send(to, { text: ['x'] }));
    expect(err.reason).toBe('rate-limited');
    expect(err.retryAfterSeconds).toBe(120);
  });

  it('5xx → transient (mapping); an unreachable server → transient', async () => {
    const e500 = new GrammyError(
      'x',
      { ok: false, error_code: 502, description: 'Bad Gateway' },
      'sendMessage',
      {},
    );
    expect((toDeliveryError(e500) as DeliveryError).reason).toBe('transient');
    const notOurs = new TypeError('bug');
    expect(toDeliveryError(notOurs)).toBe(notOurs);

    // A port nobody listens on: the network error surfaces at once (no unbounded retry).
    const dead = new Bot(FAKE_TOKEN, { client: { apiRoot: 'http://127.0.0.1:9' } });
    const metrics = createMetrics();
    const o = createTelegramOutbox({
      api: dead.api,
      username: () => undefined,
      metrics,
      logger: createLogger({ level: 'silent', pretty: false }),
    });
    expect((await failure(o.send(chat(), { text: ['x'] }))).reason).toBe('transient');
  });
});

describe('fetchFile', () => {
  const fileOutbox = (maxBytes?: number) =>
    createTelegramOutbox({
      api: t.adapter.bot.api,
      username: () => undefined,
      metrics: createMetrics(),
      logger: createLogger({ level: 'silent', pretty: false }),
      ...(maxBytes ? { files: { maxBytes } } : {}),
    });

  it('gets the file path with getFile and downloads the bytes from /file/bot<token>/<path>', async () => {
    const data = Buffer.from([0x4f, 0x67, 0x67, 0x53, 0, 1, 2, 255]);
    const path = t.api.addFile('fetch-voice', data);
    const got = await outbox().fetchFile!('telegram', 'fetch-voice');
    expect(got).toEqual({ data, mime: 'audio/ogg', name: 'fetch-voice.oga' });
    expect(t.api.downloads.at(-1)).toBe(path);
    expect(await outbox().fetchFile!('slack', 'fetch-voice')).toBeUndefined();
  });

  it('gives nothing for an unknown file, one Telegram will not serve (over 20 MB), or one over the cap', async () => {
    expect(await outbox().fetchFile!('telegram', 'no-such-file')).toBeUndefined();
    t.api.addFile('fetch-huge', Buffer.from('x'), { size: 21 * 1024 * 1024 });
    expect(await outbox().fetchFile!('telegram', 'fetch-huge')).toBeUndefined();
    // The declared size may be missing or wrong: the cap holds on the bytes themselves.
    t.api.addFile('fetch-big', Buffer.alloc(4096, 1), { size: 10 });
    expect(await fileOutbox(1024).fetchFile!('telegram', 'fetch-big')).toBeUndefined();
    expect((await fileOutbox(8192).fetchFile!('telegram', 'fetch-big'))?.data.length).toBe(4096);
  });
});
