/**
 * Socket Mode (SLACK_APP_TOKEN): the app opens a WebSocket through apps.connections.open on the
 * configured Web API (never the public one in tests) and takes events, commands and presses over it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackTestApp, type SlackTestApp } from '../../helpers/fake-slack-api.js';

const rider = { id: 'U0SOCKET01', name: '刘师傅' };
const organiser = { id: 'U07ORGLI001', name: '李老师' };

let t: SlackTestApp;
beforeAll(async () => {
  t = await createSlackTestApp({ mode: 'socket' });
});
afterAll(async () => {
  await t?.close();
});

const commandPayload = (body: string) => Object.fromEntries(new URLSearchParams(body));

describe('Socket Mode', () => {
  it('connects through apps.connections.open on SLACK_API_URL', () => {
    expect(t.api.callsOf('apps.connections.open')).toHaveLength(1);
    expect(t.api.socket.connections).toBe(1);
  });

  it('answers a DM once, even when Slack redelivers the envelope', async () => {
    const mark = t.api.mark();
    const envelope = t.p.dm(rider, '附近哪里能充电');
    await t.api.socket.deliver('events_api', envelope);
    await t.settle();
    await t.api.socket.deliver('events_api', envelope, { retryAttempt: 1 });
    await t.settle();
    const posts = t.api.since(mark).filter((c) => c.method === 'chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.params.channel).toBe(t.api.imOf(rider.id));
  });

  it('takes slash commands and button presses, acknowledging each', async () => {
    const CH = 'C0SOCKBIND';
    await t.api.socket.deliver(
      'slash_commands',
      commandPayload(t.p.command(organiser, '/bind', '', { channel: CH })),
    );
    await t.settle();
    const card = t.api.lastMessage(CH)!;
    expect(JSON.stringify(card.blocks)).toContain('bind:sf-yangpu');
    const press = JSON.parse(
      String(new URLSearchParams(t.p.press(organiser, card, 'bind:sf-yangpu')).get('payload')),
    );
    await t.api.socket.deliver('interactive', press);
    await t.settle();
    expect(await t.app.deps.store.groups.get(`slack:${CH}`)).toMatchObject({ branch: 'sf-yangpu' });
  });

  it('disconnects on stop', async () => {
    await t.adapter.stop();
    for (let i = 0; i < 50 && t.api.socket.connections; i++) await new Promise((r) => setTimeout(r, 20));
    expect(t.api.socket.connections).toBe(0);
  });
});
