/**
 * UI as plain data. The core builds cards; each adapter has one renderer that turns a card into
 * Telegram HTML + inline keyboard, Slack Block Kit, or numbered console choices — escaping every span.
 */

export type SpanStyle = 'bold' | 'italic' | 'code';

/** A piece of text. Strings are plain text and are always escaped by the renderer. */
export type Span = string | { text: string; style: SpanStyle } | { text: string; href: string };

/**
 * A button. `spoken`: what it acts on, said after its label by a screen reader (Slack's `accessibility_label`) where
 * the label alone is thin — "1. 写答案" → the question, "⚠️ 1号有问题" → the station; absent: the card's first line.
 */
export type Button =
  /** Pressing it comes back to the core as an IncomingButton with this data (keep it ≤ 64 bytes). */
  | { label: string; data: string; spoken?: string }
  /** Opens a link (e.g. a deep link into a private chat); `webApp`: as a Telegram Mini App where possible. */
  | { label: string; url: string; webApp?: boolean; spoken?: string };

export interface Venue {
  lat: number;
  lon: number;
  title: string;
  address: string;
}

/** A picture that goes with a card: a platform file id (a photo someone sent) or a file on disk (a lesson image). */
export type CardPhoto = { fileId: string } | { path: string };

/** One photo of an album: a platform file id and the caption under it. */
export interface AlbumPhoto {
  fileId: string;
  caption: string;
}

/**
 * One item of an album: a photo someone sent on this platform (its file id), or one fetched from another platform and
 * uploaded as bytes (`file`, a photo or, for a format not every client shows, a document), with its caption.
 */
export type AlbumItem = AlbumPhoto | { file: CardFile; caption: string };

/** A file made by the bot (a chart, a CSV) sent with a card: a photo or a document, as bytes. */
export interface CardFile {
  kind: 'photo' | 'document';
  /** File name with extension, e.g. `stats-2026-05.png`. */
  name: string;
  mime: string;
  data: Buffer;
}

export interface Card {
  /** Lines of spans; `\n` inside a string also breaks a line. */
  text: Span[];
  /** Rows of buttons. */
  buttons?: Button[][];
  /** Sent as a separate photo message just before the text (the text may be longer than a caption allows). */
  photo?: CardPhoto;
  /**
   * A photo that fails for a passing reason (5xx, network) fails the send — nothing has reached the chat, so the
   * caller can try again — instead of the text going alone without it. The delivery engine sets it on every try
   * of a job but the last.
   */
  photoRequired?: boolean;
  /** Sent as a separate file message just before the text (Telegram sendPhoto/sendDocument, Slack upload, console: a file under data/). */
  file?: CardFile;
  /**
   * Photos people sent (platform file ids, or bytes from another platform), each with its caption, sent together as
   * one message before the text (Telegram sendMediaGroup; Slack one message of image blocks, or one files.uploadV2
   * with the captions as its comment). Only for an outbox that `sendsAlbums`; the text may then be empty.
   */
  album?: AlbumItem[];
  /**
   * A map pin sent as a reply to the card's message (Telegram sendLocation), so a place told as a pin is one tap from
   * the map; platforms without pins ignore it (the text says the coordinates). Only on a send, never on an edit.
   */
  pin?: { lat: number; lon: number };
  /** Sent as a separate location message after the text (Telegram sendVenue). */
  venue?: Venue;
  /** Do not show a link preview (Telegram). */
  noPreview?: boolean;
  /** Deliver without a notification sound. */
  silent?: boolean;
  /** Ask the client to reply to this message (so the answer reaches the bot under Telegram privacy mode). */
  forceReply?: boolean;
  /** Send as a reply to this message of the same chat (a group answer quotes its asker). */
  replyTo?: string;
  /**
   * Offer a one-tap "share my location" keyboard button with this label (Telegram private chats; other
   * platforms ignore it). Only on cards without inline buttons: a message carries one keyboard.
   */
  requestLocation?: string;
  /**
   * This message belongs under that message of the same chat (a ticket's card: its prompts, relayed replies,
   * evidence). Platforms with threads (Slack) post it in that message's thread; others post it as before.
   */
  under?: string;
  /** Show only to this person in a shared chat (Slack chat.postEphemeral); set from `IncomingMessage.onlyToSender`. */
  ephemeralTo?: string;
}

export const bold = (text: string): Span => ({ text, style: 'bold' });
/** The card with a line set above its text: the "↻ 重发 … 以这一条为准" of a send that may repeat one already there. */
export const headedBy = (card: Card, line: string): Card => ({
  ...card,
  text: [`${line}\n\n`, ...card.text],
});
export const italic = (text: string): Span => ({ text, style: 'italic' });
export const code = (text: string): Span => ({ text, style: 'code' });
export const link = (text: string, href: string): Span => ({ text, href });

/** A card of plain text. */
export const textCard = (...text: Span[]): Card => ({ text });

/** The characters of one span, without its style. */
export const spanText = (span: Span): string => (typeof span === 'string' ? span : span.text);

/** Cut a string to `max` UTF-16 units without splitting a surrogate pair. */
export function cutUtf16(text: string, max: number): string {
  let cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

/**
 * Shorten spans so their visible text fits in `max` characters, ending with an ellipsis. Renderers call
 * this before adding markup, so a platform's length limit never cuts a tag or an escape in half.
 */
export function fitSpans(spans: readonly Span[], max: number): Span[] {
  const total = spans.reduce((n, s) => n + spanText(s).length, 0);
  if (total <= max) return [...spans];
  let room = max - 1;
  const out: Span[] = [];
  for (const s of spans) {
    if (room <= 0) break;
    const text = spanText(s);
    const kept = text.length <= room ? text : cutUtf16(text, room);
    room -= kept.length;
    if (kept) out.push(typeof s === 'string' ? kept : { ...s, text: kept });
    if (kept.length < text.length) break;
  }
  out.push('…');
  return out;
}

/** Flatten a card's text to plain characters (console, logs, tests, length checks). */
export function plainText(card: Card): string {
  return card.text.map((s) => (typeof s === 'string' ? s : s.text)).join('');
}

/** Keep callback data within Telegram's 64-byte limit; the core never builds longer data on purpose. */
export function assertCallbackData(data: string): string {
  if (Buffer.byteLength(data, 'utf8') > 64) throw new Error(`callback data over 64 bytes: ${data}`);
  return data;
}
