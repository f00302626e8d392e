/**
 * QA18, the board at a district's volume: a figures cluster's link must open exactly the reports it counts.
 * A past month's cluster read only the district's newest 2,000 tickets (three months on, it opened none).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { NewTicket } from '../../../src/core/ports/tickets.js';
import { createTestApp } from '../../helpers/app.js';
import { clock, HOUR } from '../../core/reports/helpers.js';
import { useBoard } from './browser.js';
import { fileAt } from './volume.js';

const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 7, 20, 2, 0, 0);
const c = clock(NOW);
const board = useBoard({ start: () => createTestApp({ now: c.now }) });
/** A ticket filed at `at` through the store's own create (the figures counted as intake counts them). */
const file = (at: number, over: Partial<NewTicket>) => fileAt(board.app, at, over);

/** The ticket numbers the queue page lists. */
const listed = (page: Page) =>
  page.$$eval('tr[data-ticket]', (rows) => rows.map((r) => r.getAttribute('data-ticket')));

describe("a past month's cluster in a busy district", () => {
  it('opens its reports although 2,000 came in after them', async () => {
    const may = Date.UTC(2026, 4, 10, 2, 0, 0);
    const cluster = [
      await file(may, { area: '五角场', branch: 'street-wujiaochang' }),
      await file(may + DAY, { area: '五角场', branch: 'street-wujiaochang' }),
    ];
    // Three months of a busy district after them.
    const later = Date.UTC(2026, 5, 1, 2, 0, 0);
    for (let i = 0; i < 2050; i++)
      await file(later + i * HOUR, { branch: 'eleme-yangpu', category: 'other', area: '控江路' });

    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/figures?month=2026-05`);
    const link = page.locator('#clusters a').first();
    expect(await page.locator('#clusters li').first().textContent()).toContain('五角场: 2');
    await link.click();
    await page.waitForURL(/\/board\?/);
    expect(page.url()).toContain('until=2026-05-31');
    expect((await listed(page)).sort()).toEqual(cluster.sort());
    expect(await page.textContent('body')).toContain('共 2 件');
  });
});

describe("an industry branch's cluster", () => {
  it('opens the reports at that street, not the whole category with "invalid filter"', async () => {
    const at = NOW - 2 * DAY;
    const cluster = [
      await file(at, { category: 'health', area: '五角场' }),
      await file(at + HOUR, { category: 'health', area: '五角场' }),
    ];
    await file(at + 2 * HOUR, { category: 'health' });
    await file(at + 3 * HOUR, { category: 'health', area: '控江路' });

    // meituan-yangpu covers no streets of its own; its riders' reports name them all the same.
    const page = await board.signIn('sec-meituan');
    await page.goto(`${board.base}/board/figures`);
    await page.locator('#clusters li', { hasText: '五角场' }).locator('a').click();
    await page.waitForURL(/\/board\?/);
    const body = await page.textContent('body');
    expect(body).not.toContain('无效');
    expect((await listed(page)).sort()).toEqual(cluster.sort());
    // The area select offers the street, chosen.
    expect(await page.locator('select[name=area]').inputValue()).toBe('五角场');
  });
});
