/**
 * A Slack secretary asks for the board (`/waystation board`) and gets a sign-in link only they see, in a
 * private message; the link signs them in once, and the board shows their branch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard } from '../../../src/adapters/web/board.js';
import { tokenMayGoTo } from '../../../src/adapters/slack/outbox.js';
import { createSlackTestApp, FAKE_SLACK_TOKEN, type SlackTestApp } from '../../helpers/fake-slack-api.js';
import { bindRiders, submitReport } from '../../core/reports/slack-loop.js';

const secretary = { id: 'U07MTSEC001', name: '王书记' };
const worker = { id: 'U0BOARDWK1', name: '小周' };
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let t: SlackTestApp;
beforeAll(async () => {
  t = await createSlackTestApp();
});
afterAll(async () => {
  await t?.close();
});

const shown = (m: { text?: string; blocks?: unknown } | undefined) =>
  `${m?.text ?? ''}${JSON.stringify(m?.blocks ?? [])}`;

/** The secretary asks for /waystation board and signs in with the link: the board and its cookie. */
async function boardSession() {
  await t.command(t.p.command(secretary, '/waystation', 'board', { channel: t.api.imOf(secretary.id) }));
  await t.settle();
  const secret = /login\?t=([A-Za-z0-9_-]+)/.exec(shown(t.api.lastMessage(t.api.imOf(secretary.id))))![1];
  const board = createBoard({ app: t.app, url: 'http://localhost:8080' });
  const login = await board.request(`/board/login?t=${secret}`);
  return { board, cookie: login.headers.get('set-cookie')!.split(';')[0]! };
}

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

describe('evidence from a Slack report on the board', () => {
  it('shows the photo the worker attached, fetched by the board with files.info and the token, kept a while; no token on the page', async () => {
    t.api.addFile('F0EVIDPNG1', PNG, { name: '地锁.png', mimetype: 'image/png' });
    await bindRiders(t);
    await submitReport(t, worker, {
      words: '站点门口的地锁把车卡坏了',
      category: 'other',
      photos: ['F0EVIDPNG1'],
    });
    const id = /([A-Z]+-\d{4}-\d+)/.exec(shown(t.api.lastMessage(t.api.imOf(worker.id))))![1]!;
    expect((await t.app.deps.store.tickets.get(id))!.evidence).toEqual([
      { kind: 'photo', fileId: 'F0EVIDPNG1' },
    ]);

    const { board, cookie } = await boardSession();
    const html = await (await board.request(`/board/t/${id}`, { headers: { cookie } })).text();
    expect(html).toContain(`<img class="thumb" src="/board/t/${id}/evidence/0" alt="照片 1"`);
    expect(html).not.toContain('evidence-note');
    expect(html).not.toContain(FAKE_SLACK_TOKEN);
    expect(html).not.toContain('files-pri');

    const before = t.api.callsOf('files.info').length;
    const res = await board.request(`/board/t/${id}/evidence/0`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('private, max-age=300');
    expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
    expect(t.api.callsOf('files.info').slice(before)).toEqual([{ file: 'F0EVIDPNG1' }]);
    expect(t.api.downloads.at(-1)).toEqual({ id: 'F0EVIDPNG1', authorised: true });
    // A second view within minutes is served from memory: Slack is not asked again.
    const again = await board.request(`/board/t/${id}/evidence/0`, { headers: { cookie } });
    expect(Buffer.from(await again.arrayBuffer()).equals(PNG)).toBe(true);
    expect(t.api.callsOf('files.info').length).toBe(before + 1);
    // Without a session the file is not served, cached or not.
    expect((await board.request(`/board/t/${id}/evidence/0`)).status).toBe(401);
    expect(JSON.stringify(t.logs)).not.toContain(FAKE_SLACK_TOKEN);
  });

  it('a file Slack no longer has is none; the token goes only to Slack hosts or the configured API', async () => {
    expect(await t.adapter.outbox.fetchFile!('slack', 'F0GONE0001')).toBeUndefined();
    expect(t.api.calls.at(-1)).toMatchObject({ method: 'files.info', error: 'file_not_found' });
    expect(await t.adapter.outbox.fetchFile!('slack', '../etc/passwd')).toBeUndefined();
    const api = 'https://slack.com/api/';
    expect(tokenMayGoTo('https://files.slack.com/files-pri/T1-F1/download/a.png', api)).toBe(true);
    expect(tokenMayGoTo('http://files.slack.com/files-pri/T1-F1/a.png', api)).toBe(false);
    expect(tokenMayGoTo('https://files.slack.com.evil.example/a.png', api)).toBe(false);
    expect(tokenMayGoTo('https://evil.example/slack.com', api)).toBe(false);
    expect(tokenMayGoTo(`${new URL(t.api.apiUrl).origin}/files-pri/x`, t.api.apiUrl)).toBe(true);
  });
});
