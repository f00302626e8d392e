/**
 * What the board's browser tests share: Debian's chromium (playwright-core, no browser download), the board
 * mounted on the bot's own HTTP server. The sign-in link a person gets from /board is `boardLink` (drive.ts).
 * `useBoard` is a test file's whole rig: the app, its board served, chromium, all closed after the file's tests;
 * `signIn` follows a person's link in a fresh browser context.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createBoard } from '../../../src/adapters/web/board.js';
import type { BoardOptions } from '../../../src/adapters/web/shell.js';
import type { App } from '../../../src/app.js';
import { createHttpServer, type HttpServer } from '../../../src/http/server.js';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { boardLink } from '../../core/reports/drive.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

type Options = Omit<BoardOptions, 'app' | 'url'>;

/** The board of `app` on the bot's HTTP server, on a free port; `base` is its origin. */
export async function serveBoard(
  app: App,
  options: Options = {},
): Promise<{ http: HttpServer; base: string }> {
  const http = createHttpServer({
    health: () => app.health(),
    registry: app.deps.metrics.registry,
    onError: () => undefined,
  });
  const board = createBoard({ app, url: 'http://127.0.0.1', ...options });
  http.mountPrefix('/board', getRequestListener(board.fetch));
  return { http, base: `http://127.0.0.1:${await http.listen(0, '127.0.0.1')}` };
}

/**
 * A new page in its own browser context (zh-CN unless `context` says otherwise), signed in to the board at `base`
 * as `user` through their /board link.
 */
export async function signInToBoard(
  browser: Browser,
  app: TestApp,
  base: string,
  user: string,
  context: BrowserContextOptions = {},
): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'zh-CN', ...context })).newPage();
  expect((await page.goto(`${base}/board/login?t=${await boardLink(app, user)}`))!.status()).toBe(200);
  return page;
}

/** An app a board can be served for: the console test app, the Slack one, … */
type Served = { app: App; close(): Promise<void> };

export interface BoardSetup<A extends Served> {
  /** Builds the app (default: the console test app on the sample pack). */
  start?: () => Promise<A>;
  /** Runs on the app before its board is served: groups bound, tickets filed, the pack edited, … */
  before?: (app: A) => Promise<unknown>;
  /** The board's own options (a Telegram bot token for the Mini App's sign-in, a tile server, …). */
  board?: Options;
}

/** A file's board: `app`, `base` (the board's origin) and `browser` exist inside tests only. */
export interface Board<A extends Served> {
  readonly app: A;
  readonly base: string;
  readonly browser: Browser;
}

export interface ConsoleBoard extends Board<TestApp> {
  /** A new page in its own browser context (zh-CN unless `context` says otherwise), signed in as `user`. */
  signIn(user: string, context?: BrowserContextOptions): Promise<Page>;
}

/**
 * The board's browser tests' setup: the app (built, then `before` run on it), its board served and chromium
 * launched before the file's tests; chromium, the server and the app closed after them.
 */
export function useBoard(setup?: BoardSetup<TestApp>): ConsoleBoard;
export function useBoard<A extends Served>(setup: BoardSetup<A> & { start: () => Promise<A> }): Board<A>;
export function useBoard<A extends Served>(setup: BoardSetup<A> = {}): ConsoleBoard {
  let app: A | undefined;
  let served: { http: HttpServer; base: string } | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await (setup.start ?? (createTestApp as unknown as () => Promise<A>))();
    await setup.before?.(app);
    served = await serveBoard(app.app, setup.board);
    browser = await launchChromium();
  }, 120_000);
  // The pages a test opened are closed when it ends: nothing carries a page from one test to the next, and left open
  // they piled up — board.test.ts had 37 pages of charts and maps alive (47 chromium processes, ~6.5 GB resident) by
  // the time its Telegram evidence app was built, whose beforeAll then timed out at 30 s in a CI run (stop 44).
  afterEach(async () => {
    await Promise.all((browser?.contexts() ?? []).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await served?.http.close();
    await app?.close();
  });
  const made = <T>(thing: T | undefined): T => {
    if (thing === undefined) throw new Error('useBoard: the board exists only inside tests');
    return thing;
  };
  const rig = {
    get app() {
      return made(app) as unknown as TestApp;
    },
    get base() {
      return made(served).base;
    },
    get browser() {
      return made(browser);
    },
    signIn: (user: string, context?: BrowserContextOptions) =>
      signInToBoard(rig.browser, rig.app, rig.base, user, context),
  };
  return rig;
}

/** A 1×1 PNG, every tile of `useTiledBoard`'s tile server. */
const TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * Inside a `describe`: a second board of `board`'s app whose maps draw their tiles from a local tile server.
 * `base` is that board's origin, `tiles` the tile server's and `served` the tile paths it was asked for.
 */
export function useTiledBoard(
  board: Board<Served>,
  options: Omit<Options, 'tileUrl'> = {},
): { readonly base: string; readonly tiles: string; readonly served: string[] } {
  const served: string[] = [];
  let tiles: Server | undefined;
  let origin = '';
  let map: { http: HttpServer; base: string } | undefined;
  beforeAll(async () => {
    tiles = createServer((req, res) => {
      served.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'image/png' }).end(TILE);
    });
    await new Promise<void>((resolve) => tiles!.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(tiles.address() as { port: number }).port}`;
    map = await serveBoard(board.app.app, { ...options, tileUrl: `${origin}/{z}/{x}/{y}.png` });
  });
  afterAll(async () => {
    await map?.http.close();
    // The browser keeps its tile connections open: close them, or close() waits for them (a hook timeout in CI).
    tiles?.closeAllConnections();
    await new Promise((resolve) => tiles?.close(resolve));
  });
  return {
    get base() {
      if (!map) throw new Error('useTiledBoard: the board exists only inside tests');
      return map.base;
    },
    get tiles() {
      return origin;
    },
    served,
  };
}

/** A text a chart draws (title, axis name or number, label, legend), with its box in the chart's pixels. */
export type Drawn = { text: string; left: number; right: number; top: number; bottom: number };

/** Every text the ECharts chart in `#chartId` draws, read from its zrender display list once it has a canvas. */
export async function drawnTexts(page: Page, chartId = 'plot'): Promise<Drawn[]> {
  await page.waitForSelector(`#${chartId} canvas`);
  return page.evaluate<Drawn[]>(`(() => {
    const chart = echarts.getInstanceByDom(document.getElementById('${chartId}'));
    const out = [];
    for (const el of chart.getZr().storage.getDisplayList(true)) {
      if (typeof el.style?.text !== 'string' || el.ignore || el.invisible) continue;
      const r = el.getBoundingRect().clone();
      if (el.transform) r.applyTransform(el.transform);
      out.push({ text: el.style.text, left: r.x, right: r.x + r.width, top: r.y, bottom: r.y + r.height });
    }
    return out;
  })()`);
}
