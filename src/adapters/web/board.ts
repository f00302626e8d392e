/**
 * The web board (docs/board.md): server-rendered pages for secretaries and organisers, mounted under
 * /board on the bot's HTTP server. Hono: a small, kept router with cookies and typed context that runs
 * on node:http through @hono/node-server, so the existing /healthz and webhook server stays as it is.
 *
 * Every request is authorised from the content pack at that moment (identify), never from the session:
 * the session only says who signed in. Actions go through `staffAction`, the function the chat buttons
 * use, so the triage card in the chat is edited by the same effects.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isValid, parse } from '@telegram-apps/init-data-node';
import type { App } from '../../app.js';
import type { ContentPack, Locale } from '../../core/content/schema.js';
import type { Identity } from '../../core/feature.js';
import { resolveLocale, DEFAULT_LOCALE } from '../../core/i18n.js';
import { identify } from '../../core/identity.js';
import {
  explainRefusal,
  staffAction,
  staffMayHandle,
  EXTENSION_DAYS,
  type StaffAction,
} from '../../core/reports/actions.js';
import { buildExport } from '../../core/reports/export.js';
import {
  addCounts,
  countedFigures,
  figuresFromCounts,
  monthPeriod,
  RATE_NAMES,
  rateOf,
  ratios,
  ticketsCreatedIn,
  type Ratio,
} from '../../core/reports/figures.js';
import { trendOption } from '../../core/reports/chart.js';
import { lastMonths, monthKey } from '../../core/reports/trend.js';
import type { FigureCounts } from '../../core/ports/figures.js';
import {
  branchLabel,
  categoryName,
  staffTicketCard,
  statusText,
  urgencyText,
  type View,
} from '../../core/reports/views.js';
import { HOUR } from '../../core/reports/intake.js';
import { districtBranch } from '../../core/reports/route.js';
import { formatLocal, localDate } from '../../core/zoned.js';
import { maskText } from '../../core/mask.js';
import { lessonStats } from '../../core/lessons/stats.js';
import { localDay, openStatus } from '../../core/stations/hours.js';
import { servicesText, STATION_PROBLEMS, statusText as stationStatus } from '../../core/stations/cards.js';
import type { BoardSession, BoardUser } from '../../core/ports/board.js';
import { OPEN_STATUSES, type Ticket } from '../../core/ports/tickets.js';
import {
  ANSWER_MAX,
  closestEntries,
  confirmDraft,
  exportYaml,
  learnFromGap,
  learnedAskers,
  saveDraft,
  TITLE_MAX,
} from '../../core/faq/curate.js';
import { localEntry } from '../../core/faq/cards.js';
import { gapEvidence } from '../../core/faq/gaps.js';
import type { Gap } from '../../core/ports/faq.js';
import { hasWords } from '../../core/text.js';
import { esc, jsonScript, page, spansHtml } from './html.js';
import { isQueueState, QUEUE_PAGE_SIZE, QUEUE_STATES } from '../../core/ports/queue.js';
import { codePath } from '../../paths.js';

export const SESSION_COOKIE = 'ws_board';
const SESSION_TTL_SECONDS = 12 * 3600;
const MAX_URL = 2048;
const MAX_BODY = 16 * 1024;
const NOTE_MAX = 1000;
const TG_MAX_AGE_SECONDS = 3600;

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

/** OpenStreetMap's tiles require this credit on the map; the default when none is configured. */
export const DEFAULT_TILE_ATTRIBUTION = '© OpenStreetMap contributors';

/**
 * The CSP source for a tile template's server: its scheme, host and port, `{s}` subdomains as `*.`
 * (e.g. `https://*.tile.openstreetmap.org`). A template whose host CSP can't name gives its scheme alone.
 */
export function tileSource(tileUrl: string): string {
  const m = /^(https?):\/\/([^/?#]+)/i.exec(tileUrl);
  if (!m) return '';
  const host = m[2]!.replace(/^\{s\}\./, '*.');
  return /^(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?$/.test(host)
    ? `${m[1]!.toLowerCase()}://${host}`
    : `${m[1]!.toLowerCase()}:`;
}

type Env = { Variables: { locale: Locale; session?: BoardSession; sid?: string; who?: Identity } };

const require = createRequire(import.meta.url);
const ASSETS: Record<string, { type: string; path: string }> = {
  'board.js': { type: 'text/javascript', path: codePath('adapters', 'web', 'assets', 'board.js') },
  'tg.js': { type: 'text/javascript', path: codePath('adapters', 'web', 'assets', 'tg.js') },
  'echarts.js': { type: 'text/javascript', path: require.resolve('echarts/dist/echarts.min.js') },
  'leaflet.js': { type: 'text/javascript', path: require.resolve('leaflet/dist/leaflet.js') },
  'leaflet.css': { type: 'text/css', path: require.resolve('leaflet/dist/leaflet.css') },
};
const assetCache = new Map<string, Buffer>();

class PageError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 414,
    readonly messageId: string,
    readonly args: Record<string, string> = {},
  ) {
    super(messageId);
  }
}

/**
 * Twelve colours a reader tells apart (Tableau 10 with indigo and gold), as many as the pack's categories;
 * ECharts' default has nine, so a busy month drew two categories in the same blue.
 */
export const CATEGORY_COLOURS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#3b3b98',
  '#b6992d',
] as const;
/** A category's colour by its place in the pack; past twelve, darker shades of the same twelve. */
export function categoryColour(index: number): string {
  const i = Math.max(0, index);
  const base = CATEGORY_COLOURS[i % CATEGORY_COLOURS.length]!;
  if (i < CATEGORY_COLOURS.length) return base;
  const dark = (hex: string) =>
    Math.round(parseInt(hex, 16) * 0.6)
      .toString(16)
      .padStart(2, '0');
  return `#${dark(base.slice(1, 3))}${dark(base.slice(3, 5))}${dark(base.slice(5, 7))}`;
}

export function createBoard(o: BoardOptions): Hono<Env> {
  const deps = o.app.deps;
  const kit = o.app.reports.kit;
  const secure = o.url.startsWith('https://');
  // Images: the board's own and data: (Leaflet's), plus the tile server only when tiles are configured —
  // an http tile server is allowed exactly when BOARD_TILE_URL says http.
  const imgSrc = ["'self'", 'data:', ...(o.tileUrl ? [tileSource(o.tileUrl)] : [])].filter(Boolean).join(' ');
  const csp = `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src ${imgSrc}; frame-ancestors 'self' https://web.telegram.org`;
  const board = new Hono<Env>().basePath('/board');
  const t = (c: Context<Env>, id: string, args?: Record<string, string | number>) =>
    deps.i18n.t(c.get('locale'), id, args);
  const pack = () => deps.content.get();
  const view = (c: Context<Env>): View => ({
    t: (id, args) => deps.i18n.t(c.get('locale'), id, args),
    locale: c.get('locale'),
    pack: pack(),
    tz: deps.timezone,
    now: deps.now().getTime(),
  });

  function nav(c: Context<Env>, current: string) {
    const items = [
      ['', 'board-nav-queue'],
      ['/figures', 'board-nav-figures'],
      ['/stations', 'board-nav-stations'],
      ['/notices', 'board-nav-notices'],
      ['/gaps', 'board-nav-gaps'],
    ] as const;
    return items.map(([href, id]) => ({ href: `/board${href}`, label: t(c, id), current: href === current }));
  }

  function render(
    c: Context<Env>,
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
        body,
        scripts,
      }),
    );
  }

  function errorPage(c: Context<Env>, e: PageError) {
    c.status(e.status);
    return render(
      c,
      t(c, 'board-error-title'),
      `<div class="card"><h1>${esc(t(c, 'board-error-title'))}</h1><p class="err">${esc(t(c, e.messageId, e.args))}</p><p><a href="/board">${esc(t(c, 'board-back'))}</a></p></div>`,
    );
  }

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

  async function startSession(c: Context<Env>, user: BoardUser) {
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

  // Everything below needs a session, and a person the pack knows as staff.
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

  const branchesOf = (who: Identity, p: ContentPack) =>
    who.isOrganiser
      ? p.branches.map((b) => b.id)
      : p.branches.filter((b) => who.secretaryOf.includes(b.id)).map((b) => b.id);
  const csrfField = (c: Context<Env>) =>
    `<input type="hidden" name="_csrf" value="${esc(c.get('session')!.csrf)}">`;
  const when = (c: Context<Env>, ms: number | undefined) =>
    ms === undefined ? '' : formatLocal(ms, deps.timezone, c.get('locale'));

  board.post('/logout', async (c) => {
    await deps.store.board.endSession(c.get('sid')!);
    deleteCookie(c, SESSION_COOKIE, { path: '/board' });
    return render(c, t(c, 'board-title'), `<div class="card"><p>${esc(t(c, 'board-signed-out'))}</p></div>`);
  });

  // ---- Queue
  board.get('/', async (c) => {
    const who = c.get('who')!;
    const p = pack();
    const mine = branchesOf(who, p);
    const q = c.req.query();
    const branch = q.branch && mine.includes(q.branch) ? q.branch : '';
    const state = q.state && isQueueState(q.state) ? q.state : 'open';
    const category = q.category && p.categories.categories.some((x) => x.id === q.category) ? q.category : '';
    const urgency = ['normal', 'urgent', 'emergency'].includes(q.urgency ?? '') ? q.urgency! : '';
    const overdue = q.overdue === '1';
    const now = deps.now().getTime();
    const result = await deps.store.queue.page(
      {
        branches: branch ? [branch] : mine,
        state,
        ...(category ? { category } : {}),
        ...(urgency ? { urgency } : {}),
        overdue,
        page: Number(q.page) || 1,
      },
      now,
    );
    const v = view(c);
    const select = (name: string, current: string, options: [string, string][]) =>
      `<label>${esc(t(c, `board-filter-${name}`))} <select name="${name}">${options.map(([val, label]) => `<option value="${esc(val)}"${val === current ? ' selected' : ''}>${esc(label)}</option>`).join('')}</select></label> `;
    const any = t(c, 'board-filter-any');
    const form = `<form method="get" class="card">${select('branch', branch, [['', any], ...mine.map((b): [string, string] => [b, branchLabel(p, b, v.locale)])])}${select(
      'state',
      state,
      QUEUE_STATES.map((s): [string, string] => [s, t(c, `board-state-${s}`)]),
    )}${select('category', category, [['', any], ...p.categories.categories.map((x): [string, string] => [x.id, categoryName(p, x.id, v.locale)])])}${select('urgency', urgency, [['', any], ...(['emergency', 'urgent', 'normal'] as const).map((u): [string, string] => [u, urgencyText(v.t, u)])])}<label><input type="checkbox" name="overdue" value="1"${overdue ? ' checked' : ''}> ${esc(t(c, 'board-filter-overdue'))}</label> <button>${esc(t(c, 'board-filter-apply'))}</button></form>`;
    const rows = result.tickets.map((tk) => {
      const late = tk.dueAt !== undefined && tk.dueAt < now;
      // Classes name the cells for the phone layout (html.ts): a card per ticket under 600 px.
      return `<tr data-ticket="${esc(tk.id)}"><td class="q-id"><a href="/board/t/${esc(encodeURIComponent(tk.id))}">${esc(tk.id)}</a></td><td class="q-st">${esc(statusText(v.t, tk.status))}</td><td class="q-ur">${esc(urgencyText(v.t, tk.urgency))}</td><td class="q-cat">${esc(categoryName(p, tk.category, v.locale))}</td><td class="q-br">${esc(branchLabel(p, tk.branch, v.locale))}</td><td class="q-sum">${esc(maskText(tk.summary))}</td><td class="q-due${late ? ' err' : ''}" data-label="${esc(t(c, 'board-col-due'))}">${esc(when(c, tk.dueAt))}${late ? ` ${esc(t(c, 'board-overdue'))}` : ''}</td></tr>`;
    });
    const qs = (pg: number) => {
      const u = new URLSearchParams({
        ...(branch ? { branch } : {}),
        state,
        ...(category ? { category } : {}),
        ...(urgency ? { urgency } : {}),
        ...(overdue ? { overdue: '1' } : {}),
        page: String(pg),
      });
      return `/board?${u.toString()}`;
    };
    const pager = `<p>${result.page > 1 ? `<a href="${esc(qs(result.page - 1))}">← ${esc(t(c, 'board-prev'))}</a> ` : ''}${esc(t(c, 'board-page', { page: result.page, pages: result.pages, total: result.total }))}${result.page < result.pages ? ` <a href="${esc(qs(result.page + 1))}">${esc(t(c, 'board-next'))} →</a>` : ''}</p>`;
    const table = rows.length
      ? `<table class="queue" id="queue"><thead><tr>${['id', 'status', 'urgency', 'category', 'branch', 'summary', 'due'].map((h) => `<th>${esc(t(c, `board-col-${h}`))}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`
      : `<p class="muted">${esc(t(c, 'board-queue-empty'))}</p>`;
    const logout = `<form method="post" action="/board/logout" class="inline">${csrfField(c)}<button>${esc(t(c, 'board-logout'))}</button></form>`;
    return render(
      c,
      t(c, 'board-nav-queue'),
      `<h1>${esc(t(c, 'board-nav-queue'))}</h1><p class="muted">${esc(t(c, 'board-signed-in-as', { name: c.get('session')!.user.name ?? c.get('session')!.user.id }))} ${logout}</p>${form}${table}${pager}`,
      '',
    );
  });

  // ---- Ticket detail and actions
  async function ticketFor(c: Context<Env>): Promise<Ticket> {
    const id = c.req.param('id') ?? '';
    const ticket = /^[A-Za-z0-9-]{1,40}$/.test(id) ? await deps.store.tickets.get(id) : undefined;
    if (!ticket) throw new PageError(404, 'board-error-no-ticket');
    if (!staffMayHandle(c.get('who')!, ticket.branch)) {
      deps.logger.warn(
        { user: `${c.get('who')!.user.channel}:${c.get('who')!.user.id}`, ticket: id },
        'refused: board ticket of another branch',
      );
      throw new PageError(403, 'board-error-not-yours');
    }
    return ticket;
  }

  board.get('/t/:id', async (c) => {
    const ticket = await ticketFor(c);
    const v = view(c);
    const events = await deps.store.tickets.events(ticket.id);
    // The whole report, however long: the board is where a secretary reads it all.
    const card = staffTicketCard(v, ticket, events, Infinity);
    const done = c.req.query('done');
    const open = (OPEN_STATUSES as readonly string[]).includes(ticket.status);
    const p = pack();
    const act = (name: string, inner: string) =>
      `<form method="post" action="/board/t/${esc(encodeURIComponent(ticket.id))}/${name}" class="card">${csrfField(c)}<input type="hidden" name="branch" value="${esc(ticket.branch)}">${inner}</form>`;
    const note = (id: string) =>
      `<label>${esc(t(c, id))}<textarea name="note" maxlength="${NOTE_MAX}" required></textarea></label>`;
    const btn = (id: string) => `<button>${esc(t(c, id))}</button>`;
    const forms: string[] = [];
    if (ticket.status === 'new') forms.push(act('claim', btn('board-act-claim')));
    if (open) {
      forms.push(act('resolve', note('board-act-resolve-note') + btn('board-act-resolve')));
      forms.push(act('ask', note('board-act-ask-note') + btn('board-act-ask')));
      const others = p.branches.filter((b) => b.id !== ticket.branch);
      forms.push(
        act(
          'transfer',
          `<label>${esc(t(c, 'board-act-transfer-to'))} <select name="target">${others.map((b) => `<option value="${esc(b.id)}">${esc(branchLabel(p, b.id, v.locale))}</option>`).join('')}</select></label>${note('board-act-reason')}${btn('board-act-transfer')}`,
        ),
      );
      if (ticket.branch !== districtBranch(p).id)
        forms.push(act('return', note('board-act-reason') + btn('board-act-return')));
      // Named as the chat's button (🔺 督办), offered to whoever the chat's triage card offers it to.
      forms.push(act('escalate', note('board-act-escalate-note') + btn('triage-btn-escalate')));
    }
    if ((ticket.status === 'claimed' || ticket.status === 'waiting') && !ticket.ext)
      forms.push(
        act(
          'extend',
          `<label>${esc(t(c, 'board-act-extend-days'))} <select name="days">${EXTENSION_DAYS.map((d) => `<option value="${d}">${d}</option>`).join('')}</select></label>${note('board-act-reason')}${btn('board-act-extend')}`,
        ),
      );
    // A pending extension request: the organisers decide it, as with the escalation chat's ✅ / ❌.
    const ext = ticket.ext;
    if (ext && c.get('who')!.isOrganiser) {
      const decide = (name: string, label: string) =>
        `<form method="post" action="/board/t/${esc(encodeURIComponent(ticket.id))}/${name}" class="inline">${csrfField(c)}<input type="hidden" name="request" value="${esc(ext.at)}">${btn(label)}</form> `;
      forms.unshift(
        `<div class="card" id="extension"><p>${esc(t(c, 'board-ext-decide', { who: ext.byName ?? ext.by, until: when(c, ext.until) }))}</p><p class="muted">${esc(ext.reason)}</p>${decide('approve', 'escalation-btn-approve')}${decide('refuse', 'escalation-btn-refuse')}</div>`,
      );
    }
    const body = `<p><a href="/board">← ${esc(t(c, 'board-nav-queue'))}</a></p>${done ? `<p class="ok" id="done">${esc(t(c, 'board-done'))}</p>` : ''}<div class="card" id="ticket">${spansHtml(card.text)}</div>${forms.join('')}`;
    return render(c, ticket.id, body);
  });

  board.post('/t/:id/:action', async (c) => {
    const ticket = await ticketFor(c);
    const form = await c.req.parseBody();
    const str = (k: string) => (typeof form[k] === 'string' ? (form[k] as string).trim() : '');
    const note = str('note').slice(0, NOTE_MAX);
    const needNote = () => {
      if (!note) throw new PageError(400, 'board-error-need-text');
      return note;
    };
    let a: StaffAction;
    switch (c.req.param('action')) {
      case 'claim':
        a = { kind: 'claim' };
        break;
      case 'escalate':
        a = { kind: 'escalate', note: needNote() };
        break;
      case 'ask':
        a = { kind: 'ask', note: needNote() };
        break;
      case 'resolve':
        a = { kind: 'resolve', note: needNote() };
        break;
      case 'transfer':
        a = { kind: 'transfer', target: str('target'), note: needNote() };
        break;
      case 'return':
        a = { kind: 'return', note: needNote() };
        break;
      case 'approve':
      case 'refuse': {
        // organisers only: staffAction refuses anyone else ('not-allowed', logged), as the chat does.
        const request = str('request');
        a = {
          kind: 'decide',
          approve: c.req.param('action') === 'approve',
          ...(/^\d+$/.test(request) ? { request: Number(request) } : {}),
        };
        break;
      }
      case 'extend': {
        const days = Number(str('days'));
        if (!EXTENSION_DAYS.includes(days)) throw new PageError(400, 'board-error-bad-input');
        a = { kind: 'extend', until: ticket.resolveBy + days * 24 * HOUR, note: needNote() };
        break;
      }
      default:
        throw new PageError(404, 'board-error-not-found');
    }
    const s = c.get('session')!;
    const who = c.get('who')!;
    const staff = {
      actor: { by: `${s.user.channel}:${s.user.id}`, name: s.user.name ?? s.user.id, role: who.role },
      isOrganiser: who.isOrganiser,
      secretaryOf: who.secretaryOf,
    };
    const r = await staffAction(deps, kit, staff, ticket.id, a, str('branch') || ticket.branch);
    if (!r.ok)
      throw new PageError(r.reason === 'not-allowed' ? 403 : 409, 'board-error-refused', {
        reason: explainRefusal(
          (id, args) => deps.i18n.t(c.get('locale'), id, args),
          pack(),
          c.get('locale'),
          staff.actor.by,
          r,
          ticket.id,
        ),
      });
    return c.redirect(`/board/t/${encodeURIComponent(ticket.id)}?done=1`, 303);
  });

  // ---- Figures: from the counters the ticket scripts keep per branch and month (docs/board.md "Figures
  // counters"), so a page reads branches × months keys, never the tickets; rates through `ratios`.
  const countsFor = (branches: readonly string[], months: readonly string[]) =>
    countedFigures(
      deps.store,
      deps.timezone,
      months.flatMap((month) => branches.map((branch) => ({ branch, month }))),
      pack().settings,
      deps.now().getTime(),
    );
  function monthOf(c: Context<Env>) {
    const m = /^(\d{4})-(\d{2})$/.exec(c.req.query('month') ?? '');
    const now = deps.now().getTime();
    const cur = lastMonths(now, deps.timezone, 1)[0]!;
    if (!m) return cur;
    const month = { year: Number(m[1]), month: Number(m[2]) };
    if (month.month < 1 || month.month > 12 || month.year < 2000 || month.year > 2100)
      throw new PageError(400, 'board-error-bad-input');
    return month;
  }

  const pct = (c: Context<Env>, r: Ratio) => {
    const x = rateOf(r);
    return x === undefined
      ? '—'
      : new Intl.NumberFormat(c.get('locale'), { style: 'percent', maximumFractionDigits: 1 }).format(x);
  };

  board.get('/figures', async (c) => {
    const who = c.get('who')!;
    const p = pack();
    const v = view(c);
    const mine = branchesOf(who, p);
    const month = monthOf(c);
    const now = deps.now().getTime();
    const key = monthKey(month);
    const twelve = lastMonths(now, deps.timezone, 12).map(monthKey);
    // One read: the chosen month's cells and the last twelve months' (the trend and categories).
    const [cells, year] = await Promise.all([countsFor(mine, [key]), countsFor(mine, twelve)]);
    const rateNames = RATE_NAMES;
    const row = (label: string, counts: FigureCounts, branch: string) => {
      const f = figuresFromCounts(counts);
      const r = ratios(f);
      return `<tr data-branch="${esc(branch)}"><td>${esc(label)}</td><td>${f.received}</td>${rateNames.map((n) => `<td data-rate="${n}">${esc(pct(c, r[n]))} <span class="muted">${r[n].n}/${r[n].of}</span></td>`).join('')}</tr>`;
    };
    const counts = await Promise.all(mine.map((b) => deps.store.tickets.queueCounts(b, now)));
    const table = `<div class="wide"><table id="rates"><thead><tr><th>${esc(t(c, 'board-col-branch'))}</th><th>${esc(t(c, 'board-col-received'))}</th>${rateNames.map((n) => `<th>${esc(t(c, `board-rate-${n}`))}</th>`).join('')}</tr></thead><tbody>${mine
      .map((b, i) => row(branchLabel(p, b, v.locale), cells[i]!, b))
      .join(
        '',
      )}${who.isOrganiser ? row(t(c, 'stats-district'), addCounts(cells), 'all') : ''}</tbody></table></div>`;
    const overdue = `<div class="wide"><table><thead><tr><th>${esc(t(c, 'board-col-branch'))}</th><th>${esc(t(c, 'board-col-open'))}</th><th>${esc(t(c, 'board-col-overdue'))}</th></tr></thead><tbody>${mine.map((b, i) => `<tr><td>${esc(branchLabel(p, b, v.locale))}</td><td>${counts[i]!.open}</td><td>${counts[i]!.overdue}</td></tr>`).join('')}</tbody></table></div>`;
    // Twelve months of the person's branches: the rates and the categories, drawn in the browser.
    const months = twelve.map((m, i) => ({
      month: m,
      figures: figuresFromCounts(addCounts(year.slice(i * mine.length, (i + 1) * mine.length))),
      tickets: [],
    }));
    const trend = trendOption(months, {
      title: t(c, 'board-trend-title'),
      response: t(c, 'stats-chart-response'),
      closure: t(c, 'stats-chart-closure'),
      solved: t(c, 'stats-chart-solved'),
      satisfaction: t(c, 'stats-chart-satisfaction'),
    });
    const cats = [...new Set(months.flatMap((m) => m.figures.categories.map((x) => x.id)))];
    // A category keeps its colour on every page and month (its place in the pack); the legend is HTML
    // under the chart, so it wraps on a phone and never covers the axis.
    const colourOf = (id: string) => categoryColour(p.categories.categories.findIndex((x) => x.id === id));
    const legend = `<ul class="legend" id="cats-legend">${cats.map((id) => `<li data-category="${esc(id)}"><span class="swatch" style="background:${colourOf(id)}"></span>${esc(categoryName(p, id, v.locale))}</li>`).join('')}</ul>`;
    const categories = {
      animation: false,
      tooltip: { trigger: 'axis', confine: true },
      grid: { left: 40, right: 20, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: months.map((m) => m.month) },
      yAxis: { type: 'value' },
      series: cats.map((id) => ({
        name: categoryName(p, id, v.locale),
        type: 'bar',
        stack: 'c',
        itemStyle: { color: colourOf(id) },
        data: months.map((m) => m.figures.categories.find((x) => x.id === id)?.count ?? 0),
      })),
    };
    // Similar reports: the last 30 local days' tickets of one category in one area, two or more (from the
    // per-day counters; each links to the queue of that category).
    const days = Array.from({ length: 30 }, (_, i) => localDate(now - i * 24 * HOUR, deps.timezone));
    const groups = new Map<string, number>();
    for (const day of await deps.store.figures.days(days))
      for (const [field, n] of Object.entries(day)) {
        const [branch = '', category = '', area = ''] = field.split('|');
        if (n > 0 && mine.includes(branch))
          groups.set(`${category}|${area}`, (groups.get(`${category}|${area}`) ?? 0) + n);
      }
    const clusters = [...groups]
      .filter(([, n]) => n >= 2)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 10);
    const clusterHtml = clusters.length
      ? `<ul id="clusters">${clusters
          .map(([k, n]) => {
            const [category = '', area = ''] = k.split('|');
            return `<li><a href="/board?${esc(new URLSearchParams({ state: 'all', category }).toString())}">${esc(categoryName(p, category, v.locale))}</a>${area ? ` · ${esc(area)}` : ''}: ${n}</li>`;
          })
          .join('')}</ul>`
      : `<p class="muted">${esc(t(c, 'board-clusters-none'))}</p>`;
    const body = `<h1>${esc(t(c, 'board-nav-figures'))}</h1>
<form method="get" class="card"><label>${esc(t(c, 'board-month'))} <input name="month" value="${esc(key)}" pattern="\\d{4}-\\d{2}"></label> <button>${esc(t(c, 'board-filter-apply'))}</button> <a id="csv" href="/board/figures.csv?month=${esc(key)}">${esc(t(c, 'board-csv'))}</a></form>
<p class="muted">${esc(t(c, 'board-rates-note'))}</p>${table}
<h2>${esc(t(c, 'board-trend-title'))}</h2><div class="chart" id="trend"></div><script type="application/json" class="chart-option" data-for="trend">${jsonScript(trend)}</script>
<h2>${esc(t(c, 'board-categories-title'))}</h2><div class="chart" id="cats"></div>${legend}<script type="application/json" class="chart-option" data-for="cats">${jsonScript(categories)}</script>
<h2>${esc(t(c, 'board-overdue-title'))}</h2>${overdue}
<h2>${esc(t(c, 'board-clusters-title'))}</h2>${clusterHtml}`;
    return render(c, t(c, 'board-nav-figures'), body, '/figures', [
      '/board/assets/echarts.js',
      '/board/assets/board.js',
    ]);
  });

  board.get('/figures.csv', async (c) => {
    const who = c.get('who')!;
    const month = monthOf(c);
    const period = monthPeriod(month.year, month.month, deps.timezone);
    const now = deps.now().getTime();
    const tickets = await ticketsCreatedIn(deps.store, period.from, Math.min(period.to, now + 1));
    const out = buildExport(
      tickets,
      pack(),
      deps.timezone,
      now,
      who.isOrganiser ? undefined : branchesOf(who, pack()),
    );
    const which = c.req.query('table') === 'tickets' ? out.tickets : out.summary;
    return c.body(`\uFEFF${which}`, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="figures-${monthKey(month)}${c.req.query('table') === 'tickets' ? '-tickets' : ''}.csv"`,
    });
  });

  // ---- Stations: the pack's stations as a list with coordinates (the map is docs/board.md's "not yet").
  // ---- Stations: open now, services, today's worker flags; a Leaflet map with BOARD_TILE_URL, else a
  // coordinate plot (ECharts scatter) — no third-party request unless tiles are configured.
  board.get('/stations', async (c) => {
    const p = pack();
    const v = view(c);
    const now = deps.now();
    const today = localDay(now, deps.timezone).date;
    const flags = await deps.store.faq.stationReports(
      p.stations.map((s) => s.id),
      today,
    );
    const points = p.stations.map((s) => {
      const open = openStatus(s, now, deps.timezone);
      const counts = flags.get(s.id);
      const flagged = STATION_PROBLEMS.filter((x) => (counts?.[x] ?? 0) > 0).map(
        (x) => `${v.t(`faq-report-${x}`)} ×${counts![x]}`,
      );
      return { s, open, status: stationStatus(v.t, open), services: servicesText(v.t, s.services), flagged };
    });
    const rows = points.map(
      (x) =>
        `<tr data-station="${esc(x.s.id)}"><td>${esc(x.s.name)}</td><td class="${x.open.open ? 'ok' : 'muted'}">${esc(x.status)}</td><td>${esc(x.services)}</td><td class="err">${esc(x.flagged.join(' · '))}</td><td>${esc(x.s.address)}</td></tr>`,
    );
    const marks = points.map((x) => ({
      name: x.s.name,
      lat: x.s.lat,
      lon: x.s.lon,
      open: x.open.open,
      note: [x.status, x.flagged.join(' · ')].filter(Boolean).join(' — '),
    }));
    const map = o.tileUrl
      ? `<div class="chart" id="map" data-tiles="${esc(o.tileUrl)}" data-attribution="${esc(o.tileAttribution ?? DEFAULT_TILE_ATTRIBUTION)}"></div><script type="application/json" class="map-points" data-for="map">${jsonScript(marks)}</script>`
      : `<div class="chart" id="plot"></div><script type="application/json" class="chart-option" data-for="plot">${jsonScript(
          {
            animation: false,
            tooltip: { formatter: '{b}' },
            grid: { left: 50, right: 30, top: 40, bottom: 40, containLabel: true },
            xAxis: {
              type: 'value',
              scale: true,
              name: t(c, 'board-station-lon'),
              nameLocation: 'middle',
              nameGap: 28,
            },
            yAxis: { type: 'value', scale: true, name: t(c, 'board-station-lat') },
            series: [
              {
                type: 'scatter',
                symbolSize: 12,
                label: { show: true, formatter: '{b}', position: 'right', fontSize: 10 },
                // Clustered stations: a label that would overlap another is hidden (tap shows the name).
                labelLayout: { hideOverlap: true },
                data: marks.map((m) => ({
                  name: m.name,
                  value: [m.lon, m.lat],
                  itemStyle: { color: m.open ? '#0a6b0a' : '#999' },
                })),
              },
            ],
          },
        )}</script><p class="muted" id="plot-legend"><span class="swatch" style="background:#0a6b0a"></span><span class="swatch" style="background:#999"></span>${esc(t(c, 'board-station-legend'))}</p>`;
    const head = ['name', 'open', 'services', 'flags', 'address']
      .map((h) => `<th>${esc(t(c, `board-station-${h}`))}</th>`)
      .join('');
    return render(
      c,
      t(c, 'board-nav-stations'),
      `<h1>${esc(t(c, 'board-nav-stations'))}</h1>${map}<div class="wide"><table id="stations"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`,
      '/stations',
      o.tileUrl
        ? ['/board/assets/leaflet.js', '/board/assets/board.js']
        : ['/board/assets/echarts.js', '/board/assets/board.js'],
      o.tileUrl ? ['/board/assets/leaflet.css'] : [],
    );
  });

  // ---- Notices and lessons: 收到 coverage per notice and group, quiz results, silent groups.
  board.get('/notices', async (c) => {
    const who = c.get('who')!;
    const p = pack();
    const v = view(c);
    const mine = branchesOf(who, p);
    const groups = (await deps.store.groups.list()).filter((g) => g.active && mine.includes(g.branch));
    const inScope = new Set(groups.map((g) => g.chat));
    const title = (chat: string) => groups.find((g) => g.chat === chat)?.title ?? chat;
    const notices = (await deps.store.notices.recent(20)).filter((n) => n.ack && n.status === 'queued');
    const acked = new Map<string, number>();
    const noticeRows: string[] = [];
    for (const n of notices) {
      const chats = n.chats.filter((ch) => inScope.has(ch));
      if (!chats.length) continue;
      const counts = await deps.store.notices.ackCounts(n.id);
      const covered = chats.filter((ch) => (counts[ch] ?? 0) > 0);
      for (const ch of chats) acked.set(ch, (acked.get(ch) ?? 0) + (counts[ch] ?? 0));
      const missing = chats.filter((ch) => !covered.includes(ch)).map(title);
      noticeRows.push(
        `<tr><td>${esc(when(c, n.sendAt))}</td><td>${esc(maskText(n.text).slice(0, 60))}</td><td>${covered.length}/${chats.length}</td><td class="muted">${esc(missing.join('、'))}</td></tr>`,
      );
    }
    const lessons = await lessonStats(deps, { branches: mine });
    const quizRows = lessons.branches.flatMap((b) =>
      b.groups.map(
        (g) =>
          `<tr><td>${esc(branchLabel(p, b.branch, v.locale))}</td><td>${esc(g.title ?? g.chat)}</td><td>${g.delivered}</td><td>${g.takers}</td><td>${g.correctRate === undefined ? '—' : `${Math.round(g.correctRate * 100)}%`}</td></tr>`,
      ),
    );
    const takers = new Map(lessons.branches.flatMap((b) => b.groups.map((g) => [g.chat, g.takers] as const)));
    const silent = groups.filter((g) => !(acked.get(g.chat) ?? 0) && !(takers.get(g.chat) ?? 0));
    const table = (head: string[], rows: string[]) =>
      rows.length
        ? `<div class="wide"><table><thead><tr>${head.map((h) => `<th>${esc(t(c, h))}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`
        : `<p class="muted">${esc(t(c, 'board-gaps-none'))}</p>`;
    const body = `<h1>${esc(t(c, 'board-nav-notices'))}</h1>
<h2>${esc(t(c, 'board-notices-ack'))}</h2>${table(['board-col-sent', 'board-col-notice', 'board-col-coverage', 'board-col-missing'], noticeRows)}
<h2>${esc(t(c, 'board-notices-quiz'))}</h2>${table(['board-col-branch', 'board-col-group', 'board-col-lessons', 'board-col-takers', 'board-col-correct'], quizRows)}
<h2>${esc(t(c, 'board-notices-silent'))}</h2><p class="muted">${esc(t(c, 'board-notices-silent-note'))}</p>${silent.length ? `<ul id="silent">${silent.map((g) => `<li>${esc(g.title ?? g.chat)} · ${esc(branchLabel(p, g.branch, v.locale))}</li>`).join('')}</ul>` : `<p class="muted">${esc(t(c, 'board-gaps-none'))}</p>`}`;
    return render(c, t(c, 'board-nav-notices'), body, '/notices');
  });

  // ---- Gaps: questions the FAQ could not answer, and entries people voted 👎. Organisers close them
  // with the chat's /gaps functions (core/faq/curate.ts): "this is entry X", a written answer, YAML.
  const askers = learnedAskers();
  const byOf = (c: Context<Env>) => `${c.get('session')!.user.channel}:${c.get('session')!.user.id}`;
  function organiserOnly(c: Context<Env>) {
    if (c.get('who')!.isOrganiser) return;
    deps.logger.warn({ user: byOf(c), path: c.req.path }, 'refused: board gaps action by a non-organiser');
    throw new PageError(403, 'board-error-organisers-only');
  }
  const gapIdOf = (c: Context<Env>) => {
    const id = c.req.param('id') ?? '';
    if (!/^[0-9a-f]{1,40}$/.test(id)) throw new PageError(404, 'board-error-not-found');
    return id;
  };
  const message = (c: Context<Env>, text: string) =>
    render(
      c,
      t(c, 'board-nav-gaps'),
      `<div class="card"><p class="ok" id="done">${esc(text)}</p><p><a href="/board/gaps">← ${esc(t(c, 'board-nav-gaps'))}</a></p></div>`,
      '/gaps',
    );

  board.get('/gaps', async (c) => {
    const p = pack();
    const org = c.get('who')!.isOrganiser;
    const gaps = await deps.store.faq.topGaps(50);
    const votes = await Promise.all(p.faq.map(async (e) => ({ e, v: await deps.store.faq.votes(e.id) })));
    const down = votes.filter((x) => x.v.down > 0).sort((a, b) => b.v.down - a.v.down);
    // The 👎, passed-over answers and picks behind each count, as the chat's /gaps writes them.
    const evidence = (g: Gap) =>
      gapEvidence((id, args) => t(c, id, args), p, c.get('locale'), g)
        .join('')
        .replace(/^\s*·\s*/, '');
    const act = (id: string) =>
      org ? `<td><a class="act" href="/board/gaps/${esc(id)}">${esc(t(c, 'board-gaps-act'))}</a></td>` : '';
    // After an action (POST/redirect/GET, so a reload sends nothing again): what was done. Only ids go
    // through the URL; the words are the pack's and the locale's.
    const learned = p.faq.find((e) => e.id === c.req.query('learned'));
    const draft = /^draft-[0-9a-f]{1,40}$/.test(c.req.query('draft') ?? '') ? c.req.query('draft')! : '';
    const done = learned
      ? t(c, 'board-gaps-learned-done', { title: localEntry(learned, c.get('locale')).title })
      : draft
        ? t(c, 'board-gaps-drafts-saved', { id: draft })
        : '';
    const body = `${done ? `<p class="ok" id="done">${esc(done)}</p>` : ''}<h1>${esc(t(c, 'board-nav-gaps'))}</h1><p class="muted" id="gaps-note">${esc(t(c, org ? 'board-gaps-note' : 'board-gaps-note-readonly'))}${org ? ` ${esc(t(c, 'board-gaps-handle-note'))}` : ''}</p>${org ? `<p><a id="export" href="/board/gaps/export.yaml">${esc(t(c, 'board-gaps-export'))}</a></p>` : ''}
<h2>${esc(t(c, 'board-gaps-unanswered'))}</h2>${gaps.length ? `<div class="wide"><table id="gaps"><thead><tr>${['question', 'count', 'evidence', ...(org ? ['action'] : [])].map((h) => `<th>${esc(t(c, `board-gaps-col-${h}`))}</th>`).join('')}</tr></thead><tbody>${gaps.map((g) => `<tr data-gap="${esc(g.id)}"><td>${esc(maskText(g.text || g.question))}</td><td>${g.count}</td><td class="evidence">${esc(evidence(g))}</td>${act(g.id)}</tr>`).join('')}</tbody></table></div>` : `<p class="muted">${esc(t(c, 'board-gaps-none'))}</p>`}
<h2>${esc(t(c, 'board-gaps-down'))}</h2>${down.length ? `<div class="wide"><table><thead><tr>${['entry', 'title', 'votes'].map((h) => `<th>${esc(t(c, `board-gaps-col-${h}`))}</th>`).join('')}</tr></thead><tbody>${down.map((x) => `<tr><td>${esc(x.e.id)}</td><td>${esc(x.e.title)}</td><td>👎 ${x.v.down} · 👍 ${x.v.up}</td></tr>`).join('')}</tbody></table></div>` : `<p class="muted">${esc(t(c, 'board-gaps-none'))}</p>`}`;
    return render(c, t(c, 'board-nav-gaps'), body, '/gaps');
  });

  board.get('/gaps/export.yaml', async (c) => {
    organiserOnly(c);
    const out = await exportYaml(deps, (id, args) => deps.i18n.t(c.get('locale'), id, args));
    if (!out) return message(c, t(c, 'faq-export-empty'));
    return c.body(`${out.yaml}\n`, 200, {
      'content-type': 'text/yaml; charset=utf-8',
      'content-disposition': `attachment; filename="faq-drafts-${localDay(deps.now(), deps.timezone).date}.yaml"`,
    });
  });

  board.get('/gaps/:id', async (c) => {
    organiserOnly(c);
    const found = await closestEntries(deps, await askers(deps), gapIdOf(c));
    if (!found) return message(c, t(c, 'faq-gaps-gone'));
    const { gap, entries } = found;
    const question = maskText(gap.text);
    const form = (path: string, inner: string) =>
      `<form method="post" action="/board/gaps/${esc(gap.id)}/${path}" class="card">${csrfField(c)}${inner}</form>`;
    const pickedBy = new Map(gap.picks.map((p) => [p.entry, p.count]));
    const picks = entries
      .map((e) => {
        const n = pickedBy.get(e.id);
        const picked = n
          ? ` <span class="picked" title="${esc(t(c, 'board-gaps-picked'))}">👆 ${n}</span>`
          : '';
        return form(
          'learn',
          `<input type="hidden" name="entry" value="${esc(e.id)}"><b>${esc(localEntry(e, c.get('locale')).title)}</b>${picked} <span class="muted">${esc(e.id)}</span> <button>${esc(t(c, 'board-gaps-learn'))}</button>`,
        );
      })
      .join('');
    const body = `<p><a href="/board/gaps">← ${esc(t(c, 'board-nav-gaps'))}</a></p>
<h1>${esc(t(c, entries.length ? 'faq-gaps-which' : 'faq-gaps-none-close', { question }))}</h1>${entries.length ? `<p class="muted">${esc(t(c, 'board-gaps-which-note'))}</p><div id="closest">${picks}</div>` : ''}
<h2>${esc(t(c, 'board-gaps-write'))}</h2>${form(
      'write',
      `<label>${esc(t(c, 'board-gaps-field-title'))}<input name="title" maxlength="${TITLE_MAX}" required></label><label>${esc(t(c, 'board-gaps-field-answer'))}<textarea name="answer" maxlength="${ANSWER_MAX}" required></textarea></label><button>${esc(t(c, 'board-gaps-write-save'))}</button>`,
    )}`;
    return render(c, t(c, 'board-nav-gaps'), body, '/gaps');
  });

  board.post('/gaps/:id/:action', async (c) => {
    organiserOnly(c);
    const id = gapIdOf(c);
    const form = await c.req.parseBody();
    const str = (k: string) => (typeof form[k] === 'string' ? (form[k] as string).trim() : '');
    switch (c.req.param('action')) {
      case 'learn': {
        const r = await learnFromGap(deps, id, str('entry'), byOf(c));
        if (!r.ok)
          throw new PageError(
            r.why === 'gone' ? 409 : 400,
            r.why === 'gone' ? 'faq-gaps-gone' : 'board-error-bad-input',
          );
        deps.logger.info({ entry: r.entry.id, version: r.version }, 'faq example learned (board)');
        return c.redirect(`/board/gaps?${new URLSearchParams({ learned: r.entry.id }).toString()}`, 303);
      }
      case 'write': {
        const title = str('title');
        const answer = str('answer');
        if (!hasWords(title) || !hasWords(answer)) throw new PageError(400, 'board-error-need-text');
        const gap = await deps.store.faq.gap(id);
        if (!gap) throw new PageError(409, 'faq-gaps-gone');
        const draft = await saveDraft(deps, { title, answer, question: gap.text, gap: gap.id, by: byOf(c) });
        const confirmed = await confirmDraft(deps, draft.id, gap.id);
        if (!confirmed) throw new PageError(409, 'faq-gaps-gone');
        return c.redirect(`/board/gaps?${new URLSearchParams({ draft: confirmed.id }).toString()}`, 303);
      }
      default:
        throw new PageError(404, 'board-error-not-found');
    }
  });

  return board;
}

export const BOARD_PAGE_SIZE = QUEUE_PAGE_SIZE;
