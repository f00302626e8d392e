/**
 * Routing and sign-in: error pages, headers and size limits, the assets, the two ways to sign in (a
 * single-use link from /board in chat, Telegram's Mini App initData) and the session check every page
 * after them relies on. The session only says who signed in; their role is read from the pack on every
 * request (identify).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { timingSafeEqual } from 'node:crypto';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isValid, parse } from '@telegram-apps/init-data-node';
import { resolveLocale, DEFAULT_LOCALE } from '../../core/i18n.js';
import { identify } from '../../core/identity.js';
import type { BoardUser } from '../../core/ports/board.js';
import { codePath } from '../../paths.js';
import { esc } from './html.js';
import { PageError, type Board, type Ctx, type Shell } from './shell.js';
import { tileSource } from './stations.js';

export const SESSION_COOKIE = 'ws_board';
const SESSION_TTL_SECONDS = 12 * 3600;
const MAX_URL = 2048;
/**
 * A form's body: a note of the chat's MAX_INPUT (4,096) characters is up to ~37 KB URL-encoded (9 bytes
 * a CJK character), so a text too long for its action still arrives and is refused with the text kept
 * (ticket.ts) instead of a 413 that loses it (QA round 5 §2).
 */
const MAX_BODY = 64 * 1024;
const TG_MAX_AGE_SECONDS = 3600;

const require = createRequire(import.meta.url);
const ASSETS: Record<string, { type: string; path: string }> = {
  'board.js': { type: 'text/javascript', path: codePath('adapters', 'web', 'assets', 'board.js') },
  'tg.js': { type: 'text/javascript', path: codePath('adapters', 'web', 'assets', 'tg.js') },
  // Every page names it (html.ts), so the browser never asks for a missing /favicon.ico.
  'favicon.svg': { type: 'image/svg+xml', path: codePath('adapters', 'web', 'assets', 'favicon.svg') },
  'echarts.js': { type: 'text/javascript', path: require.resolve('echarts/dist/echarts.min.js') },
  'leaflet.js': { type: 'text/javascript', path: require.resolve('leaflet/dist/leaflet.js') },
  'leaflet.css': { type: 'text/css', path: require.resolve('leaflet/dist/leaflet.css') },
  // The reports map's clusters (docs/board.md): MIT, no dependencies of its own, Leaflet 1.x.
  'markercluster.js': {
    type: 'text/javascript',
    path: require.resolve('leaflet.markercluster/dist/leaflet.markercluster.js'),
  },
  'markercluster.css': {
    type: 'text/css',
    path: require.resolve('leaflet.markercluster/dist/MarkerCluster.css'),
  },
  'markercluster-default.css': {
    type: 'text/css',
    path: require.resolve('leaflet.markercluster/dist/MarkerCluster.Default.css'),
  },
};
const assetCache = new Map<string, Buffer>();

/**
 * Images: the board's own and data: (Leaflet's), plus the tile server only when tiles are configured —
 * an http tile server is allowed exactly when BOARD_TILE_URL says http.
 */
function contentSecurityPolicy(tileUrl: string | undefined): string {
  const imgSrc = ["'self'", 'data:', ...(tileUrl ? [tileSource(tileUrl)] : [])].filter(Boolean).join(' ');
  return `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src ${imgSrc}; frame-ancestors 'self' https://web.telegram.org`;
}

/** Error pages, headers, assets and sign-in: what answers before (and without) a session. */
export function mountFront(board: Board, s: Shell): void {
  const { o, deps, secure, t, render, errorPage } = s;
  const csp = contentSecurityPolicy(o.tileUrl);

  board.onError((err, c) => {
    if (err instanceof PageError) return errorPage(c, err);
    deps.logger.error({ err }, 'board request failed');
    c.status(500);
    return render(
      c,
      t(c, 'board-error-title'),
      `<div class="card"><p class="err">${esc(t(c, 'board-error-internal'))}</p></div>`,
    );
  });
  board.notFound((c) => errorPage(c, new PageError(404, 'board-error-not-found')));

  // Locale, headers, size limits: before anything reads the request.
  board.use('*', async (c, next) => {
    const lang = resolveLocale(c.req.query('lang'));
    if (lang) setCookie(c, 'ws_lang', lang, { path: '/board', sameSite: 'Lax', httpOnly: true, secure });
    c.set(
      'locale',
      lang ??
        resolveLocale(getCookie(c, 'ws_lang')) ??
        resolveLocale(c.req.header('accept-language')?.split(',')[0]) ??
        DEFAULT_LOCALE,
    );
    c.header('Content-Security-Policy', csp);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
    if (c.req.url.length > MAX_URL) throw new PageError(414, 'board-error-too-long');
    if (Number(c.req.header('content-length') ?? 0) > MAX_BODY)
      throw new PageError(413, 'board-error-too-long');
    await next();
  });

  board.get('/assets/:name', (c) => {
    const a = ASSETS[c.req.param('name')];
    if (!a) throw new PageError(404, 'board-error-not-found');
    let body = assetCache.get(a.path);
    if (!body) assetCache.set(a.path, (body = readFileSync(a.path)));
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(new Uint8Array(body), 200, { 'content-type': a.type });
  });

  async function startSession(c: Ctx, user: BoardUser) {
    const { id } = await deps.store.board.createSession(user, SESSION_TTL_SECONDS);
    setCookie(c, SESSION_COOKIE, id, {
      path: '/board',
      httpOnly: true,
      sameSite: 'Lax',
      secure,
      maxAge: SESSION_TTL_SECONDS,
    });
    if (user.locale)
      setCookie(c, 'ws_lang', user.locale, { path: '/board', sameSite: 'Lax', httpOnly: true, secure });
  }

  board.get('/login', async (c) => {
    const user = await deps.store.board.consumeLink(c.req.query('t') ?? '');
    if (!user) throw new PageError(401, 'board-error-link');
    await startSession(c, user);
    return c.redirect('/board', 303);
  });

  board.get('/tg', (c) =>
    render(
      c,
      t(c, 'board-title'),
      `<div class="card"><p id="status" data-missing="${esc(t(c, 'board-error-tg'))}" data-refused="${esc(t(c, 'board-error-tg'))}">${esc(t(c, 'board-tg-signing-in'))}</p></div>`,
      '',
      ['/board/assets/tg.js'],
    ),
  );
  board.post('/tg', async (c) => {
    const form = await c.req.parseBody();
    const initData = typeof form.initData === 'string' ? form.initData : '';
    if (
      !o.telegramToken ||
      !initData ||
      !isValid(initData, o.telegramToken, { expiresIn: TG_MAX_AGE_SECONDS })
    )
      throw new PageError(401, 'board-error-tg');
    const user = parse(initData).user;
    if (!user) throw new PageError(401, 'board-error-tg');
    const locale = resolveLocale(typeof user.languageCode === 'string' ? user.languageCode : undefined);
    await startSession(c, {
      channel: 'telegram',
      id: String(user.id),
      name: [user.firstName, user.lastName].filter(Boolean).join(' '),
      ...(locale ? { locale } : {}),
    });
    return c.text('ok');
  });
}

/** Everything mounted after this needs a session, and a person the pack knows as staff. */
export function mountSession(board: Board, s: Shell): void {
  const { deps, t, pack, render } = s;
  board.use('*', async (c, next) => {
    const sid = getCookie(c, SESSION_COOKIE) ?? '';
    const session = sid ? await deps.store.board.session(sid) : undefined;
    if (!session) {
      if (sid) deleteCookie(c, SESSION_COOKIE, { path: '/board' });
      throw new PageError(401, 'board-error-signed-out');
    }
    const who = identify(
      {
        channel: session.user.channel as 'telegram',
        id: session.user.id,
        ...(session.user.name ? { name: session.user.name } : {}),
      },
      pack(),
    );
    if (who.role === 'worker') throw new PageError(403, 'board-error-not-staff');
    c.set('session', session);
    c.set('sid', sid);
    c.set('who', who);
    if (c.req.method === 'POST') {
      const form = await c.req.parseBody();
      const sent = Buffer.from(typeof form._csrf === 'string' ? form._csrf : '');
      const want = Buffer.from(session.csrf);
      if (sent.length !== want.length || !timingSafeEqual(sent, want))
        throw new PageError(403, 'board-error-csrf');
    }
    await next();
  });

  board.post('/logout', async (c) => {
    await deps.store.board.endSession(c.get('sid')!);
    deleteCookie(c, SESSION_COOKIE, { path: '/board' });
    // Signed out: no nav to pages that would only answer 401 (QA round 5 §9).
    c.set('who', undefined);
    return render(c, t(c, 'board-title'), `<div class="card"><p>${esc(t(c, 'board-signed-out'))}</p></div>`);
  });
}
