/**
 * The board at a real district's volume (QA18's leftovers): the notices page's 20 notices read at once, the gaps
 * page paged past its top 50, and the reports map.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoticeRecord } from '../../../src/core/ports/notices.js';
import type { HttpServer } from '../../../src/http/server.js';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { bindGroups, boardLink } from '../../core/reports/drive.js';
import { clock, HOUR } from '../../core/reports/helpers.js';
import { launchChromium, serveBoard } from './browser.js';

const NOW = Date.UTC(2026, 7, 20, 2, 0, 0);
const c = clock(NOW);
let app: TestApp;
let http: HttpServer;
let base: string;
let browser: Browser;

beforeAll(async () => {
  app = await createTestApp({ now: c.now });
  await bindGroups(app);
  ({ http, base } = await serveBoard(app.app));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await http?.close();
  await app?.close();
});

async function signIn(user: string, locale = 'zh-CN'): Promise<Page> {
  const page = await (await browser.newContext({ locale })).newPage();
  expect((await page.goto(`${base}/board/login?t=${await boardLink(app, user)}`))!.status()).toBe(200);
  return page;
}

describe('the notices page', () => {
  it('lists the newest 20 notices asking for 收到, newest first', async () => {
    const chats = (await app.app.store.groups.list()).map((g) => g.chat);
    expect(chats).toHaveLength(2);
    for (let i = 1; i <= 25; i++) {
      const at = NOW - (30 - i) * HOUR;
      const notice: NoticeRecord = {
        id: await app.app.store.notices.nextId(),
        by: 'console:org-li',
        byChat: 'org-li',
        createdAt: at,
        text: `第${i}号通知`,
        variants: {},
        audience: { all: true, branches: [], industries: [], tags: [] },
        chats,
        sendAt: at,
        pin: false,
        ack: true,
        status: 'queued',
      };
      await app.app.store.notices.save(notice);
    }
    await app.app.store.notices.ack('n25', chats[0]!, 'rider-1');

    const page = await signIn('org-li');
    await page.goto(`${base}/board/notices`);
    const rows = await page.$$eval('tr', (trs) =>
      trs.map((tr) => tr.textContent ?? '').filter((t) => t.includes('号通知')),
    );
    expect(rows.map((r) => /第(\d+)号通知/.exec(r)![1])).toEqual(
      Array.from({ length: 20 }, (_, i) => String(25 - i)),
    );
    // Each with its coverage: the newest has one of the two groups.
    expect(rows[0]).toContain('1/2');
    expect(rows[1]).toContain('0/2');
  });
});
