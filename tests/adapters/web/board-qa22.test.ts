/**
 * QA22, the board for a secretary who uses the keyboard only or a screen reader: the first Tab skips the
 * nav to the page, the nav says which page is open, a report's page has a heading, and the figures' charts
 * say in words what they draw.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpServer } from '../../../src/http/server.js';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { bindGroups, boardLink, fileFrom } from '../../core/reports/drive.js';
import { launchChromium, serveBoard } from './browser.js';

let app: TestApp;
let http: HttpServer;
let base: string;
let browser: Browser;
let id: string;

beforeAll(async () => {
  app = await createTestApp();
  await bindGroups(app);
  id = await fileFrom(app, 'rider-1', 'riders-meituan', '超时被罚款50元，站长不讲理', {
    category: '薪酬与罚款',
  });
  ({ http, base } = await serveBoard(app.app));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await http?.close();
  await app?.close();
});

async function signIn(user: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  expect((await page.goto(`${base}/board/login?t=${await boardLink(app, user)}`))!.status()).toBe(200);
  return page;
}

const focused = (page: Page) => page.evaluate<string>("document.activeElement?.textContent?.trim() ?? ''");

describe('with the keyboard only', () => {
  it('the first Tab offers to skip the nav, and Enter lands on the page', async () => {
    const page = await signIn('sec-meituan');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // The next stop is on the page (signed in as…, log out), not the nav's first link.
    expect(await focused(page)).toBe('退出');
  });
});

describe('with a screen reader', () => {
  it('the nav is a named landmark that says which page is open', async () => {
    const page = await signIn('sec-meituan');
    await page.goto(`${base}/board/figures`);
    const nav = page.getByRole('navigation', { name: '驿站工作台' });
    expect(await nav.locator('[aria-current="page"]').textContent()).toBe('数据');
  });

  it("a report's page is headed by its number", async () => {
    const page = await signIn('sec-meituan');
    await page.goto(`${base}/board/t/${id}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(id);
  });

  it('the charts say in words what they draw', async () => {
    const page = await signIn('sec-meituan');
    await page.goto(`${base}/board/figures`);
    await page.locator('#trend canvas').waitFor();
    const words = (await page.locator('#trend').getAttribute('aria-label')) ?? '';
    expect(words).toContain('响应率：');
    expect(words).not.toContain('NaN');
    expect(await page.locator('#cats').getAttribute('aria-label')).toContain('薪酬与罚款：');
  });
});
