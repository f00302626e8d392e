/**
 * HTML for the board: every string a person typed (or a pack author wrote) goes through `esc`, spans are
 * the cards' spans, so a ticket reads on the page as in chat — never as markup.
 */
import type { Span } from '../../core/card.js';

export function esc(s: unknown): string {
  return String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON inside a <script type="application/json">: no `<` can close the element. */
export const jsonScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function spansHtml(spans: readonly Span[]): string {
  return spans
    .map((s) => {
      if (typeof s === 'string') return esc(s);
      if ('href' in s)
        return /^https?:\/\//i.test(s.href)
          ? `<a href="${esc(s.href)}" rel="noopener">${esc(s.text)}</a>`
          : esc(s.text);
      if (s.style === 'bold') return `<b>${esc(s.text)}</b>`;
      if (s.style === 'italic') return `<i>${esc(s.text)}</i>`;
      return `<code>${esc(s.text)}</code>`;
    })
    .join('')
    .replace(/\n/g, '<br>');
}

export interface Layout {
  title: string;
  lang: string;
  nav?: { href: string; label: string; current?: boolean }[];
  body: string;
  scripts?: string[];
  styles?: string[];
}

const STYLE = `body{font-family:system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif;margin:0;color:#222;background:#f6f7f9}
header{background:#1f4e79;color:#fff;padding:.6rem 1rem}header a{color:#fff;margin-right:1rem;text-decoration:none}
header a.cur{font-weight:bold;text-decoration:underline}main{padding:1rem;max-width:72rem;margin:auto}
table{border-collapse:collapse;width:100%;background:#fff}td,th{border:1px solid #ddd;padding:.35rem .5rem;text-align:left;font-size:.92rem}
.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem;margin:.8rem 0}
form.inline{display:inline}button{padding:.45rem .9rem;margin:.2rem 0;font-size:1rem}textarea{width:100%;min-height:4rem}
.chart{width:100%;height:320px}.err{color:#a40000}.ok{color:#0a6b0a}.muted{color:#666}
@media(max-width:600px){td,th{font-size:.8rem;padding:.25rem}header a{display:inline-block;margin:.2rem .6rem .2rem 0}}`;

export function page(l: Layout): string {
  const nav = (l.nav ?? [])
    .map((n) => `<a href="${esc(n.href)}"${n.current ? ' class="cur"' : ''}>${esc(n.label)}</a>`)
    .join('');
  const scripts =
    (l.styles ?? []).map((s) => `<link rel="stylesheet" href="${esc(s)}">`).join('') +
    (l.scripts ?? []).map((s) => `<script src="${esc(s)}" defer></script>`).join('');
  return `<!doctype html><html lang="${esc(l.lang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(l.title)}</title>
<style>${STYLE}</style>${scripts}</head><body><header>${nav}</header><main>${l.body}</main></body></html>`;
}
