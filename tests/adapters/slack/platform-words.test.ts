/**
 * Slack users say 频道 (channel), not 群 (QA26 #1): what the app says about "this chat" — /bind and its choice of
 * branch, /waystation help, what a triage channel is, lessons paused here — names a channel on Slack, in each
 * language. (Telegram still reads 群: tests/core/groups/telegram.test.ts, tests/core/start/telegram.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackTestApp, shownText, type SlackTestApp } from '../../helpers/fake-slack-api.js';

const organiser = { id: 'U07ORGLI001', name: '李老师' };
const worker = { id: 'U0PWRIDER1', name: '小王' };
const RIDERS = 'C0PWRIDERS';
const TRIAGE = 'C07TRIAGEMT';

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
