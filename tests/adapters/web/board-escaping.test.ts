/**
 * A pack or a chat that writes markup (stop 40's list, #1): every value from the pack (category, branch and station
 * names, their English variants) or from Redis (a group's title, a report's words, a question) reaches the board's
 * pages as text — in the HTML, its attributes, the maps' markers and popups, the charts' tooltips — and a colour
 * reaches a style only when it is a colour. Real app (console), real Redis, chromium.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ContentPack } from '../../../src/core/content/schema.js';
import { cssColour } from '../../../src/adapters/web/html.js';
import { bindGroups } from '../../core/reports/drive.js';
import { useBoard, useTiledBoard } from './browser.js';
import { fileAt } from './volume.js';

/** Each hostile value carries an element id: the page is safe when no element with a `pwn` id exists. */
const CATEGORY = `<img src=x id=pwn-cat>道路"隐患'&amp;$&`;
const CATEGORY_EN = `<b id=pwn-cat-en>Road</b> hazards`;
const STATION = `<img src=x id=pwn-station>五角场驿站`;
const BRANCH = `<i id=pwn-branch>美团</i>骑手支部`;
const GROUP = `<img src=x id=pwn-group>骑手群`;
const WORDS = `<script id=pwn-text>alert(1)</script>井盖松了`;
const QUESTION = `<img src=x id=pwn-gap>电动车哪里充电`;

const tickets: string[] = [];

/** The sample pack with markup in its names; the bot reloads it as it would an edited pack. */
function hostile(pack: ContentPack): ContentPack {
  return {
    ...pack,
    categories: {
      ...pack.categories,
      categories: pack.categories.categories.map((c) =>
        c.id === 'road-hazard'
          ? { ...c, name: CATEGORY, variants: { ...c.variants, en: { name: CATEGORY_EN } } }
          : c,
      ),
    },
    stations: pack.stations.map((s, i) => (i ? s : { ...s, name: STATION, address: STATION })),
    branches: pack.branches.map((b) => (b.id === 'meituan-yangpu' ? { ...b, name: BRANCH } : b)),
  };
}

const board = useBoard({
  before: async (app) => {
    await bindGroups(app);
    await app.type(`:in riders-hostile ${GROUP}`, '/bind meituan-yangpu');
    const now = app.app.deps.now().getTime();
    // Two beside the first station (a cluster), one far off (a point alone).
    const { lat, lon: at } = app.app.deps.content.get().stations[0]!;
    for (const [i, lon] of [at + 0.001, at + 0.00101, at + 0.1].entries())
      tickets.push(
        await fileAt(app, now - (i + 1) * 60_000, {
          category: 'road-hazard',
          summary: WORDS,
          text: WORDS,
          location: { lat, lon },
        }),
      );
    await app.app.deps.store.faq.logGap(QUESTION);
    app.app.deps.content.replace(hostile(app.app.deps.content.get()));
  },
});
const tiled = useTiledBoard(board);

/** No element the hostile values carry exists on the page (none was parsed as markup). */
const injected = (page: Page) => page.locator('[id^="pwn"]').count();

/** Shows a chart's tooltip for a data item, as a hover does; returns the tooltip's text. */
async function tooltip(page: Page, chart: string, seriesIndex: number, dataIndex: number) {
  await page.waitForSelector(`#${chart} canvas`);
  await page.evaluate(
    `echarts.getInstanceByDom(document.getElementById('${chart}')).dispatchAction({ type: 'showTip', seriesIndex: ${seriesIndex}, dataIndex: ${dataIndex} })`,
  );
  const tip = page.locator(`#${chart} > div:not(:first-child)`).last();
  await expect.poll(() => tip.textContent()).not.toBe('');
  return (await tip.textContent()) ?? '';
}

describe('markup in the pack and in the chat stays text', () => {
  it('on the queue, a ticket, the notices and the gaps, in Chinese and English', async () => {
    const page = await board.signIn('org-li');
    for (const lang of ['zh-CN', 'en']) {
      await page.goto(`${board.base}/board?lang=${lang}&state=all`);
      const row = page.locator(`#queue tr[data-ticket="${tickets[0]}"]`);
      expect(await row.locator('.q-sum').textContent()).toBe(WORDS);
      expect(await row.locator('.q-cat').textContent()).toBe(lang === 'en' ? CATEGORY_EN : CATEGORY);
      expect(await page.locator('select[name="category"] option', { hasText: 'pwn-cat' }).count()).toBe(1);
      expect(await injected(page)).toBe(0);

      await page.goto(`${board.base}/board/t/${tickets[0]}?lang=${lang}`);
      expect(await page.textContent('#ticket')).toContain(WORDS);
      expect(await page.textContent('#location-near')).toContain(STATION);
      expect(await injected(page)).toBe(0);

      await page.goto(`${board.base}/board/notices?lang=${lang}`);
      expect(await page.textContent('#unreached')).toContain(GROUP);
      expect(await injected(page)).toBe(0);

      await page.goto(`${board.base}/board/gaps?lang=${lang}`);
      expect(await page.textContent('#gaps')).toContain(QUESTION);
      expect(await injected(page)).toBe(0);
    }
    await page.context().close();
  });

  it('on the figures: the legend, the clusters and the chart’s tooltip', async () => {
    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/figures`);
    expect(await page.textContent('#cats-legend')).toContain(CATEGORY);
    expect(await page.textContent('#clusters-noplace, #clusters')).toContain(CATEGORY);
    expect(await page.textContent('#rates')).toContain(BRANCH);
    // The last month of the twelve: this month's bar, the hostile category's.
    expect(await tooltip(page, 'cats', 0, 11)).toContain(CATEGORY);
    expect(await injected(page)).toBe(0);
    await page.context().close();
  });

  it('on the reports map: the legend, a cluster’s sign and name, a point’s popup', async () => {
    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/map`);
    const cluster = page.locator('#reports-map .marker-cluster');
    await cluster.waitFor();
    // The sign is the name's first character, "<", shown as itself on the cluster and in the legend.
    expect(await cluster.locator('.cluster-signs .sign').allTextContents()).toEqual(['<']);
    expect(await page.locator('#map-legend .sign').allTextContents()).toEqual(['<']);
    expect(await page.textContent('#map-legend')).toContain(CATEGORY);
    expect(await cluster.getAttribute('title')).toBe(`2 件反映：${CATEGORY} 2`);
    // The lone point's popup: its ticket and category, as text.
    await page.locator('#reports-map .report-pin').click();
    expect(await page.textContent('#reports-map .leaflet-popup-content')).toBe(`${tickets[2]} · ${CATEGORY}`);
    // Every colour in a style is one (the legend's and the markers').
    const colours = await page
      .locator('#map-legend .sign, #reports-map .sign')
      .evaluateAll((els) =>
        els.map((e) => (e as unknown as { style: { borderColor: string } }).style.borderColor),
      );
    expect(colours.length).toBeGreaterThan(2);
    for (const c of colours) expect(c).toMatch(/^rgb\(\d+, \d+, \d+\)$/);
    expect(await injected(page)).toBe(0);
    await page.context().close();
  });

  it('on the stations: the table, the plot’s tooltip, and the tiled map’s popup', async () => {
    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/stations`);
    expect(await page.textContent('#stations tbody tr:first-child')).toContain(STATION);
    expect(await tooltip(page, 'plot', 0, 0)).toBe(`1 ${STATION}`);
    expect(await injected(page)).toBe(0);

    await page.goto(`${tiled.base}/board/stations`);
    await page.waitForSelector('#map .map-pin');
    await page.locator('#map path.leaflet-interactive').first().dispatchEvent('click');
    expect(await page.textContent('#map .leaflet-popup-content')).toContain(STATION);
    expect(await injected(page)).toBe(0);
    await page.context().close();
  });

  it('a colour reaches a style only when it is one', () => {
    expect(cssColour('#4e79a7')).toBe('#4e79a7');
    for (const bad of ['red;background:url(//x)', '"><img src=x>', '#12345g', 'expression(alert(1))', 7])
      expect(cssColour(bad)).toBe('#777777');
  });
});
