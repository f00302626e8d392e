/**
 * A notice's whole life on Slack names channels, not groups (QA27 #1): after the picker (频道 since fc782c60) the
 * preview, settings card, confirm button, "正在发给 N 个…", the progress message, /notices and its details, a
 * correction, a withdrawal and a scheduled notice's cancel said 群. Telegram keeps 群:
 * tests/core/notices/notice.test.ts and change.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSlackTestApp,
  shownText,
  type SlackTestApp,
  type StoredMessage,
} from '../../helpers/fake-slack-api.js';

const organiser = { id: 'U07ORGLI001', name: '李老师' };
const CHANNELS: [string, string][] = [
  ['C0NWRIDER1', 'meituan-yangpu'],
  ['C0NWRIDER2', 'eleme-yangpu zh-TW'],
];

let t: SlackTestApp;
let dm: string;
beforeAll(async () => {
  t = await createSlackTestApp();
  t.app.deps.delivery.start(['slack']);
  dm = t.api.imOf(organiser.id);
  for (const [channel, args] of CHANNELS) await t.command(t.p.command(organiser, '/bind', args, { channel }));
  await t.settle();
});
afterAll(async () => {
  await t?.close();
});

/**
 * Everything the organiser was shown since `mark`: posts and edits in the app's DM, ephemerals, command responses
 * and the small modals Slack shows an alert in — with button labels.
 */
function shownToOrganiser(mark: number, responsesBefore: number): string {
  const since = t.api.since(mark);
  const calls = since
    .filter((c) => ['chat.postMessage', 'chat.postEphemeral', 'chat.update'].includes(c.method))
    .filter((c) => [dm, organiser.id].includes(String(c.params.channel)))
    .map((c) => c.params);
  const alerts = since
    .filter((c) => c.method === 'views.open')
    .map(
      (c) =>
        (typeof c.params.view === 'string' ? JSON.parse(c.params.view) : c.params.view) as Record<
          string,
          unknown
        >,
    );
  return [...calls, ...alerts, ...t.api.responses.slice(responsesBefore)]
    .map((p) => {
      const blocks = typeof p.blocks === 'string' ? (JSON.parse(p.blocks) as []) : (p.blocks as []);
      const labels = buttonsOf({ blocks } as unknown as StoredMessage).map((b) => `[${b.text.text}]`);
      return `${String(p.text ?? '')}\n${shownText(blocks ?? [])}\n${labels.join(' ')}`;
    })
    .join('\n');
}

function buttonsOf(message: StoredMessage | undefined) {
  return (message?.blocks ?? [])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements as { value?: string; text: { text: string } }[]);
}

/** Press the newest button in the DM whose label matches. */
async function press(label: RegExp): Promise<void> {
  const message = [...(t.api.messages.get(dm) ?? [])]
    .reverse()
    .find((m) => buttonsOf(m).some((b) => label.test(b.text.text)));
  const found = buttonsOf(message).find((b) => label.test(b.text.text));
  if (!message || !found?.value) throw new Error(`no button ${label} in the DM`);
  await t.interact(t.p.press(organiser, message, found.value));
  await t.settle();
}

async function say(text: string): Promise<void> {
  await t.event(t.p.dm(organiser, text));
  await t.settle();
}

async function waystation(text: string): Promise<void> {
  await t.command(t.p.command(organiser, '/waystation', text, { channel: dm, name: 'directmessage' }));
  await t.settle();
}

const until = async (what: string, check: () => boolean | Promise<boolean>) => {
  for (const end = Date.now() + 10_000; Date.now() < end; await new Promise((r) => setTimeout(r, 50)))
    if (await check()) return;
  throw new Error(`timed out waiting for ${what}`);
};

describe('a notice on Slack speaks of channels from draft to withdrawal', () => {
  it('drafted, sent, corrected, withdrawn, and a scheduled one cancelled: 频道 throughout, never 群', async () => {
    const mark = t.api.mark();
    const responses = t.api.responses.length;
    await waystation('notice');
    await say('周六驿站停电，请到别处充电。');
    await press(/全部频道/);
    await press(/下一步/);
    await press(/确认发送/);
    await until('the notice delivered', async () => {
      const s = await t.app.deps.delivery.status('notice:n1');
      return !!s && s.pending === 0;
    });
    await until('the progress message finished', () =>
      shownToOrganiser(mark, responses).includes('已完成：已发送 2'),
    );

    await waystation('notices');
    await press(/详情 #n1/);
    await press(/更正 #n1/);
    await say('周日驿站停电，请到别处充电。');
    await waystation('notices');
    await press(/详情 #n1/);
    await press(/撤回 #n1/);
    await press(/确认撤回 #n1/);

    // A second notice, scheduled, then cancelled before it goes out.
    await waystation('notice');
    await say('下周一培训改到下午。');
    await press(/全部频道/);
    await press(/下一步/);
    await press(/定时发送/);
    await say('明天下午三点');
    await press(/确认发送/);
    await waystation('notices');
    await press(/取消 #n2/);

    const shown = shownToOrganiser(mark, responses);
    expect(shown).toContain('给繁体频道或英文频道另写一版');
    expect(shown).toContain('预览（简体中文）——频道里看到的就是这样');
    expect(shown).toContain('繁体频道看到的就是这样');
    expect(shown).toContain('1 个繁体频道将收到自动转换的繁体版');
    expect(shown).toContain('范围：全部频道（2 个频道）');
    expect(shown).toContain('确认发送（2 个频道）');
    expect(shown).toContain('正在发给 2 个频道');
    expect(shown).toContain('（共 2 个频道）');
    expect(shown).toContain('还没发出的频道直接收到新文字');
    // Nothing waiting: the clause about waiting channels is left out (QA28 #4).
    expect(shown).toContain('已发出的 2 条消息正在逐条修改。');
    expect(shown).toContain('确定撤回 #n1 吗？已发出的 2 条会被删除。');
    expect(shown).toContain('已发出的 2 条消息逐条删除。结果见“详情”。');
    expect(shown).not.toMatch(/等待(的|中的) 0 个/);
    expect(shown).toContain('发给那时这个范围里绑定的频道（目前 2 个）');
    expect(shown).toContain('定时发送，发给那时绑定的频道（目前 2 个）');
    expect(shown).toContain('已取消 #n2：2 个频道不会再收到');
    expect(shown).not.toContain('群');
  }, 40_000);
});
