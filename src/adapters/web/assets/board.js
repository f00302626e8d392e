/* global document, window, L, NodeFilter */
// A Leaflet map whose own buttons speak the page's language (data-zoom-in, data-zoom-out, data-close: shell.ts
// mapWords); Leaflet's are English.
//
// On a touch screen one finger scrolls the page and two move the map: Leaflet's one-finger drag took every swipe that
// began on the map, so a page with a map (62 % of a phone's height) could hardly be scrolled past it. Leaflet's own
// options do it — dragging off, where its CSS then lets the browser pan the page (touch-action: pan-x pan-y), and its
// pinch (touchZoom) moves the map as it zooms — without Leaflet.GestureHandling, a plugin we do not keep. A mouse still
// drags. A line under the map says so.
function newMap(box, options) {
  var touch = window.matchMedia('(pointer: coarse)').matches;
  var map = L.map(
    box,
    Object.assign({ zoomControl: false, attributionControl: false, dragging: !touch }, options),
  );
  mapCredit(box);
  if (touch && box.dataset.twoFingers)
    box.parentNode.insertBefore(node('p', 'muted map-hint', box.dataset.twoFingers), box.nextSibling);
  L.control
    .zoom({ zoomInTitle: box.dataset.zoomIn || 'Zoom in', zoomOutTitle: box.dataset.zoomOut || 'Zoom out' })
    .addTo(map);
  map.on('popupopen', function (e) {
    var close = e.popup.getElement().querySelector('.leaflet-popup-close-button');
    if (close && box.dataset.close) close.setAttribute('aria-label', box.dataset.close);
  });
  return map;
}
// The map's credit under it, as a line of the page: the tile server's (BOARD_TILE_ATTRIBUTION, plain text; OSM's tiles
// require it) when tiles are drawn, and Leaflet's link. Leaflet's own control was 11 px text over the map's corner, a
// link a thumb could not hit, covering the markers there.
function mapCredit(box) {
  var line = node('p', 'muted map-credit');
  if (box.dataset.tiles && box.dataset.attribution) {
    line.appendChild(node('span', '', box.dataset.attribution));
    line.appendChild(document.createTextNode(' · '));
  }
  var leaflet = node('a', '', 'Leaflet');
  leaflet.href = 'https://leafletjs.com';
  leaflet.rel = 'noopener';
  line.appendChild(leaflet);
  box.parentNode.insertBefore(line, box.nextSibling);
}
// A colour from the page's JSON goes into a style only when it is one (#rgb … #rrggbbaa, as html.ts cssColour): a
// value that is not a colour could end the declaration. Everything else from the page's data is set as text (DOM
// nodes, textContent), never as markup.
function colour(value) {
  return typeof value === 'string' && /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value)
    ? value
    : '#777777';
}
// On a page not in Chinese, Chinese text from the pack or a report (a station's name, a category without an English
// name) is marked as html.ts markChinese marks the server's: each run of Han characters — with the numbers, floors and
// doors written between them (1099号 合生汇 B1 层), so an address is one run — a span of the text's script, `lang` from
// the page's data (the server's chineseLang: zh-TW for traditional characters, else zh-CN), so a screen reader reads
// it with a Chinese voice. The same runs as html.ts's CHINESE.
var HAN = /\p{Script=Han}/u;
var NUMBER = '(?:[A-Za-z]{0,3}\\d+(?:[-./#][A-Za-z]{0,3}\\d+)*[A-Za-z]{0,3}|[A-Z]{1,2})';
var BETWEEN = '[ \\u00a0]*(?:' + NUMBER + '(?:[ \\u00a0]+' + NUMBER + ')*[ \\u00a0]*)?';
var CHINESE = new RegExp(
  '[\\u3001-\\u303f\\uff01-\\uff60]*\\p{Script=Han}(?:' +
    BETWEEN +
    '[\\p{Script=Han}\\u3001-\\u303f\\uff01-\\uff60])*',
  'gu',
);
var chinesePage = document.documentElement.lang.indexOf('zh') === 0;
function words(parent, text, lang) {
  if (chinesePage || !HAN.test(text)) {
    parent.appendChild(document.createTextNode(text));
    return parent;
  }
  var at = 0;
  text.replace(CHINESE, function (run, offset) {
    if (offset > at) parent.appendChild(document.createTextNode(text.slice(at, offset)));
    var span = document.createElement('span');
    span.lang = lang || 'zh-CN';
    span.textContent = run;
    parent.appendChild(span);
    at = offset + run.length;
    return run;
  });
  if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
  return parent;
}
function node(tag, className, text, lang) {
  var e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) words(e, text, lang);
  return e;
}
// A marker's name as words inside it, visually hidden (.sr), their Chinese marked: Leaflet's `title` (kept, a mouse's
// tooltip) is an attribute, which no lang reaches (stop 42).
function srName(parts) {
  var name = node('span', 'sr');
  parts.forEach(function (part) {
    words(name, part[0], part[1]);
  });
  return name;
}
// Draws every chart on the page: a <div class="chart"> followed by its ECharts option as JSON.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('script.chart-option').forEach(function (el) {
    var box = document.getElementById(el.dataset.for);
    if (!box || !window.echarts) return;
    // The words ECharts writes for a screen reader (aria) in the page's language.
    var lang = document.documentElement.lang.indexOf('zh') === 0 ? 'ZH' : 'EN';
    var chart = window.echarts.init(box, null, { locale: lang });
    var option = JSON.parse(el.textContent);
    chart.setOption(option);
    if (el.dataset.keys) stepThrough(chart, box, document.getElementById(el.dataset.keys));
    var fit = el.dataset.fitLabels ? fitLabels.bind(null, chart, box, option.series[0]) : function () {};
    fit();
    chart.on('datazoom', fit);
    window.addEventListener('resize', function () {
      chart.resize();
      fit();
    });
  });
});
// A plot the keyboard reads (data-keys: the table with a row per point, in the same order): the arrows go from point
// to point (Home, End: the first, the last), each highlighted with its tooltip, and its row of the table said in
// #plot-now (aria-live), so a keyboard or a screen reader gets from the plot what a pointer does (stop 41).
function stepThrough(chart, box, table) {
  var rows = table ? table.tBodies[0].rows : [];
  var now = document.getElementById('plot-now');
  var at = -1;
  box.addEventListener('keydown', function (e) {
    var step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    var to = e.key === 'Home' ? 0 : e.key === 'End' ? rows.length - 1 : step ? at + step : null;
    if (to === null || !rows.length) return;
    e.preventDefault();
    to = (to + rows.length) % rows.length;
    if (at >= 0) chart.dispatchAction({ type: 'downplay', seriesIndex: 0, dataIndex: at });
    at = to;
    chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: at });
    chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: at });
    if (now) said(now, rows[at]);
  });
}
// A row of a table said in `now`: its cells' words joined by " · ", the Chinese in them marked as the table marks it
// (a station's name on an English page: textContent lost the table's lang, stop 42).
function said(now, row) {
  now.textContent = '';
  Array.prototype.forEach.call(row.cells, function (cell) {
    if (!cell.textContent.trim()) return;
    if (now.firstChild) now.appendChild(document.createTextNode(' · '));
    var walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (var n = walker.nextNode(); n; n = walker.nextNode()) {
      var marked = n.parentElement.closest('[lang]');
      if (marked && cell.contains(marked)) {
        var span = now.appendChild(document.createElement('span'));
        span.lang = marked.lang;
        span.textContent = n.data;
      } else now.appendChild(document.createTextNode(n.data));
    }
  });
}
// A scatter's labels shortened to the room beside their dots ("22 杨浦滨江新就…", ECharts' truncate), between the
// dot and the chart's edge or, for a label on the left, the plot's left edge — so no name runs past the chart or over
// the axis numbers; a dot with no room for a few characters keeps its number in the tooltip only. On a phone (a plot
// under 600 px) a dot is labelled with its number alone (its third value), which the table's cards under the plot
// name (stop 43), set beside its dot where it covers no other number and no other dot (`numberPlaces`): on the right
// of every dot, one number 350 m from its neighbour at 五角场 was hidden under the neighbour's (stop 44). `series` is
// the option's own series, whose label sides the wide plot keeps.
function fitLabels(chart, box, series) {
  var grid = chart.getModel().getComponent('grid', 0).coordinateSystem.getRect();
  var narrow = box.clientWidth < 600;
  var places = narrow ? numberPlaces(chart, series, grid) : [];
  var data = series.data.map(function (d, i) {
    var x = chart.convertToPixel({ seriesIndex: 0 }, d.value)[0];
    var left = (d.label && d.label.position ? d.label.position : series.label.position) === 'left';
    var room = Math.floor(left ? x - grid.x - 12 : box.clientWidth - x - 16);
    var label = Object.assign({}, d.label, {
      formatter: narrow ? String(d.value[2]) : '{b}',
      width: narrow ? null : Math.max(room, 0),
      overflow: narrow ? 'none' : 'truncate',
      show: narrow || room >= 24,
    });
    if (narrow) Object.assign(label, places[i]);
    return Object.assign({}, d, { label: label });
  });
  chart.setOption({ series: [{ data: data }] });
}
// Where each dot's number goes on a phone's plot: the first of eight places round the dot (right, left, above, below,
// then the corners) whose box is inside the plot and clear of the numbers placed before and of every other dot; the
// dots with the most neighbours choose first. A dot with no clear place takes the one that covers least. Returns
// ECharts label settings ({ position: [x, y] from the dot's box, align, verticalAlign }) in the data's order.
function numberPlaces(chart, series, grid) {
  var size = series.label.fontSize || 12;
  var measure = document.createElement('canvas').getContext('2d');
  measure.font = size + 'px sans-serif';
  var r = (series.symbolSize || 10) / 2;
  var gap = r + 2;
  var h = size + 2;
  var dots = series.data.map(function (d) {
    var p = chart.convertToPixel({ seriesIndex: 0 }, d.value);
    return { x: p[0], y: p[1], w: measure.measureText(String(d.value[2])).width + 2 };
  });
  var meets = function (a, b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  };
  var cover = function (a, b) {
    return (
      Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) *
      Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y))
    );
  };
  var dotBox = function (d) {
    return { x: d.x - r, y: d.y - r, w: 2 * r, h: 2 * r };
  };
  var near = dots.map(function (d) {
    return dots.filter(function (o) {
      return o !== d && Math.abs(o.x - d.x) < 40 && Math.abs(o.y - d.y) < 30;
    }).length;
  });
  var order = dots.map(function (_, i) {
    return i;
  });
  order.sort(function (a, b) {
    return near[b] - near[a] || a - b;
  });
  var placed = [];
  var out = [];
  order.forEach(function (i) {
    var d = dots[i];
    var w = d.w;
    var diagonal = gap * 0.7;
    var spots = [
      { x: d.x + gap, y: d.y - h / 2 },
      { x: d.x - gap - w, y: d.y - h / 2 },
      { x: d.x - w / 2, y: d.y - gap - h },
      { x: d.x - w / 2, y: d.y + gap },
      { x: d.x + diagonal, y: d.y - diagonal - h },
      { x: d.x - diagonal - w, y: d.y - diagonal - h },
      { x: d.x + diagonal, y: d.y + diagonal },
      { x: d.x - diagonal - w, y: d.y + diagonal },
    ].map(function (s) {
      return { x: s.x, y: s.y, w: w, h: h };
    });
    var others = dots
      .filter(function (o) {
        return o !== d;
      })
      .map(dotBox)
      .concat(placed);
    var inside = function (s) {
      return (
        s.x >= grid.x &&
        s.y >= grid.y &&
        s.x + s.w <= grid.x + grid.width &&
        s.y + s.h <= grid.y + grid.height
      );
    };
    var clear = spots.filter(function (s) {
      return inside(s) && !others.some(meets.bind(null, s));
    })[0];
    var spot =
      clear ||
      spots
        .filter(inside)
        .concat(spots)
        .reduce(function (best, s) {
          var covered = others.reduce(function (n, o) {
            return n + cover(s, o);
          }, 0);
          return !best || covered < best.covered ? { s: s, covered: covered } : best;
        }, null).s;
    placed.push(spot);
    out[i] = {
      position: [spot.x - (d.x - r), spot.y - (d.y - r)],
      align: 'left',
      verticalAlign: 'top',
      distance: 0,
    };
  });
  return out;
}
// Stations on a Leaflet map (only when BOARD_TILE_URL is configured): circle markers, no image assets.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('script.map-points').forEach(function (el) {
    var box = document.getElementById(el.dataset.for);
    if (!box || !window.L) return;
    var points = JSON.parse(el.textContent);
    var map = newMap(box, {});
    L.tileLayer(box.dataset.tiles, { maxZoom: 19 }).addTo(map);
    var bounds = [];
    points.forEach(function (p) {
      bounds.push([p.lat, p.lon]);
      var label = node('span');
      label.appendChild(node('span', '', p.name, p.lang));
      if (p.note) label.appendChild(node('span', '', ' — ' + p.note));
      // A report's place (the ticket page) in red, over the stations; stations green when open.
      var colour = p.report ? '#c00000' : p.open ? '#0a6b0a' : '#999';
      var marker = L.circleMarker([p.lat, p.lon], { radius: p.report ? 10 : 8, color: colour })
        .addTo(map)
        .bindPopup(label);
      // The stations page numbers its rows: the same number on the marker, with ✓ (open) or ✕ (closed) beside it
      // as the ticket page's stations carry alone — the number covered the dot, so its colour said nothing.
      var closed = p.open === false;
      var pin = p.n ? p.n + (p.report ? '' : closed ? ' ✕' : ' ✓') : p.pin;
      if (pin)
        marker.bindTooltip(node('span', '', String(pin)), {
          permanent: true,
          direction: 'center',
          className: 'map-pin' + (closed ? ' closed' : ''),
        });
    });
    // data-focus: the point to centre on (a report among the stations), else every point in view.
    var focus = points[Number(el.dataset.focus)];
    if (focus) map.setView([focus.lat, focus.lon], 16);
    else if (bounds.length) map.fitBounds(bounds, { padding: [20, 20] });
  });
});
// The reports map: the month's located reports, clustered (leaflet.markercluster), coloured and signed by
// category, each point and cluster reached with Tab and opened with Enter. A cluster's popup opens the queue
// of its reports (the page's month and category, the cluster's box); a point's popup its ticket. Tiles only when BOARD_TILE_URL is configured; else the points on a blank map.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('script.report-points').forEach(function (el) {
    var box = document.getElementById(el.dataset.for);
    if (!box || !window.L || !L.markerClusterGroup) return;
    var points = JSON.parse(el.textContent);
    // The clusters need the map's zoom range, which a tile layer would give (and without tiles there is none).
    var map = newMap(box, { maxZoom: 19 });
    if (box.dataset.tiles) L.tileLayer(box.dataset.tiles, { maxZoom: 19 }).addTo(map);
    var link = function (href, text) {
      var a = node('a', '', text);
      a.href = href;
      return a;
    };
    var countText = function (n) {
      return box.dataset.count.replace(/\u2068?\{n\}\u2069?/, String(n));
    };
    // Enter on a focused point or cluster opens its popup (Leaflet's keyboard markers); the popup's link
    // takes the focus, so the next key acts on it rather than on the next marker.
    var focusLink = function (content) {
      content.querySelector('a').focus();
    };
    var list = new Intl.ListFormat(document.documentElement.lang, { type: 'conjunction', style: 'long' });
    // Clusters are markers too: a button named by its count and what is in it ("3 件反映：道路隐患 2和停车与通行 1"),
    // the count on it as before and under it the signs of its categories, most first (three at most, then "+n"):
    // a cluster said what was in it only once opened, and by no sign at all (QA22 #12 left it).
    var clusters = L.markerClusterGroup({
      zoomToBoundsOnClick: false,
      showCoverageOnHover: false,
      iconCreateFunction: function (cluster) {
        var icon = L.MarkerClusterGroup.prototype._defaultIconCreateFunction(cluster);
        var n = cluster.getChildCount();
        var cats = [];
        var bySign = {};
        cluster.getAllChildMarkers().forEach(function (m) {
          var o = m.options;
          if (!bySign[o.sign])
            cats.push(
              (bySign[o.sign] = { sign: o.sign, colour: o.colour, label: o.label, lang: o.lang, n: 0 }),
            );
          bySign[o.sign].n++;
        });
        cats.sort(function (a, b) {
          return b.n - a.n;
        });
        // Replaced by functions: a category's name is the pack's text, whose "$&" a replacement string would read.
        var named = list.format(
          cats.map(function (c) {
            return c.label + ' ' + c.n;
          }),
        );
        cluster.options.title = box.dataset.cluster
          .replace(/\u2068?\{n\}\u2069?/, function () {
            return String(n);
          })
          .replace(/\u2068?\{cats\}\u2069?/, function () {
            return named;
          });
        // Built as nodes: the signs are the pack's characters, the colours checked (colour()). The count's div is
        // the divIcon's html, the signs go in beside it, as the markup had them.
        var count = node('div');
        count.appendChild(node('span', '', String(n))).setAttribute('aria-hidden', 'true');
        // Its name as words inside it too, each category's name marked in its script: the title is an attribute.
        var template = box.dataset.cluster.replace(/\u2068?\{n\}\u2069?/, function () {
          return String(n);
        });
        var around = template.split(/\u2068?\{cats\}\u2069?/);
        var item = 0;
        var parts = [[around[0]]]
          .concat(
            list
              .formatToParts(
                cats.map(function (c) {
                  return c.label + ' ' + c.n;
                }),
              )
              .map(function (part) {
                return part.type === 'element' ? [part.value, cats[item++].lang] : [part.value];
              }),
          )
          .concat([[around.slice(1).join('')]]);
        count.appendChild(srName(parts));
        var signs = node('span', 'cluster-signs');
        signs.setAttribute('aria-hidden', 'true');
        cats.slice(0, 3).forEach(function (c) {
          signs.appendChild(node('span', 'sign', c.sign, c.lang)).style.borderColor = colour(c.colour);
        });
        if (cats.length > 3) signs.appendChild(node('span', 'more', '+' + (cats.length - 3)));
        icon.options.html = count;
        var createIcon = icon.createIcon;
        icon.createIcon = function (old) {
          var div = createIcon.call(icon, old);
          div.appendChild(signs);
          return div;
        };
        return icon;
      },
    });
    points.forEach(function (p) {
      var popup = document.createElement('span');
      popup.appendChild(link('/board/t/' + encodeURIComponent(p.id), p.id));
      popup.appendChild(document.createTextNode(' · '));
      popup.appendChild(node('span', '', p.label, p.lang));
      // The category's sign (the legend's) inside a ring of its colour: not colour alone (QA22 #12); and the marker's
      // name as words beside it (its title is an attribute).
      var sign = node('span', 'sign', p.sign, p.lang);
      sign.setAttribute('aria-hidden', 'true');
      sign.style.borderColor = colour(p.colour);
      var pin = node('span');
      pin.appendChild(sign);
      pin.appendChild(srName([[p.id + ' · '], [p.label, p.lang]]));
      // The sign is 24 px; the marker a finger taps, 40 px around it.
      var marker = L.marker([p.lat, p.lon], {
        keyboard: true,
        title: p.id + ' · ' + p.label,
        icon: L.divIcon({ className: 'report-pin', html: pin, iconSize: [40, 40] }),
        sign: p.sign,
        colour: p.colour,
        label: p.label,
        lang: p.lang,
      }).bindPopup(popup);
      marker.on('keypress', function (e) {
        if (e.originalEvent.keyCode === 13) focusLink(popup);
      });
      marker.options.ticket = p.id;
      clusters.addLayer(marker);
    });
    // Outward to 6 decimals (the stored precision), so every point of the cluster is inside the box.
    var down = function (x) {
      return (Math.floor(x * 1e6) / 1e6).toFixed(6);
    };
    var up = function (x) {
      return (Math.ceil(x * 1e6) / 1e6).toFixed(6);
    };
    // Opens the cluster's popup; returns its content.
    var openCluster = function (e) {
      var b = L.latLngBounds(
        e.layer.getAllChildMarkers().map(function (m) {
          return m.getLatLng();
        }),
      );
      var area = [down(b.getSouth()), down(b.getWest()), up(b.getNorth()), up(b.getEast())].join(',');
      var popup = document.createElement('span');
      popup.className = 'cluster-popup';
      popup.appendChild(document.createTextNode(countText(e.layer.getChildCount()) + ' · '));
      popup.appendChild(link(box.dataset.queue + '&box=' + encodeURIComponent(area), box.dataset.open));
      L.popup().setLatLng(e.layer.getLatLng()).setContent(popup).openOn(map);
      return popup;
    };
    clusters.on('clusterclick', openCluster);
    clusters.on('clusterkeypress', function (e) {
      if (e.originalEvent.keyCode !== 13) return;
      var popup = openCluster(e);
      // After the plugin's own handler, which gives the focus back to the map.
      window.setTimeout(function () {
        focusLink(popup);
      }, 0);
    });
    map.addLayer(clusters);
    map.fitBounds(clusters.getBounds(), { padding: [30, 30], maxZoom: 16 });
  });
});
// The ticket page's folded forms (details.act) and the queue's filters (details.filters, whose name says what is
// filtered): open on a wide screen, folded on a phone.
document.addEventListener('DOMContentLoaded', function () {
  if (!window.matchMedia('(min-width: 601px)').matches) return;
  document.querySelectorAll('details.act, details.filters').forEach(function (d) {
    d.open = true;
  });
});
// A note's counter (textarea[data-max]): its length against the chat's limit as the person types, and no
// sending while it is over — the server refuses it too, with the text kept (QA round 5 §2).
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('textarea[data-max]').forEach(function (box) {
    var max = Number(box.dataset.max);
    var counter = box.parentNode.nextElementSibling;
    if (!counter || !counter.classList.contains('count')) return;
    var length = function () {
      return Array.from(box.value.replace(/\r\n?/g, '\n').trim()).length;
    };
    var show = function () {
      var n = length();
      var over = n > max;
      counter.textContent = (over ? box.dataset.over : box.dataset.count)
        .replace('{n}', n)
        .replace('{max}', max)
        .replace('{over}', n - max);
      counter.classList.toggle('err', over);
      counter.classList.toggle('muted', !over);
      box.setCustomValidity(over ? counter.textContent : '');
    };
    box.addEventListener('input', show);
    show();
  });
});
// A field with a format (input[data-bad]: a day as year-month-day) says what is wrong in the page's language: the
// browser's own complaint is in the phone's.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('input[data-bad]').forEach(function (field) {
    var check = function () {
      field.setCustomValidity('');
      if (field.validity.patternMismatch) field.setCustomValidity(field.dataset.bad);
    };
    field.addEventListener('input', check);
    field.addEventListener('invalid', check);
    check();
  });
});
