/**
 * The board at a real district's volume (QA18's leftovers): the notices page's 20 notices read at once, the gaps
 * page paged past its top 50, and the reports map.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { NoticeRecord } from '../../../src/core/ports/notices.js';
import type { NewTicket } from '../../../src/core/ports/tickets.js';
import { createTestApp } from '../../helpers/app.js';
import { bindGroups } from '../../core/reports/drive.js';
import { clock, HOUR } from '../../core/reports/helpers.js';
import { useBoard } from './browser.js';
import { fileAt } from './volume.js';

const NOW = Date.UTC(2026, 7, 20, 2, 0, 0);
const c = clock(NOW);
const board = useBoard({ start: () => createTestApp({ now: c.now }), before: bindGroups });

/** The gap rows a gaps page lists: [question, count]. */
const gapRows = (page: Page) =>
  page.$$eval('#gaps tbody tr', (rows) =>
    rows.map((r) => [r.children[0]!.textContent ?? '', r.children[1]!.textContent ?? '']),
  );

/** A ticket filed at `at` through the store's own create, as intake files it. */
const file = (at: number, over: Partial<NewTicket>) => fileAt(board.app, at, over);

/**
 * What the reports map draws: each cluster's count (the number on its bubble, beside its name said in words; its
 * categories' signs are under it) and each single point, summed.
 */
const drawn = (page: Page) =>
  page.evaluate<number>(`(() => {
    const clusters = [...document.querySelectorAll('#reports-map .marker-cluster > div > span[aria-hidden]')].map((e) => Number(e.textContent));
    const singles = document.querySelectorAll('#reports-map .report-pin').length;
    return clusters.reduce((a, b) => a + b, 0) + singles;
  })()`);

describe('the notices page', () => {
  it('lists the newest 20 notices asking for 收到, newest first', async () => {
    const chats = (await board.app.app.store.groups.list()).map((g) => g.chat);
    expect(chats).toHaveLength(2);
    for (let i = 1; i <= 25; i++) {
      const at = NOW - (30 - i) * HOUR;
      const notice: NoticeRecord = {
        id: await board.app.app.store.notices.nextId(),
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
      await board.app.app.store.notices.save(notice);
    }
    await board.app.app.store.notices.ack('n25', chats[0]!, 'rider-1');

    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/notices`);
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
    const faq = board.app.app.store.faq;
    for (let i = 0; i < 3; i++) await faq.logGap('最常问的问题', { text: '最常问的问题' });
    for (let i = 0; i < 120; i++) await faq.logGap(`第${i}个没答上的问题`, { text: `第${i}个没答上的问题` });

    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/gaps`);
    const first = await gapRows(page);
    expect(first).toHaveLength(50);
    expect(first[0]).toEqual(['最常问的问题', '3']);
    expect(await page.textContent('#gaps-pager')).toContain('第 1/3 页，共 121 个问题');

    // The chat's pair of paging words (page-prev / page-next), not the board's own "下一页 →" (stop 43).
    const next = page.locator('#gaps-pager').getByRole('link', { name: '下一页 ›', exact: true });
    await next.click();
    expect(await page.textContent('#gaps-pager')).toContain('第 2/3 页');
    expect(await page.locator('#gaps-pager a').allTextContents()).toEqual(['‹ 上一页', '下一页 ›']);
    const second = await gapRows(page);
    await next.click();
    const third = await gapRows(page);
    expect(third).toHaveLength(21);
    // Every question once over the three pages; the last page's are handled as the first's.
    expect(new Set([...first, ...second, ...third].map(([q]) => q)).size).toBe(121);
    expect(await page.locator('#gaps tbody tr').last().locator('a.act').textContent()).toBe('处理');
    expect(await page.locator('#gaps-pager a').allTextContents()).toEqual(['‹ 上一页']);

    // A page past the end answers as the queue does: the last page, and which page was asked for.
    const past = await page.goto(`${board.base}/board/gaps?page=9`);
    expect(past!.status()).toBe(400);
    expect(await page.textContent('#filter-error')).toContain('没有第 9 页（共 3 页），下面是第 3 页。');
    expect(await gapRows(page)).toEqual(third);

    const en = await board.signIn('org-li', { locale: 'en' });
    await en.goto(`${board.base}/board/gaps?page=2&lang=en`);
    expect(await en.textContent('#gaps-pager')).toContain('Page 2 of 3, 121 questions in all');
    expect(await en.locator('#gaps-pager a').allTextContents()).toEqual(['‹ Previous page', 'Next page ›']);
    await en.goto(`${board.base}/board/gaps?page=2&lang=zh-TW`);
    expect(await en.locator('#gaps-pager a').allTextContents()).toEqual(['‹ 上一頁', '下一頁 ›']);
  });

  it('keeps the page after an action: linking a gap to an entry or writing its answer goes back to that page', async () => {
    // The 121 questions above, and 31 more: four pages, the last with two questions.
    const faq = board.app.app.store.faq;
    for (let i = 0; i < 31; i++)
      await faq.logGap(`骑手体检问题${i}`, { text: `骑手体检在哪里预约（第${i}问）` });
    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/gaps?page=3`);
    expect(await page.textContent('#gaps-pager')).toContain('第 3/4 页，共 152 个问题');
    const row = page.locator('#gaps tbody tr').first();
    const question = (await row.locator('td').first().textContent())!;

    // "This is entry X" on a question of page 3: back on page 3, the question gone, what was done said.
    await row.locator('a.act').click();
    await page.locator('#closest form button').first().click();
    expect(await page.textContent('#done')).toContain('已记下');
    expect(await page.textContent('#gaps-pager')).toContain('第 3/4 页，共 151 个问题');
    expect((await gapRows(page)).map(([q]) => q)).not.toContain(question);
    expect(new URL(page.url()).searchParams.get('page')).toBe('3');

    // The answer written on the last page's only question: that page is gone, so the new last one, no complaint.
    await page.goto(`${board.base}/board/gaps?page=4`);
    expect(await gapRows(page)).toHaveLength(1);
    await page.locator('#gaps tbody tr a.act').first().click();
    await page.fill('input[name="title"]', '体检预约在哪');
    await page.fill('textarea[name="answer"]', '找站长报名，每月一次。');
    const back = page.waitForNavigation();
    await page.locator('form:has(textarea) button').click();
    const res = await back;
    expect(res!.status()).toBe(200);
    expect(await page.locator('#filter-error').count()).toBe(0);
    expect(await page.textContent('#gaps-pager')).toContain('第 3/3 页，共 150 个问题');
    expect(await page.textContent('#done')).toContain('draft-');
  });
});

describe('the reports map', () => {
  it("draws the month's located reports of the viewer's branches, and a cluster opens exactly its reports", async () => {
    const at = NOW - 2 * 24 * HOUR;
    const near = [
      await file(at, { location: { lat: 31.3, lon: 121.51 } }),
      await file(at + HOUR, { location: { lat: 31.3003, lon: 121.5102 } }),
      await file(at + 2 * HOUR, { location: { lat: 31.2998, lon: 121.5097 } }),
    ];
    const far = await file(at, { category: 'health', location: { lat: 31.25, lon: 121.45 } });
    await file(at, {}); // no location: not on the map
    // July, at the same spot: not in August's map nor in its cluster's queue.
    await file(Date.UTC(2026, 6, 20, 2), { location: { lat: 31.3001, lon: 121.5101 } });
    const eleme = [
      await file(at, { branch: 'eleme-yangpu', category: 'other', location: { lat: 31.35, lon: 121.56 } }),
      await file(at, {
        branch: 'eleme-yangpu',
        category: 'other',
        location: { lat: 31.3502, lon: 121.5601 },
      }),
    ];

    const org = await board.signIn('org-li');
    await org.goto(`${board.base}/board`);
    await org.click('header >> text=反映地图');
    await org.waitForSelector('#reports-map .marker-cluster');
    expect(await org.textContent('#map-count')).toContain('2026-08 有位置的反映：6 件');
    expect(await drawn(org)).toBe(6);
    // By category: the legend's link shows one alone.
    await org.click('#map-legend >> text=健康');
    await org.waitForSelector('#reports-map .report-pin');
    expect(await org.textContent('#map-count')).toContain('1 件');
    expect(await drawn(org)).toBe(1);

    // A secretary sees their branch's points only; the page names no other branch's ticket.
    const sec = await board.signIn('sec-meituan');
    await sec.goto(`${board.base}/board/map?month=2026-08`);
    await sec.waitForSelector('#reports-map .marker-cluster');
    expect(await drawn(sec)).toBe(4);
    const html = await sec.content();
    for (const id of eleme) expect(html).not.toContain(id);
    expect(html).not.toContain('rider-');

    // A point opens its ticket.
    await sec.locator('#reports-map .report-pin').click();
    await sec.locator('.leaflet-popup a', { hasText: far }).click();
    await sec.waitForURL(/\/board\/t\//);
    expect(sec.url()).toContain(`/board/t/${far}`);

    // A cluster opens the queue of exactly its reports.
    await sec.goto(`${board.base}/board/map?month=2026-08`);
    await sec.locator('#reports-map .marker-cluster', { hasText: '3' }).click();
    expect(await sec.textContent('.cluster-popup')).toContain('3 件反映');
    await sec.click('.cluster-popup a');
    await sec.waitForURL(/\/board\?/);
    expect(sec.url()).toContain('box=');
    const listed = await sec.$$eval('tr[data-ticket]', (rows) =>
      rows.map((r) => r.getAttribute('data-ticket')),
    );
    expect(listed.sort()).toEqual([...near].sort());
    expect(await sec.textContent('#box')).toContain('只看地图上圈出的这一片');
  });
});

describe('closed and all lists in a busy district', () => {
  it("a secretary's list reads their own branch's tickets; a list cut at 2,000 says so and narrows by days", async () => {
    const may = [];
    for (let i = 0; i < 5; i++)
      may.push(await file(Date.UTC(2026, 4, 10 + i, 2), { category: 'housing', summary: '五月的反映' }));
    // A busy other branch after them: the district's newest 2,000 are all theirs.
    const june = Date.UTC(2026, 5, 1, 2);
    for (let i = 0; i < 2010; i++)
      await file(june + i * 10 * 60_000, { branch: 'eleme-yangpu', category: 'other' });

    const sec = await board.signIn('sec-meituan');
    await sec.goto(`${board.base}/board?state=all`);
    const listed = await sec.$$eval('tr[data-ticket]', (rows) =>
      rows.map((r) => r.getAttribute('data-ticket')),
    );
    expect(listed).toEqual(expect.arrayContaining(may));
    expect(await sec.locator('#capped').count()).toBe(0);

    // The organiser's list is cut (a category is filtered within the newest 2,000, and May's are older): the page
    // says so, and the days it offers bring May back, the category kept.
    const org = await board.signIn('org-li');
    await org.goto(`${board.base}/board?state=all&category=housing`);
    expect(await org.locator('tr[data-ticket]').count()).toBe(0);
    expect(await org.textContent('#capped')).toContain('这里只列出了最近的 2,000 件');
    await org.fill('#capped input[name=since]', '2026-05-01');
    await org.fill('#capped input[name=until]', '2026-05-31');
    await org.click('#capped button');
    await org.waitForURL(/until=2026-05-31/);
    const narrowed = await org.$$eval('tr[data-ticket]', (rows) =>
      rows.map((r) => r.getAttribute('data-ticket')),
    );
    expect(narrowed.sort()).toEqual([...may].sort());
    expect(await org.locator('#capped').count()).toBe(0);

    // On a Chinese phone, the English page's day fields speak English: the format said under them, a wrong day
    // refused in English (<input type="date"> drew "年/月/日" and a Chinese calendar).
    await org.goto(`${board.base}/board?state=all&category=housing&lang=en`);
    expect(await org.textContent('#date-hint')).toMatch(
      /^Write a date as year-month-day, e\.g\. \S*\d{4}-\d{2}-\d{2}\S*\.$/,
    );
    await org.fill('#capped input[name=since]', 'May 1');
    expect(
      await org
        .locator('#capped input[name=since]')
        .evaluate((el) => (el as unknown as { validationMessage: string }).validationMessage),
    ).toMatch(/^Write the date as year-month-day/);
  }, 120_000);
});
