/**
 * What every board page shares: the request's types (Env), the error a page throws (PageError), the
 * layout (nav, render, error pages) and the small helpers pages use (locale text, the pack, the form token,
 * a person's branches). `createShell` builds them once per board; each page module takes the result.
 */
import type { Context, Hono } from 'hono';
import type { App } from '../../app.js';
import type { ContentPack, Locale } from '../../core/content/schema.js';
import type { Identity } from '../../core/feature.js';
import type { View } from '../../core/reports/views.js';
import { formatLocal } from '../../core/zoned.js';
import type { BoardSession } from '../../core/ports/board.js';
import { esc, page } from './html.js';

export interface BoardOptions {
  app: App;
  /** The board's public address (config BOARD_URL): https there means Secure cookies. */
  url: string;
  /** Telegram bot token: checks Mini App initData (absent: the Mini App sign-in is off). */
  telegramToken?: string;
  /** Map tiles (config BOARD_TILE_URL): the page's CSP allows images from that origin only. */
  tileUrl?: string;
  /** The map's credit line, plain text (config BOARD_TILE_ATTRIBUTION). */
  tileAttribution?: string;
}

export type Env = { Variables: { locale: Locale; session?: BoardSession; sid?: string; who?: Identity } };
export type Board = Hono<Env>;
export type Ctx = Context<Env>;

/** What an error page shows besides its message: its own title, the typed text kept, where to go back. */
export interface PageErrorExtra {
  /** Message id of the title (default "无法打开"; a refused action says it was refused). */
  title?: string;
  /** Text the person typed, given back so a refusal never loses it. */
  kept?: string;
  /** Where "back" goes (default the queue). */
  back?: { href: string; label: string };
}

export class PageError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 414,
    readonly messageId: string,
    readonly args: Record<string, string> = {},
    readonly extra: PageErrorExtra = {},
  ) {
    super(messageId);
  }
}

export type Shell = ReturnType<typeof createShell>;

/** The queue's filters and page, which a ticket opened from the queue carries back to it (`from`). */
const QUEUE_KEYS = [
  'branch',
  'state',
  'category',
  'area',
  'since',
  'until',
  'urgency',
  'overdue',
  'box',
  'page',
];

/**
 * The queue view a ticket was opened from (`?from=`, the queue's own query: filters and page), checked — only the
 * queue's own keys, short plain values — and written again, so the ticket's "← 待办", its forms and the page after an
 * action or a transfer lead back to that view: on a phone a secretary went back to page 1 of the whole queue after
 * each ticket of a filtered list, and set the filters again (stop 42). '' when there is none.
 */
export function queueView(from: string | undefined): string {
  if (!from) return '';
  const given = new URLSearchParams(from.slice(0, 600));
  const kept = new URLSearchParams();
  for (const key of QUEUE_KEYS) {
    const value = given.get(key);
    if (value && /^[\w.,:~-]{1,60}$/.test(value)) kept.set(key, value);
  }
  return kept.toString();
}

/**
 * A select's options, each in one language: an `<option>` holds text only, so its whole text takes one `lang`, and
 * "五角场 (Wujiaochang)" on an English page was said in the Chinese voice, pinyin and all (stop 44). Each option is
 * `alone` — a name in the page's language (an area's or a branch's reading in English, `placeReading`) — unless two
 * options would read the same (two names with one reading), which keep `both` to be told apart. The Chinese with its
 * reading is still on the page where a name is text: the filters' summary, the tickets, the figures.
 */
export function oneVoice(items: { value: string; alone: string; both: string }[]): [string, string][] {
  const seen = new Map<string, number>();
  for (const x of items) seen.set(x.alone, (seen.get(x.alone) ?? 0) + 1);
  return items.map((x) => [x.value, (seen.get(x.alone) ?? 0) > 1 ? x.both : x.alone]);
}

export function createShell(o: BoardOptions) {
  const deps = o.app.deps;
  const kit = o.app.reports.kit;
  const secure = o.url.startsWith('https://');
  const t = (c: Ctx, id: string, args?: Record<string, string | number>) =>
    deps.i18n.t(c.get('locale'), id, args);
  const pack = () => deps.content.get();
  const view = (c: Ctx): View => ({
    t: (id, args) => deps.i18n.t(c.get('locale'), id, args),
    locale: c.get('locale'),
    pack: pack(),
    tz: deps.timezone,
    now: deps.now().getTime(),
  });

  function nav(c: Ctx, current: string) {
    const items = [
      ['', 'board-nav-queue'],
      ['/figures', 'board-nav-figures'],
      ['/map', 'board-nav-map'],
      ['/stations', 'board-nav-stations'],
      ['/notices', 'board-nav-notices'],
      ['/gaps', 'board-nav-gaps'],
    ] as const;
    return items.map(([href, id]) => ({ href: `/board${href}`, label: t(c, id), current: href === current }));
  }

  function render(
    c: Ctx,
    title: string,
    body: string,
    current = '',
    scripts: string[] = [],
    styles: string[] = [],
  ) {
    return c.html(
      page({
        styles,
        title: `${title} · ${t(c, 'board-title')}`,
        lang: c.get('locale'),
        nav: c.get('who') ? nav(c, current) : [],
        navLabel: t(c, 'board-title'),
        skipLabel: t(c, 'board-skip'),
        body,
        scripts,
      }),
    );
  }

  function errorPage(c: Ctx, e: PageError) {
    c.status(e.status);
    const title = t(c, e.extra.title ?? 'board-error-title');
    // The typed text comes back in a box to copy from, so a refusal never loses it.
    const kept = e.extra.kept
      ? `<label>${esc(t(c, 'board-kept-text'))}<textarea id="kept" readonly>${esc(e.extra.kept)}</textarea></label>`
      : '';
    // Signed out: "back" would be refused again; the message says how to sign in instead.
    const back =
      e.status === 401
        ? ''
        : `<p><a id="back" href="${esc(e.extra.back?.href ?? '/board')}">${esc(e.extra.back?.label ?? t(c, 'board-back'))}</a></p>`;
    return render(
      c,
      title,
      `<div class="card"><h1>${esc(title)}</h1><p class="err" id="error">${esc(t(c, e.messageId, e.args))}</p>${kept}${back}</div>`,
    );
  }

  const branchesOf = (who: Identity, p: ContentPack) =>
    who.isOrganiser
      ? p.branches.map((b) => b.id)
      : p.branches.filter((b) => who.secretaryOf.includes(b.id)).map((b) => b.id);
  const csrfField = (c: Ctx) => `<input type="hidden" name="_csrf" value="${esc(c.get('session')!.csrf)}">`;
  const when = (c: Ctx, ms: number | undefined) =>
    ms === undefined ? '' : formatLocal(ms, deps.timezone, (id, args) => t(c, id, args));
  /**
   * A Leaflet map's own buttons in the page's language (board.js reads them): Leaflet names them in English
   * ("Zoom in", "Close popup"), which a screen reader read out so on a Chinese page; and, on a touch screen, how
   * the map moves (two fingers).
   */
  const mapWords = (c: Ctx) =>
    ` data-zoom-in="${esc(t(c, 'board-map-zoom-in'))}" data-zoom-out="${esc(t(c, 'board-map-zoom-out'))}" data-close="${esc(t(c, 'board-map-close'))}" data-two-fingers="${esc(t(c, 'board-map-two-fingers'))}"`;

  /**
   * A list's pages: "‹ 上一页 · 第 n/m 页… · 下一页 ›", with the pair every list in a chat pages with (`page-prev` /
   * `page-next`, core.ftl): the board had its own pair, "← 上一页" / "下一页 →" (stop 43). `href` gives a page's
   * address, `words` says where the list is.
   */
  const pager = (
    c: Ctx,
    id: string,
    page: number,
    pages: number,
    words: string,
    href: (page: number) => string,
  ) =>
    `<p class="pager" id="${esc(id)}">${page > 1 ? `<a href="${esc(href(page - 1))}" rel="prev">${esc(t(c, 'page-prev'))}</a> ` : ''}${esc(words)}${page < pages ? ` <a href="${esc(href(page + 1))}" rel="next">${esc(t(c, 'page-next'))}</a>` : ''}</p>`;

  return {
    o,
    deps,
    kit,
    secure,
    t,
    pack,
    view,
    render,
    errorPage,
    branchesOf,
    csrfField,
    when,
    mapWords,
    pager,
  };
}
