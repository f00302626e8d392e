/**
 * What the browser QA of round 9 (a new district, 石家庄裕华, used for real) found on the board, checked in
 * Debian's chromium (playwright-core) on that district's own pack.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../helpers/app.js';
import { drawnTexts, useBoard } from './browser.js';
import { press } from '../../core/reports/helpers.js';

const YUHUA = resolve(import.meta.dirname, '../../../packs/yuhua');

const board = useBoard({ start: () => createTestApp({ contentDir: YUHUA }) });

/** A phone's screen. */
const viewport = { width: 390, height: 844 };

describe('the stations plot on a phone (QA round 9)', () => {
  it('keeps every station label inside the plot and never runs the longitudes together', async () => {
    const page = await board.signIn('org-liu', { viewport });
    await page.goto(`${board.base}/board/stations`);
    const width = await page.locator('#plot').evaluate((el) => el.clientWidth);
    const texts = await drawnTexts(page);
    // The easternmost station (石家庄东站司机之家, 114.5952) was cut at the right edge: "4 石家庄东站司机之". On a phone a
    // dot is labelled with its number since stop 43, and the table's card of that number names it.
    const labels = texts.filter((x) => /^\d+$/.test(x.text));
    expect(labels.map((x) => x.text)).toContain('4');
    expect(await page.locator('#stations tbody tr').nth(3).locator('td').first().textContent()).toBe(
      '4 石家庄东站司机之家',
    );
    for (const l of labels) {
      expect(l.left, l.text).toBeGreaterThanOrEqual(0);
      expect(l.right, l.text).toBeLessThanOrEqual(width);
    }
    // The longitudes under the plot: each one readable, none touching the next ("114.53114.54…").
    const lons = texts.filter((x) => /^114\.\d+$/.test(x.text)).sort((a, b) => a.left - b.left);
    expect(lons.length).toBeGreaterThan(1);
    for (let i = 1; i < lons.length; i++) {
      expect(lons[i]!.left, `${lons[i - 1]!.text} | ${lons[i]!.text}`).toBeGreaterThan(lons[i - 1]!.right);
    }
    await page.context().close();
  });
});

describe('the figures on a phone (QA round 9)', () => {
  it('draws nothing of the trend chart outside its box: the heading above names it', async () => {
    await board.app.type(':as org-liu', ':in riders-meituan 美团裕华骑手群', '/bind yh-meituan');
    // A report, so the trend has something to draw (the drive helpers read the sample pack's JN- numbers).
    await board.app.type(':as rider-1', ':in riders-meituan', '/report');
    await press(board.app, 'riders-meituan', '私下反映');
    await board.app.type('站长扣了我三百块钱，说是超时罚款，没有任何通知');
    for (const label of ['对，下一步', '匿名反映', '提交']) await press(board.app, 'rider-1', label);
    const page = await board.signIn('org-han', { viewport });
    await page.goto(`${board.base}/board/figures?lang=en`);
    const width = await page.locator('#trend').evaluate((el) => el.clientWidth);
    const texts = await drawnTexts(page, 'trend');
    // Before, the chart drew the heading again, wider than the phone: cut at both ends.
    expect(texts.map((x) => x.text)).not.toContain(await page.textContent('#trend-title'));
    expect(texts.map((x) => x.text)).toContain('Response');
    for (const x of texts) {
      expect(x.left, x.text).toBeGreaterThanOrEqual(0);
      expect(x.right, x.text).toBeLessThanOrEqual(width);
    }
    await page.context().close();
  });
});
