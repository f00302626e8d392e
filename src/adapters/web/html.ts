/**
 * HTML for the board: every string a person typed (or a pack author wrote) goes through `esc`, spans are
 * the cards' spans, so a ticket reads on the page as in chat — never as markup.
 */
import type { Span } from '../../core/card.js';
import { writtenIn } from '../../core/script.js';

export function esc(s: unknown): string {
  return String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * A table wider than a phone, scrolling inside its own box (`.wide`, html.ts): a region named for a screen
 * reader and reached with Tab, so a keyboard can scroll it with the arrows (Chromium focused the box on its own,
 * unnamed — it read out every cell — and Safari and Firefox not at all).
 */
export const wideBox = (label: string, table: string) =>
  `<div class="wide" role="region" tabindex="0" aria-label="${esc(label)}">${table}</div>`;

/**
 * A colour for an inline style or a chart: `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa`, else `fallback`. The board's
 * colours are its own (`CATEGORY_COLOURS`), but they reach `style="…"` and board.js's markup: a value that is not a
 * colour (`red;background:url(…)`, `"><img …>`) never gets there — escaping would keep it in the attribute, not out
 * of the declaration.
 */
export function cssColour(value: unknown, fallback = '#777777'): string {
  return typeof value === 'string' && /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value)
    ? value
    : fallback;
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
  /** The nav's name for a screen reader, and the "skip to the page" link's words (both with `nav`). */
  navLabel?: string;
  skipLabel?: string;
  body: string;
  scripts?: string[];
  styles?: string[];
}

// Every control shows where the keyboard is (a 3 px ring; white on the header's blue). Under 600 px (a phone): the queue's rows become cards (number, state and urgency
// on one line, then category · branch, the summary and the deadline; the whole card opens the ticket), a
// table.cards (the stations, the notices' coverage, the figures' rates — two by two, `pairs`) is a card per row with each
// cell under its column's name, other wide
// tables scroll inside their own box, form fields take a line each, and everything a thumb taps — nav
// links, buttons, selects, the folded forms' names, checkboxes, standalone links, the maps' zoom buttons — is
// at least 44 px tall (it was 19 px: the nav, the selects), fields are written at 16 px (smaller, and iOS zooms the
// page into the field a thumb taps), and nothing reaches past the screen's edge.
const STYLE = `body{font-family:system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif;margin:0;color:#222;background:#f6f7f9}
header{background:#1f4e79;color:#fff;padding:.6rem 1rem}header a{color:#fff;margin-right:1rem;text-decoration:none}
header a.cur{font-weight:bold;text-decoration:underline}header nav{display:inline}
a.skip{position:absolute;left:-999px}a.skip:focus{position:static;margin-right:1rem}main:focus{outline:none}main{padding:1rem;max-width:72rem;margin:auto}
table{border-collapse:collapse;width:100%;background:#fff}td,th{border:1px solid #ddd;padding:.35rem .5rem;text-align:left;font-size:.92rem}
.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem;margin:.8rem 0}
form.inline{display:inline}button{padding:.45rem .9rem;margin:.2rem 0;font-size:1rem}textarea{width:100%;min-height:4rem}
select,input{max-width:100%}.wide{overflow-x:auto;max-width:100%}
.chart{width:100%;height:320px}.chart.tall{height:480px}.legend a{color:inherit}.legend .current{font-weight:bold}.err{color:#a40000}.ok{color:#0a6b0a}.muted{color:#666}
.legend{list-style:none;padding:0;margin:.4rem 0;display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.9rem}
.evidence{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}img.thumb{max-width:10rem;max-height:10rem;border:1px solid #ddd;border-radius:4px}
.pin{display:inline-block;min-width:1.4em;text-align:center;border-radius:1em;background:#1f4e79;color:#fff;font-size:.8em}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;margin-right:.3em;vertical-align:-.1em}.dot{display:inline-block;box-sizing:border-box;width:.9em;height:.9em;border:2px solid;border-radius:50%;margin-right:.3em;vertical-align:-.1em}
details.act>summary{cursor:pointer;font-weight:bold;padding:.2rem 0}details.act[open]>summary{margin-bottom:.4rem}
details.filters{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.2rem 1rem;margin:.8rem 0}details.filters>summary{cursor:pointer;padding:.4rem 0}details.filters>form.card{border:0;margin:0;padding:.2rem 0 .6rem}
.count{margin:.2rem 0 .4rem;font-size:.85rem}.map-pin{font-size:10px;font-weight:bold;padding:0 3px}.sign{display:inline-block;box-sizing:border-box;min-width:1.6em;height:1.6em;line-height:1.1em;padding:0 .15em;text-align:center;border:.25em solid;border-radius:50%;background:#fff;color:#111;font-size:.8rem;font-weight:bold;margin-right:.3em;vertical-align:middle}.report-pin{display:flex;align-items:center;justify-content:center}.report-pin .sign{display:block;width:24px;height:24px;line-height:16px;margin:0}.cluster-signs,.cluster-signs .more{line-height:1.2}.cluster-signs{position:absolute;top:100%;left:50%;transform:translateX(-50%);margin-top:-6px;display:flex;gap:1px;white-space:nowrap}.cluster-signs .sign{margin:0;min-width:1.5em;height:1.5em;line-height:1em;font-size:.7rem}.cluster-signs .more{font-size:.7rem;font-weight:bold;background:#fff;border-radius:.6em;padding:0 .2em;align-self:center}.report-pin:focus-visible,.marker-cluster:focus-visible{outline:3px solid #111;outline-offset:2px}ul.plain{list-style:none;padding:0;margin:0}
:focus-visible{outline:3px solid #1f4e79;outline-offset:2px}header :focus-visible{outline-color:#fff}
.map-pin.closed{color:#555;border:1px dashed #555}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}.map-credit{margin:.3rem 0 .8rem;font-size:.85rem}
@media(max-width:600px){main{padding:.6rem}td,th{font-size:.8rem;padding:.25rem}header{padding:0 .6rem}header a{display:inline-flex;align-items:center;justify-content:center;min-height:44px;min-width:44px;margin:0 .5rem 0 0}
button,select,summary,input:not([type=checkbox]):not([type=radio]):not([type=hidden]){min-height:44px;box-sizing:border-box}button,select,input,textarea{font-size:16px}
form.card label{display:flex;flex-wrap:wrap;align-items:center;gap:.2rem .5rem;min-height:44px}form.card label>select,form.card label>input:not([type=checkbox]){flex:1 1 8rem;min-width:0}form.card label>textarea{flex:1 1 100%}
input[type=checkbox]{width:1.4rem;height:1.4rem;margin:0}
main>p>a:only-child,.map-credit a,#back,.pager a,#csv,a.act,.legend a,#clusters a,#clusters-noplace a,#evidence li>a{display:inline-flex;align-items:center;justify-content:center;min-height:44px;min-width:44px}
table.queue tr{position:relative}table.queue td.q-id a::after{content:"";position:absolute;inset:0}
.leaflet-container.leaflet-touch .leaflet-bar a{width:44px;height:44px;line-height:44px}.chart.tall{height:min(480px,62vh)}
details.act label{display:block;margin:.3rem 0}details.act>summary{padding:.7rem 0}details.filters{padding:0 .6rem}details.filters>summary{padding:.6rem 0}
details.act select,details.act textarea{width:100%;font-size:1rem}details.act button{width:100%}
.wide td,.wide th{white-space:nowrap}
.wide table.cards,.wide table.cards tbody{display:block;background:none}.wide table.cards thead{display:none}
.wide table.cards tr{display:block;background:#fff;border:1px solid #ddd;border-radius:6px;margin:.5rem 0;padding:.45rem .6rem}
.wide table.cards td{display:block;border:0;padding:.1rem 0;white-space:normal;position:static;min-width:0;max-width:none;background:none;font-size:.9rem}
.wide table.cards td:first-child{font-weight:bold}.wide table.cards td:empty{display:none}.wide table.cards td[data-label]::before{content:attr(data-label) " ";color:#666;font-weight:normal}.wide table.cards.pairs tr{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:.3rem .8rem}.wide table.cards.pairs td:first-child{grid-column:1/-1}.wide table.cards.pairs td[data-label]::before{display:block;font-size:.8rem}.wide td:first-child,.wide th:first-child{position:sticky;left:0;background:#fff;white-space:normal;min-width:6em;max-width:9em}
table.queue,table.queue tbody{display:block;background:none}table.queue thead{display:none}
table.queue tr{display:block;background:#fff;border:1px solid #ddd;border-radius:6px;margin:.5rem 0;padding:.45rem .6rem}
table.queue td{display:inline;border:0;padding:0;font-size:.9rem}
table.queue td.q-id{font-weight:bold}table.queue td.q-st::before,table.queue td.q-ur::before,table.queue td.q-br::before{content:" · "}
table.queue td.q-cat,table.queue td.q-br{color:#666;font-size:.8rem}table.queue td.q-cat::before{content:"\\A";white-space:pre}
table.queue td.q-sum,table.queue td.q-due{display:block;margin-top:.2rem}table.queue td.q-due::before{content:attr(data-label) " ";color:#666}}`;

/**
 * The header's links are a named nav landmark, the current page says so to a screen reader (aria-current,
 * not only bold), and a keyboard's first Tab offers to skip them straight to the page (QA22).
 */
function header(l: Layout): string {
  if (!l.nav?.length) return '<header></header>';
  const links = l.nav
    .map(
      (n) =>
        `<a href="${esc(n.href)}"${n.current ? ' class="cur" aria-current="page"' : ''}>${esc(n.label)}</a>`,
    )
    .join('');
  const skip = l.skipLabel ? `<a class="skip" href="#main">${esc(l.skipLabel)}</a>` : '';
  return `<header>${skip}<nav${l.navLabel ? ` aria-label="${esc(l.navLabel)}"` : ''}>${links}</nav></header>`;
}

/**
 * A run of Chinese: Han characters with the CJK punctuation and full-width forms among and after them, and what a
 * Chinese text writes between them — numbers, a floor or a door (B1, 3F, 2-1), the spaces around them — so an
 * address is one run from its first character to its last ("杨浦区翔殷路1099号 合生汇 B1 层 8 号门旁（近卸货区）"), said
 * once in one voice: marked run by run, the voice changed five times in it, the numbers said in English (stop 44). A
 * run ends on Chinese: a number after the last character ("停车与通行 1"), and English words ("… 2 and 道路…"), stay
 * the page's.
 */
const CJK = String.raw`\p{Script=Han}\u3001-\u303f\uff01-\uff60`;
/** A number, a floor or a door inside Chinese text (1099, B1, 3F, 2-1, A); the spaces around it, between Chinese. */
const NUMBER = String.raw`(?:[A-Za-z]{0,3}\d+(?:[-./#][A-Za-z]{0,3}\d+)*[A-Za-z]{0,3}|[A-Z]{1,2})`;
const BETWEEN = String.raw`[ \u00a0]*(?:${NUMBER}(?:[ \u00a0]+${NUMBER})*[ \u00a0]*)?`;
const CHINESE = new RegExp(
  String.raw`[\u3001-\u303f\uff01-\uff60]*\p{Script=Han}(?:${BETWEEN}[${CJK}])*`,
  'gu',
);
const HAN = /\p{Script=Han}/u;
/**
 * Markup's parts: elements whose text is not marked (as a whole) — a page's own `<span lang="zh-…">` among them, words
 * a page marked whole itself (`markedChinese`) — an option with its text, a tag, a text.
 */
const PARTS =
  /<(script|style|textarea|title)\b[^>]*>[\s\S]*?<\/\1>|<span lang="zh-(?:CN|TW)">[^<]*<\/span>|(<option\b[^>]*)>([^<]*)|<[^>]*>|[^<]+/gi;
/** An opening tag that names its element in an attribute (aria-label), and is not void (it can hold the words). */
const NAMED_TAG =
  /^<(?!(?:area|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b)[a-z][^>]*\saria-label="([^"]*)"[^>]*>$/i;
/**
 * An element whose name is its content (a link, a button, a summary; a role that takes its name from what is inside):
 * words inside it are its name and are read once, as it. Any other element (a region, a group, a map) is read as its
 * name and then its content.
 */
const NAMED_BY_CONTENT =
  /^<(?:a|button|summary)\b(?![^>]*\srole=")|\srole="(?:button|link|tab|menuitem|option|checkbox|radio|switch|treeitem|heading|cell|columnheader|rowheader|tooltip)"/i;

export type ChineseLang = 'zh-CN' | 'zh-TW';
/** Which script a text is in (`writtenIn`: OpenCC both ways), kept: the pack's names come again on every page. */
const scripts = new Map<string, ReturnType<typeof writtenIn>>();
function scriptOf(text: string): ReturnType<typeof writtenIn> {
  if (scripts.has(text)) return scripts.get(text);
  const written = writtenIn(text);
  if (scripts.size < 5000 && text.length <= 200) scripts.set(text, written);
  return written;
}

/**
 * The `lang` of Chinese text by the script it is written in: zh-TW when it has more characters only traditional
 * script uses than characters only simplified script uses (OpenCC both ways, `writtenIn`), else zh-CN — names in
 * characters both scripts share (中山路) read the same in either voice. `within`, the text around a run, decides
 * for a run that does not tell (手群 in 騎手群 is told by its neighbours).
 */
export function chineseLang(text: string, within?: string): ChineseLang {
  return langOf(text, within === undefined || within === text ? undefined : () => scriptOf(within));
}

/** `chineseLang`, the text around read only when the run does not tell, and then once for all its runs. */
function langOf(run: string, around?: () => ReturnType<typeof writtenIn>): ChineseLang {
  const written = scriptOf(run);
  if (written === 'zh-TW') return 'zh-TW';
  if (written === 'zh-CN' || !around) return 'zh-CN';
  return around() === 'zh-TW' ? 'zh-TW' : 'zh-CN';
}

/**
 * `text` (escaped) with each run of Chinese in a span of its script's lang. The text's own script is read once, for
 * all its runs that do not tell (a long report of short runs read the whole text again for each: seconds).
 */
function markRuns(text: string): string {
  let around: { written: ReturnType<typeof writtenIn> } | undefined;
  const whole = () => (around ??= { written: scriptOf(text) }).written;
  return text.replace(
    CHINESE,
    (run) => `<span lang="${langOf(run, run === text ? undefined : whole)}">${run}</span>`,
  );
}

/**
 * Chinese on a page in another language marked as such, by its script (`lang="zh-CN"` or `"zh-TW"`, `chineseLang`):
 * on an English page, the pack's names (stations, branches, categories without an English name), a report's words,
 * a group's title are Chinese, and a screen reader read them with the English voice (letter by letter, or not at
 * all); a group titled in traditional characters was marked zh-CN (stop 42). Runs on the finished markup, so every
 * page and every value is covered whoever wrote it: each run of Han characters in a text becomes a span, an option
 * (whose text cannot hold one) carries the lang itself. Text is already escaped: a run of Han characters never
 * touches a tag or an entity. An attribute cannot hold a `lang` of its own: an element named by Chinese words in
 * `aria-label` is named instead by the same words, marked, in a span inside it (`aria-labelledby`) — visually hidden in
 * a link or a button, whose content is its name; `hidden` in a region or any other element whose content is read after
 * its name, so the name is read once (it was twice: as the region's name, then as its first words).
 */
export function markChinese(html: string): string {
  let named = 0;
  return html.replace(
    PARTS,
    (part, _skipped: string | undefined, option: string | undefined, text: string) => {
      if (option !== undefined)
        return `${option}${HAN.test(text) && !/\slang=/.test(option) ? ` lang="${chineseLang(text)}"` : ''}>${text}`;
      if (part.startsWith('<')) {
        const label = NAMED_TAG.exec(part)?.[1];
        if (label === undefined || !HAN.test(label)) return part;
        const id = `zh-name-${++named}`;
        // A region's words inside it, read as its content too, said its Chinese name twice (stop 43): they are hidden
        // there (`hidden`: no box, not read as content, still its name through aria-labelledby).
        const words = NAMED_BY_CONTENT.test(part) ? 'class="sr"' : 'hidden';
        return `${part.replace(/\saria-label="[^"]*"/, ` aria-labelledby="${id}"`)}<span ${words} id="${id}">${markRuns(label)}</span>`;
      }
      return markRuns(part);
    },
  );
}

/**
 * Chinese words a page marks whole, once, in the script they are written in, where `markChinese`'s runs would cut them:
 * an address ends in a floor or a door ("…创智天地广场 1 号楼 B1"), which a run of Chinese leaves out (stop 44).
 * Escaped here; `markChinese` leaves the span as it is.
 */
export const markedChinese = (text: string) => `<span lang="${chineseLang(text)}">${esc(text)}</span>`;

export function page(l: Layout): string {
  const scripts =
    (l.styles ?? []).map((s) => `<link rel="stylesheet" href="${esc(s)}">`).join('') +
    (l.scripts ?? []).map((s) => `<script src="${esc(s)}" defer></script>`).join('');
  const body = `${header(l)}<main id="main" tabindex="-1">${l.body}</main>`;
  return `<!doctype html><html lang="${esc(l.lang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="/board/assets/favicon.svg" type="image/svg+xml"><title>${esc(l.title)}</title>
<style>${STYLE}</style>${scripts}</head><body>${l.lang.startsWith('zh') ? body : markChinese(body)}</body></html>`;
}
