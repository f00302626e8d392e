/**
 * The real Bolt app over HTTP: signed requests posted to /slack/events on our own HTTP server, the Web
 * API pointed at the local stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pingsIn,
  shownText,
  BOT_USER,
  createSlackTestApp,
  FAKE_SIGNING_SECRET,
  type SlackTestApp,
} from '../../helpers/fake-slack-api.js';

const rider = { id: 'U0RIDER01', name: '王师傅' };
const organiser = { id: 'U07ORGLI001', name: '李老师' };
const RIDERS = 'C0RIDERS01';

let t: SlackTestApp;
beforeAll(async () => {
  t = await createSlackTestApp();
});
afterAll(async () => {
  await t?.close();
});

const texts = (params: Record<string, unknown>[]) =>
  params.map((p) => JSON.stringify(p.blocks ?? []) + String(p.text ?? ''));

describe('requests from Slack', () => {
  it('answers the URL verification challenge', async () => {
    const res = await t.event({ token: 'x', challenge: 'chal-123', type: 'url_verification' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('chal-123');
  });

  it('refuses a forged signature, a stale timestamp and a wrong secret with 401, and does nothing', async () => {
    const mark = t.api.mark();
    const envelope = t.p.dm(rider, '附近哪里能充电');
    expect((await t.event(envelope, { signature: 'v0=' + 'a'.repeat(64) })).status).toBe(401);
    expect((await t.event(envelope, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    // Correctly signed, but 10 minutes (or just over 5) in the future: refused the same way.
    expect((await t.event(envelope, { timestamp: Math.floor(Date.now() / 1000) + 10 * 60 })).status).toBe(
      401,
    );
    expect((await t.event(envelope, { timestamp: Math.floor(Date.now() / 1000) + 5 * 60 + 5 })).status).toBe(
      401,
    );
    expect((await t.event(envelope, { secret: `${FAKE_SIGNING_SECRET}-not` })).status).toBe(401);
    expect(
      (
        await t.command(t.p.command(organiser, '/bind', 'meituan-yangpu', { channel: RIDERS }), {
          signature: 'v0=00',
        })
      ).status,
    ).toBe(401);
    // A good request after them is answered; by then the refused ones have had every chance to act.
    const marker = t.p.dm(rider, '附近哪里能充电');
    expect((await t.event(marker)).status).toBe(200);
    const answer = await t.api.waitFor('chat.postMessage', (p) => p.channel === t.api.imOf(rider.id), {
      after: mark,
    });
    await t.settle();
    expect(t.api.since(mark).filter((c) => c.method.startsWith('chat.') && c !== answer)).toEqual([]);
  });

  it('accepts a request signed a little (under 5 minutes) ahead of or behind our clock', async () => {
    const now = Math.floor(Date.now() / 1000);
    for (const timestamp of [now + 4 * 60, now - 4 * 60])
      expect((await t.event(t.p.dm(rider, '附近哪里能充电'), { timestamp })).status).toBe(200);
  });

  it('answers a mention in a channel in a thread under it', async () => {
    const mark = t.api.mark();
    const envelope = t.p.mention(rider, RIDERS, '骑手体检在哪里预约？');
    expect((await t.event(envelope)).status).toBe(200);
    const call = await t.api.waitFor('chat.postMessage', (p) => p.channel === RIDERS, { after: mark });
    expect(call.params.thread_ts).toBe(envelope.event.ts);
    expect(JSON.stringify(call.params.blocks)).toContain('"type":"actions"');
  });

  it('feedback buttons on an answer in a thread are answered privately, in that thread', async () => {
    const envelope = t.p.mention(rider, RIDERS, '骑手意外险怎么理赔');
    await t.event(envelope);
    await t.settle();
    const answer = [...t.api.messages.get(RIDERS)!].reverse().find((m) => m.thread_ts === envelope.event.ts)!;
    const mark = t.api.mark();
    await t.interact(t.p.press(rider, answer, /^fb:.*:up$/));
    await t.settle();
    const calls = t.api.since(mark);
    expect(calls.filter((c) => c.error)).toEqual([]);
    const ephemeral = calls.find((c) => c.method === 'chat.postEphemeral');
    expect(ephemeral?.params).toMatchObject({
      user: rider.id,
      channel: RIDERS,
      thread_ts: envelope.event.ts,
    });
    // Nothing lands in the channel itself.
    expect(calls.filter((c) => c.method === 'chat.postMessage' && !c.params.thread_ts)).toEqual([]);
  });

  it('finds rest stations by place name and service', async () => {
    const mark = t.api.mark();
    await t.event(t.p.dm(rider, '五角场附近哪里能充电'));
    const call = await t.api.waitFor('chat.postMessage', () => true, { after: mark });
    expect(JSON.stringify(call.params.blocks)).toMatch(/驿站|站/);
  });

  it('answers a retried event once (x-slack-retry-num)', async () => {
    const mark = t.api.mark();
    const envelope = t.p.dm(rider, '哪里可以充电');
    await t.event(envelope);
    await t.settle();
    expect((await t.event(envelope, { retryNum: 1 })).status).toBe(200);
    expect((await t.event(envelope, { retryNum: 2 })).status).toBe(200);
    await t.settle();
    const posts = t.api.since(mark).filter((c) => c.method === 'chat.postMessage' && !c.error);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.params.channel).toBe(t.api.imOf(rider.id));
  });

  it('reads a DM edited into an emergency, however late, as Telegram does', async () => {
    // Another worker: the emergency leaves a report draft open, which would change what the rider sees later.
    const courier = { id: 'U0COURIER7', name: '小李' };
    const mark = t.api.mark();
    await t.event(t.p.edit(courier, '我同事从楼梯摔下来了 头在流血', { sentSecondsAgo: 3600 }));
    const sos = await t.api.waitFor('chat.postMessage', (p) => p.channel === t.api.imOf(courier.id), {
      after: mark,
    });
    expect(texts([sos.params]).join('\n')).toMatch(/120/);
  });

  it('ignores channel chatter, an old edit, other bots and its own messages', async () => {
    const mark = t.api.mark();
    await t.event(t.p.channelMessage(rider, RIDERS, '今天单子好多'));
    await t.event(t.p.edit(rider, '附近哪里能充电', { sentSecondsAgo: 3600 }));
    await t.event(t.p.channelMessage({ id: 'U0OTHERBOT' }, RIDERS, 'beep', { bot_id: 'B0OTHER' }));
    await t.event(t.p.channelMessage({ id: BOT_USER }, RIDERS, 'echo'));
    // The message twin of a mention is left to the app_mention event.
    await t.event(t.p.channelMessage(rider, RIDERS, `<@${BOT_USER}> 你好`));
    // A mention after them in the same channel is answered (a channel's updates are handled in order);
    // then the only post is that answer.
    const marker = t.p.mention(rider, RIDERS, '骑手体检在哪里预约？');
    await t.event(marker);
    const answer = await t.api.waitFor('chat.postMessage', (p) => p.thread_ts === marker.event.ts, {
      after: mark,
    });
    await t.settle();
    expect(t.api.since(mark).filter((c) => c.method === 'chat.postMessage' && c !== answer)).toEqual([]);
  });
});

describe('/bind in a channel', () => {
  const TEAM_CHANNEL = 'C0BINDME01';

  it('an organiser binds the channel to a branch', async () => {
    const mark = t.api.mark();
    const res = await t.command(
      t.p.command(organiser, '/bind', 'meituan-yangpu', { channel: TEAM_CHANNEL, name: 'meituan-riders' }),
    );
    expect(res.status).toBe(200);
    const call = await t.api.waitFor('chat.postMessage', (p) => p.channel === TEAM_CHANNEL, { after: mark });
    expect(String(call.params.text)).toContain('已绑定');
    const binding = await t.app.deps.store.groups.get(`slack:${TEAM_CHANNEL}`);
    expect(binding).toMatchObject({
      branch: 'meituan-yangpu',
      title: '#meituan-riders',
      boundBy: `slack:${organiser.id}`,
    });
    expect(binding?.threadId).toBeUndefined();
  });

  it('a question passed on from the bound channel names the channel on the triage card, not "a private chat"', async () => {
    // Slack events carry no channel name; the title /bind kept (the test above) names it.
    const question = t.p.mention(rider, TEAM_CHANNEL, '骑手意外险怎么理赔');
    await t.event(question);
    await t.settle();
    const inThread = () =>
      [...t.api.messages.get(TEAM_CHANNEL)!].reverse().find((m) => m.thread_ts === question.event.ts)!;
    await t.interact(t.p.press(rider, inThread(), /^fb:.*:down$/));
    await t.settle();
    const mark = t.api.mark();
    // The offer after a 👎 is the asker's alone (ephemeral).
    const offer = t.api.ephemerals
      .filter((m) => m.ephemeralTo === rider.id && /faq:pass:/.test(JSON.stringify(m.blocks)))
      .at(-1)!;
    await t.interact(t.p.press(rider, offer, /^faq:pass:/));
    const card = await t.api.waitFor('chat.postMessage', (p) => p.channel === 'C07TRIAGEMT', { after: mark });
    const shown = shownText(card.params.blocks as never);
    expect(shown).toContain('骑手意外险怎么理赔');
    expect(shown).toContain('来自：#meituan-riders');
    expect(shown).not.toContain('私聊');
  });

  it('a worker may not bind, and is told so alone', async () => {
    const mark = t.api.mark();
    await t.command(t.p.command(rider, '/bind', 'eleme-yangpu', { channel: 'C0OTHER001' }));
    const call = await t.api.waitFor('chat.postEphemeral', (p) => p.channel === 'C0OTHER001', {
      after: mark,
    });
    expect(call.params.user).toBe(rider.id);
    expect(String(call.params.text)).toContain('由组织者操作');
    expect(await t.app.deps.store.groups.get('slack:C0OTHER001')).toBeUndefined();
  });

  it('/bind alone offers the branches as buttons; a press binds and updates the card in place', async () => {
    const CH = 'C0BUTTONS1';
    await t.command(t.p.command(organiser, '/waystation', 'bind', { channel: CH }));
    await t.settle();
    const card = t.api.lastMessage(CH)!;
    expect(JSON.stringify(card.blocks)).toContain('bind:eleme-yangpu');
    // A worker's press is refused with an alert only they see (a small modal); nothing is bound.
    const mark = t.api.mark();
    await t.interact(t.p.press(rider, card, 'bind:eleme-yangpu'));
    const alert = await t.api.waitFor('views.open', () => true, { after: mark });
    expect(JSON.stringify(alert.params.view)).toContain('由组织者操作');
    expect(await t.app.deps.store.groups.get(`slack:${CH}`)).toBeUndefined();
    // The organiser's press binds and edits the same message.
    await t.interact(t.p.press(organiser, card, 'bind:eleme-yangpu'));
    const update = await t.api.waitFor('chat.update', (p) => p.ts === card.ts, { after: mark });
    expect(String(update.params.text)).toContain('已绑定');
    expect(await t.app.deps.store.groups.get(`slack:${CH}`)).toMatchObject({ branch: 'eleme-yangpu' });
  });

  it('escapes <!channel> from what a person typed in everything that reaches Slack', async () => {
    const mark = t.api.mark();
    await t.command(t.p.command(organiser, '/bind', '<!channel>', { channel: 'C0ESCAPE01' }));
    await t.command(t.p.command(organiser, '/bind', '&lt;!here&gt; <@U0RIDER01>', { channel: 'C0ESCAPE01' }));
    await t.settle();
    const sent = texts(
      t.api
        .since(mark)
        .filter((c) => c.method === 'chat.postMessage')
        .map((c) => c.params),
    );
    expect(sent).toHaveLength(2);
    const posts = t.api
      .since(mark)
      .filter((c) => c.method === 'chat.postMessage')
      .map((c) => c.params);
    for (const p of posts) expect(pingsIn(p)).toEqual([]);
    // Shown as typed (rich text), and escaped in the notification text.
    expect(posts.map((p) => shownText(p.blocks as never)).join('')).toContain('<!here>');
    expect(sent.join('')).toContain('&lt;!here&gt;');
  });
});

describe('a command in a channel the app is not in', () => {
  it('is answered privately through the response URL, asking to invite the app', async () => {
    t.api.fail('chat.postMessage', {
      error: 'not_in_channel',
      times: 2,
      when: (p) => p.channel === 'C0NOTMEMBR',
    });
    // Help in a channel is ephemeral; Slack refuses that too where the app is not a member.
    t.api.fail('chat.postEphemeral', {
      error: 'not_in_channel',
      times: 2,
      when: (p) => p.channel === 'C0NOTMEMBR',
    });
    const before = t.api.responses.length;
    await t.command(t.p.command(rider, '/waystation', 'help', { channel: 'C0NOTMEMBR' }));
    await t.settle();
    expect(t.api.responses.slice(before)).toEqual([
      { response_type: 'ephemeral', text: expect.stringContaining('/invite @waystation') },
    ]);
  });
});

describe('help', () => {
  it('/waystation answers with the help card, naming commands the Slack way', async () => {
    const mark = t.api.mark();
    await t.command(
      t.p.command(rider, '/waystation', 'help', { channel: 'D0RIDER01', name: 'directmessage' }),
    );
    const call = await t.api.waitFor('chat.postMessage', () => true, { after: mark });
    expect(call.params.channel).toBe(t.api.imOf(rider.id));
    const text = JSON.stringify(call.params.blocks);
    expect(text).toContain('/waystation help');
    expect(text).not.toMatch(/(^|[^\w])\/help/);
  });
});

describe('start-up', () => {
  it('a token Slack refuses stops start-up with a configuration error', async () => {
    const { createSlackAdapter } = await import('../../../src/adapters/slack/adapter.js');
    const { ConfigError } = await import('../../../src/config/index.js');
    const adapter = createSlackAdapter({
      config: {
        botToken: 'xoxb-9-wrong',
        mode: 'http',
        signingSecret: FAKE_SIGNING_SECRET,
        apiUrl: t.api.apiUrl,
      },
      core: t.app.core,
      logger: t.app.deps.logger,
      metrics: t.app.deps.metrics,
      i18n: t.app.deps.i18n,
      threads: t.app.deps.store.threads,
      retries: 0,
    });
    await expect(adapter.start(t.http)).rejects.toBeInstanceOf(ConfigError);
  });
});
