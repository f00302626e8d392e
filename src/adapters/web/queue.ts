/** The queue (`/board`): a person's branches' tickets in priority order, filtered, 20 a page. */
import {
  isQueueState,
  NO_AREA,
  QUEUE_PAGE_SIZE,
  QUEUE_STATES,
  type StateFilter,
} from '../../core/ports/queue.js';
import { formerBranches } from '../../core/content/left-behind.js';
import {
  branchLabel,
  categoryName,
  GONE_QUEUE,
  isPaused,
  ticketStateText,
  urgencyText,
} from '../../core/reports/views.js';
import { branchReading } from '../../core/groups/branch-name.js';
import { maskText } from '../../core/mask.js';
import { localDate } from '../../core/zoned.js';
import { placeName, placeReading } from '../../core/stations/reading.js';
import { esc } from './html.js';
import { oneVoice, queueView, type Board, type Ctx, type Shell } from './shell.js';
import { lastMoveFrom } from './ticket.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `box=south,west,north,east` (degrees, the reports map's cluster): four numbers in order and in range,
 * else undefined.
 */
export function parseBox(given: string): [number, number, number, number] | undefined {
  const parts = given.split(',');
  if (parts.length !== 4 || !parts.every((x) => /^-?\d{1,3}(\.\d{1,8})?$/.test(x))) return undefined;
  const [s, w, n, e] = parts.map(Number) as [number, number, number, number];
  if (s > n || w > e || s < -90 || n > 90 || w < -180 || e > 180) return undefined;
  return [s, w, n, e];
}

export const BOARD_PAGE_SIZE = QUEUE_PAGE_SIZE;

export function mountQueue(board: Board, s: Shell): void {
  const { deps, t, pack, view, render, branchesOf, csrfField, when, pager } = s;

  /**
   * After a transfer or return on the board (`?moved=<id>`): where the ticket went, said only to staff of
   * the branch it left (what the chat's old triage card says there too).
   */
  async function movedNote(c: Ctx, id: string, mine: readonly string[]): Promise<string> {
    if (!/^[A-Za-z0-9-]{1,40}$/.test(id)) return '';
    const ticket = await deps.store.tickets.get(id.toUpperCase());
    if (!ticket) return '';
    const e = lastMoveFrom(await deps.store.tickets.events(ticket.id), mine);
    if (!e) return '';
    const text = t(c, e.type === 'returned' ? 'board-moved-done-returned' : 'board-moved-done-transferred', {
      id: ticket.id,
      branch: branchLabel(pack(), String(e.to ?? ticket.branch), c.get('locale'), true),
      platform: ticket.channel,
    });
    return `<p class="ok" id="done">${esc(text)}</p>`;
  }

  /**
   * Organisers: the branches the pack no longer has (QA21 #6) and the open tickets still in them, which no branch of
   * the pack lists; counted from their queues, not read (the page is read on every request). Secretaries have none:
   * a removed branch has no secretaries.
   */
  async function outsidePack(isOrganiser: boolean): Promise<{ branches: string[]; open: number }> {
    if (!isOrganiser) return { branches: [], open: 0 };
    const branches = formerBranches(pack());
    const now = deps.now().getTime();
    const counts = await Promise.all(branches.map((b) => deps.store.tickets.queueCounts(b, now)));
    return { branches, open: counts.reduce((n, c) => n + c.open, 0) };
  }

  board.get('/', async (c) => {
    const who = c.get('who')!;
    const p = pack();
    const mine = branchesOf(who, p);
    const outside = await outsidePack(who.isOrganiser);
    const q = c.req.query();
    // A filter the page does not know is named, not silently dropped (QA round 5 §9): the page shows
    // what it could filter by and says which part of the address it could not use.
    const bad: string[] = [];
    const pick = (name: string, ok: boolean) => {
      const given = q[name];
      if (given === undefined || given === '' || ok) return Boolean(given) && ok;
      bad.push(t(c, 'board-filter-bad', { field: t(c, `board-filter-name-${name}`), value: given }));
      return false;
    };
    const gone = q.branch === GONE_QUEUE && who.isOrganiser;
    const branch = pick('branch', mine.includes(q.branch ?? '') || gone) ? q.branch! : '';
    const state = pick('state', isQueueState(q.state ?? '')) ? (q.state as StateFilter) : 'open';
    const category = pick(
      'category',
      p.categories.categories.some((x) => x.id === q.category),
    )
      ? q.category!
      : '';
    // The areas of the person's branches (what intake records on a ticket): the figures' clusters link
    // here with one, and the select offers them all, and "no place given" (NO_AREA) for the reports
    // that named none — what the figures' "没写地点的反映" line counts (QA round 5 §5).
    // A branch without areas of its own (an industry branch) still gets reports that name a street's
    // area, and its figures' clusters link here with one (QA18: refused as unknown, the list showed the
    // whole category): any area of the pack is a filter, and such a branch is offered them all.
    const packAreas = [...new Set(p.branches.flatMap((b) => b.areas))];
    const ownAreas = [...new Set(p.branches.filter((b) => mine.includes(b.id)).flatMap((b) => b.areas))];
    const area = pick('area', q.area === NO_AREA || packAreas.includes(q.area ?? '')) ? q.area! : '';
    const areas = ownAreas.length ? ownAreas : packAreas;
    if (area && area !== NO_AREA && !areas.includes(area)) areas.push(area);
    const since = pick('since', DAY.test(q.since ?? '')) ? q.since! : '';
    const until = pick('until', DAY.test(q.until ?? '')) ? q.until! : '';
    const urgency = pick('urgency', ['normal', 'urgent', 'emergency'].includes(q.urgency ?? ''))
      ? q.urgency!
      : '';
    const overdue = pick('overdue', q.overdue === '1');
    const boxed = parseBox(q.box ?? '');
    const box = pick('box', boxed !== undefined) ? q.box! : '';
    const askedPage = pick('page', /^[1-9]\d{0,5}$/.test(q.page ?? '')) ? Number(q.page) : 1;
    const now = deps.now().getTime();
    // The filters a person set, for the store's query and for the page links alike.
    const set = {
      ...(category ? { category } : {}),
      ...(area ? { area } : {}),
      ...(since ? { since } : {}),
      ...(until ? { until } : {}),
      ...(urgency ? { urgency } : {}),
    };
    const result = await deps.store.queue.page(
      {
        branches: gone ? outside.branches : branch ? [branch] : mine,
        everyBranch: !branch && who.isOrganiser,
        state,
        ...set,
        ...(boxed && box ? { box: boxed } : {}),
        overdue,
        page: askedPage,
      },
      now,
    );
    if (askedPage > result.pages)
      bad.push(t(c, 'board-filter-bad-page', { page: askedPage, pages: result.pages, shown: result.page }));
    const v = view(c);
    const select = (name: string, current: string, options: [string, string][]) =>
      `<label>${esc(t(c, `board-filter-${name}`))} <select name="${name}">${options.map(([val, label]) => `<option value="${esc(val)}"${val === current ? ' selected' : ''}>${esc(label)}</option>`).join('')}</select></label> `;
    const any = t(c, 'board-filter-any');
    const goneOption: [string, string][] =
      outside.open || gone ? [[GONE_QUEUE, `${t(c, 'queue-gone-branches')} (${outside.open})`]] : [];
    // What the list is filtered by, in words: the folded filter's name says it, so a phone folds the form (five selects,
    // ~330 px before the first ticket) without hiding what is filtered (stop 43). The state always, as the list is one.
    const labelOf = (options: [string, string][], value: string) =>
      options.find(([val]) => val === value)?.[1] ?? value;
    const shown = (name: string, value: string) =>
      t(c, 'board-filters-item', { name: t(c, `board-filter-${name}`), value });
    const stateOptions = QUEUE_STATES.map((s): [string, string] => [s, t(c, `board-state-${s}`)]);
    const filtered = [
      ...(branch
        ? [
            shown(
              'branch',
              gone ? `${t(c, 'queue-gone-branches')} (${outside.open})` : branchLabel(p, branch, v.locale),
            ),
          ]
        : []),
      shown('state', labelOf(stateOptions, state)),
      ...(category ? [shown('category', categoryName(p, category, v.locale))] : []),
      ...(area
        ? [shown('area', area === NO_AREA ? t(c, 'board-filter-no-area') : placeName(area, v.locale))]
        : []),
      ...(urgency ? [shown('urgency', urgencyText(v.t, urgency as 'normal' | 'urgent' | 'emergency'))] : []),
      ...(overdue ? [t(c, 'board-filter-overdue')] : []),
      ...(since ? [t(c, 'board-filter-since', { day: since })] : []),
      ...(until ? [t(c, 'board-filter-until', { day: until })] : []),
      ...(box ? [t(c, 'board-filter-box')] : []),
    ];
    const summary = t(c, 'board-filters', { set: filtered.join(t(c, 'board-filters-separator')) });
    const form = `<details class="filters" id="filters"${bad.length ? ' open' : ''}><summary>${esc(summary)}</summary><form method="get" class="card">${select('branch', branch, [['', any], ...oneVoice(mine.map((b) => ({ value: b, alone: branchReading(p, b, v.locale), both: branchLabel(p, b, v.locale) }))), ...goneOption])}${select(
      'state',
      state,
      stateOptions,
    )}${select('category', category, [['', any], ...p.categories.categories.map((x): [string, string] => [x.id, categoryName(p, x.id, v.locale)])])}${areas.length ? select('area', area, [['', any], ...oneVoice(areas.map((a) => ({ value: a, alone: placeReading(a, v.locale), both: placeName(a, v.locale) }))), [NO_AREA, t(c, 'board-filter-no-area')]]) : ''}${select('urgency', urgency, [['', any], ...(['emergency', 'urgent', 'normal'] as const).map((u): [string, string] => [u, urgencyText(v.t, u)])])}<label><input type="checkbox" name="overdue" value="1"${overdue ? ' checked' : ''}> ${esc(t(c, 'board-filter-overdue'))}</label> ${since ? `<label id="since"><input type="checkbox" name="since" value="${esc(since)}" checked> ${esc(t(c, 'board-filter-since', { day: since }))}</label> ` : ''}${until ? `<label id="until"><input type="checkbox" name="until" value="${esc(until)}" checked> ${esc(t(c, 'board-filter-until', { day: until }))}</label> ` : ''}${box ? `<label id="box"><input type="checkbox" name="box" value="${esc(box)}" checked> ${esc(t(c, 'board-filter-box'))}</label> ` : ''}<button>${esc(t(c, 'board-filter-apply'))}</button></form></details>`;
    // The view a ticket opened from here goes back to (its filters and page; none for the default view): the ticket's
    // "← 待办" and the page after an action lead here, not to page 1 of the whole queue (stop 42).
    const here = queueView(
      new URLSearchParams({
        ...(branch ? { branch } : {}),
        ...(state !== 'open' ? { state } : {}),
        ...set,
        ...(box ? { box } : {}),
        ...(overdue ? { overdue: '1' } : {}),
        ...(result.page > 1 ? { page: String(result.page) } : {}),
      }).toString(),
    );
    const ticketHref = (id: string) =>
      `/board/t/${encodeURIComponent(id)}${here ? `?from=${encodeURIComponent(here)}` : ''}`;
    // A withdrawn report reads so, not as a closed one a secretary might take for solved (the chat's cards say it too).
    const rows = result.tickets.map((tk) => {
      const late = tk.dueAt !== undefined && tk.dueAt < now;
      // Classes name the cells for the phone layout (html.ts): a card per ticket under 600 px.
      return `<tr data-ticket="${esc(tk.id)}"><td class="q-id"><a href="${esc(ticketHref(tk.id))}">${esc(tk.id)}</a></td><td class="q-st">${esc(ticketStateText(v.t, tk))}</td><td class="q-ur">${esc(urgencyText(v.t, tk.urgency))}</td><td class="q-cat">${esc(categoryName(p, tk.category, v.locale))}</td><td class="q-br">${esc(branchLabel(p, tk.branch, v.locale, true))}</td><td class="q-sum">${esc(maskText(tk.summary))}</td><td class="q-due${late ? ' err' : ''}" data-label="${esc(t(c, 'board-col-due'))}">${esc(isPaused(tk) ? t(c, 'board-due-paused') : when(c, tk.dueAt))}${late ? ` ${esc(t(c, 'board-overdue'))}` : ''}</td></tr>`;
    });
    const qs = (pg: number) => {
      const u = new URLSearchParams({
        ...(branch ? { branch } : {}),
        state,
        ...set,
        ...(box ? { box } : {}),
        ...(overdue ? { overdue: '1' } : {}),
        page: String(pg),
      });
      return `/board?${u.toString()}`;
    };
    // Above the list as well as under it: 20 cards are ~2,000 px on a phone, and the way to the next page was only at
    // the bottom, the way back only by scrolling up (stop 43).
    const where = t(c, 'board-page', { page: result.page, pages: result.pages, total: result.total });
    const pages = pager(c, 'pager', result.page, result.pages, where, qs);
    const pagesTop = result.pages > 1 ? pager(c, 'pager-top', result.page, result.pages, where, qs) : '';
    const table = rows.length
      ? `<table class="queue" id="queue"><thead><tr>${['id', 'status', 'urgency', 'category', 'branch', 'summary', 'due'].map((h) => `<th>${esc(t(c, `board-col-${h}`))}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`
      : `<p class="muted">${esc(t(c, 'board-queue-empty'))}</p>`;
    // The store read only the newest SCAN_CAP candidates: say the list is cut, and offer the days that
    // narrow it (the other filters kept as they are).
    const keep = {
      ...(branch ? { branch } : {}),
      state,
      ...(category ? { category } : {}),
      ...(area ? { area } : {}),
      ...(urgency ? { urgency } : {}),
      ...(box ? { box } : {}),
      ...(overdue ? { overdue: '1' } : {}),
    };
    // A day as text in the page's language (its label, the format said under it, the browser's complaint replaced
    // by board.js with data-bad): <input type="date"> drew its field and calendar in the phone's language, whatever the
    // page's (stop 40). The server checks it as before (DAY).
    const today = localDate(now, deps.timezone);
    const dayField = (name: string, value: string, label: string) =>
      `<label>${esc(t(c, label))} <input name="${name}" value="${esc(value)}" pattern="\\d{4}-\\d{2}-\\d{2}" placeholder="${esc(today)}" autocomplete="off" aria-describedby="date-hint" data-bad="${esc(t(c, 'board-date-bad', { example: today }))}"></label>`;
    const capped = result.capped
      ? `<form method="get" class="card" id="capped"><p class="err">${esc(t(c, 'board-capped', { cap: result.capped }))}</p>${Object.entries(
          keep,
        )
          .map(([k, val]) => `<input type="hidden" name="${esc(k)}" value="${esc(val)}">`)
          .join(
            '',
          )}${dayField('since', since, 'board-narrow-since')} ${dayField('until', until, 'board-narrow-until')} <button>${esc(t(c, 'board-filter-apply'))}</button><p class="muted" id="date-hint">${esc(t(c, 'board-date-hint', { example: today }))}</p></form>`
      : '';
    // An organiser's transfer out of a removed branch is said too.
    const moved = q.moved ? await movedNote(c, q.moved, [...mine, ...outside.branches]) : '';
    // Open tickets no branch of the pack lists are not in the organiser's list: say so, with the way to them.
    const goneNote =
      outside.open && !gone
        ? `<p class="err" id="gone">${esc(t(c, 'board-gone-note', { n: outside.open }))} <a href="/board?branch=${GONE_QUEUE}">${esc(t(c, 'board-gone-open'))}</a></p>`
        : '';
    const problems = bad.length
      ? `<div class="card" id="filter-error"><p class="err">${bad.map(esc).join('<br>')}</p><p class="muted">${esc(t(c, 'board-filter-bad-note'))}</p></div>`
      : '';
    if (bad.length) c.status(400);
    const logout = `<form method="post" action="/board/logout" class="inline">${csrfField(c)}<button>${esc(t(c, 'board-logout'))}</button></form>`;
    return render(
      c,
      t(c, 'board-nav-queue'),
      `<h1>${esc(t(c, 'board-nav-queue'))}</h1><p class="muted">${esc(t(c, 'board-signed-in-as', { name: c.get('session')!.user.name ?? c.get('session')!.user.id }))} ${logout}</p>${moved}${goneNote}${problems}${form}${capped}${pagesTop}${table}${pages}`,
      '',
      // The filters unfolded on a wide screen; the day fields' complaint in the page's language.
      ['/board/assets/board.js'],
    );
  });
}
