/**
 * Slack users say 频道 (channel), not 群 (QA26 #1): what the app says about "this chat" — /bind and its choice of
 * branch, /waystation help, what a triage channel is, lessons paused here — names a channel on Slack, in each
 * language; so does what a worker reads there — a report's privacy line, /stop's answer, "上节课" asked with no lesson
 * yet — what staff read of it (a ticket card's origin, the question passed on) and the staff channel's FAQ refusal.
 * (Telegram still reads 群: tests/adapters/telegram/group-words.test.ts, tests/core/groups/telegram.test.ts,
 * tests/core/start/telegram.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSlackTestApp,
  shownText,
  type SlackTestApp,
  type StoredMessage,
} from '../../helpers/fake-slack-api.js';

const organiser = { id: 'U07ORGLI001', name: '李老师' };
const worker = { id: 'U0PWRIDER1', name: '小王' };
const RIDERS = 'C0PWRIDERS';
const TRIAGE = 'C07TRIAGEMT';
const DISTRICT_TRIAGE = 'C07TRIAGEDIST';
const secretary = { id: 'U07MTSEC001', name: '王书记' };

let t: SlackTestApp;
beforeAll(async () => {
  t = await createSlackTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** Everything the app showed anyone since `mark`: posts, edits, ephemeral messages and command responses. */
function shownSince(mark: number, responsesBefore: number): string {
  const calls = t.api
    .since(mark)
    .filter((c) => ['chat.postMessage', 'chat.postEphemeral', 'chat.update'].includes(c.method))
    .map((c) => c.params);
  return [...calls, ...t.api.responses.slice(responsesBefore)]
    .map((p) => {
      const blocks = typeof p.blocks === 'string' ? (JSON.parse(p.blocks) as []) : (p.blocks as []);
      return `${String(p.text ?? '')}\n${shownText(blocks ?? [])}`;
    })
    .join('\n');
}

async function run(
  who: { id: string; name: string },
  command: string,
  text: string,
  channel: string,
): Promise<string> {
  const mark = t.api.mark();
  const before = t.api.responses.length;
  await t.command(t.p.command(who, command, text, { channel, name: channel.toLowerCase() }));
  await t.settle();
  return shownSince(mark, before);
}

describe('a chat is a channel on Slack', () => {
  it('/bind asks which branch this channel belongs to, and says it is bound', async () => {
    const choose = await run(organiser, '/bind', '', RIDERS);
    expect(choose).toContain('请选择本频道所属的支部');
    const bound = await run(organiser, '/bind', 'meituan-yangpu', RIDERS);
    expect(bound).toContain('已绑定：本频道属于');
    expect(`${choose}${bound}`).not.toContain('群');
  });

  it('zh-TW and English channels read 頻道 and "channel"', async () => {
    expect(await run(organiser, '/bind', 'meituan-yangpu zh-TW', 'C0PWTWRIDE')).toContain('本頻道屬於');
    const en = await run(organiser, '/bind', 'meituan-yangpu en', 'C0PWENRIDE');
    expect(en).toContain('this channel belongs to');
    expect(en).not.toMatch(/\bgroup\b/);
  });

  it('/waystation help in the channel lists "查看本频道信息"', async () => {
    const help = await run(organiser, '/waystation', 'help', RIDERS);
    expect(help).toContain('查看本频道信息');
    expect(help).toContain('本频道所属');
    expect(help).not.toContain('本群');
  });

  it('the triage channel says it is the branch’s triage channel', async () => {
    const said = await run(organiser, '/waystation', 'group', TRIAGE);
    expect(said).toMatch(/本频道是「.+」的分拣频道/);
    expect(said).not.toContain('群');
  });

  it('lessons paused and resumed in this channel, and a worker’s /waystation lesson help', async () => {
    expect(await run(organiser, '/waystation', 'pause', RIDERS)).toContain('已暂停本频道的课程推送');
    expect(await run(organiser, '/waystation', 'schedule', RIDERS)).toContain('本频道课程安排');
    expect(await run(organiser, '/waystation', 'resume', RIDERS)).toContain('已恢复本频道的课程推送');
    const help = await run(worker, '/waystation', 'help', RIDERS);
    expect(help).toContain('本频道的下一课');
    expect(help).not.toContain('本群');
  });
});

describe('what a worker reads in a channel, and staff read of it, names a channel', () => {
  const WORKERS = 'C0PWWORKER';
  const shown = (m: StoredMessage | undefined) => `${m?.text ?? ''}\n${shownText(m?.blocks ?? [])}`;
  const buttons = (m: StoredMessage) =>
    m.blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements as { value?: string }[]);

  /** What the app said in `channel` (posts and ephemerals) since `mark`, after the worker mentioned it there. */
  async function mention(who: { id: string; name: string }, channel: string, text: string): Promise<string> {
    const mark = t.api.mark();
    await t.event(t.p.mention(who, channel, text));
    await t.settle();
    return t.api
      .since(mark)
      .filter((c) => ['chat.postMessage', 'chat.postEphemeral'].includes(c.method))
      .filter((c) => c.params.channel === channel)
      .map((c) => `${String(c.params.text ?? '')}\n${shownText((c.params.blocks as []) ?? [])}`)
      .join('\n');
  }

  beforeAll(async () => {
    await run(organiser, '/bind', 'meituan-yangpu', WORKERS);
  });

  it('a report told in the channel: 频道里其他人看不到, and the district’s card says 来自：…的频道', async () => {
    const offer = await mention(worker, WORKERS, '/report 路上有个大坑，电动车差点摔了');
    expect(offer).toContain('频道里其他人看不到');
    expect(offer).not.toContain('群');

    const views = t.api.views.length;
    await t.interact(t.p.press(worker, t.api.lastMessage(WORKERS)!, 'rs:link'));
    await t.settle();
    const form = t.api.views[views]!;
    const mark = t.api.mark();
    await t.interact(
      t.p.submit(worker, form, {
        desc: { text: { type: 'plain_text_input', value: '路上有个大坑，电动车差点摔了' } },
        category: { choice: { type: 'static_select', selected_option: { value: 'road-hazard' } } },
        photos: { files: { type: 'file_input', files: [] } },
        options: { flags: { type: 'checkboxes', selected_options: [] } },
      }),
    );
    // A road hazard with no place goes to the district: its card names the channel the worker wrote from.
    await t.api.waitFor('chat.postMessage', (p) => p.channel === DISTRICT_TRIAGE, { after: mark });
    await t.settle();
    const card = shown(t.api.lastMessage(DISTRICT_TRIAGE));
    expect(card).toMatch(/来自：.*美团外卖杨浦骑手支部.*的频道/);
    expect(card).not.toContain('的群'); // (the district's own name, 新就业群体党委, has a 群 of its own)
  });

  it('/stop asked in the channel: lessons go to the whole channel; passed on, staff read 本频道', async () => {
    const said = await mention(worker, WORKERS, '退订');
    expect(said).toContain('微课堂和通知是发给整个频道的');
    expect(said).toContain('想让本频道少推或暂停');
    expect(said).not.toContain('群');

    const answer = [...(t.api.messages.get(WORKERS) ?? [])]
      .reverse()
      .find((m) => buttons(m).some((b) => b.value?.startsWith('faq:pass:')))!;
    const mark = t.api.mark();
    await t.interact(
      t.p.press(worker, answer, buttons(answer).find((b) => b.value?.startsWith('faq:pass:'))!.value!),
    );
    await t.settle();
    const passed = t.api
      .since(mark)
      .filter((c) => c.method === 'chat.postMessage' && c.params.channel === TRIAGE)
      .map((c) => `${String(c.params.text ?? '')}\n${shownText((c.params.blocks as []) ?? [])}`)
      .join('\n');
    expect(passed).toContain('希望本频道少推或暂停微课堂和通知');
    expect(passed).not.toContain('本群');
  });

  it('"上节课讲的什么" with no lesson pushed yet: 本频道', async () => {
    const said = await mention(worker, WORKERS, '上节课讲的什么');
    expect(said).toContain('最近两周本频道没有推送过课程');
    expect(said).not.toContain('群');
  });

  it('a question in the staff channel: 这里是工作频道', async () => {
    const said = await mention(secretary, TRIAGE, '骑手意外险怎么理赔');
    expect(said).toContain('这里是工作频道');
    expect(said).not.toContain('群');
  });
});
