/**
 * A Slack secretary asks for the board (`/waystation board`) and gets a sign-in link only they see, in a
 * private message; the link signs them in once, and the board shows their branch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard } from '../../../src/adapters/web/board.js';
import { createSlackTestApp, type SlackTestApp } from '../../helpers/fake-slack-api.js';

const secretary = { id: 'U07MTSEC001', name: '王书记' };
const worker = { id: 'U0BOARDWK1', name: '小周' };

let t: SlackTestApp;
beforeAll(async () => {
  t = await createSlackTestApp();
});
afterAll(async () => {
  await t?.close();
});

const shown = (m: { text?: string; blocks?: unknown } | undefined) =>
  `${m?.text ?? ''}${JSON.stringify(m?.blocks ?? [])}`;

describe('Slack /board', () => {
  it('sends a secretary a single-use link in private that opens the board on their branch', async () => {
    await t.command(t.p.command(secretary, '/waystation', 'board', { channel: t.api.imOf(secretary.id) }));
    await t.settle();
    const dm = shown(t.api.lastMessage(t.api.imOf(secretary.id)));
    const secret = /login\?t=([A-Za-z0-9_-]+)/.exec(dm)?.[1];
    expect(secret, dm).toBeDefined();

    const board = createBoard({ app: t.app, url: 'http://localhost:8080' });
    const login = await board.request(`/board/login?t=${secret}`);
    expect(login.status).toBe(303);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const page = await board.request('/board', { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('美团');
    // The same link a second time is refused.
    expect((await board.request(`/board/login?t=${secret}`)).status).toBe(401);
  });

  it('tells a worker they may not, with no link', async () => {
    await t.command(t.p.command(worker, '/waystation', 'board', { channel: t.api.imOf(worker.id) }));
    await t.settle();
    const reply = shown(t.api.lastMessage(t.api.imOf(worker.id)));
    expect(reply).toContain('需要相应权限');
    expect(reply).not.toContain('login?t=');
  });
});
