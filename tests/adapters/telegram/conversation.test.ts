/**
 * The whole bot on Telegram: real app, real Redis, real grammY bot and adapter; only the Bot API server
 * is a stand-in. Updates go through `bot.handleUpdate`, as the runner and the webhook deliver them.
 * Ids come from the sample pack: telegram user 1001 is an organiser (content/organisers.yaml). /start and
 * /bind live with their jobs, in tests/core/start/ and tests/core/groups/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

const ORGANISER = 1001;

let t: TelegramTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** Each test talks in its own chats: the throttler paces each chat, so separate chats keep tests quick. */
let nextId = 6000;
const worker = (extra: Parameters<TelegramTestApp['u']['person']>[1] = {}) => t.u.person(++nextId, extra);
const newGroup = (title = '美团杨浦骑手群') => t.u.group(-1001000000000 - ++nextId, title);

describe('who the bot answers in a group', () => {
  it('ordinary chatter produces no Bot API call at all', async () => {
    const g = newGroup();
    const mark = t.api.mark();
    await t.handle(t.u.groupText(g, worker(), '今天单子好多，热死了'));
    await t.handle(t.u.groupText(g, worker(), '@laowang 一起吃饭吗'));
    expect(t.api.since(mark)).toEqual([]);
  });

  it('a mention of the bot is answered in the group', async () => {
    const g = newGroup();
    const mark = t.api.mark();
    await t.handle(t.u.groupText(g, worker(), '@waystation_bot 你好'));
    const calls = t.api.since(mark);
    expect(calls.map((c) => c.method)).toEqual(['sendMessage']);
    expect(calls[0]!.params.chat_id).toBe(g.id);
    const named = newGroup();
    const m2 = t.api.mark();
    await t.handle(t.u.nameMention(named, worker(), '/help'));
    expect(t.api.since(m2).map((c) => [c.method, c.params.chat_id])).toEqual([['sendMessage', named.id]]);
  });

  it("a reply to the bot's message is answered", async () => {
    const g = newGroup();
    await t.handle(t.u.groupText(g, worker(), '/help'));
    const botMessage = t.api.lastMessage(g.id)!;
    const mark = t.api.mark();
    await t.handle(t.u.replyTo(botMessage, worker(), '谢谢'));
    expect(t.api.since(mark).map((c) => c.method)).toEqual(['sendMessage']);
  });
});

describe('forum topics', () => {
  it('a command sent in topic 42 is answered in topic 42', async () => {
    const f = t.u.forum(-1009000000000 - ++nextId);
    const mark = t.api.mark();
    await t.handle(t.u.topicText(f, worker(), '/help', 42));
    const [call] = t.api.since(mark);
    expect(call?.params).toMatchObject({ chat_id: f.id, message_thread_id: 42 });
  });

  it('a group bound from a topic remembers the topic for pushes', async () => {
    const f = t.u.forum(-1009000000000 - ++nextId);
    await t.handle(t.u.topicText(f, t.u.person(ORGANISER), '/bind didi-yangpu', 7));
    expect((await t.app.deps.store.groups.get(`telegram:${f.id}`))?.threadId).toBe('7');
  });
});

describe('bad input', () => {
  it('an empty text (a photo without caption) in private gets a sensible reply', async () => {
    const me = worker();
    const mark = t.api.mark();
    await t.handle(
      t.u.privateText(me, '', {
        extra: { text: undefined, photo: [{ file_id: 'p', file_unique_id: 'p', width: 10, height: 10 }] },
      }),
    );
    expect(t.api.shownTexts(mark)).toHaveLength(1);
    expect(t.api.shownTexts(mark)[0]!.length).toBeGreaterThan(0);
  });

  it('over 4096 characters, emoji only, zero-width and RTL characters: each gets one reply, none crashes', async () => {
    const inputs = ['长'.repeat(5000), '😀😀😀🛵', '\u200b\u200b\u200b', '\u202e/start', 'مرحبا بك \u200f'];
    for (const text of inputs) {
      const mark = t.api.mark();
      await t.handle(t.u.privateText(worker(), text));
      const calls = t.api.since(mark);
      expect(calls.map((c) => c.method)).toEqual(['sendMessage']);
      expect(calls[0]!.error).toBeUndefined();
    }
    expect(t.logs.filter((l) => l.msg === 'update failed')).toEqual([]);
  });

  it('HTML in what people type reaches the API escaped', async () => {
    const mark = t.api.mark();
    // An unknown branch is echoed back: the echo must arrive as text, not markup.
    await t.handle(t.u.groupText(newGroup(), t.u.person(ORGANISER), '/bind <b>&</b>'));
    await t.handle(t.u.groupText(newGroup(), t.u.person(ORGANISER), '/bind <script>alert(1)</script>'));
    const [bAmp, script] = t.api.sentTexts(mark);
    expect(bAmp).toContain('“&lt;b&gt;&amp;&lt;/b&gt;”');
    expect(script).toContain('“&lt;script&gt;alert(1)&lt;/script&gt;”');
    expect(script).not.toContain('<script>');
    // What the person sees is exactly what they typed.
    expect(t.api.shownTexts(mark)).toEqual([
      expect.stringContaining('“<b>&</b>”'),
      expect.stringContaining('“<script>alert(1)</script>”'),
    ]);
  });

  it('a name with markup is escaped in the greeting', async () => {
    const mark = t.api.mark();
    await t.handle(t.u.privateText(worker({ first_name: '<b>&</b>' }), '/start'));
    expect(t.api.sentTexts(mark)[0]).toContain('&lt;b&gt;&amp;&lt;/b&gt;');
  });

  it('a message edited into a command, channel posts and messages from other bots are ignored', async () => {
    const g = newGroup();
    const first = t.u.privateText(worker(), '附近哪里能充电');
    await t.handle(first);
    const mark = t.api.mark();
    await t.handle(t.u.edited(first, '/start'));
    await t.handle(t.u.channelPost('/start'));
    await t.handle(t.u.fromBot(g, '/start'));
    await t.handle(t.u.fromBot(g, '@waystation_bot hi'));
    expect(t.api.since(mark)).toEqual([]);
  });

  it('unknown commands: /foo in private is answered; /foo@otherbot in a group is ignored', async () => {
    const mark = t.api.mark();
    await t.handle(t.u.privateText(worker(), '/foo'));
    expect(t.api.shownTexts(mark)).toEqual([expect.stringContaining('没有 /foo 这个命令')]);
    const m2 = t.api.mark();
    await t.handle(t.u.groupText(newGroup(), worker(), '/foo@otherbot'));
    await t.handle(t.u.groupText(newGroup(), worker(), '/help@otherbot'));
    expect(t.api.since(m2)).toEqual([]);
  });

  it('a duplicate update (same update_id twice) is handled once', async () => {
    const update = t.u.privateText(worker(), '/help');
    const mark = t.api.mark();
    await t.handle(update);
    await t.handle(t.u.again(update));
    expect(t.api.since(mark).map((c) => c.method)).toEqual(['sendMessage']);
  });

  it('a reply the bot cannot deliver (blocked by the user) is logged, not crashed on', async () => {
    const me = worker();
    t.api.fail('sendMessage', {
      error_code: 403,
      description: 'Forbidden: bot was blocked by the user',
      times: 2,
      when: (p) => Number(p.chat_id) === me.id,
    });
    await t.handle(t.u.privateText(me, '/start'));
    expect(t.logs.some((l) => l.msg === 'update failed')).toBe(true);
  });
});
