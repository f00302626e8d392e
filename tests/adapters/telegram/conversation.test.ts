/**
 * The whole bot on Telegram: real app, real Redis, real grammY bot and adapter; only the Bot API server
 * is a stand-in. Updates go through `bot.handleUpdate`, as the runner and the webhook deliver them.
 * Ids come from the sample pack: telegram user 1001 is an organiser (content/organisers.yaml).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

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

describe('/start', () => {
  it('greets in zh-CN by default, in private', async () => {
    const me = worker();
    const mark = t.api.mark();
    await t.handle(t.u.privateText(me, '/start'));
    const [sent] = t.api.since(mark);
    expect(sent?.method).toBe('sendMessage');
    expect(sent?.params).toMatchObject({ chat_id: me.id, parse_mode: 'HTML' });
    expect(t.api.shownTexts(mark)[0]).toContain('我是驿站助手');
  });

  it('answers in English for language_code en, and in zh-TW for zh-hant and zh-TW', async () => {
    const mark = t.api.mark();
    await t.handle(t.u.privateText(worker({ language_code: 'en' }), '/start'));
    await t.handle(t.u.privateText(worker({ language_code: 'zh-hant' }), '/start'));
    await t.handle(t.u.privateText(worker({ language_code: 'zh-TW' }), '/start'));
    const [en, hant, tw] = t.api.shownTexts(mark);
    expect(en).toContain("I'm Waystation");
    expect(hant).toContain('我是驛站助手');
    expect(tw).toContain('我是驛站助手');
  });

  it('in a group it answers in the group and says the group is not bound yet', async () => {
    const g = newGroup();
    const mark = t.api.mark();
    await t.handle(t.u.groupText(g, worker(), '/start'));
    const calls = t.api.since(mark);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.params.chat_id).toBe(g.id);
    expect(t.api.shownTexts(mark)[0]).toContain('本群还没有绑定支部');
  });
});

describe('/bind', () => {
  it('an organiser binds a group; the binding survives a restart', async () => {
    const g = newGroup();
    const organiser = t.u.person(ORGANISER);
    const mark = t.api.mark();
    await t.handle(t.u.groupText(g, organiser, '/bind meituan-yangpu'));
    expect(t.api.shownTexts(mark)).toEqual([
      expect.stringContaining('已绑定：本群属于 美团外卖杨浦骑手支部'),
    ]);

    // A new process on the same Redis prefix sees the binding (Telegram's update ids keep increasing).
    const again = await createTelegramTestApp({ prefix: t.prefix });
    try {
      const m2 = again.api.mark();
      await again.handle(t.u.groupText(g, worker(), '/group'));
      expect(again.api.shownTexts(m2)[0]).toContain('支部：美团外卖杨浦骑手支部');
    } finally {
      await again.close({ keepData: true });
    }
  });

  it('is refused for a worker, and nothing is bound', async () => {
    const g = newGroup();
    const mark = t.api.mark();
    await t.handle(t.u.groupText(g, worker(), '/bind meituan-yangpu'));
    expect(t.api.shownTexts(mark)).toEqual([expect.stringContaining('需要相应权限')]);
    expect(await t.app.deps.store.groups.get(`telegram:${g.id}`)).toBeUndefined();
  });

  it('without arguments offers branch buttons; a press by a non-organiser is refused, one by the organiser binds', async () => {
    const g = newGroup('顺丰群');
    const organiser = t.u.person(ORGANISER);
    await t.handle(t.u.groupText(g, organiser, '/bind'));
    const offer = t.api.lastMessage(g.id)!;
    const buttons = buttonsOf(offer);
    expect(buttons.length).toBeGreaterThan(3);
    const sf = buttons.find((b) => b.data === 'bind:sf-yangpu');
    expect(sf).toBeDefined();

    let mark = t.api.mark();
    await t.handle(t.u.press(offer, worker(), sf!.data!));
    expect(t.api.since(mark).map((c) => c.method)).toEqual(['answerCallbackQuery']);
    expect(t.api.since(mark)[0]!.params).toMatchObject({
      show_alert: true,
      text: expect.stringContaining('需要相应权限'),
    });
    expect(await t.app.deps.store.groups.get(`telegram:${g.id}`)).toBeUndefined();

    mark = t.api.mark();
    await t.handle(t.u.press(offer, organiser, sf!.data!));
    const edit = t.api.since(mark).find((c) => c.method === 'editMessageText');
    expect(edit?.params).toMatchObject({ chat_id: g.id, message_id: offer.message_id });
    expect(String(edit?.params.text)).toContain('顺丰杨浦营业部支部');
    expect(t.api.since(mark).filter((c) => c.method === 'answerCallbackQuery')).toHaveLength(1);
    expect((await t.app.deps.store.groups.get(`telegram:${g.id}`))?.branch).toBe('sf-yangpu');
  });

  it('pressing the same button twice (same card) is quietly fine', async () => {
    const g = newGroup();
    const organiser = t.u.person(ORGANISER);
    await t.handle(t.u.groupText(g, organiser, '/bind'));
    const offer = t.api.lastMessage(g.id)!;
    await t.handle(t.u.press(offer, organiser, 'bind:eleme-yangpu'));
    const mark = t.api.mark();
    await t.handle(t.u.press(offer, organiser, 'bind:eleme-yangpu'));
    // The second edit is "not modified" on the server: ignored, no apology.
    const calls = t.api.since(mark);
    expect(calls.find((c) => c.method === 'editMessageText')?.error).toBe(400);
    expect(calls.filter((c) => c.method === 'answerCallbackQuery').map((c) => c.params.show_alert)).toEqual([
      undefined,
    ]);
    expect(calls.filter((c) => c.method === 'sendMessage')).toEqual([]);
  });
});

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

  it('edited messages, channel posts and messages from other bots are ignored', async () => {
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

describe('the bot added to or removed from a group', () => {
  it('greets a new group and asks the organiser who added it to /bind it', async () => {
    const g = newGroup();
    const mark = t.api.mark();
    await t.handle(t.u.botMembership(g, t.u.person(ORGANISER), true));
    const [text] = t.api.shownTexts(mark);
    expect(text).toContain('我是驿站助手');
    expect(text).toContain('/bind');
  });

  it('removed from a bound group, the group is marked inactive; re-added, it is active again', async () => {
    const g = newGroup();
    const organiser = t.u.person(ORGANISER);
    await t.handle(t.u.groupText(g, organiser, '/bind didi-yangpu'));
    const chat = `telegram:${g.id}`;
    await t.handle(t.u.botMembership(g, organiser, false));
    expect((await t.app.deps.store.groups.get(chat))?.active).toBe(false);
    const mark = t.api.mark();
    await t.handle(t.u.botMembership(g, organiser, true));
    expect((await t.app.deps.store.groups.get(chat))?.active).toBe(true);
    // A bound group is welcomed but not asked to bind again.
    expect(t.api.shownTexts(mark)[0]).not.toContain('/bind');
  });
});
