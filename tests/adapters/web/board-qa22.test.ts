/**
 * QA22, the board for a secretary who uses the keyboard only or a screen reader: the first Tab skips the
 * nav to the page, the nav says which page is open, a report's page has a heading, and the figures' charts
 * say in words what they draw; the reports map is worked with Tab and Enter and tells categories apart by a sign,
 * not colour alone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bindGroups, fileFrom } from '../../core/reports/drive.js';
import { useBoard } from './browser.js';

let id: string;

const board = useBoard({
  before: async (app) => {
    await bindGroups(app);
    id = await fileFrom(app, 'rider-1', 'riders-meituan', '超时被罚款50元，站长不讲理', {
      category: '薪酬与罚款',
    });
  },
});

const focused = (page: Page) => page.evaluate<string>("document.activeElement?.textContent?.trim() ?? ''");

describe('with the keyboard only', () => {
  it('the first Tab offers to skip the nav, and Enter lands on the page', async () => {
    const page = await board.signIn('sec-meituan');
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
    const page = await board.signIn('sec-meituan');
    await page.goto(`${board.base}/board/figures`);
    const nav = page.getByRole('navigation', { name: '驿站工作台' });
    expect(await nav.locator('[aria-current="page"]').textContent()).toBe('数据');
  });

  it("a report's page is headed by its number", async () => {
    const page = await board.signIn('sec-meituan');
    await page.goto(`${board.base}/board/t/${id}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(id);
  });

  it('the charts say in words what they draw', async () => {
    const page = await board.signIn('sec-meituan');
    await page.goto(`${board.base}/board/figures`);
    await page.locator('#trend canvas').waitFor();
    // In words on the page after each chart (a screen reader reads them, the drawn chart is hidden from it).
    const words = (await page.locator('#trend-words').textContent()) ?? '';
    expect(words).toContain('响应率：');
    expect(words).not.toContain('NaN');
    expect(await page.locator('#cats-words').textContent()).toContain('薪酬与罚款：');
    expect(await page.getAttribute('#trend', 'aria-hidden')).toBe('true');
  });
});

/** A report from `user` with a shared location, as a rider sends it in the chat. */
const reportAt = (user: string, loc: string, text: string) =>
  fileFrom(board.app, user, 'riders-meituan', text, { anonymous: true, attach: `:loc ${loc}` });

describe('the reports map with the keyboard, and not by colour alone (QA22 #12)', () => {
  it('Tab reaches a point and a cluster, Enter opens them; the marker carries the legend sign', async () => {
    const far = await reportAt('rider-m1', '31.3300 121.5400', '这个路口的井盖松了，电动车过去会颠');
    await reportAt('rider-m2', '31.3040 121.5150', '路口的井盖松了，晚上看不见');
    await reportAt('rider-m3', '31.30401 121.51501', '井盖松动，差点摔车');

    // Road hazards go to the district's branch: the organiser's map has them.
    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/map`);
    await page.waitForSelector('#reports-map .report-pin');
    // The point is a button named by its ticket and category, with its category's sign on it, as in the legend.
    const pin = page.locator('#reports-map .report-pin');
    const title = (await pin.getAttribute('title')) ?? '';
    expect(title.startsWith(`${far} · `)).toBe(true);
    const category = title.slice(`${far} · `.length);
    const sign = (await pin.locator('.sign').textContent())!.trim();
    expect(sign).toHaveLength(1);
    // Its name is said from words inside it (the same as its title), which carry a lang where a title cannot.
    expect(await pin.locator('.sr').textContent()).toBe(title);
    expect(
      (await page.locator('#map-legend li', { hasText: category }).locator('.sign').textContent())!.trim(),
    ).toBe(sign);

    // Tab on from the legend's last link reaches the map's markers; Enter on the point opens its popup.
    await page.locator('#map-legend a').last().focus();
    const reached: string[] = [];
    for (let i = 0; i < 6 && reached.length < 2; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate<string>(
        "document.activeElement?.closest('#reports-map') ? document.activeElement.getAttribute('title') ?? '' : ''",
      );
      if (name) reached.push(name);
      if (name === title) {
        await page.keyboard.press('Enter');
        expect(await page.evaluate<string>('document.activeElement?.textContent ?? ""')).toBe(far);
        await page.locator('#reports-map .report-pin').focus();
      }
      // A cluster is named by its count and what is in it (the signs under it say the same).
      if (name === '2 件反映：道路隐患 2') {
        await page.keyboard.press('Enter');
        expect(await page.textContent('.cluster-popup')).toContain('2 件反映');
        await expect
          .poll(() => page.evaluate<string>('document.activeElement?.textContent ?? ""'))
          .toBe('在待办中打开');
        await page.locator('#reports-map .marker-cluster').focus();
      }
    }
    expect(reached.sort()).toEqual(['2 件反映：道路隐患 2', title].sort());
  });
});
