/** The queue (`/board`): a person's branches' tickets in priority order, filtered, 20 a page. */
import { isQueueState, QUEUE_PAGE_SIZE, QUEUE_STATES } from '../../core/ports/queue.js';
import { branchLabel, categoryName, statusText, urgencyText } from '../../core/reports/views.js';
import { maskText } from '../../core/mask.js';
import { nameForLocale } from '../../core/script.js';
import { esc } from './html.js';
import type { Board, Shell } from './shell.js';

export const BOARD_PAGE_SIZE = QUEUE_PAGE_SIZE;

export function mountQueue(board: Board, s: Shell): void {
  const { deps, t, pack, view, render, branchesOf, csrfField, when } = s;
  board.get('/', async (c) => {
    const who = c.get('who')!;
    const p = pack();
    const mine = branchesOf(who, p);
    const q = c.req.query();
    const branch = q.branch && mine.includes(q.branch) ? q.branch : '';
    const state = q.state && isQueueState(q.state) ? q.state : 'open';
    const category = q.category && p.categories.categories.some((x) => x.id === q.category) ? q.category : '';
    // The areas of the person's branches (what intake records on a ticket): the figures' clusters link
    // here with one, and the select offers them all.
    const areas = [...new Set(p.branches.filter((b) => mine.includes(b.id)).flatMap((b) => b.areas))];
    const area = q.area && areas.includes(q.area) ? q.area : '';
    const since = /^\d{4}-\d{2}-\d{2}$/.test(q.since ?? '') ? q.since! : '';
    const urgency = ['normal', 'urgent', 'emergency'].includes(q.urgency ?? '') ? q.urgency! : '';
    const overdue = q.overdue === '1';
    const now = deps.now().getTime();
    const result = await deps.store.queue.page(
      {
        branches: branch ? [branch] : mine,
        state,
        ...(category ? { category } : {}),
        ...(area ? { area } : {}),
        ...(since ? { since } : {}),
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
    )}${select('category', category, [['', any], ...p.categories.categories.map((x): [string, string] => [x.id, categoryName(p, x.id, v.locale)])])}${areas.length ? select('area', area, [['', any], ...areas.map((a): [string, string] => [a, nameForLocale(v.locale, a)])]) : ''}${select('urgency', urgency, [['', any], ...(['emergency', 'urgent', 'normal'] as const).map((u): [string, string] => [u, urgencyText(v.t, u)])])}<label><input type="checkbox" name="overdue" value="1"${overdue ? ' checked' : ''}> ${esc(t(c, 'board-filter-overdue'))}</label> ${since ? `<label id="since"><input type="checkbox" name="since" value="${esc(since)}" checked> ${esc(t(c, 'board-filter-since', { day: since }))}</label> ` : ''}<button>${esc(t(c, 'board-filter-apply'))}</button></form>`;
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
        ...(area ? { area } : {}),
        ...(since ? { since } : {}),
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
}
