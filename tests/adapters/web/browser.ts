/**
 * What the board's browser tests share: Debian's chromium (playwright-core, no browser download), the board
 * mounted on the bot's own HTTP server. The sign-in link a person gets from /board is `boardLink` (drive.ts).
 * `signInToBoard` follows that link in a fresh browser context.
 */
import { existsSync } from 'node:fs';
import { getRequestListener } from '@hono/node-server';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { createBoard } from '../../../src/adapters/web/board.js';
import type { BoardOptions } from '../../../src/adapters/web/shell.js';
import type { App } from '../../../src/app.js';
import { createHttpServer, type HttpServer } from '../../../src/http/server.js';
import type { TestApp } from '../../helpers/app.js';
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

/** The board of `app` on the bot's HTTP server, on a free port; `base` is its origin. */
export async function serveBoard(
  app: App,
  options: Omit<BoardOptions, 'app' | 'url'> = {},
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

/** A new page in its own browser context, signed in to the board at `base` as `user` through their /board link. */
export async function signInToBoard(
  browser: Browser,
  app: TestApp,
  base: string,
  user: string,
  context: BrowserContextOptions = { locale: 'zh-CN' },
): Promise<Page> {
  const page = await (await browser.newContext(context)).newPage();
  expect((await page.goto(`${base}/board/login?t=${await boardLink(app, user)}`))!.status()).toBe(200);
  return page;
}
