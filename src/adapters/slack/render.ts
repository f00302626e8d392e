/**
 * Card → a Slack message: Block Kit `rich_text` blocks for the text (one actions block per row of buttons)
 * and a plain `text` fallback for notifications. Nothing a worker wrote can format, ping or link:
 *
 *   renderSlack({ text: ['*急* 工资_没发_ ', bold('<!channel>')] }).blocks[0]
 *   // { type: 'rich_text', elements: [{ type: 'rich_text_section', elements: [
 *   //   { type: 'text', text: '*急* 工资_没发_ ' }, { type: 'text', text: '<!channel>', style: { bold: true } } ] }] }
 *
 * - Why rich text and not mrkdwn: mrkdwn has no escape for `*`, `_`, `~` or `` ` ``, so "*急* 工资_没发_"
 *   relayed from a worker showed bold and italic, and our own bold needed zero-width-space padding next to
 *   CJK. A rich text `text` element is shown as it is — Slack parses no markup and no `<…>` control
 *   sequence in it (mentions would be `user`/`broadcast` elements, which we never build) — and our styles
 *   and links are element properties (`style`, `link`), so they stay ours. Slack recommends rich text for
 *   text that software formats (docs.slack.dev/reference/block-kit/blocks/rich-text-block).
 * - The fallback `text` is mrkdwn-ish: `&`, `<` and `>` are escaped (`escapeMrkdwn`), and the outbox sends
 *   it with `parse: none`, so a notification cannot ping either.
 */
import type { types } from '@slack/bolt';
import { fitSpans as fitCardSpans, spanText, type Button, type Card, type Span } from '../../core/card.js';
import { cutAtWord } from '../../core/words.js';

type KnownBlock = types.KnownBlock;

/** Characters of text per rich text block (Slack's limit on a section's text, kept for rich text too). */
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

type RichElement = types.RichTextText | types.RichTextLink;

/** One span as a rich text element (a link only to a safe web URL); undefined for an empty span. */
export function richElement(span: Span): RichElement | undefined {
  const text = spanText(span);
  if (!text) return undefined;
  if (typeof span === 'string') return { type: 'text', text };
  if ('href' in span)
    return isSafeUrl(span.href) ? { type: 'link', url: span.href.trim(), text } : { type: 'text', text };
  return { type: 'text', text, style: { [span.style]: true } };
}

/** Shorten the spans so their visible text fits in a Slack card. */
export const fitSpans = (spans: readonly Span[], max = MAX_CARD_TEXT): Span[] => fitCardSpans(spans, max);

/** Split text into pieces of at most `max` UTF-16 units, never inside a surrogate pair. */
function chunksFitting(text: string, max: number): string[] {
  const out: string[] = [];
  let piece = '';
  for (const ch of text) {
    if (piece.length + ch.length > max) {
      out.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) out.push(piece);
  return out;
}

const richBlock = (elements: RichElement[]): types.RichTextBlock => ({
  type: 'rich_text',
  elements: [{ type: 'rich_text_section', elements }],
});

/**
 * The spans as rich text blocks of at most MAX_SECTION characters each (kept within the section limit
 * we always used, so a long card splits the same way). A span never straddles two blocks unless it alone
 * is too long; then it is cut into pieces (a cut link keeps its text, not its link). Blocks with nothing
 * but white space are left out.
 */
function richBlocks(spans: readonly Span[]): types.RichTextBlock[] {
  const out: types.RichTextBlock[] = [];
  let current: RichElement[] = [];
  let size = 0;
  const flush = () => {
    if (current.some((e) => (e.text ?? '').trim())) out.push(richBlock(current));
    current = [];
    size = 0;
  };
  const push = (element: RichElement | undefined) => {
    if (!element) return;
    const n = (element.text ?? '').length;
    if (size + n > MAX_SECTION && current.length) flush();
    current.push(element);
    size += n;
  };
  for (const span of spans) {
    const text = spanText(span);
    if (text.length <= MAX_SECTION) {
      push(richElement(span));
      continue;
    }
    const piece = (chunk: string): Span =>
      typeof span === 'string' || 'href' in span ? chunk : { ...span, text: chunk };
    for (const chunk of chunksFitting(text, MAX_SECTION)) push(richElement(piece(chunk)));
  }
  flush();
  return out;
}

function plainLabel(label: string): string {
  // Cut at a word boundary (never "Yangpu District New Emp…").
  return cutAtWord(label.trim(), MAX_LABEL) || '·';
}

/**
 * What a screen reader reads for a button (Slack's `accessibility_label`): its label and what the card is about, so
 * "✋ 签收" among twenty triage cards is "✋ 签收 — 🆕 JN-2026-000001 · 薪酬与罚款" and "👍 有用" names the answer
 * it rates. `about` is the button's own `spoken` text, else the card's first line; left out when the label already
 * says it.
 */
function spokenLabel(label: string, about: string): string | undefined {
  const own = label.trim();
  if (!about || !own || own.includes(about)) return undefined;
  return cutAtWord(`${own} — ${about}`, MAX_LABEL) || undefined;
}

function renderButton(b: Button, row: number, col: number, about: string): types.Button | undefined {
  const text = { type: 'plain_text' as const, text: plainLabel(b.label), emoji: true };
  const spoken = spokenLabel(b.label, b.spoken?.trim() || about);
  const a11y = spoken ? { accessibility_label: spoken } : {};
  if ('data' in b) {
    // Callback data is ≤ 64 bytes by the core's own rule; Slack allows 2000 characters.
    if (!b.data || b.data.length > MAX_VALUE) return undefined;
    return { type: 'button', text, action_id: `${ACTION_PREFIX}${row}:${col}`, value: b.data, ...a11y };
  }
  // Slack refuses the whole message for one bad URL: drop the button instead.
  return isSafeUrl(b.url)
    ? { type: 'button', text, action_id: `${LINK_ACTION_PREFIX}${row}:${col}`, url: b.url.trim(), ...a11y }
    : undefined;
}

/** The first line of a card with words in it: what its buttons act on, for their spoken labels. */
export function headline(spans: readonly Span[]): string {
  const text = spans.map(spanText).join('');
  return (text.split('\n').find((line) => line.trim()) ?? '').trim();
}

/** `about`: what the card is about (its headline), added to each button's spoken label. */
export function renderActions(rows: readonly Button[][] | undefined, about = ''): types.ActionsBlock[] {
  const blocks: types.ActionsBlock[] = [];
  (rows ?? []).forEach((row, r) => {
    const elements = row
      .map((b, c) => renderButton(b, r, c, about))
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
  const blocks: KnownBlock[] = richBlocks(spans);
  if (card.venue) {
    const v = card.venue;
    const where = `📍 ${v.title} — ${v.address} (${v.lat.toFixed(5)}, ${v.lon.toFixed(5)})`;
    // Plain text: a place's name shows as it is written.
    blocks.push({ type: 'context', elements: [{ type: 'plain_text', text: where, emoji: true }] });
  }
  const actions = card.forceReply ? [] : renderActions(card.buttons, headline(spans));
  // Buttons matter more than the tail of a very long text: keep them within the block limit.
  const room = MAX_BLOCKS - actions.length;
  const kept = blocks.length > room ? [...blocks.slice(0, room - 1), blocks[blocks.length - 1]!] : blocks;
  return {
    text: fallbackText(spans) || '·',
    blocks: [...kept, ...actions],
    ...(card.noPreview ? { unfurl_links: false, unfurl_media: false } : {}),
  };
}
