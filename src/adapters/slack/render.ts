/**
 * Card → a Slack message: Block Kit (mrkdwn sections, one actions block per row of buttons) and a plain
 * `text` fallback for notifications. Every span is escaped here, and only here, so that nothing a
 * worker wrote — `<!channel>`, `<!here>`, `<@U123>`, `<http://x|y>`, a bare URL — can ping anyone or
 * become a link:
 *
 *   renderSlack({ text: ['Hi ', bold('<!channel>')] }).blocks[0].text.text === 'Hi \u200b*&lt;!channel&gt;*\u200b'
 *
 * - `&`, `<` and `>` are the only characters Slack's mrkdwn needs escaped; every `<…>` control sequence
 *   the bot means (a link) is built here around escaped text.
 * - Sections are `verbatim`, so Slack does not auto-link URLs or turn "@here"/"#channel" words into
 *   mentions; the fallback `text` is sent with `parse: none` by the outbox for the same reason.
 * - Bold/italic/code markers are padded with zero-width spaces: Slack ignores `*…*` that touches a
 *   CJK character, which is most of our text.
 */
import type { types } from '@slack/bolt';
import { fitSpans as fitCardSpans, spanText, type Button, type Card, type Span } from '../../core/card.js';
import { cutAtWord } from '../../core/words.js';

type KnownBlock = types.KnownBlock;

/** Slack's limit on one section's text. */
export const MAX_SECTION = 3000;
/** What we show of a card at most (Slack cuts messages at 40k; nobody reads that much in a chat). */
export const MAX_CARD_TEXT = 12_000;
/** Slack's limits on a button: label, value and URL lengths; elements per actions block; blocks per message. */
const MAX_LABEL = 75;
const MAX_VALUE = 2000;
const MAX_URL = 3000;
const MAX_ROW = 25;
const MAX_BLOCKS = 50;
/** The notification text shown when blocks are present. */
const MAX_FALLBACK = 3000;

const ZWSP = '\u200b';

/** Prefix of the `action_id` of our callback buttons (`ws:<row>:<col>`); the button's `value` is the core's data. */
export const ACTION_PREFIX = 'ws:';
/** Prefix of the `action_id` of link buttons: Slack still reports the click, which we only acknowledge. */
export const LINK_ACTION_PREFIX = 'ws-link:';

export interface SlackMessage {
  /** Fallback for notifications and clients without Block Kit (escaped like the blocks). */
  text: string;
  blocks: KnownBlock[];
  unfurl_links?: boolean;
  unfurl_media?: boolean;
}

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Only web links; `<`, `>`, `|` and spaces would break Slack's `<url|label>` syntax. */
export function isSafeUrl(url: string): boolean {
  const u = url.trim();
  return /^https?:\/\/[^\s<>|]+$/i.test(u) && u.length <= MAX_URL;
}

/** Wrap escaped text in a style marker, keeping outer spaces outside (Slack ignores `* bold*`). */
function styled(text: string, marker: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  if (!m[2]) return text;
  return `${m[1]}${ZWSP}${marker}${m[2]}${marker}${ZWSP}${m[3]}`;
}

export function renderSpan(span: Span): string {
  if (typeof span === 'string') return escapeMrkdwn(span);
  const text = escapeMrkdwn(span.text);
  if ('href' in span) return isSafeUrl(span.href) ? `<${span.href.trim()}|${text}>` : text;
  switch (span.style) {
    case 'bold':
      return styled(text, '*');
    case 'italic':
      return styled(text, '_');
    case 'code':
      return styled(text, '`');
    default:
      return text;
  }
}

/** Shorten the spans so their visible text fits in a Slack card. */
export const fitSpans = (spans: readonly Span[], max = MAX_CARD_TEXT): Span[] => fitCardSpans(spans, max);

/** Split raw text into pieces whose escaped length is at most `max`, never inside a surrogate pair. */
function chunksFitting(text: string, max: number): string[] {
  const out: string[] = [];
  let piece = '';
  let size = 0;
  for (const ch of text) {
    const cost = ch === '&' ? 5 : ch === '<' || ch === '>' ? 4 : ch.length;
    if (size + cost > max) {
      out.push(piece);
      piece = '';
      size = 0;
    }
    piece += ch;
    size += cost;
  }
  if (piece) out.push(piece);
  return out;
}

/**
 * Rendered spans grouped into section texts of at most MAX_SECTION characters. A span never straddles
 * two sections unless it alone is too long; then its text is cut before escaping, so an entity or a
 * `<url|label>` is never split.
 */
function sectionTexts(spans: readonly Span[]): string[] {
  const out: string[] = [];
  let current = '';
  const push = (piece: string) => {
    if (current.length + piece.length > MAX_SECTION && current) {
      out.push(current);
      current = '';
    }
    current += piece;
  };
  for (const span of spans) {
    const rendered = renderSpan(span);
    if (rendered.length <= MAX_SECTION) {
      push(rendered);
      continue;
    }
    // A span longer than a section: render it in pieces (a cut link keeps its text, not its link).
    const piece = (text: string): Span =>
      typeof span === 'string' || 'href' in span ? text : { ...span, text };
    for (const chunk of chunksFitting(spanText(span), MAX_SECTION - 4)) push(renderSpan(piece(chunk)));
  }
  if (current.trim()) out.push(current);
  return out;
}

function plainLabel(label: string): string {
  // Cut at a word boundary (never "Yangpu District New Emp…").
  return cutAtWord(label.trim(), MAX_LABEL) || '·';
}

function renderButton(b: Button, row: number, col: number): types.Button | undefined {
  const text = { type: 'plain_text' as const, text: plainLabel(b.label), emoji: true };
  if ('data' in b) {
    // Callback data is ≤ 64 bytes by the core's own rule; Slack allows 2000 characters.
    if (!b.data || b.data.length > MAX_VALUE) return undefined;
    return { type: 'button', text, action_id: `${ACTION_PREFIX}${row}:${col}`, value: b.data };
  }
  // Slack refuses the whole message for one bad URL: drop the button instead.
  return isSafeUrl(b.url)
    ? { type: 'button', text, action_id: `${LINK_ACTION_PREFIX}${row}:${col}`, url: b.url.trim() }
    : undefined;
}

export function renderActions(rows: readonly Button[][] | undefined): types.ActionsBlock[] {
  const blocks: types.ActionsBlock[] = [];
  (rows ?? []).forEach((row, r) => {
    const elements = row
      .map((b, c) => renderButton(b, r, c))
      .filter((b): b is types.Button => !!b)
      .slice(0, MAX_ROW);
    if (elements.length) blocks.push({ type: 'actions', block_id: `ws-row-${r}`, elements });
  });
  return blocks;
}

/** Plain text of spans for the notification fallback, escaped, cut to Slack's practical limit. */
export function fallbackText(spans: readonly Span[]): string {
  const text = fitSpans(spans, MAX_FALLBACK).map(spanText).join('').trim();
  return escapeMrkdwn(text);
}

export interface RenderOptions {
  /**
   * How a core command is typed in Slack, e.g. `help` → `/waystation help` (the core's texts say
   * `/help`, Telegram-style); undefined leaves `/name` as it is.
   */
  command?: (name: string) => string | undefined;
}

/** Rewrite `/name` mentions of core commands in the bot's own text to their Slack form. */
export function rewriteCommands(spans: readonly Span[], command: RenderOptions['command']): Span[] {
  if (!command) return [...spans];
  const rewrite = (text: string) =>
    text.replace(/(^|[^\w/.])\/([a-z0-9_]{1,32})(?![\w/])/g, (all, before: string, name: string) => {
      const slack = command(name);
      return slack ? `${before}${slack}` : all;
    });
  return spans.map((s) =>
    typeof s === 'string' ? rewrite(s) : 'href' in s ? s : { ...s, text: rewrite(s.text) },
  );
}

export function renderSlack(card: Card, options: RenderOptions = {}): SlackMessage {
  const spans = fitSpans(rewriteCommands(card.text, options.command));
  const blocks: KnownBlock[] = sectionTexts(spans).map((text) => ({
    type: 'section',
    text: { type: 'mrkdwn', text, verbatim: true },
  }));
  if (card.venue) {
    const v = card.venue;
    const where = `📍 ${v.title} — ${v.address} (${v.lat.toFixed(5)}, ${v.lon.toFixed(5)})`;
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: escapeMrkdwn(where), verbatim: true }],
    });
  }
  const actions = card.forceReply ? [] : renderActions(card.buttons);
  // Buttons matter more than the tail of a very long text: keep them within the block limit.
  const room = MAX_BLOCKS - actions.length;
  const kept = blocks.length > room ? [...blocks.slice(0, room - 1), blocks[blocks.length - 1]!] : blocks;
  return {
    text: fallbackText(spans) || '·',
    blocks: [...kept, ...actions],
    ...(card.noPreview ? { unfurl_links: false, unfurl_media: false } : {}),
  };
}
