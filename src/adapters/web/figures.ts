/**
 * Figures (`/board/figures`, `/board/figures.csv`): per branch the six rates, twelve months of trend and
 * categories, open/overdue, similar-report clusters — from the counters the ticket scripts keep
 * (docs/board.md "Figures counters"), never from the tickets; the CSV reads the month's tickets.
 */
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
import { branchLabel, categoryName } from '../../core/reports/views.js';
import { HOUR } from '../../core/reports/decide.js';
import { localDate } from '../../core/zoned.js';
import { placeName } from '../../core/stations/reading.js';
import { cssColour, esc, jsonScript, wideBox } from './html.js';
import { PageError, type Board, type Ctx, type Shell } from './shell.js';
import { NO_AREA } from '../../core/ports/queue.js';
import { mountMap } from './map.js';

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
/** Pixels above the trend's plot for its legend: two lines of it, as the four names take on a 360 px phone. */
const TREND_LEGEND_ROOM = 56;

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

export function mountFigures(board: Board, s: Shell): void {
  const { deps, t, pack, view, render, branchesOf } = s;

  // Figures: from the counters the ticket scripts keep per branch and month (docs/board.md "Figures
  // counters"), so a page reads branches × months keys, never the tickets; rates through `ratios`.
  const countsFor = (branches: readonly string[], months: readonly string[]) =>
    countedFigures(
      deps.store,
      deps.timezone,
      months.flatMap((month) => branches.map((branch) => ({ branch, month }))),
      pack().settings,
      deps.now().getTime(),
    );
  function monthOf(c: Ctx) {
    const given = c.req.query('month') ?? '';
    const m = /^(\d{4})-(\d{2})$/.exec(given);
    const now = deps.now().getTime();
    const cur = lastMonths(now, deps.timezone, 1)[0]!;
    if (!given) return cur;
    // The page's month select sends YYYY-MM; anything else is refused, not read as this month.
    if (!m) throw new PageError(400, 'board-error-bad-input');
    const month = { year: Number(m[1]), month: Number(m[2]) };
    if (month.month < 1 || month.month > 12 || month.year < 2000 || month.year > 2100)
      throw new PageError(400, 'board-error-bad-input');
    // A month still to come has no figures: say so rather than draw zeros (QA round 5 §6).
    if (monthKey(month) > monthKey(cur))
      throw new PageError(400, 'board-error-future-month', { month: given, now: monthKey(cur) });
    return month;
  }

  /**
   * The month as a select of months in the page's language ("2026年11月", "November 2026"), newest first, from the
   * district's first report (or the month shown, if older) to this one: `<input type="month">` drew its field and its
   * calendar in the phone's language, whatever the page's (stop 40). One option a month, as many as there are months
   * of reports; the server still checks what comes back (`monthOf`).
   */
  async function monthField(c: Ctx, shown: { year: number; month: number }): Promise<string> {
    const now = deps.now().getTime();
    const cur = lastMonths(now, deps.timezone, 1)[0]!;
    const [first] = await deps.store.ticketStats.created(0, now + 1, 0, 1);
    const oldest = first ? lastMonths(first.at, deps.timezone, 1)[0]! : cur;
    const from = monthKey(oldest) < monthKey(shown) ? oldest : shown;
    const name = new Intl.DateTimeFormat(c.get('locale'), {
      year: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
    // Months counted from year 0 (year × 12 + month − 1), newest first.
    const index = (m: { year: number; month: number }) => m.year * 12 + m.month - 1;
    const options: string[] = [];
    for (let i = index(cur); i >= index(from); i--) {
      const key = monthKey({ year: Math.floor(i / 12), month: (i % 12) + 1 });
      options.push(
        `<option value="${key}"${i === index(shown) ? ' selected' : ''}>${esc(name.format(Date.UTC(Math.floor(i / 12), i % 12, 1)))}</option>`,
      );
    }
    return `<label>${esc(t(c, 'board-month'))} <select name="month" id="month">${options.join('')}</select></label>`;
  }

  mountMap(board, s, monthOf, monthField);

  const pct = (c: Ctx, r: Ratio) => {
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
    const cur = lastMonths(now, deps.timezone, 1)[0]!;
    const isCurrent = key === monthKey(cur);
    // Everything over time follows the chosen month (QA round 5 §6): the charts are the twelve months up
    // to it, the clusters the thirty days up to its end (today for this month).
    const period = monthPeriod(month.year, month.month, deps.timezone);
    const twelve = lastMonths(period.from, deps.timezone, 12).map(monthKey);
    const range = { from: twelve[0]!, to: key };
    // One read: the chosen month's cells and the last twelve months' (the trend and categories).
    const [cells, year] = await Promise.all([countsFor(mine, [key]), countsFor(mine, twelve)]);
    const rateNames = RATE_NAMES;
    const row = (label: string, counts: FigureCounts, branch: string) => {
      const f = figuresFromCounts(counts);
      const r = ratios(f);
      // A withdrawn report is received but neither open nor solved: said beside 受理, as /stats says it (QA28 #3).
      const withdrawn = f.withdrawn
        ? ` <span class="muted" data-withdrawn="${f.withdrawn}">${esc(t(c, 'board-received-withdrawn', { n: f.withdrawn }))}</span>`
        : '';
      // data-label: each cell's column name, shown before it on a phone, where a row is a card (below).
      return `<tr data-branch="${esc(branch)}"><td>${esc(label)}</td><td data-col="received" data-label="${esc(t(c, 'board-col-received'))}">${f.received}${withdrawn}</td>${rateNames.map((n) => `<td data-rate="${n}" data-label="${esc(t(c, `board-rate-${n}`))}">${esc(pct(c, r[n]))} <span class="muted">${r[n].n}/${r[n].of}</span></td>`).join('')}</tr>`;
    };
    const counts = await Promise.all(mine.map((b) => deps.store.tickets.queueCounts(b, now)));
    const ratesTitle = t(c, 'board-rates-title', { month: key });
    // On a phone a card per branch, its figures two by two under its name, each after its column's name (`cards
    // pairs`, html.ts): eight columns were 689 px in English in a 371 px box, and nothing said which columns were off
    // the screen (stop 43).
    const table = wideBox(
      ratesTitle,
      `<table id="rates" class="cards pairs"><thead><tr><th>${esc(t(c, 'board-col-branch'))}</th><th>${esc(t(c, 'board-col-received'))}</th>${rateNames.map((n) => `<th>${esc(t(c, `board-rate-${n}`))}</th>`).join('')}</tr></thead><tbody>${mine
        .map((b, i) => row(branchLabel(p, b, v.locale), cells[i]!, b))
        .join(
          '',
        )}${who.isOrganiser ? row(t(c, 'stats-district'), addCounts(cells), 'all') : ''}</tbody></table>`,
    );
    const overdue = wideBox(
      t(c, 'board-overdue-title'),
      `<table><thead><tr><th>${esc(t(c, 'board-col-branch'))}</th><th>${esc(t(c, 'board-col-open'))}</th><th>${esc(t(c, 'board-col-overdue'))}</th></tr></thead><tbody>${mine.map((b, i) => `<tr><td>${esc(branchLabel(p, b, v.locale))}</td><td>${counts[i]!.open}</td><td>${counts[i]!.overdue}</td></tr>`).join('')}</tbody></table>`,
    );
    // Twelve months of the person's branches: the rates and the categories, drawn in the browser.
    const months = twelve.map((m, i) => ({
      month: m,
      figures: figuresFromCounts(addCounts(year.slice(i * mine.length, (i + 1) * mine.length))),
      tickets: [],
    }));
    const trendTitle = t(c, 'board-trend-title', range);
    // The page's heading already names the chart; drawn again inside it (as /stats' PNG needs), the title was
    // wider than a phone's chart and cut at both ends ("losure, solved and satisfaction rates (2026-01 to 2026-1",
    // QA round 9), so on the page the chart has no title and its plot starts higher.
    const { title: _drawnTitle, ...trend } = trendOption(months, {
      title: trendTitle,
      response: t(c, 'stats-chart-response'),
      closure: t(c, 'stats-chart-closure'),
      solved: t(c, 'stats-chart-solved'),
      satisfaction: t(c, 'stats-chart-satisfaction'),
    });
    // The four lines' names above the plot, with room for two lines of them: at the bottom, ECharts' legend
    // wrapped to a second line on a 360 px phone in English and was drawn over the month labels.
    trend.legend = { top: 0, left: 'center' };
    trend.grid = { left: 40, right: 20, top: TREND_LEGEND_ROOM, bottom: 30 };
    // A chart in words for a screen reader, each series month by month (ECharts' own description read "第0个系列 …
    // 0，NaN"): a paragraph of the page after the chart, not the box's aria-label, so a category's Chinese name on an
    // English page is marked as Chinese as any text is (markChinese; an attribute cannot be, stop 42) — the drawn
    // chart is hidden from the screen reader, which reads the words instead. The bars are drawn with patterns as well
    // as colours, so a category is not told by colour alone (QA22).
    const list = new Intl.ListFormat(v.locale, { type: 'conjunction', style: 'short' });
    const inWords = (series: { name: string; data: (number | null)[] }[], unit: string) =>
      series
        .map((x) =>
          t(c, 'board-chart-words', {
            name: x.name,
            values: list.format(
              x.data.map((n, i) => `${months[i]!.month} ${n === null ? '—' : `${n}${unit}`}`),
            ),
          }),
        )
        .join(' ');
    const patterned = { aria: { enabled: true, decal: { show: true }, label: { enabled: false } } };
    const trendWords = inWords(
      (trend.series as { name: string; data: (number | null)[] }[]).map((x) => ({
        name: x.name,
        data: x.data,
      })),
      '%',
    );
    Object.assign(trend, patterned);
    const cats = [...new Set(months.flatMap((m) => m.figures.categories.map((x) => x.id)))];
    // A category keeps its colour on every page and month (its place in the pack); the legend is HTML
    // under the chart, so it wraps on a phone and never covers the axis.
    const colourOf = (id: string) =>
      cssColour(categoryColour(p.categories.categories.findIndex((x) => x.id === id)));
    const legend = `<ul class="legend" id="cats-legend">${cats.map((id) => `<li data-category="${esc(id)}"><span class="swatch" style="background:${colourOf(id)}"></span>${esc(categoryName(p, id, v.locale))}</li>`).join('')}</ul>`;
    const categorySeries = cats.map((id) => ({
      name: categoryName(p, id, v.locale),
      data: months.map((m) => m.figures.categories.find((x) => x.id === id)?.count ?? 0),
    }));
    const categories = {
      ...patterned,
      animation: false,
      tooltip: { trigger: 'axis', confine: true },
      grid: { left: 40, right: 20, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: months.map((m) => m.month) },
      yAxis: { type: 'value' },
      series: cats.map((id, i) => ({
        ...categorySeries[i]!,
        type: 'bar',
        stack: 'c',
        itemStyle: { color: colourOf(id) },
      })),
    };
    // Similar reports: the last 30 local days' tickets of one category in one area, two or more (from the
    // per-day counters; each links to the queue of that category).
    const clustersEnd = isCurrent ? now : period.to - 1;
    const days = Array.from({ length: 30 }, (_, i) => localDate(clustersEnd - i * 24 * HOUR, deps.timezone));
    const groups = new Map<string, number>();
    for (const day of await deps.store.figures.days(days))
      for (const [field, n] of Object.entries(day)) {
        const [branch = '', category = '', area = ''] = field.split('|');
        if (n > 0 && mine.includes(branch))
          groups.set(`${category}|${area}`, (groups.get(`${category}|${area}`) ?? 0) + n);
      }
    // A cluster is reports near each other: reports that named no place are not "similar" to each
    // other by place, so they are counted apart (QA round 3: 8 of 9 clusters were every area-less report
    // of a category).
    const ranked = [...groups].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const placed = ranked.filter(([k, n]) => n >= 2 && k.split('|')[1]).slice(0, 10);
    const placeless = ranked.filter(([k]) => !k.split('|')[1]).slice(0, 10);
    // A cluster opens exactly its reports: its category at its area over the same 30 days.
    const since = days[days.length - 1]!;
    const until = days[0]!;
    // A past month's clusters end with that month: the queue is cut there too.
    const queueOf = (category: string, area: string) =>
      `/board?${esc(new URLSearchParams({ state: 'all', category, area, since, ...(isCurrent ? {} : { until }) }).toString())}`;
    const clusterHtml = placed.length
      ? `<ul id="clusters">${placed
          .map(([k, n]) => {
            const [category = '', area = ''] = k.split('|');
            return `<li><a href="${queueOf(category, area)}">${esc(categoryName(p, category, v.locale))}</a> · ${esc(placeName(area, v.locale))}: ${n}</li>`;
          })
          .join('')}</ul>`
      : `<p class="muted">${esc(t(c, 'board-clusters-none', { from: since, to: until }))}</p>`;
    const placelessHtml = placeless.length
      ? `<p class="muted" id="clusters-noplace">${esc(t(c, 'board-clusters-noplace'))} ${placeless
          .map(([k, n]) => {
            const category = k.split('|')[0] ?? '';
            // NO_AREA: the queue shows exactly the reports this line counts (QA round 5 §5).
            return `<a href="${queueOf(category, NO_AREA)}">${esc(categoryName(p, category, v.locale))}</a> ${n}`;
          })
          .join(' · ')}</p>`
      : '';
    // A chart with nothing to draw says so instead of showing empty axes.
    const empty = (id: string) =>
      `<p class="muted chart-empty" id="${id}">${esc(t(c, 'board-chart-empty'))}</p>`;
    const trendHtml = months.some((m) => m.figures.received > 0)
      ? `<div class="chart" id="trend" aria-hidden="true"></div><p class="sr" id="trend-words">${esc(trendWords)}</p><script type="application/json" class="chart-option" data-for="trend">${jsonScript(trend)}</script>`
      : empty('trend-empty');
    const catsHtml = cats.length
      ? `<div class="chart" id="cats" aria-hidden="true"></div><p class="sr" id="cats-words">${esc(inWords(categorySeries, ''))}</p>${legend}<script type="application/json" class="chart-option" data-for="cats">${jsonScript(categories)}</script>`
      : empty('cats-empty');
    const received = cells.reduce((n, cell) => n + figuresFromCounts(cell).received, 0);
    const monthEmpty = received
      ? ''
      : `<p class="muted" id="month-empty">${esc(t(c, 'board-month-empty', { month: key }))}</p>`;
    const body = `<h1>${esc(t(c, 'board-nav-figures'))}</h1>
<form method="get" class="card">${await monthField(c, month)} <button>${esc(t(c, 'board-filter-apply'))}</button> <a id="csv" href="/board/figures.csv?month=${esc(key)}">${esc(t(c, 'board-csv'))}</a></form>
<h2 id="rates-title">${esc(ratesTitle)}</h2>${monthEmpty}<p class="muted">${esc(t(c, 'board-rates-note'))}</p>${table}
<h2 id="trend-title">${esc(trendTitle)}</h2>${trendHtml}
<h2 id="cats-title">${esc(t(c, 'board-categories-title', range))}</h2>${catsHtml}
<h2 id="overdue-title">${esc(t(c, 'board-overdue-title'))}</h2>${overdue}
<h2 id="clusters-title">${esc(t(c, 'board-clusters-title', { from: since, to: until }))}</h2>${clusterHtml}${placelessHtml}`;
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
}
