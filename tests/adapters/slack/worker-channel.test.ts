/**
 * What a worker sees in a workers' channel, as Slack users expect it: a way to report that works right
 * there, answers that follow them in the app's thread, and offers meant for them alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSlackTestApp,
  shownText,
  type SlackTestApp,
  type StoredMessage,
} from '../../helpers/fake-slack-api.js';

const worker = { id: 'U0WORKER02', name: '小周' };
const other = { id: 'U0WORKER03', name: '老吴' };
const organiser = { id: 'U07ORGLI001', name: '李老师' };
const RIDERS = 'C0MTRIDER2';

let t: SlackTestApp;
beforeAll(async () => {
  t = await createSlackTestApp();
  await t.command(
    t.p.command(organiser, '/bind', 'meituan-yangpu', { channel: RIDERS, name: 'meituan-riders' }),
  );
  await t.settle();
});
afterAll(async () => {
  await t?.close();
});

const shown = (m: StoredMessage) => `${m.text}\n${shownText(m.blocks)}`;
const buttonsOf = (m: StoredMessage) =>
  m.blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements as { value?: string }[]);
/** Messages the app posted in the channel since `mark` (ephemeral ones included, with who sees them). */
const postedSince = (mark: number) =>
  t.api
    .since(mark)
    .filter(
      (c) =>
        (c.method === 'chat.postMessage' || c.method === 'chat.postEphemeral') && c.params.channel === RIDERS,
    );

describe('an emergency told in the channel', () => {
  it('shows the numbers first, then a button that opens the private form with the words in it', async () => {
    const mark = t.api.mark();
    const words = '救命 有人晕倒了 在五角场北门';
    await t.event(t.p.mention(worker, RIDERS, words));
    await t.settle();
    const posts = postedSince(mark);
    expect(posts).toHaveLength(1);
    const message = t.api.lastMessage(RIDERS)!;
    const text = shown(message);
    expect(text).toMatch(/120/);
    expect(text.indexOf('120')).toBeLessThan(text.indexOf('/report'));
    expect(text).not.toMatch(/私信我发送|私聊我反映：/);
    expect(buttonsOf(message).map((b) => b.value)).toEqual(['rs:link']);

    const views = t.api.views.length;
    await t.interact(t.p.press(worker, message, 'rs:link'));
    await t.settle();
    expect(t.api.views.length).toBe(views + 1);
    const form = JSON.stringify(t.api.views[views]!.view);
    expect(form).toContain(`"initial_value":"${words}"`);
    expect(postedSince(mark)).toHaveLength(1);
  });

  it('"/report …" written to the app in the channel offers the same button, not "send /report in private"', async () => {
    const mark = t.api.mark();
    await t.event(t.p.mention(other, RIDERS, '/report 站点扣了我500块押金不退'));
    await t.settle();
    const message = t.api.lastMessage(RIDERS)!;
    expect(postedSince(mark)).toHaveLength(1);
    expect(shown(message)).not.toMatch(/私信我发送|500/);
    expect(buttonsOf(message).map((b) => b.value)).toEqual(['rs:link']);
    const views = t.api.views.length;
    await t.interact(t.p.press(other, message, 'rs:link'));
    await t.settle();
    expect(JSON.stringify(t.api.views[views]!.view)).toContain('"initial_value":"站点扣了我500块押金不退"');
  });
});

describe('a follow-up in the thread where the app answered', () => {
  it("is answered in that thread without a mention; someone else's chatter there is not", async () => {
    const question = t.p.mention(worker, RIDERS, '骑手体检在哪里预约？');
    await t.event(question);
    await t.settle();
    const thread = question.event.ts;
    const inThread = (mark: number) => postedSince(mark).filter((c) => c.params.thread_ts === thread);
    expect(inThread(0).length).toBeGreaterThan(0);

    let mark = t.api.mark();
    await t.event(
      t.p.channelMessage(other, RIDERS, '我上周刚约过，挺快的', {
        thread_ts: thread,
        parent_user_id: worker.id,
      }),
    );
    await t.settle();
    expect(inThread(mark)).toEqual([]);

    mark = t.api.mark();
    await t.event(
      t.p.channelMessage(worker, RIDERS, '附近哪里能充电', { thread_ts: thread, parent_user_id: worker.id }),
    );
    await t.settle();
    const answers = inThread(mark);
    expect(answers.length).toBeGreaterThan(0);
    expect(postedSince(mark).filter((c) => c.params.thread_ts !== thread)).toEqual([]);
  });

  it('a message in a thread the app never answered in stays ignored', async () => {
    const mark = t.api.mark();
    const root = t.p.channelMessage(worker, RIDERS, '今天好热');
    await t.event(root);
    await t.event(
      t.p.channelMessage(worker, RIDERS, '附近哪里能充电', {
        thread_ts: root.event.ts,
        parent_user_id: worker.id,
      }),
    );
    await t.settle();
    expect(postedSince(mark)).toEqual([]);
  });
});

describe("a 👎 on the app's answer in the channel", () => {
  it('offers passing the question on to the asker alone; only the asker may pass it', async () => {
    const question = t.p.mention(worker, RIDERS, '骑手体检在哪里预约？');
    await t.event(question);
    await t.settle();
    const answer = [...t.api.messages.get(RIDERS)!]
      .reverse()
      .find(
        (m) =>
          m.thread_ts === question.event.ts && buttonsOf(m).some((b) => /^fb:.*:down$/.test(b.value ?? '')),
      )!;

    // Someone else's 👎: thanked, but nothing is offered to anyone.
    let mark = t.api.mark();
    await t.interact(t.p.press(other, answer, /^fb:.*:down$/));
    await t.settle();
    expect(postedSince(mark).filter((c) => c.method === 'chat.postMessage')).toEqual([]);
    expect(postedSince(mark).every((c) => c.params.user === other.id)).toBe(true);
    expect(JSON.stringify(postedSince(mark))).not.toContain('faq:pass:');

    // The asker's 👎: the offer, ephemeral to them.
    mark = t.api.mark();
    await t.interact(t.p.press(worker, answer, /^fb:.*:down$/));
    await t.settle();
    expect(postedSince(mark).filter((c) => c.method === 'chat.postMessage')).toEqual([]);
    const offer = t.api.ephemerals
      .filter(
        (m) => m.ephemeralTo === worker.id && buttonsOf(m).some((b) => b.value?.startsWith('faq:pass:')),
      )
      .at(-1)!;
    expect(offer).toBeDefined();
    expect(shown(offer)).toMatch(/转给/);

    // A press by anyone else (a forged or forwarded payload) is refused to them alone.
    mark = t.api.mark();
    await t.interact(t.p.press(other, offer, /^faq:pass:/));
    await t.settle();
    const refused = JSON.stringify(t.api.since(mark).map((c) => c.params));
    expect(refused).toContain('只有提问的人');
    expect(t.api.since(mark).filter((c) => c.method === 'chat.postMessage')).toEqual([]);

    mark = t.api.mark();
    await t.interact(t.p.press(worker, offer, /^faq:pass:/));
    await t.settle();
    expect(JSON.stringify(t.api.since(mark).map((c) => c.params))).toMatch(/已转给/);
  });
});

describe('a group DM', () => {
  it('/bind there is refused with the reason, to the asker alone, and binds nothing', async () => {
    const MPIM = 'G0MPIM0001';
    const before = t.api.responses.length;
    const mark = t.api.mark();
    await t.command(
      t.p.command(organiser, '/bind', 'meituan-yangpu', { channel: MPIM, name: 'mpdm-li--zhou--wu-1' }),
    );
    await t.settle();
    expect(t.api.responses.slice(before)).toEqual([
      expect.objectContaining({
        response_type: 'ephemeral',
        text: expect.stringContaining('群组私信不能绑定'),
      }),
    ]);
    expect(t.api.since(mark).filter((c) => c.method.startsWith('chat.'))).toEqual([]);
    expect(await t.app.deps.store.groups.get(`slack:${MPIM}`)).toBeUndefined();
  });
});

describe('a group DM, by a mention', () => {
  it('@app /bind there is refused as the slash command is, to the asker alone, and binds nothing', async () => {
    const MPIM = 'G0MPIM0002';
    t.api.mpims.add(MPIM);
    const mark = t.api.mark();
    await t.event(t.p.mention(organiser, MPIM, '/bind meituan-yangpu'));
    await t.settle();
    const said = t.api.since(mark).filter((c) => c.method.startsWith('chat.'));
    expect(said.map((c) => c.method)).toEqual(['chat.postEphemeral']);
    expect(said[0]!.params.user).toBe(organiser.id);
    expect(String(said[0]!.params.text)).toContain('群组私信不能绑定');
    expect(await t.app.deps.store.groups.get(`slack:${MPIM}`)).toBeUndefined();
  });
});

describe("a staff view typed in a workers' channel", () => {
  it("/waystation gaps by an organiser is refused to them alone; the workers' questions are not shown there", async () => {
    await t.event(t.p.dm(worker, '电瓶车在小区被偷了找谁'));
    await t.settle();
    const mark = t.api.mark();
    await t.command(
      t.p.command(organiser, '/waystation', 'gaps', { channel: RIDERS, name: 'meituan-riders' }),
    );
    await t.settle();
    const said = t.api
      .since(mark)
      .filter((c) => c.method.startsWith('chat.post') && c.params.channel === RIDERS);
    expect(said).toHaveLength(1);
    expect(said[0]!.method).toBe('chat.postEphemeral');
    expect(said[0]!.params.user).toBe(organiser.id);
    expect(String(said[0]!.params.text)).toContain('/waystation gaps');
    expect(JSON.stringify(said)).not.toContain('电瓶车');
  });
});

describe('an unknown command', () => {
  it('is named as the person typed it: /waystation digest, not /digest', async () => {
    const mark = t.api.mark();
    await t.command(
      t.p.command(worker, '/waystation', 'digest', { channel: RIDERS, name: 'meituan-riders' }),
    );
    const refusal = await t.api.waitFor('chat.postEphemeral', (p) => p.channel === RIDERS, { after: mark });
    await t.settle();
    const text = String(refusal.params.text);
    expect(text).toContain('/waystation digest');
    expect(text).not.toMatch(/(^|[^\w])\/digest/);
  });
});

describe('/waystation cancel in the channel', () => {
  it('is answered to the person who typed it alone', async () => {
    const mark = t.api.mark();
    await t.command(
      t.p.command(worker, '/waystation', 'cancel', { channel: RIDERS, name: 'meituan-riders' }),
    );
    await t.api.waitFor('chat.postEphemeral', (p) => p.channel === RIDERS, { after: mark });
    await t.settle();
    const said = postedSince(mark);
    expect(said).toHaveLength(1);
    expect(said[0]!.method).toBe('chat.postEphemeral');
    expect(said[0]!.params.user).toBe(worker.id);
  });
});

describe('a follow-up in the thread, on another replica', () => {
  it('is answered by another replica too: Slack may post the follow-up to any of them', async () => {
    // Last in the file: closing a test app clears its prefix, which this replica shares.
    const replica = await createSlackTestApp({ api: t.api, prefix: t.prefix });
    try {
      const question = t.p.mention(worker, RIDERS, '骑手体检在哪里预约？');
      await t.event(question);
      await t.settle();
      const thread = question.event.ts;
      const mark = t.api.mark();
      await replica.event(
        t.p.channelMessage(worker, RIDERS, '附近哪里能充电', {
          thread_ts: thread,
          parent_user_id: worker.id,
        }),
      );
      await replica.settle();
      expect(postedSince(mark).filter((c) => c.params.thread_ts === thread).length).toBeGreaterThan(0);
    } finally {
      await replica.close();
    }
  });
});

describe('/waystation stations with a place (QA26 #5)', () => {
  /** What the app answered the command with, in the channel or the DM. */
  async function stationsAt(channel: string, place: string): Promise<string> {
    const mark = t.api.mark();
    await t.command(
      t.p.command(worker, '/waystation', `stations ${place}`, { channel, name: 'meituan-riders' }),
    );
    await t.settle();
    return t.api
      .since(mark)
      .filter((c) => c.method.startsWith('chat.post') && c.params.channel === channel)
      .map((c) => String(c.params.text))
      .join('\n');
  }

  it('lists the stations nearest the place typed after the command, in the channel and in the DM', async () => {
    const inChannel = await stationsAt(RIDERS, '五角场');
    expect(inChannel).toContain('离「五角场」最近的驿站');
    // Measured from the place: distances, the nearest first (the bare list has none).
    expect(inChannel).toMatch(/\n1\. .+ · \d+ 米/);
    const inDm = await stationsAt(t.api.imOf(worker.id), '控江路');
    expect(inDm).toContain('离「控江路」最近的驿站');
    expect(inDm).toMatch(/\n1\. .+ · \d+ 米/);
  });

  it('words that are no place still get the whole list', async () => {
    const list = await stationsAt(RIDERS, 'xyz');
    expect(list).toMatch(/^驿站：\s+1\. /);
    expect(list).not.toMatch(/ · \d+ 米/);
  });
});
