/**
 * An organiser's notice, composed in the app's DM and delivered into several bound Slack channels
 * through the delivery engine, within Slack's per-channel limit; "收到" counted on the button.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSlackTestApp,
  pingsIn,
  shownText,
  type SlackTestApp,
  type StoredMessage,
} from '../../helpers/fake-slack-api.js';

const organiser = { id: 'U07ORGLI001', name: '李老师' };
const CHANNELS: [string, string][] = [
  ['C0NTRIDER1', 'meituan-yangpu'],
  ['C0NTRIDER2', 'eleme-yangpu'],
  ['C0NTCOURI1', 'sf-yangpu'],
];

let t: SlackTestApp;
beforeAll(async () => {
  // A workspace that allows no burst: the app's pacer is told so, as its operator would configure it. The
  // stand-in's limit is a little looser than the pacer's (1 s + margin), as in outbox.test.ts: a request reaches
  // it some milliseconds after the pacer let it go, more on a loaded machine.
  t = await createSlackTestApp({ pacing: { intervalMs: 1000, burst: 1 } });
  t.api.rate = { burst: 1, intervalMs: 900 };
  t.app.deps.delivery.start(['slack']);
  for (const [channel, branch] of CHANNELS)
    await t.command(t.p.command(organiser, '/bind', branch, { channel }));
  await t.settle();
});
afterAll(async () => {
  await t?.close();
});

/** The value of the button whose label matches, on a message. */
function button(message: StoredMessage | undefined, label: RegExp): string {
  const buttons = (message?.blocks ?? [])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements as { value?: string; text: { text: string } }[]);
  const found = buttons.find((b) => label.test(b.text.text));
  if (!found?.value)
    throw new Error(`no button ${label} among ${buttons.map((b) => b.text.text).join(', ')}`);
  return found.value;
}

const inDm = () => t.api.messages.get(t.api.imOf(organiser.id)) ?? [];
const lastWith = (label: RegExp) => [...inDm()].reverse().find((m) => JSON.stringify(m.blocks).match(label));

describe('a notice from the app’s DM to bound channels', () => {
  it('is previewed in the DM, delivered to every channel on confirmation, and “收到” is counted on the button', async () => {
    await t.command(
      t.p.command(organiser, '/waystation', 'notice', {
        channel: t.api.imOf(organiser.id),
        name: 'directmessage',
      }),
    );
    await t.settle();
    await t.event(t.p.dm(organiser, '明天上午九点起平凉路封路施工，请绕行。&lt;!channel&gt;'));
    await t.settle();
    let card = lastWith(/全部频道/)!;
    await t.interact(t.p.press(organiser, card, button(card, /全部频道/)));
    await t.settle();
    card = lastWith(/下一步/)!;
    await t.interact(t.p.press(organiser, card, button(card, /下一步/)));
    await t.settle();
    for (const [channel] of CHANNELS)
      expect(t.api.messages.get(channel)?.some((m) => m.text.includes('封路'))).toBeFalsy();

    const mark = t.api.mark();
    card = lastWith(/确认发送/)!;
    await t.interact(t.p.press(organiser, card, button(card, /确认发送/)));
    for (const [channel] of CHANNELS)
      await t.api.waitFor('chat.postMessage', (p) => p.channel === channel, {
        after: mark,
        timeoutMs: 10_000,
      });
    await t.settle();
    const posts = t.api
      .since(mark)
      .filter((c) => c.method === 'chat.postMessage' && CHANNELS.some(([ch]) => ch === c.params.channel));
    expect(posts).toHaveLength(3);
    expect(t.api.since(mark).filter((c) => c.error === 'ratelimited')).toEqual([]);
    for (const p of posts) {
      // The organiser's words arrive as written (rich text) and ping nobody.
      expect(shownText(p.params.blocks as never)).toContain('请绕行。<!channel>');
      expect(pingsIn(p.params)).toEqual([]);
    }

    // Two riders acknowledge in the first channel: the count shows on the button, updated in place.
    const [first] = CHANNELS[0]!;
    const notice = t.api.lastMessage(first)!;
    const ack = button(notice, /收到/);
    await t.interact(t.p.press({ id: 'U0ACKRIDR1' }, notice, ack));
    await t.interact(t.p.press({ id: 'U0ACKRIDR2' }, notice, ack));
    await t.api.waitFor(
      'chat.update',
      (p) => p.channel === first && JSON.stringify(p.blocks).includes('收到 · 2'),
      { timeoutMs: 10_000 },
    );
    expect(t.api.callsOf('chat.postEphemeral').some((p) => String(p.text).includes('已确认收到'))).toBe(true);
  }, 40_000);
});
