/**
 * Lessons and notices reach Slack channels through the delivery engine, under Slack's posting limit
 * (about one message a second per channel); a 429 reaches the engine, which waits and sends again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryItem } from '../../../src/core/delivery/engine.js';
import { createSlackTestApp, pingsIn, shownText, type SlackTestApp } from '../../helpers/fake-slack-api.js';
import { waitFor } from '../../helpers/wait.js';

const CHANNELS = ['C0NOTICEA1', 'C0NOTICEB1', 'C0NOTICEC1'];

let t: SlackTestApp;
beforeAll(async () => {
  t = await createSlackTestApp();
  // Strict: a second message into a channel within (a little under) a second is refused with 429 — a
  // little under, as a request reaches the stand-in some milliseconds after our pacer let it go.
  t.api.rate = { burst: 1, intervalMs: 850 };
  t.app.deps.delivery.start(['slack']);
});
afterAll(async () => {
  await t?.close();
});

async function finished(id: string, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const s = await t.app.deps.delivery.status(id);
    if (s && s.pending === 0 && s.sent + s.failed.length === s.total) return s;
    if (Date.now() > until) throw new Error(`broadcast ${id} not finished: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const items = (text: string, pin = false): DeliveryItem[] =>
  CHANNELS.map((chatId) => ({
    to: { channel: 'slack', chatId },
    card: { text: [text], buttons: [[{ label: '收到', data: 'nt:ack:x' }]] },
    pin,
  }));

describe('broadcasts to Slack channels', () => {
  it('delivers two notices to several channels within the per-channel limit, pinning where asked', async () => {
    const mark = t.api.mark();
    await t.app.deps.delivery.enqueue({
      id: 'notice:S1',
      kind: 'notice',
      items: items('高温天气注意防暑 <!channel>', true),
    });
    await t.app.deps.delivery.enqueue({
      id: 'notice:S2',
      kind: 'notice',
      items: items('本周六驿站开放体检'),
    });
    const [s1, s2] = [await finished('notice:S1'), await finished('notice:S2')];
    expect(s1.sent).toBe(3);
    expect(s2.sent).toBe(3);
    const calls = t.api.since(mark);
    expect(calls.filter((c) => c.error === 'ratelimited')).toEqual([]);
    for (const channel of CHANNELS) {
      const posts = calls.filter((c) => c.method === 'chat.postMessage' && c.params.channel === channel);
      expect(posts).toHaveLength(2);
      // The words arrive (as rich text, shown as written) but ping nobody.
      for (const p of posts) expect(pingsIn(p.params)).toEqual([]);
      expect(posts.map((p) => shownText(p.params.blocks as never)).join('\n')).toContain('<!channel>');
    }
    // A pin follows its message's delivery record, so the broadcast may count as finished just before it.
    const pins = () => t.api.callsOf('pins.add').filter((p) => CHANNELS.includes(String(p.channel)));
    await waitFor(() => pins().length >= 3, 'three pins');
    expect(pins()).toHaveLength(3);
    expect(s1.refs[`slack:${CHANNELS[0]}`]?.messageId).toMatch(/^\d+\.\d+$/);
  });

  it('a 429 with Retry-After reaches the engine, which sends again once the channel may take it', async () => {
    const mark = t.api.mark();
    t.api.fail('chat.postMessage', { retryAfter: 1, when: (p) => p.channel === CHANNELS[1] });
    await t.app.deps.delivery.enqueue({ id: 'notice:S3', kind: 'notice', items: items('暴雨预警') });
    const s = await finished('notice:S3');
    expect(s.sent).toBe(3);
    const posts = t.api
      .since(mark)
      .filter((c) => c.method === 'chat.postMessage' && c.params.channel === CHANNELS[1]);
    // The stand-in refuses the channel until Retry-After passes: sent again only once it had.
    expect(posts.map((c) => c.error ?? 'ok')).toEqual(['ratelimited', 'ok']);
  });

  it('edits a sent notice in place (chat.update), deletes it (chat.delete), and where it will not go, replaces and unpins it (QA19)', async () => {
    await t.app.deps.delivery.enqueue({ id: 'notice:S4', kind: 'notice', items: items('周六体检', true) });
    const sent = await finished('notice:S4');
    const pinned = () => CHANNELS.filter((c) => t.api.isPinned(c, sent.refs[`slack:${c}`]!.messageId));
    await waitFor(() => pinned().length === 3, 'three pins');
    const copies = Object.values(sent.refs);

    await t.app.deps.delivery.enqueue({
      id: 'notice-fix:S4:1',
      kind: 'notice-change',
      items: copies.map((ref) => ({ to: ref.address, card: { text: ['周日体检 （已更正）'] }, edits: ref })),
    });
    await finished('notice-fix:S4:1');
    for (const ref of copies) {
      const message = t.api.messages.get(ref.address.chatId)!.find((m) => m.ts === ref.messageId)!;
      expect(message.text).toContain('周日体检 （已更正）');
    }

    // The last channel's copy cannot be deleted (a workspace that keeps messages): it is replaced and unpinned.
    t.api.fail('chat.delete', { error: 'cant_delete_message', when: (p) => p.channel === CHANNELS[2] });
    await t.app.deps.delivery.enqueue({
      id: 'notice-withdraw:S4',
      kind: 'notice-change',
      items: copies.map((ref) => ({ to: ref.address, card: { text: ['此通知已撤回'] }, deletes: ref })),
    });
    const withdrawn = await finished('notice-withdraw:S4');
    expect(withdrawn.outcomes).toEqual({
      [`slack:${CHANNELS[0]}`]: 'deleted',
      [`slack:${CHANNELS[1]}`]: 'deleted',
      [`slack:${CHANNELS[2]}`]: 'replaced',
    });
    expect(t.api.messages.get(CHANNELS[0]!)!.some((m) => m.ts === copies[0]!.messageId)).toBe(false);
    const kept = t.api.messages
      .get(CHANNELS[2]!)!
      .find((m) => m.ts === sent.refs[`slack:${CHANNELS[2]}`]!.messageId)!;
    expect(kept.text).toBe('此通知已撤回');
    expect(pinned()).toEqual([]);
  });
});
