/**
 * The reports map (`/board/map?month=YYYY-MM&category=…`): where the month's reports with a shared location
 * are, for the viewer's branches, clustered (leaflet.markercluster), coloured by category and signed with its
 * first character (a cluster: the signs of its categories under its count, and their names and counts in its
 * name), each point and cluster a button for the keyboard. A cluster opens
 * the queue of exactly its reports (that month, that category, its box); a point opens its ticket. Points
 * carry the ticket number and category only: no names, no phone numbers, no text.
 */
import { monthPeriod, type Period } from '../../core/reports/figures.js';
import { monthKey } from '../../core/reports/trend.js';
import { categoryName } from '../../core/reports/views.js';
import { localDate } from '../../core/zoned.js';
import { categoryColour } from './figures.js';
import { chineseLang, cssColour, esc, jsonScript } from './html.js';
import { DEFAULT_TILE_ATTRIBUTION } from './stations.js';
import type { Board, Ctx, Shell } from './shell.js';

const PAGE = 1000;

/**
 * Each category's sign on the map and in its legend, so categories are not told apart by colour alone
 * (QA22 #12): the first character of its name, or its number in the pack when that character is taken.
 */
export function categorySigns(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name, i) => {
    const first = (Array.from(name.trim())[0] ?? '').toUpperCase();
    const sign = first && !taken.has(first) ? first : String(i + 1);
    taken.add(sign);
    return sign;
  });
}

export interface ReportPoint {
  id: string;
  lat: number;
  lon: number;
  category: string;
}

export function mountMap(
  board: Board,
  s: Shell,
  monthOf: (c: Ctx) => { year: number; month: number },
  monthField: (c: Ctx, shown: { year: number; month: number }) => Promise<string>,
): void {
  const { o, deps, t, pack, view, render, branchesOf, mapWords } = s;

  /** The month's tickets of `branches` with a location: ids by creation, then four light fields each. */
  async function pointsOf(period: Period, branches: readonly string[]): Promise<ReportPoint[]> {
    const to = Math.min(period.to, deps.now().getTime() + 1);
    const out: ReportPoint[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const ids = await deps.store.ticketStats.created(period.from, to, offset, PAGE);
      const rows = await deps.store.ticketStats.fields(
        ids.map((x) => x.id),
        ['branch', 'category', 'location'] as const,
      );
      for (const r of rows) {
        if (!r.location || !branches.includes(r.branch)) continue;
        try {
          const { lat, lon } = JSON.parse(r.location) as { lat: number; lon: number };
          if (Number.isFinite(lat) && Number.isFinite(lon))
            out.push({ id: r.id, lat, lon, category: r.category });
        } catch {
          // A location that is not JSON is not drawn.
        }
      }
      if (ids.length < PAGE) return out;
    }
  }

  board.get('/map', async (c) => {
    const who = c.get('who')!;
    const p = pack();
    const v = view(c);
    const month = monthOf(c);
    const key = monthKey(month);
    const period = monthPeriod(month.year, month.month, deps.timezone);
    const cats = p.categories.categories.map((x) => x.id);
    const asked = c.req.query('category') ?? '';
    const category = cats.includes(asked) ? asked : '';
    const all = await pointsOf(period, branchesOf(who, p));
    const points = category ? all.filter((x) => x.category === category) : all;
    const colourOf = (id: string) => cssColour(categoryColour(cats.indexOf(id)));
    const signs = categorySigns(cats.map((id) => categoryName(p, id, v.locale, true)));
    const signOf = (id: string) => signs[cats.indexOf(id)] ?? '?';
    const counts = new Map<string, number>();
    for (const x of all) counts.set(x.category, (counts.get(x.category) ?? 0) + 1);
    // The queue a cluster opens: this month, this category, every state; board.js adds the cluster's box.
    const queue = `/board?${new URLSearchParams({
      state: 'all',
      ...(category ? { category } : {}),
      since: localDate(period.from, deps.timezone),
      until: localDate(period.to - 1, deps.timezone),
    }).toString()}`;
    const mapLink = (cat: string) =>
      `/board/map?${new URLSearchParams({ month: key, ...(cat ? { category: cat } : {}) }).toString()}`;
    // The legend: each category's colour, sign and count, a link that shows it alone (or all again).
    const legend = `<ul class="legend" id="map-legend">${cats
      .filter((id) => counts.has(id))
      .map(
        (id) =>
          `<li data-category="${esc(id)}"${id === category ? ' class="current"' : ''}><a href="${esc(mapLink(id === category ? '' : id))}"><span class="sign" style="border-color:${colourOf(id)}" aria-hidden="true">${esc(signOf(id))}</span>${esc(categoryName(p, id, v.locale, true))}</a> ${counts.get(id)}</li>`,
      )
      .join('')}</ul>`;
    const marks = points.map((x) => ({
      id: x.id,
      lat: x.lat,
      lon: x.lon,
      colour: colourOf(x.category),
      sign: signOf(x.category),
      label: categoryName(p, x.category, v.locale, true),
      // The script its Chinese is marked with on a page not in Chinese (board.js).
      lang: chineseLang(categoryName(p, x.category, v.locale, true)),
    }));
    const select = `<label>${esc(t(c, 'board-filter-category'))} <select name="category"><option value="">${esc(t(c, 'board-filter-any'))}</option>${cats.map((id) => `<option value="${esc(id)}"${id === category ? ' selected' : ''}>${esc(categoryName(p, id, v.locale, true))}</option>`).join('')}</select></label>`;
    const form = `<form method="get" class="card">${await monthField(c, month)} ${select} <button>${esc(t(c, 'board-filter-apply'))}</button></form>`;
    const map = points.length
      ? `<div class="chart tall" id="reports-map" role="region" aria-label="${esc(t(c, 'board-nav-map'))}" data-tiles="${esc(o.tileUrl ?? '')}" data-attribution="${esc(o.tileAttribution ?? DEFAULT_TILE_ATTRIBUTION)}" data-queue="${esc(queue)}" data-open="${esc(t(c, 'board-map-open'))}" data-count="${esc(t(c, 'board-map-count', { n: '{n}' }))}" data-cluster="${esc(t(c, 'board-map-cluster', { n: '{n}', cats: '{cats}' }))}"${mapWords(c)}></div><script type="application/json" class="report-points" data-for="reports-map">${jsonScript(marks)}</script>${o.tileUrl ? '' : `<p class="muted" id="map-no-tiles">${esc(t(c, 'board-map-no-tiles'))}</p>`}`
      : '';
    const body = `<h1>${esc(t(c, 'board-nav-map'))}</h1>${form}
<p id="map-count">${esc(t(c, 'board-map-summary', { month: key, shown: points.length }))}</p><p class="muted">${esc(t(c, 'board-map-note'))}</p>${legend}${map}`;
    return render(
      c,
      t(c, 'board-nav-map'),
      body,
      '/map',
      ['/board/assets/leaflet.js', '/board/assets/markercluster.js', '/board/assets/board.js'],
      [
        '/board/assets/leaflet.css',
        '/board/assets/markercluster.css',
        '/board/assets/markercluster-default.css',
      ],
    );
  });
}
