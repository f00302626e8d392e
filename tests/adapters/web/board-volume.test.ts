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

/** The gap rows a gaps page lists: [question, count]. */
const gapRows = (page: Page) =>
  page.$$eval('#gaps tbody tr', (rows) =>
    rows.map((r) => [r.children[0]!.textContent ?? '', r.children[1]!.textContent ?? '']),
  );

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

describe('the gaps page', () => {
  it('pages all the unanswered questions, 50 a page, most asked first, each with its action', async () => {
    const faq = app.app.store.faq;
    for (let i = 0; i < 3; i++) await faq.logGap('最常问的问题', { text: '最常问的问题' });
    for (let i = 0; i < 120; i++) await faq.logGap(`第${i}个没答上的问题`, { text: `第${i}个没答上的问题` });

    const page = await signIn('org-li');
    await page.goto(`${base}/board/gaps`);
    const first = await gapRows(page);
    expect(first).toHaveLength(50);
    expect(first[0]).toEqual(['最常问的问题', '3']);
    expect(await page.textContent('#gaps-pager')).toContain('第 1/3 页，共 121 个问题');

    await page.click('#gaps-pager >> text=下一页');
    expect(await page.textContent('#gaps-pager')).toContain('第 2/3 页');
    const second = await gapRows(page);
    await page.click('#gaps-pager >> text=下一页');
    const third = await gapRows(page);
    expect(third).toHaveLength(21);
    // Every question once over the three pages; the last page's are handled as the first's.
    expect(new Set([...first, ...second, ...third].map(([q]) => q)).size).toBe(121);
    expect(await page.locator('#gaps tbody tr').last().locator('a.act').textContent()).toBe('处理');
    expect(await page.locator('#gaps-pager >> text=下一页').count()).toBe(0);

    // A page past the end answers as the queue does: the last page, and which page was asked for.
    const past = await page.goto(`${base}/board/gaps?page=9`);
    expect(past!.status()).toBe(400);
    expect(await page.textContent('#filter-error')).toContain('没有第 9 页（共 3 页），下面是第 3 页。');
    expect(await gapRows(page)).toEqual(third);

    const en = await signIn('org-li', 'en');
    await en.goto(`${base}/board/gaps?page=2&lang=en`);
    expect(await en.textContent('#gaps-pager')).toContain('Page 2 of 3, 121 questions in all');
  });
});
