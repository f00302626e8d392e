/* global document, window, L */
// Draws every chart on the page: a <div class="chart"> followed by its ECharts option as JSON.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('script.chart-option').forEach(function (el) {
    var box = document.getElementById(el.dataset.for);
    if (!box || !window.echarts) return;
    // The words ECharts writes for a screen reader (aria) in the page's language.
    var lang = document.documentElement.lang.indexOf('zh') === 0 ? 'ZH' : 'EN';
    var chart = window.echarts.init(box, null, { locale: lang });
    chart.setOption(JSON.parse(el.textContent));
    window.addEventListener('resize', function () {
      chart.resize();
    });
  });
});
// Stations on a Leaflet map (only when BOARD_TILE_URL is configured): circle markers, no image assets.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('script.map-points').forEach(function (el) {
    var box = document.getElementById(el.dataset.for);
    if (!box || !window.L) return;
    var points = JSON.parse(el.textContent);
    var map = L.map(box);
    // Leaflet writes the attribution as HTML: the configured credit is plain text, so it goes in escaped.
    var credit = document.createElement('span');
    credit.textContent = box.dataset.attribution || '';
    L.tileLayer(box.dataset.tiles, { maxZoom: 19, attribution: credit.innerHTML }).addTo(map);
    var bounds = [];
    points.forEach(function (p) {
      bounds.push([p.lat, p.lon]);
      var label = document.createElement('span');
      label.textContent = p.name + (p.note ? ' — ' + p.note : '');
      // A report's place (the ticket page) in red, over the stations; stations green when open.
      var colour = p.report ? '#c00000' : p.open ? '#0a6b0a' : '#999';
      var marker = L.circleMarker([p.lat, p.lon], { radius: p.report ? 10 : 8, color: colour })
        .addTo(map)
        .bindPopup(label);
      // The stations page numbers its rows: the same number on the marker; the ticket page's stations carry
      // ✓ (open) or ✕ (closed), so open and closed are not told by colour alone.
      if (p.n || p.pin)
        marker.bindTooltip(String(p.n || p.pin), {
          permanent: true,
          direction: 'center',
          className: 'map-pin',
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
    var map = L.map(box, { maxZoom: 19 });
    if (box.dataset.tiles) {
      var credit = document.createElement('span');
      credit.textContent = box.dataset.attribution || '';
      L.tileLayer(box.dataset.tiles, { maxZoom: 19, attribution: credit.innerHTML }).addTo(map);
    }
    var link = function (href, text) {
      var a = document.createElement('a');
      a.href = href;
      a.textContent = text;
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
    // Clusters are markers too: a button named by its count ("3 件反映"), the count on it as before.
    var clusters = L.markerClusterGroup({
      zoomToBoundsOnClick: false,
      showCoverageOnHover: false,
      iconCreateFunction: function (cluster) {
        var icon = L.MarkerClusterGroup.prototype._defaultIconCreateFunction(cluster);
        cluster.options.title = countText(cluster.getChildCount());
        icon.options.html = '<div><span aria-hidden="true">' + cluster.getChildCount() + '</span></div>';
        return icon;
      },
    });
    points.forEach(function (p) {
      var popup = document.createElement('span');
      popup.appendChild(link('/board/t/' + encodeURIComponent(p.id), p.id));
      popup.appendChild(document.createTextNode(' · ' + p.label));
      // The category's sign (the legend's) inside a ring of its colour: not colour alone (QA22 #12).
      var sign = document.createElement('span');
      sign.className = 'sign';
      sign.setAttribute('aria-hidden', 'true');
      sign.style.borderColor = p.colour;
      sign.textContent = p.sign;
      var marker = L.marker([p.lat, p.lon], {
        keyboard: true,
        title: p.id + ' · ' + p.label,
        icon: L.divIcon({ className: 'report-pin', html: sign, iconSize: [24, 24] }),
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
// The ticket page's folded forms (details.act): open on a wide screen, folded on a phone.
document.addEventListener('DOMContentLoaded', function () {
  if (!window.matchMedia('(min-width: 601px)').matches) return;
  document.querySelectorAll('details.act').forEach(function (d) {
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
