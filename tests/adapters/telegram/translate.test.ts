/**
 * Translation rules on literal updates, the JSON Telegram sends: no bot, no network.
 */
import type { Update } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { translateUpdate } from '../../../src/adapters/telegram/translate.js';
import type { IncomingButton, IncomingMessage } from '../../../src/core/types.js';

const bot = { id: 123456789, username: 'waystation_bot' };
const rider = { id: 5001, is_bot: false, first_name: '小王', last_name: '骑手', language_code: 'zh-hans' };
const group = { id: -1001234567890, type: 'supergroup', title: '美团杨浦骑手群' };
const dm = { id: 5001, type: 'private', first_name: '小王' };

const msg = (update: Update) => translateUpdate(update, bot) as IncomingMessage;

describe('translateUpdate: messages', () => {
  it('a private text is addressed, with the chat, the sender and the ids as strings', () => {
    const m = msg({
      update_id: 7,
      message: { message_id: 11, date: 1, chat: dm, from: rider, text: '附近哪里能充电' },
    } as Update);
    expect(m).toMatchObject({
      type: 'message',
      updateId: '7',
      messageId: '11',
      text: '附近哪里能充电',
      addressed: true,
      chat: { address: { channel: 'telegram', chatId: '5001' }, kind: 'private' },
      from: { channel: 'telegram', id: '5001', name: '小王 骑手', languageCode: 'zh-hans' },
    });
    expect(m.chat.address.threadId).toBeUndefined();
    expect(m.command).toBeUndefined();
    expect(m.from.isBot).toBeUndefined();
  });

  it('group chatter is not addressed; the chat title is kept', () => {
    const m = msg({
      update_id: 8,
      message: { message_id: 12, date: 1, chat: group, from: rider, text: '今天单子好多' },
    } as Update);
    expect(m.addressed).toBe(false);
    expect(m.chat).toMatchObject({
      kind: 'group',
      title: '美团杨浦骑手群',
      address: { chatId: '-1001234567890' },
    });
  });

  it('a command is parsed; a command naming the bot is addressed; one naming another bot is dropped', () => {
    const bare = msg({
      update_id: 9,
      message: {
        message_id: 1,
        date: 1,
        chat: group,
        from: rider,
        text: '/help',
        entities: [{ type: 'bot_command', offset: 0, length: 5 }],
      },
    } as Update);
    expect(bare.command).toEqual({ name: 'help', args: '' });
    const ours = msg({
      update_id: 10,
      message: {
        message_id: 2,
        date: 1,
        chat: group,
        from: rider,
        text: '/Bind@WayStation_Bot meituan-yangpu en',
        entities: [{ type: 'bot_command', offset: 0, length: 20 }],
      },
    } as Update);
    expect(ours.command).toEqual({ name: 'bind', args: 'meituan-yangpu en' });
    expect(ours.addressed).toBe(true);
    const theirs = translateUpdate(
      {
        update_id: 11,
        message: {
          message_id: 3,
          date: 1,
          chat: group,
          from: rider,
          text: '/help@otherbot',
          entities: [{ type: 'bot_command', offset: 0, length: 14 }],
        },
      } as Update,
      bot,
    );
    expect(theirs).toBeUndefined();
  });

  it('an @mention of the bot addresses it and is stripped; offsets are UTF-16 (emoji before the mention)', () => {
    const text = '🛵🛵 @waystation_bot 哪里有热水';
    const offset = text.indexOf('@');
    const m = msg({
      update_id: 12,
      message: {
        message_id: 4,
        date: 1,
        chat: group,
        from: rider,
        text,
        entities: [{ type: 'mention', offset, length: 15 }],
      },
    } as Update);
    expect(m.addressed).toBe(true);
    expect(m.text).toBe('🛵🛵 哪里有热水');
  });

  it('a text_mention of the bot (no username shown) addresses it and is cut by its range', () => {
    const text = '驿站助手 明天下雨吗';
    const m = msg({
      update_id: 13,
      message: {
        message_id: 5,
        date: 1,
        chat: group,
        from: rider,
        text,
        entities: [
          {
            type: 'text_mention',
            offset: 0,
            length: 4,
            user: { id: bot.id, is_bot: true, first_name: '驿站助手' },
          },
        ],
      },
    } as Update);
    expect(m.addressed).toBe(true);
    expect(m.text).toBe('明天下雨吗');
  });

  it('a mention of someone else does not address the bot', () => {
    const m = msg({
      update_id: 14,
      message: {
        message_id: 6,
        date: 1,
        chat: group,
        from: rider,
        text: '@laowang 走吗',
        entities: [{ type: 'mention', offset: 0, length: 8 }],
      },
    } as Update);
    expect(m.addressed).toBe(false);
    expect(m.text).toBe('@laowang 走吗');
  });

  it("a reply to the bot's message is addressed and points at that message", () => {
    const botMessage = {
      message_id: 99,
      date: 1,
      chat: group,
      from: { id: bot.id, is_bot: true, first_name: '驿站助手' },
      text: '请描述问题',
    };
    const m = msg({
      update_id: 15,
      message: {
        message_id: 100,
        date: 1,
        chat: group,
        from: rider,
        text: '车被扣了',
        reply_to_message: botMessage,
      },
    } as Update);
    expect(m.addressed).toBe(true);
    expect(m.replyToBot).toEqual({
      address: { channel: 'telegram', chatId: '-1001234567890' },
      messageId: '99',
    });
  });

  it('a reply to another person is not addressed', () => {
    const other = {
      message_id: 98,
      date: 1,
      chat: group,
      from: { id: 5002, is_bot: false, first_name: '老李' },
      text: '走',
    };
    const m = msg({
      update_id: 16,
      message: { message_id: 101, date: 1, chat: group, from: rider, text: '好', reply_to_message: other },
    } as Update);
    expect(m.addressed).toBe(false);
    expect(m.replyToBot).toBeUndefined();
  });

  it('the bot named alone under someone else’s message is asked that message, or the part quoted (QA15)', () => {
    const other = {
      message_id: 97,
      date: 1,
      chat: group,
      from: { id: 5002, is_bot: false, first_name: '老李' },
      text: '兄弟们 人民路驿站几点关门啊',
    };
    const mention = { type: 'mention' as const, offset: 0, length: 15 };
    const alone = msg({
      update_id: 17,
      message: {
        message_id: 102,
        date: 1,
        chat: group,
        from: rider,
        text: '@waystation_bot',
        entities: [mention],
        reply_to_message: other,
      },
    } as Update);
    expect(alone).toMatchObject({ addressed: true, text: '兄弟们 人民路驿站几点关门啊' });
    const quoting = msg({
      update_id: 18,
      message: {
        message_id: 103,
        date: 1,
        chat: group,
        from: rider,
        text: '@waystation_bot',
        entities: [mention],
        reply_to_message: other,
        quote: { text: '人民路驿站几点关门', position: 4 },
      },
    } as Update);
    expect(quoting.text).toBe('人民路驿站几点关门');
    // Words of their own are their question.
    const own = msg({
      update_id: 19,
      message: {
        message_id: 104,
        date: 1,
        chat: group,
        from: rider,
        text: '@waystation_bot 哪里能充电',
        entities: [mention],
        reply_to_message: other,
      },
    } as Update);
    expect(own.text).toBe('哪里能充电');
  });

  it('a forum topic message carries the topic as threadId; the implicit reply to the topic start is not a reply', () => {
    const forum = { ...group, is_forum: true };
    const topicStart = {
      message_id: 42,
      date: 1,
      chat: forum,
      from: { id: bot.id, is_bot: true, first_name: 'x' },
      forum_topic_created: { name: '通知', icon_color: 1 },
    };
    const m = msg({
      update_id: 17,
      message: {
        message_id: 120,
        date: 1,
        chat: forum,
        from: rider,
        text: '/group',
        entities: [{ type: 'bot_command', offset: 0, length: 6 }],
        message_thread_id: 42,
        is_topic_message: true,
        reply_to_message: topicStart,
      },
    } as Update);
    expect(m.chat.address).toEqual({ channel: 'telegram', chatId: '-1001234567890', threadId: '42' });
    expect(m.replyToBot).toBeUndefined();
    expect(m.addressed).toBe(false);
  });

  it('a reply thread outside a forum (no is_topic_message) has no threadId', () => {
    const m = msg({
      update_id: 18,
      message: { message_id: 121, date: 1, chat: group, from: rider, text: 'x', message_thread_id: 77 },
    } as Update);
    expect(m.chat.address.threadId).toBeUndefined();
  });

  it('location and live location', () => {
    const still = msg({
      update_id: 19,
      message: {
        message_id: 7,
        date: 1,
        chat: dm,
        from: rider,
        location: { latitude: 31.3, longitude: 121.5 },
      },
    } as Update);
    expect(still.location).toEqual({ lat: 31.3, lon: 121.5 });
    expect(still.text).toBe('');
    const live = msg({
      update_id: 20,
      message: {
        message_id: 8,
        date: 1,
        chat: dm,
        from: rider,
        location: { latitude: 31.3, longitude: 121.5, live_period: 900 },
      },
    } as Update);
    expect(live.location).toEqual({ lat: 31.3, lon: 121.5, live: true });
  });

  it('attachments: the largest photo with its caption as text; voice, video, document, sticker', () => {
    const photo = msg({
      update_id: 21,
      message: {
        message_id: 9,
        date: 1,
        chat: dm,
        from: rider,
        caption: '路面塌陷',
        photo: [
          { file_id: 'small', file_unique_id: 's', width: 90, height: 60 },
          { file_id: 'large', file_unique_id: 'l', width: 1280, height: 960 },
          { file_id: 'medium', file_unique_id: 'm', width: 320, height: 240 },
        ],
      },
    } as Update);
    expect(photo.text).toBe('路面塌陷');
    expect(photo.attachments).toEqual([{ kind: 'photo', fileId: 'large' }]);
    const files = (field: string, extra: object) =>
      msg({
        update_id: 22,
        message: {
          message_id: 10,
          date: 1,
          chat: dm,
          from: rider,
          [field]: { file_id: `${field}-id`, file_unique_id: 'u', ...extra },
        },
      } as Update).attachments;
    expect(files('voice', { duration: 3 })).toEqual([{ kind: 'voice', fileId: 'voice-id' }]);
    expect(files('video', { width: 1, height: 1, duration: 1 })).toEqual([
      { kind: 'video', fileId: 'video-id' },
    ]);
    expect(files('document', {})).toEqual([{ kind: 'document', fileId: 'document-id' }]);
    expect(
      files('sticker', { type: 'regular', width: 1, height: 1, is_animated: false, is_video: false }),
    ).toEqual([{ kind: 'sticker', fileId: 'sticker-id' }]);
  });

  it('a caption command works like a text command', () => {
    const m = msg({
      update_id: 23,
      message: {
        message_id: 11,
        date: 1,
        chat: dm,
        from: rider,
        caption: '/start',
        caption_entities: [{ type: 'bot_command', offset: 0, length: 6 }],
        photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }],
      },
    } as Update);
    expect(m.command).toEqual({ name: 'start', args: '' });
  });

  it('edited messages are marked edited; channel posts are kind channel with the channel as sender', () => {
    const edited = msg({
      update_id: 24,
      edited_message: { message_id: 12, date: 1, edit_date: 2, chat: dm, from: rider, text: '改了' },
    } as Update);
    expect(edited.edited).toBe(true);
    expect(edited.sentAt).toBe(1000);
    const channel = { id: -1005555555555, type: 'channel', title: '区新就业群体党委' };
    const post = msg({
      update_id: 25,
      channel_post: { message_id: 13, date: 1, chat: channel, sender_chat: channel, text: '通知' },
    } as Update);
    expect(post.chat.kind).toBe('channel');
    expect(post.from).toMatchObject({ id: '-1005555555555', name: '区新就业群体党委' });
  });

  it('a message from a bot is marked isBot', () => {
    const m = msg({
      update_id: 26,
      message: {
        message_id: 14,
        date: 1,
        chat: group,
        from: { id: 42, is_bot: true, first_name: 'Other' },
        text: 'beep',
      },
    } as Update);
    expect(m.from.isBot).toBe(true);
  });

  it('the bot added to or removed from a chat becomes a membership change; a promotion is nothing', () => {
    const change = (from: string, to: string) =>
      translateUpdate(
        {
          update_id: 27,
          my_chat_member: {
            chat: group,
            from: rider,
            date: 1,
            old_chat_member: { status: from, user: rider },
            new_chat_member: { status: to, user: rider },
          },
        } as Update,
        bot,
      );
    expect(change('left', 'member')).toMatchObject({ type: 'membership', joined: true, updateId: '27' });
    expect(change('member', 'kicked')).toMatchObject({ type: 'membership', joined: false });
    expect(change('member', 'administrator')).toBeUndefined();
  });

  it('a group upgraded to a supergroup: the service message in either chat says the same move', () => {
    const old = { id: -4001, type: 'group', title: '骑手群' };
    const upgraded = { id: -1004001000001, type: 'supergroup', title: '骑手群' };
    const service = (chat: object, extra: object) =>
      translateUpdate(
        { update_id: 29, message: { message_id: 3, date: 1, chat, from: rider, ...extra } } as Update,
        bot,
      );
    const move = { type: 'moved', oldChatId: '-4001', newChatId: '-1004001000001', updateId: '29' };
    expect(service(old, { migrate_to_chat_id: upgraded.id })).toMatchObject({
      ...move,
      chat: { address: { channel: 'telegram', chatId: '-4001' }, kind: 'group' },
    });
    expect(service(upgraded, { migrate_from_chat_id: old.id })).toMatchObject({
      ...move,
      chat: { address: { channel: 'telegram', chatId: '-1004001000001' }, kind: 'group' },
    });
  });

  it('updates the core has no use for translate to nothing', () => {
    expect(translateUpdate({ update_id: 28 } as Update, bot)).toBeUndefined();
  });
});

describe('translateUpdate: button presses', () => {
  it('carries data, the pressed message, the press id and the topic', () => {
    const message = {
      message_id: 55,
      date: 1,
      chat: group,
      from: { id: bot.id, is_bot: true, first_name: 'x' },
      text: '选择支部',
      message_thread_id: 42,
      is_topic_message: true,
      reply_markup: { inline_keyboard: [[{ text: '美团杨浦', callback_data: 'bind:meituan-yangpu' }]] },
    };
    const b = translateUpdate(
      {
        update_id: 30,
        callback_query: {
          id: 'cbq-1',
          from: rider,
          chat_instance: 'ci',
          message,
          data: 'bind:meituan-yangpu',
        },
      } as Update,
      bot,
    ) as IncomingButton;
    expect(b).toMatchObject({
      type: 'button',
      updateId: '30',
      data: 'bind:meituan-yangpu',
      pressId: 'cbq-1',
      from: { id: '5001' },
      chat: { kind: 'group', address: { chatId: '-1001234567890', threadId: '42' } },
      message: { messageId: '55', address: { chatId: '-1001234567890', threadId: '42' } },
    });
  });

  it('data the pressed message does not carry goes on as expired; a message too old to show is not checked (QA10)', () => {
    const press = (message: Record<string, unknown>, data: string) =>
      translateUpdate(
        {
          update_id: 33,
          callback_query: { id: 'z', from: rider, chat_instance: 'ci', message, data },
        } as unknown as Update,
        bot,
      ) as IncomingButton;
    const lesson = {
      message_id: 56,
      date: 1,
      chat: group,
      text: '第 1 课',
      reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: 'qz:l1:0' }]] },
    };
    expect(press(lesson, 'qz:l1:0').data).toBe('qz:l1:0');
    expect(press(lesson, 'ack:n1').data).toBe('');
    expect(
      press({ message_id: 57, date: 1, chat: group, text: '已绑定' }, 'tk:claim:JN-2026-000001').data,
    ).toBe('');
    expect(press({ message_id: 58, date: 0, chat: group }, 'qz:l1:0').data).toBe('qz:l1:0');
  });

  it('presses on inline-mode messages (no chat) and game buttons (no data) are dropped', () => {
    expect(
      translateUpdate(
        {
          update_id: 31,
          callback_query: { id: 'x', from: rider, chat_instance: 'ci', inline_message_id: 'im', data: 'a:b' },
        } as Update,
        bot,
      ),
    ).toBeUndefined();
    const message = { message_id: 1, date: 1, chat: group, text: 'g' };
    expect(
      translateUpdate(
        {
          update_id: 32,
          callback_query: { id: 'y', from: rider, chat_instance: 'ci', message, game_short_name: 'g' },
        } as Update,
        bot,
      ),
    ).toBeUndefined();
  });
});
