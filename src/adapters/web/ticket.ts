/**
 * A ticket (`/board/t/<id>`): the staff card and history as in chat, the whole text, and the chat's
 * actions as forms. Each POST calls `staffAction`, the function the chat's buttons call, so the same
 * script runs and the effects engine edits the triage card in the chat.
 */
import {
  categoryBranch,
  explainRefusal,
  staffAction,
  staffMayHandle,
  EXTENSION_DAYS,
  type StaffAction,
} from '../../core/reports/actions.js';
import {
  branchLabel,
  categoryName,
  eventWords,
  staffName,
  staffTicketCard,
} from '../../core/reports/views.js';
import { NOTE_MAX } from '../../core/reports/triage/prompts.js';
import { HOUR } from '../../core/reports/decide.js';
import { districtBranch } from '../../core/reports/route.js';
import { canTakeOver } from '../../core/reports/owner-gone.js';
import { personKey } from '../../core/ports/groups.js';
import { OPEN_STATUSES, type Ticket, type TicketEvent } from '../../core/ports/tickets.js';
import type { FetchedFile } from '../../core/outbox.js';
import type { Channel } from '../../core/types.js';
import { distanceText, statusText as stationStatus } from '../../core/stations/cards.js';
import { distanceMeters } from '../../core/stations/geo.js';
import { openStatus } from '../../core/stations/hours.js';
import { stationName } from '../../core/stations/reading.js';
import { branchReading } from '../../core/groups/branch-name.js';
import { maskText } from '../../core/mask.js';
import { chineseLang, esc, jsonScript, spansHtml } from './html.js';
import { DEFAULT_TILE_ATTRIBUTION } from './stations.js';
import { oneVoice, PageError, queueView, type Board, type Ctx, type Shell } from './shell.js';

/** Images the board shows inline; anything else is served as a download. */
/** The history's cut for one step's text (`history` in core/reports/views/history.ts). */
const HISTORY_TEXT_MAX = 300;
const INLINE_IMAGE = /^image\/(png|jpeg|gif|webp)$/;
const EVIDENCE_KINDS = ['photo', 'voice', 'video', 'document'];
/** Fetched evidence kept in memory this long, so a page's reload does not fetch from the platform again. */
const EVIDENCE_TTL_SECONDS = 300;
const EVIDENCE_MAX_FILES = 64;
const EVIDENCE_MAX_BYTES = 32 * 1024 * 1024;

/**
 * A small in-memory cache of fetched files (by channel and file id), bounded in count and bytes, oldest
 * out first. It is read only after the ticket's rule let the request through (the evidence route below),
 * so it never serves a file to someone who may not see the ticket.
 */
function createEvidenceCache(
  now: () => number,
  limits = { files: EVIDENCE_MAX_FILES, bytes: EVIDENCE_MAX_BYTES, ttlMs: EVIDENCE_TTL_SECONDS * 1000 },
) {
  const files = new Map<string, { file: FetchedFile; until: number }>();
  let bytes = 0;
  const drop = (key: string) => {
    const e = files.get(key);
    if (!e) return;
    bytes -= e.file.data.length;
    files.delete(key);
  };
  return {
    get(key: string): FetchedFile | undefined {
      const e = files.get(key);
      if (e && e.until > now()) return e.file;
      drop(key);
      return undefined;
    },
    set(key: string, file: FetchedFile): void {
      if (file.data.length > limits.bytes) return;
      drop(key);
      files.set(key, { file, until: now() + limits.ttlMs });
      bytes += file.data.length;
      for (const k of files.keys()) {
        if (files.size <= limits.files && bytes <= limits.bytes) break;
        drop(k);
      }
    },
  };
}

/** The last transfer or return that took the ticket out of one of `branches` (newest first). */
export function lastMoveFrom(events: readonly TicketEvent[], branches: readonly string[]) {
  return [...events]
    .reverse()
    .find(
      (e) => (e.type === 'transferred' || e.type === 'returned') && branches.includes(String(e.from ?? '')),
    );
}

/**
 * A note as typed in a form: the browser sends CRLF line breaks; the chat's text has LF. Characters are
 * counted as the core counts them (code points).
 */
function formNote(form: Record<string, unknown>): string {
  return typeof form.note === 'string' ? form.note.replace(/\r\n?/g, '\n').trim() : '';
}
const noteLength = (note: string) => [...note].length;
/** A note's count for the locale's messages: plain digits, as the counter in the browser writes them. */
const counted = (n: number) => ({ n: String(n), max: String(NOTE_MAX), over: String(n - NOTE_MAX) });

/**
 * Only staff who may handle the ticket's branch see it (or act on it): 403 otherwise, logged. A ticket
 * that left one of the person's branches says where it went and who moved it (as the chat's old card
 * does), and a POST gives back the text typed on the stale page (QA round 5 §3).
 */
function ticketGuard(s: Shell) {
  const { deps, pack, view, branchesOf, when } = s;
  return async function ticketFor(c: Ctx): Promise<Ticket> {
    // Ticket numbers are upper case; a typed jy-2026-000007 finds JY-2026-000007.
    const id = (c.req.param('id') ?? '').toUpperCase();
    const ticket = /^[A-Z0-9-]{1,40}$/.test(id) ? await deps.store.tickets.get(id) : undefined;
    if (!ticket) throw new PageError(404, 'board-error-no-ticket');
    const who = c.get('who')!;
    if (!staffMayHandle(who, ticket.branch)) {
      deps.logger.warn(
        { user: personKey(who.user.channel, who.user.id), ticket: id },
        'refused: board ticket of another branch',
      );
      const posted = c.req.method === 'POST';
      const moved = lastMoveFrom(await deps.store.tickets.events(ticket.id), branchesOf(who, pack()));
      if (!moved) throw new PageError(403, 'board-error-not-yours');
      const kept = posted ? formNote(await c.req.parseBody()) : '';
      throw new PageError(
        403,
        moved.type === 'returned' ? 'board-moved-away-returned' : 'board-moved-away-transferred',
        {
          id: ticket.id,
          who: staffName(view(c), ticket, moved),
          branch: branchLabel(pack(), String(moved.to ?? ticket.branch), c.get('locale'), true),
          when: when(c, moved.at),
        },
        { ...(posted ? { title: 'board-refused-title' } : {}), ...(kept ? { kept } : {}) },
      );
    }
    return ticket;
  };
}

/** What a refused or too-long POST gives back to the ticket page: the form it came from, filled in. */
interface Kept {
  action: string;
  note: string;
  target?: string;
  /** The queue view the ticket was opened from (the form's `from`). */
  from?: string;
  error: string;
}

const COMPASS = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'] as const;
/** The compass point (of eight) from `a` to `b`: near enough on a district's scale. */
function compassPoint(a: { lat: number; lon: number }, b: { lat: number; lon: number }): string {
  const x = (b.lon - a.lon) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  const y = b.lat - a.lat;
  const deg = (Math.atan2(x, y) * 180) / Math.PI;
  return COMPASS[Math.round((deg + 360) / 45) % 8]!;
}

export function mountTicket(board: Board, s: Shell): void {
  const { o, deps, kit, t, pack, view, render, csrfField, when, mapWords } = s;

  /**
   * Where the report was made: on the board's own map (Leaflet over BOARD_TILE_URL, the report and the
   * stations as markers), and always in words relative to the nearest station, so a board without tiles
   * (no third-party request) still says where it is. No link to an outside map.
   */
  function locationHtml(c: Ctx, ticket: Ticket): string {
    const at = ticket.location;
    if (!at) return '';
    const locale = c.get('locale');
    const near = pack()
      .stations.map((st) => ({ st, m: distanceMeters(st, at) }))
      .sort((a, b) => a.m - b.m)[0];
    const words = !near
      ? ''
      : near.m < 30
        ? t(c, 'board-location-at', { station: stationName(near.st, locale) })
        : t(c, 'board-location-near', {
            station: stationName(near.st, locale),
            dir: t(c, `board-dir-${compassPoint(near.st, at)}`),
            distance: distanceText(view(c).t, near.m),
          });
    const report = t(c, 'board-location-report');
    const points = [
      { name: report, lat: at.lat, lon: at.lon, report: true },
      // Green when open now, grey when closed, as on the stations page (QA round 5 §8); and, not by colour
      // alone, ✓ or ✕ on the marker and the status in words in its popup (QA22 #13).
      ...pack().stations.map((st) => {
        const open = openStatus(st, deps.now(), deps.timezone);
        return {
          name: stationName(st, locale),
          lang: chineseLang(stationName(st, locale)),
          note: stationStatus(view(c).t, open),
          lat: st.lat,
          lon: st.lon,
          open: open.open,
          pin: open.open ? '✓' : '✕',
        };
      }),
    ];
    const map = o.tileUrl
      ? `<div class="chart" id="location-map" role="region" aria-label="${esc(t(c, 'board-location-title'))}" data-tiles="${esc(o.tileUrl)}" data-attribution="${esc(o.tileAttribution ?? DEFAULT_TILE_ATTRIBUTION)}"${mapWords(c)}></div><script type="application/json" class="map-points" data-for="location-map" data-focus="0">${jsonScript(points)}</script>`
      : '';
    return `<div class="card" id="location"><h2>${esc(t(c, 'board-location-title'))}</h2>${map}<p id="location-near">${esc(words)}</p><p class="muted">${esc(`${at.lat.toFixed(5)}, ${at.lon.toFixed(5)}`)}</p></div>`;
  }
  /**
   * The history (the chat's, shared) shows each step's text up to HISTORY_TEXT_MAX with "…"; the board
   * gives those texts whole underneath — what the worker was sent, a reason in full (QA round 5 §2: no
   * page showed the whole resolution).
   */
  function fullTextsHtml(c: Ctx, ticket: Ticket, events: readonly TicketEvent[]): string {
    const v = view(c);
    const cut = events.filter((e) => [...maskText(eventWords(v, e))].length > HISTORY_TEXT_MAX);
    if (!cut.length) return '';
    const items = cut.map(
      (e) =>
        `<li><p class="muted">${esc(t(c, 'board-full-text-item', { when: when(c, e.at), who: staffName(v, ticket, e) }))}</p><p>${spansHtml([maskText(eventWords(v, e))])}</p></li>`,
    );
    return `<div class="card" id="full-texts"><h2>${esc(t(c, 'board-full-texts'))}</h2><ul class="plain">${items.join('')}</ul></div>`;
  }

  const ticketFor = ticketGuard(s);
  const cache = createEvidenceCache(() => deps.now().getTime());

  /**
   * The ticket's files: photos as thumbnails, the rest as links, each served by `/evidence/<n>` below
   * (fetched through the adapter of the reporter's channel, so no platform token or file URL reaches the
   * page). A channel whose files can't be fetched (the console, Slack for now) says so instead.
   */
  function evidenceHtml(c: Ctx, ticket: Ticket): string {
    if (!ticket.evidence.length) return '';
    const fetchable = deps.outbox.fetchesFiles?.(ticket.channel as Channel) ?? Boolean(deps.outbox.fetchFile);
    const base = `/board/t/${encodeURIComponent(ticket.id)}/evidence/`;
    const items = ticket.evidence.map((f, i) => {
      const kind = EVIDENCE_KINDS.includes(f.kind) ? f.kind : 'other';
      const label = esc(t(c, `board-evidence-${kind}`, { n: i + 1 }));
      // A file the reporter sent after filing says when, beside the first report's.
      const added = f.addedAt
        ? `<span class="muted added">${esc(t(c, 'board-evidence-added', { when: when(c, f.addedAt) }))}</span>`
        : '';
      const mark = f.addedAt ? ' data-added="1"' : '';
      if (!fetchable) return `<li${mark}>${label}${added ? ` ${added}` : ''}</li>`;
      const href = esc(`${base}${i}`);
      return kind === 'photo'
        ? `<li${mark}><a href="${href}" target="_blank" rel="noopener"><img class="thumb" src="${href}" alt="${label}" loading="lazy"></a>${added ? `<br>${added}` : ''}</li>`
        : `<li${mark}><a href="${href}">${label}</a>${added ? ` ${added}` : ''}</li>`;
    });
    return `<div class="card" id="evidence"><h2>${esc(t(c, 'board-evidence-title'))}</h2><ul class="evidence">${items.join('')}</ul>${fetchable ? '' : `<p class="muted" id="evidence-note">${esc(t(c, 'board-evidence-chat-only', { platform: ticket.channel }))}</p>`}</div>`;
  }

  // One file of a ticket, to whoever may see the ticket (ticketFor: the ticket page's rule).
  board.get('/t/:id/evidence/:n', async (c) => {
    const ticket = await ticketFor(c);
    const n = /^\d{1,3}$/.test(c.req.param('n')) ? Number(c.req.param('n')) : -1;
    const file = ticket.evidence[n];
    if (!file) throw new PageError(404, 'board-error-not-found');
    const key = `${ticket.channel}:${file.fileId}`;
    let got = cache.get(key);
    if (!got) {
      try {
        got = await deps.outbox.fetchFile?.(ticket.channel as Channel, file.fileId);
      } catch (err) {
        deps.logger.warn(
          { err: (err as Error).message, ticket: ticket.id },
          'board evidence could not be fetched',
        );
      }
      if (!got) throw new PageError(404, 'board-evidence-unavailable', { platform: ticket.channel });
      cache.set(key, got);
    }
    const inline = file.kind === 'photo' && INLINE_IMAGE.test(got.mime ?? '');
    const ext = got.name?.includes('.')
      ? `.${got.name
          .split('.')
          .pop()!
          .replace(/[^A-Za-z0-9]/g, '')}`
      : '';
    return c.body(new Uint8Array(got.data), 200, {
      'content-type': inline ? got.mime! : 'application/octet-stream',
      'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${ticket.id}-${n + 1}${ext}"`,
      // The browser may keep it for this person only (never a shared cache), as the server does.
      'cache-control': `private, max-age=${EVIDENCE_TTL_SECONDS}`,
    });
  });

  board.get('/t/:id', async (c) => ticketPage(c, await ticketFor(c)));

  /** The ticket page; after a refused or too-long POST, with that form open, its text kept, the reason on top. */
  async function ticketPage(c: Ctx, ticket: Ticket, kept?: Kept) {
    const v = view(c);
    const who = c.get('who')!;
    const events = await deps.store.tickets.events(ticket.id);
    // The whole report, however long: the board is where a secretary reads it all.
    const card = staffTicketCard(v, ticket, events, Infinity);
    const done = c.req.query('done');
    const open = (OPEN_STATUSES as readonly string[]).includes(ticket.status);
    const p = pack();
    // The queue view it was opened from, kept by every form and link back (stop 42).
    const from = queueView(kept?.from ?? c.req.query('from'));
    const fromField = from ? `<input type="hidden" name="from" value="${esc(from)}">` : '';
    const form = (name: string, inner: string, cls: string) =>
      `<form method="post" action="/board/t/${esc(encodeURIComponent(ticket.id))}/${name}"${cls ? ` class="${cls}"` : ''}>${csrfField(c)}${fromField}<input type="hidden" name="branch" value="${esc(ticket.branch)}">${inner}</form>`;
    // A form with fields folds under its action's name (QA round 3: seven open forms were 3,600 px on
    // a phone); board.js unfolds them on a wide screen, where there is room.
    const act = (name: string, inner: string, label?: string) =>
      label
        ? `<details class="card act" id="act-${name}" data-act="${name}"${kept?.action === name ? ' open' : ''}><summary>${esc(t(c, label))}</summary>${form(name, inner, '')}</details>`
        : form(name, inner, 'card');
    // No maxlength: it cut a pasted text silently (QA round 5 §2). The counter (board.js) says how long
    // the text is against the chat's limit before sending, and the server refuses a longer one with the
    // text kept in its form. The templates' {n}/{max}/{over} are filled in by board.js.
    const tpl = (id: string) =>
      t(c, id, { n: '{n}', max: '{max}', over: '{over}' }).replace(/[\u2068\u2069]/g, '');
    const note = (name: string, id: string) => {
      const text = kept?.action === name ? kept.note : '';
      const n = noteLength(text);
      return `<label>${esc(t(c, id))}<textarea name="note" required data-max="${NOTE_MAX}" data-count="${esc(tpl('board-note-count'))}" data-over="${esc(tpl('board-note-over'))}">${esc(text)}</textarea></label><p class="count${n > NOTE_MAX ? ' err' : ' muted'}" aria-live="polite">${esc(n > NOTE_MAX ? t(c, 'board-note-over', counted(n)) : t(c, 'board-note-count', counted(n)))}</p>`;
    };
    // Just filed under a category whose reports go elsewhere: said, with the transfer form at hand (never moved by it).
    const elsewhere = c.req.query('recat') && open ? categoryBranch(p, ticket, ticket.category) : undefined;
    // The transfer form chooses that branch already, as the chat's ↪️ offers it; a refused transfer keeps its own.
    const target = kept?.action === 'transfer' ? kept.target : elsewhere;
    const btn = (id: string) => `<button>${esc(t(c, id))}</button>`;
    const forms: string[] = [];
    // New, or held by a claimer who has left the pack (taken over: checked again by the script).
    if (ticket.status === 'new' || canTakeOver(p, ticket)) forms.push(act('claim', btn('board-act-claim')));
    if (open) {
      forms.push(
        act(
          'resolve',
          note('resolve', 'board-act-resolve-note') + btn('board-act-resolve'),
          'board-act-resolve',
        ),
      );
      forms.push(act('ask', note('ask', 'board-act-ask-note') + btn('board-act-ask'), 'board-act-ask'));
      const others = p.branches.filter((b) => b.id !== ticket.branch);
      forms.push(
        act(
          'transfer',
          // No branch chosen until the person chooses one (before: the first branch, QA round 3 §9).
          `<label>${esc(t(c, 'board-act-transfer-to'))} <select name="target" required><option value="" disabled${target ? '' : ' selected'}>${esc(t(c, 'board-act-transfer-choose'))}</option>${oneVoice(
            others.map((b) => ({
              value: b.id,
              alone: branchReading(p, b.id, v.locale),
              both: branchLabel(p, b.id, v.locale),
            })),
          )
            .map(
              ([id, name]) =>
                `<option value="${esc(id)}"${target === id ? ' selected' : ''}>${esc(name)}</option>`,
            )
            .join('')}</select></label>${note('transfer', 'board-act-reason')}${btn('board-act-transfer')}`,
          'board-act-transfer',
        ),
      );
      // 🏷️ Another of the pack's categories: no reason asked, as the chat's picker asks none.
      const cats = p.categories.categories.filter((x) => x.id !== ticket.category);
      forms.push(
        act(
          'category',
          `<label>${esc(t(c, 'board-act-category-to'))} <select name="category" required><option value="" disabled selected>${esc(t(c, 'board-act-transfer-choose'))}</option>${cats.map((x) => `<option value="${esc(x.id)}">${esc(categoryName(p, x.id, v.locale, true))}</option>`).join('')}</select></label>${btn('board-act-category')}`,
          'board-act-category',
        ),
      );
      if (ticket.branch !== districtBranch(p).id)
        forms.push(
          act('return', note('return', 'board-act-reason') + btn('board-act-return'), 'board-act-return'),
        );
      // Named as the chat's button (🔺 督办), offered to whoever the chat's triage card offers it to.
      forms.push(
        act(
          'escalate',
          note('escalate', 'board-act-escalate-note') + btn('triage-btn-escalate'),
          'triage-btn-escalate',
        ),
      );
    }
    // An organiser decides extensions; asking one of themselves makes no sense (QA round 5 §9).
    if ((ticket.status === 'claimed' || ticket.status === 'waiting') && !ticket.ext && !who.isOrganiser)
      forms.push(
        act(
          'extend',
          `<label>${esc(t(c, 'board-act-extend-days'))} <select name="days">${EXTENSION_DAYS.map((d) => `<option value="${d}">${d}</option>`).join('')}</select></label>${note('extend', 'board-act-reason')}${btn('board-act-extend')}`,
          'board-act-extend',
        ),
      );
    // A pending extension request: the organisers decide it, as with the escalation chat's ✅ / ❌.
    const ext = ticket.ext;
    if (ext && who.isOrganiser) {
      const decide = (name: string, label: string) =>
        `<form method="post" action="/board/t/${esc(encodeURIComponent(ticket.id))}/${name}" class="inline">${csrfField(c)}${fromField}<input type="hidden" name="request" value="${esc(ext.at)}">${btn(label)}</form> `;
      forms.unshift(
        `<div class="card" id="extension"><p>${esc(t(c, 'board-ext-decide', { who: ext.byName ?? ext.by, until: when(c, ext.until) }))}</p><p class="muted">${esc(ext.reason)}</p>${decide('approve', 'escalation-btn-approve')}${decide('refuse', 'escalation-btn-refuse')}</div>`,
      );
    }
    const hint = elsewhere
      ? `<p class="ok" id="category-elsewhere">${esc(t(c, 'board-category-elsewhere', { category: categoryName(p, ticket.category, v.locale, true), branch: branchLabel(p, elsewhere, v.locale) }))} <a href="#act-transfer">${esc(t(c, 'board-act-transfer'))}</a></p>`
      : '';
    const refused = kept
      ? `<div class="card" id="refused"><h2>${esc(t(c, 'board-refused-title'))}</h2><p class="err" id="form-error">${esc(kept.error)}</p>${kept.note ? `<p><a href="#act-${esc(kept.action)}" id="to-kept">${esc(t(c, 'board-refused-kept'))}</a></p>` : ''}</div>`
      : '';
    // The page's one heading names the report (the card's first line is its text, not a heading: QA22).
    const body = `<p><a id="to-queue" href="${esc(`/board${from ? `?${from}` : ''}`)}">← ${esc(t(c, 'board-nav-queue'))}</a></p><h1>${esc(ticket.id)}</h1>${done && !kept ? `<p class="ok" id="done">${esc(t(c, 'board-done', { platform: ticket.channel }))}</p>` : ''}${hint}${refused}<div class="card" id="ticket">${spansHtml(card.text)}</div>${fullTextsHtml(c, ticket, events)}${evidenceHtml(c, ticket)}${locationHtml(c, ticket)}${forms.join('')}`;
    const mapped = Boolean(o.tileUrl && ticket.location);
    return render(
      c,
      kept ? `${t(c, 'board-refused-title')} · ${ticket.id}` : ticket.id,
      body,
      '',
      mapped ? ['/board/assets/leaflet.js', '/board/assets/board.js'] : ['/board/assets/board.js'],
      mapped ? ['/board/assets/leaflet.css'] : [],
    );
  }

  /**
   * A stale extension decision: who decided the request meanwhile, and when (QA round 5 §9: "没有待审批
   * 的延期申请" alone did not say).
   */
  async function decidedBy(c: Ctx, ticket: Ticket): Promise<string> {
    const events = await deps.store.tickets.events(ticket.id);
    const e = [...events]
      .reverse()
      .find((x) => x.type === 'extension-approved' || x.type === 'extension-refused');
    if (!e) return '';
    return t(c, e.type === 'extension-approved' ? 'board-ext-approved-by' : 'board-ext-refused-by', {
      who: staffName(view(c), ticket, e),
      when: when(c, e.at),
    });
  }

  board.post('/t/:id/:action', async (c) => {
    const ticket = await ticketFor(c);
    const form = await c.req.parseBody();
    const str = (k: string) => (typeof form[k] === 'string' ? (form[k] as string).trim() : '');
    const action = c.req.param('action');
    // Never cut: a text longer than the chat keeps for the same action (NOTE_MAX) is refused before
    // anything is sent, and comes back in its form with the count (QA round 5 §2).
    const note = formNote(form);
    const keep = (error: string): Kept => ({
      action,
      note,
      ...(str('target') ? { target: str('target') } : {}),
      ...(str('from') ? { from: str('from') } : {}),
      error,
    });
    if (noteLength(note) > NOTE_MAX) {
      c.status(400);
      return ticketPage(c, ticket, keep(t(c, 'board-note-too-long', counted(noteLength(note)))));
    }
    const needNote = () => {
      if (!note) throw new PageError(400, 'board-error-need-text');
      return note;
    };
    let a: StaffAction;
    switch (action) {
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
        if (!str('target')) throw new PageError(400, 'board-error-need-target');
        a = { kind: 'transfer', target: str('target'), note: needNote() };
        break;
      case 'return':
        a = { kind: 'return', note: needNote() };
        break;
      case 'category':
        if (!str('category')) throw new PageError(400, 'board-error-bad-input');
        a = { kind: 'category', category: str('category') };
        break;
      case 'approve':
      case 'refuse': {
        // organisers only: staffAction refuses anyone else ('not-allowed', logged), as the chat does.
        const request = str('request');
        a = {
          kind: 'decide',
          approve: action === 'approve',
          ...(/^\d+$/.test(request) ? { request: Number(request) } : {}),
        };
        break;
      }
      case 'extend': {
        if (c.get('who')!.isOrganiser) throw new PageError(403, 'board-error-extend-organiser');
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
      actor: { by: personKey(s.user.channel, s.user.id), name: s.user.name ?? s.user.id, role: who.role },
      isOrganiser: who.isOrganiser,
      secretaryOf: who.secretaryOf,
    };
    const r = await staffAction(deps, kit, staff, ticket.id, a, str('branch') || ticket.branch);
    if (!r.ok) {
      const reason = explainRefusal(
        (id, args) => deps.i18n.t(c.get('locale'), id, args),
        pack(),
        c.get('locale'),
        staff.actor.by,
        r,
        ticket.id,
      );
      if (r.reason === 'not-allowed')
        throw new PageError(
          403,
          'board-error-refused',
          { reason },
          {
            title: 'board-refused-title',
            back: { href: `/board/t/${encodeURIComponent(ticket.id)}`, label: t(c, 'board-back-ticket') },
          },
        );
      // Refused (taken, moved, no longer pending…): the ticket as it is now, the reason on top, the
      // typed text back in its form — a stale page loses nothing (QA round 5 §3, §9).
      const fresh = (await deps.store.tickets.get(ticket.id)) ?? ticket;
      const who = a.kind === 'decide' ? await decidedBy(c, fresh) : '';
      c.status(409);
      // Moved out of the person's branches meanwhile: the guard says where to, by whom, with the text.
      if (!staffMayHandle(c.get('who')!, fresh.branch)) await ticketFor(c);
      return ticketPage(
        c,
        fresh,
        keep([t(c, 'board-error-refused', { reason }), who].filter(Boolean).join(' ')),
      );
    }
    // A transfer or return takes the ticket out of the person's hands: back to the queue, which says
    // where it went (before: a redirect to the ticket, now 403 "无权查看", QA round 5 §3).
    // Both to the queue view the ticket was opened from, when it was (its filters and page).
    const from = queueView(str('from'));
    if (a.kind === 'transfer' || a.kind === 'return')
      return c.redirect(`/board?moved=${encodeURIComponent(ticket.id)}${from ? `&${from}` : ''}`, 303);
    return c.redirect(
      `/board/t/${encodeURIComponent(ticket.id)}?done=1${a.kind === 'category' ? '&recat=1' : ''}${from ? `&from=${encodeURIComponent(from)}` : ''}`,
      303,
    );
  });
}
