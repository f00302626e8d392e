/**
 * Stations (`/board/stations`): open now, services, today's worker flags; a Leaflet map with
 * BOARD_TILE_URL, else a coordinate plot (ECharts scatter) — no third-party request unless tiles are configured.
 */
import { localDay, openStatus } from '../../core/stations/hours.js';
import { servicesText, STATION_PROBLEMS, statusText as stationStatus } from '../../core/stations/cards.js';
import { romanized, stationAddress, stationName } from '../../core/stations/reading.js';
import { hasChinese } from '../../core/script.js';
import { chineseLang, esc, jsonScript, markedChinese, wideBox } from './html.js';
import type { Board, Shell } from './shell.js';

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

export function mountStations(board: Board, s: Shell): void {
  const { o, deps, t, pack, view, render, mapWords } = s;

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
      // Names and addresses in the viewer's script (OpenCC, as the figures page): 楊浦區 in zh-TW; in English
      // the Chinese with its pinyin reading, so a name can be said and matched to the sign.
      const name = stationName(s, v.locale);
      const address = stationAddress(s, v.locale);
      // On an English page the address as written, marked whole in the Chinese voice, then its reading in the page's:
      // marked run by run, the voice changed at every number, and a floor at its end (B1) was said in English.
      const reading =
        v.locale === 'en' && !s.variants?.en?.address && hasChinese(s.address) ? romanized(s.address) : '';
      const addressHtml = reading ? `${markedChinese(s.address)} (${esc(reading)})` : esc(address);
      return {
        s,
        name,
        addressHtml,
        open,
        status: stationStatus(v.t, open),
        services: servicesText(v.t, s.services),
        flagged,
      };
    });
    // Each station carries a number on the plot and in the table, so stations drawn on top of each other
    // (six around 五角场) are still told apart: the number on the dot, the name in the row.
    // On a phone each row is a card (html.ts, table.cards): the name, then open now, services, today's flags and the
    // address under it, each named by its column (data-label) — a table 741 px wide in Chinese, 1,978 px in English
    // showed a station's name and half its status, and everything else was a long swipe to the right (stop 42).
    const label = (h: string) => ` data-label="${esc(t(c, `board-station-${h}`))}"`;
    const rows = points.map(
      (x, i) =>
        `<tr data-station="${esc(x.s.id)}"><td><span class="pin">${i + 1}</span> ${esc(x.name)}</td><td class="${x.open.open ? 'ok' : 'muted'}">${esc(x.status)}</td><td${label('services')}>${esc(x.services)}</td><td class="err"${label('flags')}>${esc(x.flagged.join(' · '))}</td><td${label('address')}>${x.addressHtml}</td></tr>`,
    );
    // `n`: the table's number, drawn on the marker (QA round 5 §8: eight circles at 五角场 could not be
    // matched to the table without tapping each).
    const marks = points.map((x, i) => ({
      n: i + 1,
      name: x.name,
      // The script its Chinese is marked with on a page not in Chinese (board.js).
      lang: chineseLang(x.name),
      lat: x.s.lat,
      lon: x.s.lon,
      open: x.open.open,
      note: [x.status, x.flagged.join(' · ')].filter(Boolean).join(' — '),
    }));
    const sides = labelSides(marks.map((m) => m.lon));
    // data-fit-labels: board.js shortens each label to the room beside its dot ("22 杨浦滨江新就…"), so on a phone no
    // name runs past the plot's edge or over the axis numbers (English names carry their pinyin: twice as long).
    const map = o.tileUrl
      ? `<div class="chart" id="map" role="region" aria-label="${esc(t(c, 'board-nav-stations'))}" data-tiles="${esc(o.tileUrl)}" data-attribution="${esc(o.tileAttribution ?? DEFAULT_TILE_ATTRIBUTION)}"${mapWords(c)}></div><script type="application/json" class="map-points" data-for="map">${jsonScript(marks)}</script>`
      : // A Tab stop: the arrow keys go from station to station (board.js), each shown on the plot and said in words
        // from its row of the table (#plot-now, read out); and a link to the table, which says it all (stop 41).
        `<div class="chart tall" id="plot" role="group" tabindex="0" aria-label="${esc(t(c, 'board-nav-stations'))}" aria-describedby="plot-keys"></div><p class="muted" id="plot-keys">${esc(t(c, 'board-station-keys'))} <a href="#stations">${esc(t(c, 'board-station-table'))}</a></p><p id="plot-now" aria-live="polite"></p><script type="application/json" class="chart-option" data-for="plot" data-fit-labels="1" data-keys="stations">${jsonScript(
          {
            animation: false,
            // "3 name": the number is part of the name (a tooltip's template has no {@[2]}: it showed "{@[2]} name").
            tooltip: { formatter: '{b}', confine: true },
            // Pinch or wheel zooms into a crowded spot (ECharts' own inside zoom), where labels then fit.
            dataZoom: [
              { type: 'inside', xAxisIndex: 0, filterMode: 'none' },
              { type: 'inside', yAxisIndex: 0, filterMode: 'none' },
            ],
            grid: { left: 50, right: 30, top: 40, bottom: 40, containLabel: true },
            xAxis: {
              type: 'value',
              scale: true,
              name: t(c, 'board-station-lon'),
              nameLocation: 'middle',
              nameGap: 28,
              // On a phone ten longitudes ran into one string ("114.53114.54…"): a label that would touch
              // its neighbour is left out.
              axisLabel: { hideOverlap: true },
            },
            yAxis: {
              type: 'value',
              scale: true,
              name: t(c, 'board-station-lat'),
              axisLabel: { hideOverlap: true },
            },
            series: [
              {
                type: 'scatter',
                symbolSize: 12,
                // "3 name", the number as in the table's first column; a label that would overlap another
                // is hidden (tap or zoom shows it), and the table below names every number.
                label: { show: true, formatter: '{b}', position: 'right', fontSize: 10 },
                labelLayout: { hideOverlap: true },
                // Open and closed are told apart by shape as well as colour (QA22's rule): a filled green dot, a
                // hollow grey ring.
                data: marks.map((m, i) => ({
                  name: `${i + 1} ${m.name}`,
                  value: [m.lon, m.lat, i + 1],
                  symbol: m.open ? 'circle' : 'emptyCircle',
                  itemStyle: m.open ? { color: '#0a6b0a' } : { color: '#777', borderWidth: 2 },
                  ...(sides[i] === 'left' ? { label: { position: 'left' } } : {}),
                })),
              },
            ],
          },
        )}</script><p class="muted" id="plot-legend"><span class="dot" style="background:#0a6b0a;border-color:#0a6b0a"></span><span class="dot" style="border-color:#777"></span>${esc(t(c, 'board-station-legend'))}</p>`;
    const head = ['name', 'open', 'services', 'flags', 'address']
      .map((h) => `<th>${esc(t(c, `board-station-${h}`))}</th>`)
      .join('');
    return render(
      c,
      t(c, 'board-nav-stations'),
      `<h1>${esc(t(c, 'board-nav-stations'))}</h1>${map}${wideBox(t(c, 'board-nav-stations'), `<table id="stations" class="cards"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`)}`,
      '/stations',
      o.tileUrl
        ? ['/board/assets/leaflet.js', '/board/assets/board.js']
        : ['/board/assets/echarts.js', '/board/assets/board.js'],
      o.tileUrl ? ['/board/assets/leaflet.css'] : [],
    );
  });
}

/**
 * Which side of its dot each station's label goes: the eastern stations' names ran off the plot's right edge
 * ("4 石家庄东站司机之" cut at the frame, QA round 9), so a dot in the east part of the spread is labelled on
 * its left, the others on their right.
 */
export function labelSides(lons: number[]): ('left' | 'right')[] {
  const min = Math.min(...lons);
  const span = Math.max(...lons) - min;
  return lons.map((lon) => (span > 0 && (lon - min) / span > 0.6 ? 'left' : 'right'));
}
