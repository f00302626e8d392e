/**
 * The board on a secretary's phone, one-handed, and without a mouse (docs/board.md "On a phone"): every page a
 * secretary and an organiser use, at 360 and 390 px with touch, in zh-CN, zh-TW and en. Nothing is wider than the
 * screen; what a thumb taps is at least 40 px; every control has a name; the keyboard shows where it is (the month
 * picker too) and gets out of every page; tables scroll with the keyboard; the charts and the maps keep their
 * labels, legends and marks readable on a phone; open and closed stations and a cluster's categories are told by
 * more than colour. Debian's chromium (playwright-core), the real app on the console, real Redis.
 */
import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpServer } from '../../../src/http/server.js';
import { openStatus } from '../../../src/core/stations/hours.js';
import { page as pageOf } from '../../../src/adapters/web/html.js';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { bindGroups, fileFrom } from '../../core/reports/drive.js';
import { lastTicketId, press } from '../../core/reports/helpers.js';
import { typePinnedWithEnd } from '../../core/notices/helpers.js';
import { drawnTexts, launchChromium, serveBoard, signInToBoard, type Drawn } from './browser.js';
import { fileAt } from './volume.js';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
const PHONES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
];

let app: TestApp;
let http: HttpServer;
let base: string;
let tiles: Server;
let tileHttp: HttpServer;
let tileBase: string;
let browser: Browser;
let ticket: string;
let located: string;
let gap: string;
/** A station, a group and a category whose names an English page shows in Chinese: traditional, simplified. */
const TRADITIONAL_STATION = '五角場銀行暖心驛站';
/** Its pinyin, read from its simplified form (read as written, 銀行 was Yinxing). */
const TRADITIONAL_STATION_READING = '(Wujiaochang Yinhang Nuanxin Yizhan)';
const TRADITIONAL_GROUP = '繁體騎手群';

/** A report with a shared location, as a rider sends it; `category` is a button label to choose instead. */
async function reportAt(user: string, loc: string, text: string, category?: string): Promise<string> {
  await app.type(`:as ${user}`, ':in riders-meituan', '/report');
  await press(app, 'riders-meituan', '私下反映');
  await app.type(`:loc ${loc}`, text);
  if (category) {
    await press(app, user, '换一个分类');
    await press(app, user, category);
  } else await press(app, user, '对，下一步');
  await press(app, user, '匿名反映');
  await press(app, user, '提交');
  return lastTicketId(app, user);
}

beforeAll(async () => {
  app = await createTestApp();
  await bindGroups(app);
  ticket = await fileFrom(app, 'rider-p1', 'riders-meituan', '超时被罚款50元，站长不讲理还骂人', {
    category: '薪酬与罚款',
  });
  located = await reportAt('rider-p2', '31.3040 121.5150', '路口的井盖松了，晚上看不见');
  await reportAt('rider-p3', '31.30401 121.51501', '井盖松动，差点摔车');
  await reportAt('rider-p4', '31.30402 121.51502', '路口没地方停电动车，总被贴条', '停车与通行');
  // Eleme's queue at a district's volume: the organiser's queue is two pages (the secretary's, Meituan's, one).
  const filedAt = app.app.deps.now().getTime();
  for (let i = 0; i < 24; i++) await fileAt(app, filedAt + i * 60_000, { branch: 'eleme-yangpu' });
  await app.app.deps.store.faq.logGap('电动车哪里充电便宜');
  gap = (await app.app.deps.store.faq.topGaps(1))[0]!.id;
  // An answer voted 👎: the gaps page's second table.
  await app.app.deps.store.faq.vote(app.app.deps.content.get().faq[0]!.id, 'rider-p5', 'down');
  // A notice as long as they come (the notices page shows its first 60 characters).
  await typePinnedWithEnd(
    app,
    '本周驿站体检，带上工牌和身份证，上午九点到十一点在五角场驿站门口排队，下午两点到四点在江湾驿站，过时不候。',
  );
  await app.type(':as org-li', `:in riders-tw ${TRADITIONAL_GROUP}`, '/bind meituan-yangpu zh-TW');
  // An English page shows these names in Chinese: the first station's in traditional characters, the parking
  // category's (its English name taken out) in simplified ones — in the page's text and in names kept in attributes.
  const pack = app.app.deps.content.get();
  app.app.deps.content.replace({
    ...pack,
    stations: pack.stations.map((x, i) => (i ? x : { ...x, name: TRADITIONAL_STATION })),
    categories: {
      ...pack.categories,
      categories: pack.categories.categories.map((x) =>
        x.id === 'parking' ? { ...x, variants: { 'zh-TW': x.variants!['zh-TW']! } } : x,
      ),
    },
  });
  ({ http, base } = await serveBoard(app.app));
  tiles = createServer((_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(PNG));
  await new Promise<void>((resolve) => tiles.listen(0, '127.0.0.1', resolve));
  ({ http: tileHttp, base: tileBase } = await serveBoard(app.app, {
    tileUrl: `http://127.0.0.1:${(tiles.address() as { port: number }).port}/{z}/{x}/{y}.png`,
  }));
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await http?.close();
  await tileHttp?.close();
  // The browser keeps its tile connections open: close them, or close() waits for them.
  tiles?.closeAllConnections();
  await new Promise((resolve) => tiles?.close(resolve));
  await app?.close();
});

/** Signed in on a phone with touch, `width` px wide, on the board at `at` (the one with map tiles, or without). */
const phone = (user: string, width = 360, at = base): Promise<Page> =>
  signInToBoard(browser, app, at, user, {
    locale: 'zh-CN',
    viewport: PHONES.find((p) => p.width === width)!,
    isMobile: true,
    hasTouch: true,
  });

/** The pages a secretary and an organiser use (the organiser's also handles a question). */
const pagesOf = (user: string) => [
  '/board',
  `/board/t/${user === 'org-li' ? located : ticket}`,
  '/board/figures',
  '/board/map',
  '/board/stations',
  '/board/notices',
  '/board/gaps',
  ...(user === 'org-li' ? [`/board/gaps/${gap}`] : []),
];

/** The reports map's markers, once drawn (a secretary may have no located reports: no map then). */
async function mapDrawn(page: Page) {
  if (await page.locator('#reports-map').count())
    await page.waitForSelector('#reports-map .leaflet-marker-icon');
}

async function open(page: Page, path: string, lang: string) {
  const res = await page.goto(
    `${path.startsWith('http') ? '' : base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`,
  );
  expect(res!.status(), path).toBeLessThan(400);
  // The folded forms too: a phone opens them one by one, and each must fit.
  await page.evaluate("document.querySelectorAll('details').forEach((d) => (d.open = true))");
}

const scrollWidth = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth');

/**
 * Chinese text on the page that is not marked Chinese (its nearest `lang` is not zh-…): read by a screen reader with
 * the page's voice. Scripts, styles and typed text (textarea) aside; an option is marked itself.
 */
const UNMARKED_CHINESE = `(() => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!/\\p{Script=Han}/u.test(n.data) || el.closest('script, style, textarea')) continue;
    if (!el.closest('[lang]').getAttribute('lang').startsWith('zh')) out.push(n.data.trim().slice(0, 30));
  }
  return out;
})()`;

/**
 * Options said in two languages: an option's whole text takes one `lang`, so one with Chinese and Latin words in it
 * ("五角场 (Wujiaochang)") had its pinyin said in the Chinese voice. Each is Chinese alone, marked, or the page's words.
 */
const MIXED_OPTIONS = `(() => [...document.querySelectorAll('option')]
  .filter((o) => /\\p{Script=Han}/u.test(o.text)
    && (/[A-Za-z]/.test(o.text) || !o.closest('[lang]').getAttribute('lang').startsWith('zh')))
  .map((o) => o.text))()`;

/**
 * Names a screen reader reads from an attribute, with Chinese in them, on a page not in Chinese: an attribute has no
 * `lang` of its own. An aria-label or alt with Chinese is a fault (the element is named by marked words instead); a
 * title with Chinese (a map marker's, kept as a mouse's tooltip) must be said as words inside its element (.sr),
 * whose Chinese UNMARKED_CHINESE checks is marked.
 */
const NAMED_IN_CHINESE = `(() => {
  const out = [];
  const han = /\\p{Script=Han}/u;
  const bare = (s) => s.replace(/[\\u2068\\u2069]/g, '');
  for (const el of document.querySelectorAll('[aria-label], [alt], [title]')) {
    if (el.closest('[lang]').getAttribute('lang').startsWith('zh')) continue;
    for (const name of ['aria-label', 'alt'])
      if (han.test(el.getAttribute(name) ?? '')) out.push(name + ': ' + el.getAttribute(name));
    const title = el.getAttribute('title') ?? '';
    if (han.test(title) && ![...el.querySelectorAll('.sr')].some((sr) => bare(sr.textContent) === bare(title)))
      out.push('title: ' + title);
  }
  return out;
})()`;

describe('every page on a 360 and a 390 px phone', () => {
  it('is no wider than the screen and says its language, in zh-CN, zh-TW and en', async () => {
    for (const { width } of PHONES)
      for (const user of ['sec-meituan', 'org-li']) {
        const page = await phone(user, width);
        for (const lang of LOCALES)
          for (const path of pagesOf(user)) {
            await open(page, path, lang);
            expect(await scrollWidth(page), `${path} ${lang} at ${width}`).toBeLessThanOrEqual(width);
            expect(await page.getAttribute('html', 'lang'), path).toBe(lang);
            // Station, branch and category names, a report's words, on an English page: marked Chinese.
            if (lang === 'en') expect(await page.evaluate<string[]>(UNMARKED_CHINESE), path).toEqual([]);
            if (lang === 'en') expect(await page.evaluate<string[]>(NAMED_IN_CHINESE), path).toEqual([]);
            if (lang === 'en') expect(await page.evaluate<string[]>(MIXED_OPTIONS), path).toEqual([]);
            // An area in the queue's filter is its reading alone, in the page's voice (its Chinese is the filter's
            // summary's, and the tickets').
            if (lang === 'en' && path === '/board' && user === 'org-li') {
              const area = page.locator('select[name=area] option[value="五角场"]');
              expect(await area.textContent()).toBe('Wujiaochang');
              expect(await area.getAttribute('lang')).toBeNull();
            }
            // Marked by the script the name is in: a traditional name zh-TW (it was zh-CN), a simplified one zh-CN.
            if (lang === 'en' && path === '/board/stations') {
              expect(await page.locator('#stations td [lang="zh-CN"]').count()).toBeGreaterThan(0);
              expect(await page.locator('#stations td [lang="zh-TW"]').first().textContent()).toBe(
                TRADITIONAL_STATION,
              );
              // Its pinyin is the simplified name's, and is not inside the Chinese voice's span.
              expect(
                await page.locator('#stations tbody tr').first().locator('td').first().textContent(),
              ).toBe(`1 ${TRADITIONAL_STATION} ${TRADITIONAL_STATION_READING}`);
              // Each address is marked once, whole, numbers, floors and doors included ("…1099号 合生汇 B1 层 8 号门旁…"):
              // run by run, the voice changed at each number, and the numbers were said in English. Its pinyin after it
              // is the page's.
              const addresses = await page.locator('#stations tbody td:last-child').evaluateAll((cells) =>
                cells.map((td) => ({
                  marked: [...td.querySelectorAll('[lang]')].map(
                    (m) => `${m.getAttribute('lang')} ${m.textContent}`,
                  ),
                  after: td.textContent!.slice(td.querySelector('[lang]')!.textContent!.length),
                })),
              );
              const stations = app.app.deps.content.get().stations;
              expect(addresses.map((a) => a.marked)).toEqual(stations.map((x) => [`zh-CN ${x.address}`]));
              for (const a of addresses) expect(a.after).toMatch(/^ \([^\p{Script=Han}]+\)$/u);
            }
            if (lang === 'en' && path === '/board/notices')
              expect(
                await page.locator('#main [lang="zh-TW"]', { hasText: TRADITIONAL_GROUP }).count(),
              ).toBeGreaterThan(0);
            // The categories chart in words, the parking category's Chinese name marked in them.
            if (lang === 'en' && path === '/board/figures' && user === 'org-li')
              expect(await page.locator('#cats-words [lang="zh-CN"]').allTextContents()).toContain(
                '停车与通行',
              );
          }
        await page.context().close();
      }
    // Signed out too.
    const out = await (
      await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true })
    ).newPage();
    expect((await out.goto(`${base}/board?lang=en`))!.status()).toBe(401);
    expect(await scrollWidth(out)).toBeLessThanOrEqual(360);
    expect(await out.getAttribute('html', 'lang')).toBe('en');
    await out.context().close();
  }, 240_000);
});

/**
 * What a thumb taps on the page that is smaller than 40 × 40 px: buttons, selects, fields, the folded forms' names,
 * links that stand alone, the maps' buttons and markers. A checkbox is tapped by its label; a ticket's number by
 * its card (the whole card opens it); a link inside a sentence is exempt (WCAG 2.5.8). The map's credit is a line
 * under the map (it was Leaflet's 11 px control over the map, exempted here).
 */
const SMALL_TARGETS = `(() => {
  const out = [];
  const controls = 'a[href], button, select, textarea, summary, input:not([type=hidden]), [role=button][tabindex]';
  for (const el of document.querySelectorAll(controls)) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || !el.getClientRects().length) continue;
    if (el.matches('a') && el.parentElement.textContent.trim().length > el.textContent.trim().length + 2
        && !el.closest('.q-id, .legend, #clusters, .pager, #gaps-pager')) continue;
    const target = el.matches('input[type=checkbox]') && el.closest('label') ? el.closest('label')
      : el.closest('.q-id') ? el.closest('tr') : el;
    const r = target.getBoundingClientRect();
    if (r.width < 40 || r.height < 40)
      out.push((el.getAttribute('title') || el.textContent || el.getAttribute('name') || el.tagName).trim().slice(0, 30)
        + ' ' + Math.round(r.width) + '×' + Math.round(r.height));
  }
  return out;
})()`;

/** Controls, regions and images a screen reader finds with no name (Chromium's accessibility tree). */
async function unnamed(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
  };
  const roles = [
    'button',
    'link',
    'textbox',
    'combobox',
    'checkbox',
    'region',
    'image',
    'img',
    'DisclosureTriangle',
  ];
  await cdp.detach();
  return nodes
    .filter((n) => !n.ignored && roles.includes(n.role?.value ?? '') && !n.name?.value?.trim())
    .map((n) => n.role!.value);
}

describe('tapped with a thumb, read by a screen reader', () => {
  it('every control is at least 40 px each way and has a name; every image has a text; the maps speak the page’s language', async () => {
    for (const user of ['sec-meituan', 'org-li']) {
      const page = await phone(user, 360, tileBase);
      for (const lang of ['zh-CN', 'en'])
        for (const path of pagesOf(user)) {
          await open(page, `${tileBase}${path}`, lang);
          await mapDrawn(page);
          expect(await page.evaluate<string[]>(SMALL_TARGETS), `${path} ${lang}`).toEqual([]);
          expect(await unnamed(page), `${path} ${lang}`).toEqual([]);
          expect(await page.locator('img:not([alt])').count(), path).toBe(0);
          if (lang === 'en') expect(await page.evaluate<string[]>(UNMARKED_CHINESE), path).toEqual([]);
          if (lang === 'en') expect(await page.evaluate<string[]>(NAMED_IN_CHINESE), path).toEqual([]);
        }
      await page.context().close();
    }
    // The folded forms' names are taller, and keep the triangle that says they open.
    const phonePage = await phone('sec-meituan', 360);
    await phonePage.goto(`${base}/board/t/${ticket}`);
    for (const summary of await phonePage.locator('details.act > summary').all()) {
      expect((await summary.boundingBox())!.height).toBeGreaterThanOrEqual(40);
      expect(await summary.evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).display)).toBe(
        'list-item',
      );
    }
    await phonePage.context().close();
    // Leaflet names its buttons in English ("Zoom in", "Close popup"): on a Chinese page they are Chinese.
    const page = await phone('org-li', 360, tileBase);
    await page.goto(`${tileBase}/board/t/${located}`);
    await page.waitForSelector('#location-map .leaflet-control-zoom-in');
    expect(await page.getAttribute('#location-map .leaflet-control-zoom-in', 'title')).toBe('放大地图');
    await page.locator('#location-map path.leaflet-interactive').first().dispatchEvent('click');
    expect(await page.getAttribute('#location-map .leaflet-popup-close-button', 'aria-label')).toBe('关闭');
    await page.context().close();
  }, 240_000);

  it('a region named in Chinese on an English page says its name once; a link named so is its marked words', async () => {
    // No page names a region from the pack today; every page goes through this frame (html.ts page, markChinese).
    const page = await browser.newPage();
    await page.setContent(
      pageOf({
        title: 'Stations',
        lang: 'en',
        body: `<div role="region" aria-label="${TRADITIONAL_STATION} nearby"><p>Open now</p></div><p><a href="#x" aria-label="${TRADITIONAL_STATION}">1</a></p>`,
      }),
    );
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
    };
    await cdp.detach();
    const read = nodes.filter((n) => !n.ignored);
    const region = read.find((n) => n.role?.value === 'region')!;
    expect(region.name?.value).toBe(`${TRADITIONAL_STATION} nearby`);
    expect(read.find((n) => n.role?.value === 'link')!.name?.value).toBe(TRADITIONAL_STATION);
    // Read as text once, inside the link (marked zh-TW, the Chinese voice); the region's words are its name only
    // (they were its name, then its first text).
    const texts = read.filter(
      (n) => n.role?.value === 'StaticText' && n.name?.value.includes(TRADITIONAL_STATION),
    );
    expect(texts).toHaveLength(1);
    expect(await page.locator('a [lang="zh-TW"]').textContent()).toBe(TRADITIONAL_STATION);
    expect(await page.locator('[role=region] [lang="zh-TW"]').isVisible()).toBe(false);
    await page.close();
  });

  it('a tap anywhere on a ticket’s card in the queue opens the ticket', async () => {
    const page = await phone('sec-meituan', 360);
    await page.goto(`${base}/board`);
    // The summary, under the number: a thumb taps the card where it lands, not the number's link.
    const summary = (await page.locator(`#queue tr[data-ticket="${ticket}"] .q-sum`).boundingBox())!;
    await page.touchscreen.tap(summary.x + summary.width / 2, summary.y + summary.height / 2);
    await page.waitForURL(`${base}/board/t/${ticket}`);
    expect(await page.textContent('h1')).toBe(ticket);
    await page.context().close();
  }, 90_000);

  it('the buttons that say the same are told apart: each "就是这条" by its entry, each "处理" by its question', async () => {
    const page = await phone('org-li', 360);
    await page.goto(`${base}/board/gaps/${gap}`);
    const learn = page.getByRole('button', { name: '就是这条' });
    expect(await learn.count()).toBeGreaterThan(1);
    const titles = await page.locator('#closest form b').allTextContents();
    for (const [i, title] of titles.entries()) {
      const about = (await learn.nth(i).getAttribute('aria-describedby'))!;
      expect(await page.textContent(`[id="${about}"]`)).toBe(title);
    }
    await page.goto(`${base}/board/gaps`);
    const handle = page.locator(`#gaps tr[data-gap="${gap}"] a.act`);
    expect(await page.textContent(`[id="${(await handle.getAttribute('aria-describedby'))!}"]`)).toBe(
      '电动车哪里充电便宜',
    );
    await page.context().close();
  }, 90_000);
});

/** Where the keyboard is: the focused element's ring (its outline), or null on the page itself. */
const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  return { what: el.tagName + ' ' + (el.getAttribute('title') || el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 20),
    ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
})()`;

describe('with the keyboard only', () => {
  it('the month’s field shows a ring when the keyboard is on it (the month picker showed none)', async () => {
    for (const path of ['/board/figures', '/board/map']) {
      const page = await phone('sec-meituan', 390);
      await page.goto(`${base}${path}`);
      const picker = page.locator('select[name=month]');
      const box = (await picker.boundingBox())!;
      // The strip just outside the field's border, where the ring is drawn.
      const around = { x: box.x - 5, y: box.y - 5, width: box.width + 10, height: box.height + 10 };
      const before = await page.screenshot({ clip: around });
      await page.locator('#main').focus();
      for (
        let i = 0;
        i < 20 && !(await page.evaluate<boolean>('document.activeElement?.name === "month"'));
        i++
      )
        await page.keyboard.press('Tab');
      const style = await picker.evaluate((el) => {
        const s = el.ownerDocument.defaultView!.getComputedStyle(el);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      expect(style.style, path).toBe('solid');
      expect(style.width, path).toBeGreaterThanOrEqual(2);
      expect((await page.screenshot({ clip: around })).equals(before), path).toBe(false);
      await page.context().close();
    }
  }, 90_000);

  it('every stop on every page shows where it is, and Tab leaves every page (no trap): maps, tables and forms included', async () => {
    for (const user of ['sec-meituan', 'org-li']) {
      const page = await phone(user, 390, tileBase);
      for (const path of pagesOf(user)) {
        await open(page, `${tileBase}${path}`, 'zh-CN');
        await mapDrawn(page);
        const stops = await page.evaluate<number>(
          'document.querySelectorAll(\'a[href], button, select, textarea, summary, input:not([type=hidden]), [tabindex="0"]\').length',
        );
        const seen: string[] = [];
        let left = false;
        // Each control is one stop; a trap would keep the focus past them all.
        for (let i = 0; i < stops * 3 + 10; i++) {
          await page.keyboard.press('Tab');
          const at = await page.evaluate<{ what: string; ring: boolean } | null>(FOCUSED);
          if (!at || (seen.length && at.what === seen[0])) {
            left = true;
            break;
          }
          if (!at.ring) seen.push(`${at.what} (no ring)`);
          else seen.push(at.what);
        }
        expect(left, `${path}: ${seen.slice(-5).join(' > ')}`).toBe(true);
        expect(
          seen.filter((x) => x.endsWith('(no ring)')),
          path,
        ).toEqual([]);
      }
      await page.context().close();
    }
  }, 240_000);

  it('the stations plot is a Tab stop whose arrows go from station to station, each said in words and shown', async () => {
    const page = await phone('org-li', 390);
    await page.goto(`${base}/board/stations`);
    await page.waitForSelector('#plot canvas');
    const rows = page.locator('#stations tbody tr');
    const said = (i: number) =>
      rows
        .nth(i)
        .locator('td')
        .evaluateAll((cells) =>
          cells
            .map((c) => (c.textContent ?? '').trim())
            .filter(Boolean)
            .join(' · '),
        );
    await page.locator('#main').focus();
    for (let i = 0; i < 30 && !(await page.evaluate<boolean>("document.activeElement?.id === 'plot'")); i++)
      await page.keyboard.press('Tab');
    expect(await page.getAttribute('#plot', 'aria-describedby')).toBe('plot-keys');
    await page.keyboard.press('ArrowRight');
    expect(await page.textContent('#plot-now')).toBe(await said(0));
    // The tooltip on the plot names the same station, "1 name" as the table's first column.
    const tip = page.locator('#plot > div:not(:first-child)').last();
    await expect
      .poll(() => tip.textContent())
      .toBe((await rows.nth(0).locator('td').first().textContent())!.trim());
    await page.keyboard.press('ArrowRight');
    expect(await page.textContent('#plot-now')).toBe(await said(1));
    await page.keyboard.press('ArrowLeft');
    expect(await page.textContent('#plot-now')).toBe(await said(0));
    await page.keyboard.press('End');
    expect(await page.textContent('#plot-now')).toBe(await said((await rows.count()) - 1));
    // The link under the plot goes to the table.
    await page.getByRole('link', { name: '各驿站的表格' }).click();
    await page.waitForURL(/#stations$/);
    // On an English page the station is said with its Chinese name marked, by its script (it was not marked).
    await page.goto(`${base}/board/stations?lang=en`);
    await page.waitForSelector('#plot canvas');
    await page.locator('#plot').focus();
    await page.keyboard.press('Home');
    expect(await page.textContent('#plot-now')).toBe(await said(0));
    expect(await page.locator('#plot-now [lang="zh-TW"]').allTextContents()).toEqual([TRADITIONAL_STATION]);
    await page.keyboard.press('ArrowRight');
    expect(await page.textContent('#plot-now')).toBe(await said(1));
    // Its address said whole in the Chinese voice, as the table marks it.
    expect(await page.locator('#plot-now [lang="zh-CN"]').allTextContents()).toContain(
      app.app.deps.content.get().stations[1]!.address,
    );
    await page.context().close();
  }, 90_000);

  it('every table is a named region, and none is wider than the phone (the quizzes and the gaps scrolled sideways)', async () => {
    const page = await phone('org-li', 360);
    for (const path of ['/board/stations', '/board/notices', '/board/gaps', '/board/figures'])
      for (const region of await (await page.goto(`${base}${path}`), page.locator('.wide').all())) {
        expect(await region.getAttribute('role')).toBe('region');
        expect(await region.getAttribute('tabindex')).toBe('0');
        expect(await region.getAttribute('aria-label')).toBeTruthy();
        expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth), path).toBeLessThanOrEqual(0);
      }
    await page.context().close();
  }, 90_000);
});

/** Every cell of `rows` that says something, with its box and the label shown before it (its column's name). */
const cellsOf = (page: Page, rows: string) =>
  page.locator(`${rows} td`).evaluateAll((cells) =>
    cells
      .filter((td) => td.textContent!.trim())
      .map((td) => {
        const r = td.getBoundingClientRect();
        const before = td.ownerDocument.defaultView!.getComputedStyle(td, '::before').content;
        return { text: td.textContent!.trim().slice(0, 20), left: r.left, right: r.right, before };
      }),
  );

describe('what an organiser and a secretary stumbled on at 390 × 844 (stop 42)', () => {
  it('a station’s status, services and address are on the screen under its name, each named (the table ran 1,978 px to the right)', async () => {
    const page = await phone('sec-meituan', 390);
    for (const lang of LOCALES) {
      await page.goto(`${base}/board/stations?lang=${lang}`);
      const region = page.locator('.wide', { has: page.locator('#stations') });
      expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth), lang).toBeLessThanOrEqual(0);
      const cells = await cellsOf(page, '#stations tbody tr');
      expect(cells.length, lang).toBeGreaterThan(app.app.deps.content.get().stations.length * 3);
      for (const cell of cells) {
        expect(cell.left, `${lang} ${cell.text}`).toBeGreaterThanOrEqual(0);
        expect(cell.right, `${lang} ${cell.text}`).toBeLessThanOrEqual(390);
      }
    }
    // In the page's words before each: the address says it is one.
    const address = page.locator('#stations tbody tr').first().locator('td').last();
    expect(
      await address.evaluate((td) => td.ownerDocument.defaultView!.getComputedStyle(td, '::before').content),
    ).toBe('"Address "');
    await page.context().close();
  }, 90_000);

  it('the groups that have not said “got it” are on the screen beside each notice, however long the notice', async () => {
    const page = await phone('org-li', 390);
    for (const lang of LOCALES) {
      await page.goto(`${base}/board/notices?lang=${lang}`);
      const region = page.locator('.wide', { has: page.locator('#coverage') });
      expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth), lang).toBeLessThanOrEqual(0);
      const cells = await cellsOf(page, '#coverage tbody tr');
      for (const cell of cells) expect(cell.right, `${lang} ${cell.text}`).toBeLessThanOrEqual(390);
      // The last cell names the groups, and says so before them.
      const missing = cells.at(-1)!;
      expect(missing.text, lang).toMatch(/骑手群|騎手群/);
      expect(missing.before, lang).not.toBe('none');
    }
    await page.context().close();
  }, 90_000);

  it('the figures’ rates are a card per branch, each figure under its column’s name (eight columns were 689 px in a 371 px box)', async () => {
    const page = await phone('org-li', 390);
    const names = {
      'zh-CN': ['受理', '响应率'],
      'zh-TW': ['受理', '回應率'],
      en: ['Received', 'Response'],
    };
    for (const lang of LOCALES) {
      await page.goto(`${base}/board/figures?lang=${lang}`);
      const region = page.locator('.wide', { has: page.locator('#rates') });
      expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth), lang).toBeLessThanOrEqual(0);
      const cells = await cellsOf(page, '#rates tbody tr');
      // A branch's name and its eight figures, for every branch and the district.
      expect(cells.length, lang).toBe((await page.locator('#rates tbody tr').count()) * 8);
      for (const cell of cells) {
        expect(cell.left, `${lang} ${cell.text}`).toBeGreaterThanOrEqual(0);
        expect(cell.right, `${lang} ${cell.text}`).toBeLessThanOrEqual(390);
      }
      const first = page.locator('#rates tbody tr').first();
      for (const [i, name] of names[lang].entries())
        expect(
          await first
            .locator('td')
            .nth(i + 1)
            .evaluate((td) => td.ownerDocument.defaultView!.getComputedStyle(td, '::before').content),
          lang,
        ).toContain(name);
    }
    await page.context().close();
  }, 90_000);

  it('the quizzes and the unanswered questions are a card per row, each figure under its column’s name (they scrolled sideways in their boxes)', async () => {
    const page = await phone('org-li', 390);
    const names = {
      'zh-CN': { takers: '答题人次', correct: '正确率', count: '问过几次', votes: '评价' },
      'zh-TW': { takers: '答題人次', correct: '正確率', count: '問過幾次', votes: '評價' },
      en: { takers: 'Quiz answers', correct: 'Correct', count: 'Times asked', votes: 'Votes' },
    };
    const before = (rows: string, column: number) =>
      page
        .locator(`${rows} td`)
        .nth(column)
        .evaluate((td) => td.ownerDocument.defaultView!.getComputedStyle(td, '::before').content);
    for (const lang of LOCALES) {
      const w = names[lang];
      for (const [path, tables] of [
        ['/board/notices', ['#quizzes']],
        ['/board/gaps', ['#gaps', '#downvoted']],
      ] as const) {
        await page.goto(`${base}${path}?lang=${lang}`);
        expect(await scrollWidth(page), `${path} ${lang}`).toBeLessThanOrEqual(390);
        for (const table of tables) {
          const region = page.locator('.wide', { has: page.locator(table) });
          expect(
            await region.evaluate((el) => el.scrollWidth - el.clientWidth),
            `${table} ${lang}`,
          ).toBeLessThanOrEqual(0);
          const cells = await cellsOf(page, `${table} tbody tr`);
          expect(cells.length, `${table} ${lang}`).toBeGreaterThan(1);
          for (const cell of cells) {
            expect(cell.left, `${table} ${lang} ${cell.text}`).toBeGreaterThanOrEqual(0);
            expect(cell.right, `${table} ${lang} ${cell.text}`).toBeLessThanOrEqual(390);
          }
        }
        if (path === '/board/notices') {
          expect(await before('#quizzes tbody tr', 3), lang).toContain(w.takers);
          expect(await before('#quizzes tbody tr', 4), lang).toContain(w.correct);
        } else {
          expect(await before(`#gaps tr[data-gap="${gap}"]`, 1), lang).toContain(w.count);
          expect(await before('#downvoted tbody tr', 1), lang).toContain(w.votes);
          // The question's 处理 is on the screen, a thumb's size, under it.
          const handle = (await page.locator(`#gaps tr[data-gap="${gap}"] a.act`).boundingBox())!;
          expect(handle.x + handle.width, lang).toBeLessThanOrEqual(390);
          expect(handle.height, lang).toBeGreaterThanOrEqual(44);
        }
      }
    }
    await page.context().close();
  }, 90_000);

  it('the queue: its filters folded under a name that says what is filtered, its pages above the list as well as under it', async () => {
    const page = await phone('org-li', 390);
    const words = {
      'zh-CN': {
        filters: '筛选',
        state: '状态：在办',
        category: '类别：薪酬与罚款',
        overdue: '只看超时',
        next: '下一页 ›',
        prev: '‹ 上一页',
        page: '第 2/2 页',
      },
      'zh-TW': {
        filters: '篩選',
        state: '狀態：在辦',
        category: '類別：薪酬與罰款',
        overdue: '只看逾時',
        next: '下一頁 ›',
        prev: '‹ 上一頁',
        page: '第 2/2 頁',
      },
      en: {
        filters: 'Filters',
        state: 'State: Open',
        category: 'Category: Pay and penalties',
        overdue: 'Overdue only',
        next: 'Next page ›',
        prev: '‹ Previous page',
        page: 'Page 2 of 2',
      },
    };
    const bare = (s: string | null) => (s ?? '').replace(/[\u2068\u2069]/g, '');
    for (const lang of LOCALES) {
      const w = words[lang];
      await page.goto(`${base}/board?lang=${lang}`);
      const summary = page.locator('#filters > summary');
      // Folded: the first ticket comes right after the fold's one line, which says what the list is.
      expect(bare(await summary.textContent()), lang).toBe(`${w.filters} · ${w.state}`);
      expect(await page.locator('select[name=state]').isVisible(), lang).toBe(false);
      expect((await page.locator('#filters').boundingBox())!.height, lang).toBeLessThan(80);
      expect((await summary.boundingBox())!.height, lang).toBeGreaterThanOrEqual(44);
      // The pages above the list: from the first screen to the next page and back.
      const top = page.locator('#pager-top');
      expect((await top.boundingBox())!.y + (await top.boundingBox())!.height).toBeLessThanOrEqual(
        (await page.locator('#queue').boundingBox())!.y,
      );
      expect((await top.boundingBox())!.y, lang).toBeLessThan(844);
      await top.getByRole('link', { name: w.next, exact: true }).click();
      await page.waitForURL(/page=2/);
      expect(bare(await page.textContent('#pager-top')), lang).toContain(w.page);
      expect(await page.locator('#pager-top a').allTextContents(), lang).toEqual([w.prev]);
      expect(await page.locator('#pager a').allTextContents(), lang).toEqual([w.prev]);
      // Filtered: the fold's name says by what; a tap unfolds the form, which fits the screen.
      await page.goto(`${base}/board?category=pay-penalty&overdue=1&lang=${lang}`);
      expect(bare(await summary.textContent()), lang).toBe(
        `${w.filters} · ${w.state} · ${w.category} · ${w.overdue}`,
      );
      await summary.tap();
      expect(await page.locator('select[name=category]').inputValue(), lang).toBe('pay-penalty');
      for (const field of await page.locator('#filters select, #filters button').all()) {
        expect(await field.isVisible(), lang).toBe(true);
        const box = (await field.boundingBox())!;
        expect(box.x + box.width, lang).toBeLessThanOrEqual(390);
      }
      expect(await scrollWidth(page), lang).toBeLessThanOrEqual(390);
    }
    // A filter the page could not use is named above the form, and the form is open to change it.
    await page.goto(`${base}/board?state=bogus`);
    expect(await page.locator('select[name=state]').isVisible()).toBe(true);
    await page.context().close();
    // On a wide screen the filters are open, as before.
    const desk = await signInToBoard(browser, app, base, 'org-li');
    await desk.goto(`${base}/board`);
    expect(await desk.locator('select[name=state]').isVisible()).toBe(true);
    await desk.context().close();
  }, 120_000);

  it('from a filtered queue to a ticket and back, after an action too, the queue keeps its filters (it went back to every ticket)', async () => {
    const page = await phone('sec-meituan', 390);
    const filtered = `${base}/board?state=all&category=pay-penalty`;
    await page.goto(filtered);
    // A thumb on the card's summary (the number's link covers the card).
    const tapCard = async () => {
      const at = (await page.locator(`#queue tr[data-ticket="${ticket}"] .q-sum`).boundingBox())!;
      await page.touchscreen.tap(at.x + at.width / 2, at.y + at.height / 2);
    };
    await tapCard();
    await page.waitForURL(new RegExp(`/board/t/${ticket}\\?from=`));
    await page.locator('#to-queue').click();
    await page.waitForURL(filtered);
    expect(await page.locator('select[name=category]').inputValue()).toBe('pay-penalty');
    expect(await page.locator('select[name=state]').inputValue()).toBe('all');
    // Claimed from the ticket's page: the page after it leads back to the same list.
    await tapCard();
    await page.waitForURL(new RegExp(`/board/t/${ticket}\\?from=`));
    await page.getByRole('button', { name: '签收' }).click();
    await page.waitForSelector('#done');
    await page.locator('#to-queue').click();
    await page.waitForURL(filtered);
    expect(await page.locator(`#queue tr[data-ticket="${ticket}"]`).count()).toBe(1);
    await page.context().close();
  }, 90_000);
});

/**
 * Two drawn texts on top of each other: side by side in x and less than a line (12 px, ECharts' size) apart in y —
 * zrender's boxes for a text are a few pixels tall, not the glyphs' height, so their middles are compared.
 */
const overlaps = (a: Drawn, b: Drawn) =>
  a.left < b.right && b.left < a.right && Math.abs((a.top + a.bottom) / 2 - (b.top + b.bottom) / 2) < 12;

describe('the charts on a 360 px phone', () => {
  it('the trend’s legend is drawn clear of its month labels, in English too (it covered them)', async () => {
    const page = await phone('org-li', 360);
    for (const lang of LOCALES) {
      await page.goto(`${base}/board/figures?lang=${lang}`);
      const width = await page.locator('#trend').evaluate((el) => el.clientWidth);
      const texts = await drawnTexts(page, 'trend');
      const months = texts.filter((x) => /^\d{4}-\d{2}$/.test(x.text));
      const option = JSON.parse((await page.textContent('script[data-for="trend"]'))!) as {
        series: { name: string }[];
      };
      const legend = texts.filter((x) => option.series.some((s) => s.name === x.text));
      expect(legend.map((x) => x.text).sort(), lang).toEqual(option.series.map((s) => s.name).sort());
      expect(months.length, lang).toBeGreaterThan(1);
      for (const l of legend) {
        expect(l.left, l.text).toBeGreaterThanOrEqual(0);
        expect(l.right, l.text).toBeLessThanOrEqual(width);
        for (const m of months) expect(overlaps(l, m), `${l.text} over ${m.text}`).toBe(false);
      }
    }
    await page.context().close();
  }, 90_000);

  it('the stations plot numbers every station inside the chart, clear of the other numbers, dots and axis numbers, and draws a closed station hollow', async () => {
    const stations = app.app.deps.content.get().stations;
    let page!: Page;
    for (const { width: screen } of PHONES) {
      page = await phone('org-li', screen);
      for (const lang of LOCALES) {
        await page.goto(`${base}/board/stations?lang=${lang}`);
        const width = await page.locator('#plot').evaluate((el) => el.clientWidth);
        const texts = await drawnTexts(page, 'plot');
        // On a phone a dot's label is its number, which the cards under the plot name: names cut to a few characters
        // hid each other where stations crowd, 3 or 4 of 24 not drawn (stop 43); English names with their pinyin ran
        // off the left edge before that.
        const labels = texts.filter((x) => /^\d+$/.test(x.text));
        const axis = texts.filter((x) => /^\d+\.\d+$/.test(x.text));
        expect(
          texts.filter((x) => /^\d+ /.test(x.text)),
          `${lang} at ${screen}`,
        ).toEqual([]);
        // Every station's number, once: the one 350 m from its neighbour at 五角场 was hidden under the neighbour's
        // (stop 44), findable only by a pinch.
        expect(
          labels.map((l) => Number(l.text)).sort((a, b) => a - b),
          `${lang} at ${screen}`,
        ).toEqual(stations.map((_, i) => i + 1));
        const dots = await page.evaluate<number[][]>(`(() => {
          const chart = echarts.getInstanceByDom(document.getElementById('plot'));
          return chart.getOption().series[0].data.map((d) => chart.convertToPixel({ seriesIndex: 0 }, d.value));
        })()`);
        const touches = (a: Drawn, b: Drawn) =>
          a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        for (const l of labels) {
          expect(l.left, l.text).toBeGreaterThanOrEqual(0);
          expect(l.right, l.text).toBeLessThanOrEqual(width);
          for (const a of axis) expect(overlaps(l, a), `${l.text} over ${a.text}`).toBe(false);
          // Beside its own dot, on no other number and no other dot (a dot is 12 px across).
          const [x, y] = dots[Number(l.text) - 1]!;
          expect(Math.hypot((l.left + l.right) / 2 - x!, (l.top + l.bottom) / 2 - y!), l.text).toBeLessThan(
            24,
          );
          for (const m of labels) if (m !== l) expect(touches(l, m), `${l.text} on ${m.text}`).toBe(false);
          for (const [i, [dx, dy]] of dots.entries()) {
            const dot = { text: String(i + 1), left: dx! - 6, right: dx! + 6, top: dy! - 6, bottom: dy! + 6 };
            if (dot.text !== l.text)
              expect(touches(l, dot), `${l.text} on the dot of ${dot.text}`).toBe(false);
          }
        }
      }
      if (screen !== PHONES.at(-1)!.width) await page.context().close();
    }
    // Open and closed by shape as well as colour, as the legend says.
    const option = JSON.parse((await page.textContent('script[data-for="plot"]'))!) as {
      series: { data: { symbol: string }[] }[];
    };
    const now = app.app.deps.now();
    expect(option.series[0]!.data.map((d) => d.symbol)).toEqual(
      stations.map((s) => (openStatus(s, now, app.app.deps.timezone).open ? 'circle' : 'emptyCircle')),
    );
    expect(await page.textContent('#plot-legend')).toBe(
      'Filled green dot: open now · hollow grey ring: closed now',
    );
    await page.context().close();
  }, 90_000);
});

describe('the reports map on a phone', () => {
  it('a cluster shows the signs of its categories, the legend’s, and is named by them; every marker is a 40 px target', async () => {
    const page = await phone('org-li', 360);
    await page.goto(`${base}/board/map`);
    const cluster = page.locator('#reports-map .marker-cluster');
    await cluster.waitFor();
    // Before: "3" and nothing to say what was in it until it was opened.
    expect(await cluster.getAttribute('title')).toBe('3 件反映：道路隐患 2和停车与通行 1');
    const signs = await cluster.locator('.cluster-signs .sign').allTextContents();
    const legend = async (name: string) =>
      (await page.locator('#map-legend li', { hasText: name }).locator('.sign').textContent())!.trim();
    expect(signs).toEqual([await legend('道路隐患'), await legend('停车与通行')]);
    const box = (await cluster.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(40);
    // In English the same, in its words.
    await page.goto(`${base}/board/map?lang=en`);
    // The parking category has no English name: its Chinese is marked in the words inside the cluster, which an
    // attribute could not carry (its title is kept, a mouse's tooltip).
    const english = page.locator('#reports-map .marker-cluster');
    expect(await english.getAttribute('title')).toBe('3 reports: Road hazards 2 and 停车与通行 1');
    expect(await english.locator('.sr').textContent()).toBe('3 reports: Road hazards 2 and 停车与通行 1');
    expect(await english.locator('.sr [lang="zh-CN"]').allTextContents()).toEqual(['停车与通行']);
    expect(
      await page.getByRole('button', { name: '3 reports: Road hazards 2 and 停车与通行 1' }).count(),
    ).toBe(1);
    await page.context().close();
  }, 90_000);
});

describe('the stations map with tiles on a phone', () => {
  it('one finger scrolls the page over the map, two move the map', async () => {
    const page = await phone('sec-meituan', 360, tileBase);
    await page.goto(`${tileBase}/board/stations`);
    await page.waitForSelector('#map .map-pin');
    expect(await page.textContent('#map ~ .map-hint')).toBe('用两根手指移动或缩放地图；一根手指滑动页面。');
    const box = (await page.locator('#map').boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    // Where the map draws its first station, from the map's corner: it changes when the map moves, not when the page does.
    // The centre of its number, which sits on the station's point. Both boxes are read in one go, in one frame: read
    // one after the other (two round trips), they straddled a frame while the page was still gliding after the finger
    // left it, and the page's scroll in between (5–7 px under load, either way as the two reads came back) was taken for
    // the map settling (stop 44; docs/board.md "On a touch screen").
    const moved = () =>
      page.evaluate<string>(`(() => {
        const pin = document.querySelector('#map .map-pin').getBoundingClientRect();
        const map = document.getElementById('map').getBoundingClientRect();
        return Math.round(pin.x + pin.width / 2 - map.x) + ',' + Math.round(pin.y + pin.height / 2 - map.y);
      })()`);
    const distance = (a: string, b: string) => {
      const [ax, ay] = a.split(',').map(Number);
      const [bx, by] = b.split(',').map(Number);
      return Math.hypot(ax! - bx!, ay! - by!);
    };
    // The map may still be settling on its stations (fit and zoom) when its first pin is drawn: wait until the pin
    // stays put between two reads, so only a finger can move it from here.
    let before = await moved();
    await expect
      .poll(async () => {
        const now = await moved();
        const settled = now === before;
        before = now;
        return settled;
      })
      .toBe(true);
    const cdp = await page.context().newCDPSession(page);
    // One finger, up the screen from the map's middle: the page scrolls, the map stays (it panned, the page did not).
    const touch = (
      type: 'touchStart' | 'touchMove' | 'touchEnd',
      touchPoints: { x: number; y: number; id?: number }[],
    ) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints });
    await touch('touchStart', [{ x, y }]);
    for (let i = 1; i <= 10; i++) await touch('touchMove', [{ x, y: y - i * 15 }]);
    await touch('touchEnd', []);
    await expect.poll(() => page.evaluate<number>('window.scrollY')).toBeGreaterThan(50);
    // The map did not follow the finger (150 px up the screen), nor move at all as the page scrolled under it.
    expect(await moved()).toBe(before);
    // Two fingers dragged together across the map: the map moves.
    const after = (await page.locator('#map').boundingBox())!;
    const low = after.y + after.height - 40;
    const fingers = (dx: number) => [
      { x: x - 40 + dx, y: low, id: 1 },
      { x: x + 40 + dx, y: low, id: 2 },
    ];
    await touch('touchStart', fingers(0));
    for (const dx of [10, 20, 40, 60, 80]) await touch('touchMove', fingers(dx));
    await touch('touchEnd', []);
    await expect.poll(async () => distance(await moved(), before)).toBeGreaterThan(20);
    await cdp.detach();
    await page.context().close();
  }, 90_000);

  it('says open or closed beside each number, which covers the dot and its colour', async () => {
    const page = await phone('sec-meituan', 360, tileBase);
    await page.goto(`${tileBase}/board/stations`);
    await page.waitForSelector('#map .map-pin');
    const now = app.app.deps.now();
    const closed = app.app.deps.content
      .get()
      .stations.map((s, i) => ({ n: i + 1, open: openStatus(s, now, app.app.deps.timezone).open }))
      .filter((s) => !s.open);
    expect(closed.length).toBeGreaterThan(0);
    for (const s of closed)
      expect(await page.locator('#map .map-pin.closed', { hasText: new RegExp(`^${s.n} ✕$`) }).count()).toBe(
        1,
      );
    // The tiles' credit is a line under the map, readable, its link a thumb's size and not over the map.
    const map = (await page.locator('#map').boundingBox())!;
    const credit = page.locator('#map ~ .map-credit');
    expect(await credit.textContent()).toBe('© OpenStreetMap contributors · Leaflet');
    expect((await credit.boundingBox())!.y).toBeGreaterThanOrEqual(map.y + map.height);
    expect(
      await credit.evaluate((el) => parseFloat(el.ownerDocument.defaultView!.getComputedStyle(el).fontSize)),
    ).toBeGreaterThanOrEqual(12);
    const link = credit.getByRole('link', { name: 'Leaflet' });
    expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(40);
    expect(await page.locator('#map .leaflet-control-attribution').count()).toBe(0);
    // In English a station's popup names it in Chinese, marked so (a screen reader's Chinese voice).
    await page.goto(`${tileBase}/board/stations?lang=en`);
    await page.locator('#map path.leaflet-interactive').first().dispatchEvent('click');
    const name = page.locator('#map .leaflet-popup-content span[lang="zh-TW"]').first();
    expect(await name.textContent()).toBe(TRADITIONAL_STATION);
    await page.context().close();
  }, 90_000);
});
