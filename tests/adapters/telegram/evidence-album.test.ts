/**
 * A report's photos reach the triage chat as one album, each photo captioned "证据照片 n/N" — not a photo and a
 * caption line for each (10 photos made 20 messages, QA15). Telegram end to end: the real app, real Redis and the
 * grammY adapter against the Bot API stand-in.
 */
import type { Update, User } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

let t: TelegramTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp();
});
afterAll(async () => {
  await t?.close();
});

let messageId = 70_000;
const photo = (from: User, fileId: string): Update => {
  const id = ++messageId;
  return {
    update_id: id,
    message: {
      message_id: id,
      date: Math.floor(Date.now() / 1000),
      chat: t.u.privateChat(from),
      from,
      photo: [{ file_id: fileId, file_unique_id: `u-${fileId}`, width: 800, height: 600 }],
      media_group_id: `album-${from.id}`,
    },
  } as Update;
};

async function press(rider: User, suffix: string) {
  const last = t.api.lastMessage(rider.id)!;
  const data = buttonsOf(last).find((b) => b.data?.endsWith(suffix))!.data!;
  await t.handle(t.u.press(last, rider, data));
}

describe('evidence photos in the triage chat', () => {
  it('10 photos are one album of 10 captioned photos, and no "证据照片" line of their own', async () => {
    const rider = t.u.person(8700);
    await t.handle(t.u.privateText(rider, '/report'));
    for (let i = 1; i <= 10; i++) await t.handle(photo(rider, `ev-${i}`));
    await t.handle(t.u.privateText(rider, '国定路上井盖没了，晚上看不见'));
    await press(rider, ':ok');
    await press(rider, ':anon:1');
    const mark = t.api.mark();
    await press(rider, ':submit');
    const calls = t.api.since(mark).filter((c) => !c.error);
    const albums = calls.filter((c) => c.method === 'sendMediaGroup');
    expect(albums).toHaveLength(1);
    const media = albums[0]!.params.media as { media: string; caption: string }[];
    expect(media.map((m) => m.media)).toEqual(Array.from({ length: 10 }, (_, i) => `ev-${i + 1}`));
    expect(media[0]!.caption).toMatch(/证据照片 1\/10$/);
    expect(media[9]!.caption).toMatch(/证据照片 10\/10$/);
    const triage = String(albums[0]!.params.chat_id);
    const there = calls.filter((c) => String(c.params.chat_id) === triage);
    expect(there.filter((c) => c.method === 'sendPhoto')).toEqual([]);
    expect(there.filter((c) => String(c.params.text ?? '').includes('证据照片'))).toEqual([]);
  });

  it('a single photo goes as one captioned photo', async () => {
    const rider = t.u.person(8701);
    await t.handle(t.u.privateText(rider, '/report'));
    await t.handle(photo(rider, 'ev-one'));
    await t.handle(t.u.privateText(rider, '国定路上井盖没了，晚上看不见'));
    await press(rider, ':ok');
    await press(rider, ':anon:1');
    const mark = t.api.mark();
    await press(rider, ':submit');
    const calls = t.api.since(mark).filter((c) => !c.error);
    expect(calls.filter((c) => c.method === 'sendMediaGroup')).toEqual([]);
    const photos = calls.filter((c) => c.method === 'sendPhoto');
    expect(photos).toHaveLength(1);
    expect(photos[0]!.params).toMatchObject({
      photo: 'ev-one',
      caption: expect.stringMatching(/证据照片 1\/1$/),
    });
  });
});
