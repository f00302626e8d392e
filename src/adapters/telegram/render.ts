/**
 * Card → Telegram `sendMessage` fields: HTML text and an inline keyboard (or a force-reply).
 * Every span is escaped here, and only here; the length limit is applied to the visible text before
 * any markup exists, so a tag or an entity is never cut in half.
 *
 *   renderTelegram({ text: ['Hi ', bold('<you>')] }).text === 'Hi <b>&lt;you&gt;</b>'
 */
import type {
  ForceReply,
  InlineKeyboardButton,
  InlineKeyboardMarkup,
  LinkPreviewOptions,
} from 'grammy/types';
import type { Button, Card, Span } from '../../core/card.js';

/** Telegram's limit on a message's text after entity parsing, in UTF-16 code units. */
export const MAX_MESSAGE_LENGTH = 4096;
const ELLIPSIS = '…';

export interface RenderedMessage {
  text: string;
  reply_markup?: InlineKeyboardMarkup | ForceReply;
  link_preview_options?: LinkPreviewOptions;
  disable_notification?: boolean;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const escapeAttr = (text: string) => escapeHtml(text).replace(/"/g, '&quot;');

/** Only links a chat client can open safely: web pages and tg: deep links. */
export function isSafeUrl(url: string): boolean {
  return /^(https?:\/\/|tg:\/\/)\S+$/i.test(url.trim());
}

function spanText(span: Span): string {
  return typeof span === 'string' ? span : span.text;
}

/** Cut a string to `max` UTF-16 units without splitting a surrogate pair. */
function cutUtf16(text: string, max: number): string {
  let cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

/** Shorten the spans so their visible text fits in `max`, ending with an ellipsis. Styles are kept. */
export function fitSpans(spans: readonly Span[], max = MAX_MESSAGE_LENGTH): Span[] {
  const total = spans.reduce((n, s) => n + spanText(s).length, 0);
  if (total <= max) return [...spans];
  let room = max - ELLIPSIS.length;
  const out: Span[] = [];
  for (const s of spans) {
    if (room <= 0) break;
    const text = spanText(s);
    const kept = text.length <= room ? text : cutUtf16(text, room);
    room -= kept.length;
    if (kept) out.push(typeof s === 'string' ? kept : { ...s, text: kept });
    if (kept.length < text.length) break;
  }
  out.push(ELLIPSIS);
  return out;
}

export function renderSpan(span: Span): string {
  if (typeof span === 'string') return escapeHtml(span);
  const text = escapeHtml(span.text);
  if ('href' in span)
    return isSafeUrl(span.href) ? `<a href="${escapeAttr(span.href.trim())}">${text}</a>` : text;
  switch (span.style) {
    case 'bold':
      return `<b>${text}</b>`;
    case 'italic':
      return `<i>${text}</i>`;
    case 'code':
      return `<code>${text}</code>`;
    default:
      return text;
  }
}

function renderButton(b: Button): InlineKeyboardButton | undefined {
  if ('data' in b) return { text: b.label, callback_data: b.data };
  // Telegram refuses the whole message for one bad URL: drop the button instead.
  return isSafeUrl(b.url) ? { text: b.label, url: b.url.trim() } : undefined;
}

export function renderKeyboard(rows: readonly Button[][] | undefined): InlineKeyboardMarkup | undefined {
  const keyboard = (rows ?? [])
    .map((row) => row.map(renderButton).filter((b): b is InlineKeyboardButton => !!b))
    .filter((row) => row.length);
  return keyboard.length ? { inline_keyboard: keyboard } : undefined;
}

export function renderTelegram(card: Card): RenderedMessage {
  const text = fitSpans(card.text).map(renderSpan).join('');
  const keyboard = card.forceReply ? undefined : renderKeyboard(card.buttons);
  const reply_markup: RenderedMessage['reply_markup'] = card.forceReply
    ? { force_reply: true, selective: true }
    : keyboard;
  return {
    text,
    ...(reply_markup ? { reply_markup } : {}),
    ...(card.noPreview ? { link_preview_options: { is_disabled: true } } : {}),
    ...(card.silent ? { disable_notification: true } : {}),
  };
}
