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
  ReplyKeyboardMarkup,
  ReplyParameters,
} from 'grammy/types';
import { fitSpans as fitCardSpans, type Button, type Card, type Span } from '../../core/card.js';

/** Telegram's limit on a message's text after entity parsing, in UTF-16 code units. */
export const MAX_MESSAGE_LENGTH = 4096;

export interface RenderedMessage {
  text: string;
  reply_markup?: InlineKeyboardMarkup | ForceReply | ReplyKeyboardMarkup;
  reply_parameters?: ReplyParameters;
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

/** Shorten the spans so their visible text fits in a Telegram message. */
export const fitSpans = (spans: readonly Span[], max = MAX_MESSAGE_LENGTH): Span[] =>
  fitCardSpans(spans, max);

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
  // A Mini App opens only over https (Telegram refuses the message otherwise): plain link elsewhere.
  if (b.webApp && /^https:\/\//i.test(b.url.trim())) return { text: b.label, web_app: { url: b.url.trim() } };
  // Telegram refuses the whole message for one bad URL: drop the button instead.
  return isSafeUrl(b.url) ? { text: b.label, url: b.url.trim() } : undefined;
}

export function renderKeyboard(rows: readonly Button[][] | undefined): InlineKeyboardMarkup | undefined {
  const keyboard = (rows ?? [])
    .map((row) => row.map(renderButton).filter((b): b is InlineKeyboardButton => !!b))
    .filter((row) => row.length);
  return keyboard.length ? { inline_keyboard: keyboard } : undefined;
}

/** A one-time keyboard whose only button shares the person's location (private chats only: the caller decides). */
function locationKeyboard(label: string | undefined): ReplyKeyboardMarkup | undefined {
  if (!label) return undefined;
  return {
    keyboard: [[{ text: label, request_location: true }]],
    resize_keyboard: true,
    one_time_keyboard: true,
  };
}

export function renderTelegram(card: Card): RenderedMessage {
  const text = fitSpans(card.text).map(renderSpan).join('');
  const keyboard = card.forceReply ? undefined : renderKeyboard(card.buttons);
  const reply_markup: RenderedMessage['reply_markup'] = card.forceReply
    ? { force_reply: true, selective: true }
    : (keyboard ?? locationKeyboard(card.requestLocation));
  return {
    text,
    ...(reply_markup ? { reply_markup } : {}),
    ...(card.noPreview ? { link_preview_options: { is_disabled: true } } : {}),
    ...(card.silent ? { disable_notification: true } : {}),
    ...replyTo(card.replyTo),
  };
}

/** A reply to a message that may be gone meanwhile: sent anyway, without the quote. */
function replyTo(id: string | undefined): Pick<RenderedMessage, 'reply_parameters'> {
  const n = Number(id);
  return id && Number.isInteger(n)
    ? { reply_parameters: { message_id: n, allow_sending_without_reply: true } }
    : {};
}
