/**
 * What a Slack user meets outside the chat flow: help asked for in a channel is shown only to them, the
 * station hint speaks of Slack (no Telegram 📎), and the App Home tab shows their role and what is theirs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackTestApp, type SlackTestApp } from '../../helpers/fake-slack-api.js';

const worker = { id: 'U0HOMEWRK1', name: '小李' };
const secretary = { id: 'U07MTSEC001', name: '王书记' };
const RIDERS = 'C0MTRIDERS';

let t: SlackTestApp;
beforeAll(async () => {
  t = await createSlackTestApp();
});
afterAll(async () => {
  await t?.close();
});

const homeText = (user: string) => JSON.stringify(t.api.homes.get(user)?.blocks ?? []);

describe('Slack', () => {
  it('/waystation in a channel answers the asker only (ephemeral), not the whole channel', async () => {
    const mark = t.api.calls.length;
    await t.command(t.p.command(worker, '/waystation', '', { channel: RIDERS, name: 'meituan-riders' }));
    await t.settle();
    const calls = t.api.calls.slice(mark);
    const ephemeral = calls.filter((c) => c.method === 'chat.postEphemeral');
    expect(ephemeral.length).toBeGreaterThan(0);
    expect(ephemeral[0]!.params).toMatchObject({ channel: RIDERS, user: worker.id });
    expect(calls.filter((c) => c.method === 'chat.postMessage' && c.params.channel === RIDERS)).toEqual([]);
  });

  it('a command refused in a channel (private only, not theirs, unknown) is told to the asker alone', async () => {
    for (const text of ['ticket XX-2026-000001', 'queue', 'nosuchcommand']) {
      const mark = t.api.mark();
      await t.command(t.p.command(worker, '/waystation', text, { channel: RIDERS, name: 'meituan-riders' }));
      const refusal = await t.api.waitFor('chat.postEphemeral', (p) => p.channel === RIDERS, { after: mark });
      await t.settle();
      expect(refusal.params.user).toBe(worker.id);
      expect(String(refusal.params.text)).toMatch(/私聊|权限|没有/);
      expect(t.api.since(mark).filter((c) => c.method === 'chat.postMessage')).toEqual([]);
    }
  });

  it('a station question without a place gets a Slack hint, not the Telegram 📎 one', async () => {
    await t.event(t.p.dm(worker, '哪里能热饭'));
    await t.settle();
    const answer = t.api.lastMessage(t.api.imOf(worker.id));
    const shown = `${answer?.text ?? ''}${JSON.stringify(answer?.blocks ?? [])}`;
    expect(shown).toContain('直接说地名');
    expect(shown).not.toContain('📎');
    expect(shown).not.toContain('Telegram');
  });

  it('the sample pack’s answers about finding stations and old notices work on Slack too (QA26 #3)', async () => {
    const answerTo = async (question: string) => {
      await t.event(t.p.dm(worker, question));
      await t.settle();
      const answer = t.api.lastMessage(t.api.imOf(worker.id));
      return `${answer?.text ?? ''}${JSON.stringify(answer?.blocks ?? [])}`;
    };
    const finding = await answerTo('怎么让机器人帮我找驿站');
    expect(finding).toContain('最快：直接打字说地名');
    // Sharing a location is Telegram's alone, and said so.
    expect(finding).toMatch(/在 Telegram 私聊里也可以发送你的位置/);
    expect(await answerTo('以前的通知在哪找')).toContain('Slack 是频道里');
  });

  it("the Home tab shows a worker's role and open reports, and a secretary's queue", async () => {
    await t.event(t.p.homeOpened(worker.id));
    await t.settle();
    expect(homeText(worker.id)).toContain('您的身份：工友');
    expect(homeText(worker.id)).toContain('目前没有进行中的反映');

    await t.event(t.p.homeOpened(secretary.id));
    await t.settle();
    expect(homeText(secretary.id)).toContain('您的身份：支部书记');
    expect(homeText(secretary.id)).toMatch(/待办 \d+ 件，超时 \d+ 件/);
  });
});
