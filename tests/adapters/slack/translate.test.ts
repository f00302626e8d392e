import { describe, expect, it } from 'vitest';
import {
  plainFromSlack,
  translateAction,
  translateAside,
  translateCommand,
  translateMessage,
  type SlackBlockAction,
} from '../../../src/adapters/slack/translate.js';

const bot = { userId: 'UBOT', botId: 'BBOT' };
const env = (event: Record<string, unknown>) => ({
  event_id: 'Ev1',
  event: { ts: '100.000001', ...event } as never,
});

describe('Slack text → plain text', () => {
  it('decodes markup and entities, and notices a mention of the app', () => {
    expect(
      plainFromSlack(
        '<@UBOT> 附近 <#C1|riders> &lt;b&gt; &amp; <!here> <@U9|ann> <https://a.example|a.example> <mailto:x@y.cn|x@y.cn>',
        bot,
      ),
    ).toEqual({
      text: '附近 #riders <b> & @here @ann https://a.example x@y.cn',
      mentioned: true,
    });
    expect(plainFromSlack('看 <https://a.example/x|这里>')).toEqual({
      text: '看 这里 (https://a.example/x)',
      mentioned: false,
    });
  });
});

describe('Slack events → Incoming', () => {
  it('a mention in a channel is addressed and answered in its own thread', () => {
    const m = translateMessage(
      env({ type: 'app_mention', user: 'U1', text: '<@UBOT> 哪里能充电', channel: 'C1' }),
      bot,
    )!;
    expect(m).toMatchObject({
      updateId: 'ev:Ev1',
      text: '哪里能充电',
      addressed: true,
      chat: { kind: 'group', address: { channel: 'slack', chatId: 'C1', threadId: '100.000001' } },
    });
  });

  it('a mention inside a thread is answered in that thread; a command is answered in the channel', () => {
    expect(
      translateMessage(
        env({ type: 'app_mention', user: 'U1', text: '<@UBOT> 还有吗', channel: 'C1', thread_ts: '90.1' }),
        bot,
      )!.chat.address.threadId,
    ).toBe('90.1');
    const cmd = translateMessage(
      env({
        type: 'app_mention',
        user: 'U1',
        text: '<@UBOT> /bind meituan-yangpu',
        channel: 'C1',
        thread_ts: '90.1',
      }),
      bot,
    )!;
    expect(cmd.command).toEqual({ name: 'bind', args: 'meituan-yangpu' });
    expect(cmd.chat.address.threadId).toBeUndefined();
  });

  it('a DM is a private chat addressed by the user id', () => {
    const m = translateMessage(
      env({ type: 'message', channel_type: 'im', user: 'U1', text: '你好', channel: 'D1' }),
      bot,
    )!;
    expect(m.chat).toEqual({ kind: 'private', address: { channel: 'slack', chatId: 'U1' } });
    expect(m.addressed).toBe(true);
  });

  it('drops bots, ourselves, edits, joins, chatter and the message twin of a mention', () => {
    const drop = [
      { type: 'message', channel_type: 'im', user: 'U1', bot_id: 'B2', text: 'x', channel: 'D1' },
      { type: 'message', channel_type: 'channel', user: 'UBOT', text: 'x', channel: 'C1' },
      { type: 'message', subtype: 'message_changed', channel_type: 'im', channel: 'D1' },
      {
        type: 'message',
        subtype: 'channel_join',
        channel_type: 'channel',
        user: 'U1',
        text: 'joined',
        channel: 'C1',
      },
      { type: 'message', channel_type: 'channel', user: 'U1', text: '今天单好多', channel: 'C1' },
      { type: 'message', channel_type: 'channel', user: 'U1', text: '<@UBOT> 哪里能充电', channel: 'C1' },
      {
        type: 'message',
        channel_type: 'channel',
        user: 'U1',
        text: '别人的线程',
        channel: 'C1',
        thread_ts: '90.1',
        parent_user_id: 'U7',
      },
    ];
    for (const e of drop) expect(translateMessage(env(e), bot), JSON.stringify(e)).toBeUndefined();
  });

  it('a top-level channel message is an aside, not addressed; a thread, a mention, a bot or a DM is none', () => {
    const typed = { type: 'message', channel_type: 'channel', user: 'U1', text: '是哪一单？', channel: 'C1' };
    expect(translateAside(env(typed), bot)).toMatchObject({
      updateId: 'ev:Ev1',
      chat: { address: { channel: 'slack', chatId: 'C1' }, kind: 'group' },
      from: { id: 'U1' },
      messageId: '100.000001',
      text: '是哪一单？',
      addressed: false,
      aside: true,
    });
    expect(translateAside(env(typed), bot)?.chat.address.threadId).toBeUndefined();
    const none = [
      { ...typed, thread_ts: '90.1' },
      { ...typed, subtype: 'thread_broadcast', thread_ts: '90.1' },
      { ...typed, text: '<@UBOT> 是哪一单？' },
      { ...typed, bot_id: 'B2' },
      { ...typed, user: 'UBOT' },
      { ...typed, subtype: 'channel_join' },
      { ...typed, channel_type: 'im', channel: 'D1' },
      { ...typed, channel_type: 'mpim', channel: 'G1' },
    ];
    for (const e of none) expect(translateAside(env(e), bot), JSON.stringify(e)).toBeUndefined();
  });

  it('a reply in the thread of one of our messages is addressed (the Slack force-reply)', () => {
    const m = translateMessage(
      env({
        type: 'message',
        channel_type: 'channel',
        user: 'U2',
        text: '请问车牌号？',
        channel: 'C9',
        thread_ts: '90.1',
        parent_user_id: 'UBOT',
      }),
      bot,
    )!;
    expect(m).toMatchObject({
      addressed: true,
      chat: { address: { chatId: 'C9', threadId: '90.1' } },
      replyToBot: { messageId: '90.1' },
    });
  });

  it('files become attachments', () => {
    const m = translateMessage(
      env({
        type: 'message',
        subtype: 'file_share',
        channel_type: 'im',
        user: 'U1',
        text: '',
        channel: 'D1',
        files: [
          { id: 'F1', mimetype: 'image/jpeg' },
          { id: 'F2', mimetype: 'audio/mp4' },
        ],
      }),
      bot,
    )!;
    expect(m.attachments).toEqual([
      { kind: 'photo', fileId: 'F1' },
      { kind: 'voice', fileId: 'F2' },
    ]);
  });
});

describe('slash commands and button presses → Incoming', () => {
  const base = {
    user_id: 'U1',
    user_name: 'ann',
    channel_id: 'C1',
    channel_name: 'riders',
    trigger_id: '1.2.abc',
    text: '',
  };
  it('/waystation runs any command as a subcommand; bare it is /start', () => {
    expect(
      translateCommand({ ...base, command: '/waystation', text: 'bind meituan-yangpu en' })!.command,
    ).toEqual({ name: 'bind', args: 'meituan-yangpu en' });
    expect(translateCommand({ ...base, command: '/waystation', text: '' })!.command).toEqual({
      name: 'start',
      args: '',
    });
    expect(translateCommand({ ...base, command: '/bind', text: '&lt;!channel&gt;' })!).toMatchObject({
      updateId: 'cmd:1.2.abc',
      command: { name: 'bind', args: '<!channel>' },
      chat: { kind: 'group', title: '#riders', address: { chatId: 'C1' } },
    });
  });

  it('a command in any DM is answered in the app DM', () => {
    expect(
      translateCommand({ ...base, command: '/waystation', channel_id: 'D77', channel_name: 'directmessage' })!
        .chat,
    ).toEqual({ kind: 'private', address: { channel: 'slack', chatId: 'U1' } });
  });

  it('a press carries the callback data and the message it was on', () => {
    const body: SlackBlockAction = {
      type: 'block_actions',
      trigger_id: '9.9.x',
      user: { id: 'U1', name: 'ann' },
      channel: { id: 'C1', name: 'triage' },
      container: { type: 'message', message_ts: '50.5', channel_id: 'C1' },
      actions: [{ action_id: 'ws:0:1', value: 'bind:meituan-yangpu' }],
    };
    expect(translateAction(body, body.actions[0]!)).toMatchObject({
      updateId: 'act:9.9.x',
      data: 'bind:meituan-yangpu',
      pressId: '9.9.x',
      message: { messageId: '50.5', address: { chatId: 'C1' } },
      chat: { kind: 'group' },
    });
    expect(translateAction({ ...body, container: { type: 'view' } }, body.actions[0]!)).toBeUndefined();
  });
});
