/* global document, location, URLSearchParams, fetch */
// Telegram Mini App: Telegram puts the signed initData in the URL fragment; the server checks it.
(function () {
  var hash = new URLSearchParams(location.hash.slice(1));
  var data = hash.get('tgWebAppData');
  var out = document.getElementById('status');
  if (!data) {
    if (out) out.textContent = out.dataset.missing;
    return;
  }
  var body = new URLSearchParams();
  body.set('initData', data);
  fetch(location.pathname, { method: 'POST', body: body, credentials: 'same-origin' }).then(function (r) {
    if (r.ok) location.replace(location.pathname.replace(/\/tg$/, ''));
    else if (out) out.textContent = out.dataset.refused;
  });
})();
