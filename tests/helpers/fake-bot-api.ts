/**
 * A stand-in for the Telegram Bot API server: the platform edge, and the only fake in the Telegram tests.
 * It listens on 127.0.0.1 and speaks the wire format (`POST /bot<token>/<method>`, JSON, urlencoded or
 * multipart bodies; `{ ok: true, result }` / `{ ok: false, error_code, description }`), so the real grammY
 * client, its transformers and the runner all run unchanged against it — point `apiRoot` at `api.apiRoot`.
 *
 *   const api = await startFakeBotApi();
 *   api.fail('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 });
 *   api.push(u.privateText(rider, '/start'));      // served to getUpdates (long polling)
 *   const call = await api.waitFor('sendMessage');  // every call is recorded with its params
 *   api.addFile('voice-1', Buffer.from('OggS…'));    // getFile answers a file_path; GET /file/bot<token>/<path> serves the bytes
 *
 * It checks what the real server checks where a bot can get it wrong: HTML that does not parse, empty or
 * over-long text, bad button data, getUpdates while a webhook is set.
 *
 * `createUpdateFactory` builds realistic updates (entities with UTF-16 offsets, forum topics, replies…),
 * and `createTelegramTestApp` wires the real app and the real adapter to this server.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Chat, Message, MessageEntity, Update, User } from 'grammy/types';
import { inject } from 'vitest';
import { createTelegramAdapter, type TelegramAdapter } from '../../src/adapters/telegram/adapter.js';
import { createApp, type App } from '../../src/app.js';
import type { OpenAIConfig, TelegramConfig } from '../../src/config/index.js';
import type { LimitsInput } from '../../src/core/delivery/limits.js';
import { createHttpServer, type HttpServer } from '../../src/http/server.js';
import { captureLogger, NO_FLOOD_LIMIT, SAMPLE_PACK, sharedPack, testPrefix } from './app.js';
import type { FloodLimits } from '../../src/core/flood.js';

export const FAKE_TOKEN = '123456789:AAFakeTokenForTestsOnly_abcdefghijk';
export const FAKE_BOT: User = {
  id: 123456789,
  is_bot: true,
  first_name: '驿站助手',
  username: 'waystation_bot',
};

export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  /** The error code returned, when the call failed. */
  error?: number;
}

export interface Failure {
  error_code: number;
  description: string;
  retry_after?: number;
  /** How many calls fail (default 1). */
  times?: number;
  /** Fail only calls whose params match. */
  when?: (params: Record<string, unknown>) => boolean;
  /** `parameters.migrate_to_chat_id` (a refusal naming the supergroup a group became). */
  migrate_to_chat_id?: number;
}

/**
 * What a group upgraded to a supergroup still takes under its old id: the bot can edit and delete the messages it
 * sent there before the move (tdlib/telegram-bot-api#266: the old group's messages stay in the old chat, whose ids
 * do not carry over). Everything else — a send, a pin (not known either way; refused, the cautious reading) — is
 * refused with `migrate_to_chat_id`.
 */
const AFTER_MOVE = new Set([
  'editMessageText',
  'editMessageReplyMarkup',
  'editMessageCaption',
  'deleteMessage',
]);

class ApiFailure extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly retryAfter?: number,
    /** The new id of a group that was upgraded to a supergroup (`parameters.migrate_to_chat_id`). */
    readonly migrateTo?: number,
  ) {
    super(description);
  }
}

export interface FakeBotApi {
  /** Give this to grammY as `client.apiRoot`. */
  apiRoot: string;
  token: string;
  me: User;
  /** Every call, in order. */
  calls: ApiCall[];
  callsOf(method: string): Record<string, unknown>[];
  /** The text of every message the bot sent (raw HTML, as it went over the wire). */
  sentTexts(after?: number): string[];
  /** What a chat client would show for them: tags removed, entities decoded. */
  shownTexts(after?: number): string[];
  /** A mark in the call log: pass to `sentTexts`/`since` to look only at later calls. */
  mark(): number;
  since(mark: number): ApiCall[];
  /** The bot's edits of one message's text since `mark`, in order (the last is what the chat shows now). */
  editsOf(chatId: number, messageId: number, mark?: number): ApiCall[];
  /** The last message the bot sent into a chat (to reply to it or press its buttons). */
  lastMessage(chatId: number): Message | undefined;
  fail(method: string, failure: Failure): void;
  /** Make a message the bot sent look `seconds` older (deleteMessage refuses one sent 48 hours ago or more). */
  age(chatId: number, messageId: number, seconds: number): void;
  /** The messages the bot has pinned in a chat and not unpinned. */
  pinned(chatId: number): number[];
  /** Whether a message the bot sent is still there (not deleted). */
  exists(chatId: number, messageId: number): boolean;
  /**
   * The group `from` was upgraded to the supergroup `to`: from now on every call naming `from` is answered as
   * Telegram does, 400 "group chat was upgraded to a supergroup chat" with `parameters.migrate_to_chat_id` —
   * but for edits and deletes of messages sent there before (`AFTER_MOVE`), which Telegram still takes.
   * (The service messages the bot also gets are `u.migration(…)`.)
   */
  migrate(from: number, to: number): void;
  /**
   * A forum topic closed by the group's admins (`thread` omitted: the General topic): a send into it is refused with
   * 400 "Bad Request: TOPIC_CLOSED", as Telegram answers a bot that may not manage topics. A send without a topic goes
   * to General, so closing General refuses those.
   */
  closeTopic(chatId: number, thread?: number): void;
  /**
   * A forum topic deleted: a send into it is refused with 400 "Bad Request: message thread not found" (what the Bot
   * API answers in groups), or with `description` ("Bad Request: TOPIC_DELETED" is also seen).
   */
  deleteTopic(chatId: number, thread: number, description?: string): void;
  /**
   * The next call of `method` (matching `when`; `times` calls, default 1) is carried out — a message is in the chat —
   * and then the connection is dropped with no answer, as when the network fails on the way back: the bot cannot
   * know the server took it.
   */
  dropAfter(
    method: string,
    options?: { when?: (params: Record<string, unknown>) => boolean; times?: number },
  ): void;
  /** Hold the next call of `method` (recorded, not answered) until the returned function is called. */
  hold(method: string): () => void;
  /** Forget the holds of `method` no call has met yet (calls already held stay held). */
  dropHolds(method: string): void;
  /** Queue updates for getUpdates (long polling). */
  push(...updates: Update[]): void;
  /** The params of the latest getUpdates (long polls are not kept in `calls`). */
  lastPoll?: Record<string, unknown>;
  /** The webhook as last set (url, secret_token, allowed_updates), if any. */
  webhook?: Record<string, unknown>;
  /** Command menus as last set, keyed by `scope-json|language`. */
  menus: Map<string, { command: string; description: string }[]>;
  /**
   * A file the bot may fetch: `getFile` answers it with a `file_path` (by default `voice/<id>.oga`), and
   * `GET /file/bot<token>/<file_path>` serves `data`. `size` overrides the declared `file_size` (above
   * 20 MB getFile refuses it, as Telegram does). Returns the file_path.
   */
  addFile(fileId: string, data: Buffer, options?: { path?: string; size?: number }): string;
  /** The file paths downloaded (`GET /file/bot<token>/…`), in order. */
  downloads: string[];
  /**
   * `user` is a member of the group `chatId`: getChatMember answers them (status `member`, the user with their
   * name). Anyone else is "user not found", as Telegram answers for someone it cannot place in the chat.
   */
  addMember(chatId: number, user: User): void;
  /** Resolve with the first call (after `after`) of `method` matching `match`; reject after `timeoutMs`. */
  waitFor(
    method: string,
    match?: (params: Record<string, unknown>) => boolean,
    options?: { after?: number; timeoutMs?: number },
  ): Promise<ApiCall>;
  close(): Promise<void>;
}

/** A chat as the server describes it, inferred from its id the way Telegram allocates them. */
function chatFor(id: number): Chat {
  if (id > 0) return { id, type: 'private', first_name: `User ${id}` };
  if (id <= -1_000_000_000_000) return { id, type: 'supergroup', title: `Group ${id}` } as Chat;
  return { id, type: 'group', title: `Group ${id}` } as Chat;
}

const ALLOWED_TAGS = new Set([
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'code',
  'pre',
  'a',
  'tg-spoiler',
  'span',
  'blockquote',
  'tg-emoji',
]);
const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/**
 * Parse Telegram-flavoured HTML the way the server does: only a few tags, properly nested, and `&`
 * only as the start of an entity. Returns the text a client shows, or throws the server's 400.
 */
export function parseTelegramHtml(html: string): string {
  const stack: string[] = [];
  let out = '';
  let i = 0;
  const bad = (why: string) =>
    new ApiFailure(
      400,
      `Bad Request: can't parse entities: ${why} at byte offset ${Buffer.byteLength(html.slice(0, i))}`,
    );
  while (i < html.length) {
    const c = html[i]!;
    if (c === '<') {
      const m = /^<(\/?)([a-z-]+)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>/i.exec(html.slice(i));
      if (!m) throw bad('Unsupported start tag or unescaped "<"');
      const [whole, closing, rawName] = m;
      const name = rawName!.toLowerCase();
      if (!ALLOWED_TAGS.has(name)) throw bad(`Unsupported start tag "${name}"`);
      if (closing) {
        if (stack.pop() !== name) throw bad(`Unmatched end tag "${name}"`);
      } else {
        if (name === 'a' && !/\shref="[^"]*"/.test(m[3] ?? ''))
          throw bad('Tag "a" must have attribute "href"');
        stack.push(name);
      }
      i += whole.length;
      continue;
    }
    if (c === '>') throw bad('Unexpected ">"');
    if (c === '&') {
      const m = /^&(?:([a-z]+)|#(\d+)|#x([0-9a-f]+));/i.exec(html.slice(i));
      if (!m) throw bad('Unescaped "&"');
      if (m[1] && !(m[1] in NAMED_ENTITIES)) throw bad(`Unsupported HTML entity "${m[1]}"`);
      out += m[1] ? NAMED_ENTITIES[m[1]] : String.fromCodePoint(m[2] ? Number(m[2]) : parseInt(m[3]!, 16));
      i += m[0].length;
      continue;
    }
    out += c;
    i++;
  }
  if (stack.length) throw bad(`Can't find end tag corresponding to start tag "${stack[stack.length - 1]}"`);
  return out;
}

function visibleText(params: Record<string, unknown>, field = 'text'): string {
  const raw = String(params[field] ?? '');
  return params.parse_mode === 'HTML' ? parseTelegramHtml(raw) : raw;
}

function checkKeyboard(markup: unknown): void {
  if (!markup || typeof markup !== 'object' || !('inline_keyboard' in markup)) return;
  for (const row of (markup as { inline_keyboard: Record<string, unknown>[][] }).inline_keyboard)
    for (const b of row) {
      if (typeof b.text !== 'string' || !b.text)
        throw new ApiFailure(400, 'Bad Request: text buttons are unallowed in the inline keyboard');
      if ('callback_data' in b) {
        const n = Buffer.byteLength(String(b.callback_data));
        if (n < 1 || n > 64) throw new ApiFailure(400, 'Bad Request: BUTTON_DATA_INVALID');
      } else if ('url' in b) {
        if (!/^(https?|tg):\/\//.test(String(b.url)))
          throw new ApiFailure(
            400,
            `Bad Request: inline keyboard button URL '${String(b.url)}' is invalid: Wrong HTTP URL`,
          );
      } else
        throw new ApiFailure(400, 'Bad Request: inline keyboard button must have exactly one optional field');
    }
}

/** Multipart as grammY writes it (unquoted filenames, no space after colons), parsed leniently. */
function parseMultipart(body: Buffer, boundary: string): Map<string, { value: string; filename?: string }> {
  const parts = new Map<string, { value: string; filename?: string }>();
  for (const chunk of body.toString('latin1').split(`--${boundary}`)) {
    const split = chunk.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const head = chunk.slice(0, split);
    const name = /name="?([^";\r\n]+)"?/i.exec(head)?.[1];
    if (!name) continue;
    const filename = /filename="?([^";\r\n]+)"?/i.exec(head)?.[1];
    const raw = chunk.slice(split + 4).replace(/\r\n$/, '');
    parts.set(name, {
      value: filename ? raw : Buffer.from(raw, 'latin1').toString('utf8'),
      ...(filename ? { filename } : {}),
    });
  }
  return parts;
}

/** Decode a request body the ways the Bot API accepts: JSON, urlencoded or multipart (files recorded by name). */
async function readParams(req: IncomingMessage, url: URL): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const body = Buffer.concat(chunks);
  const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
  const type = req.headers['content-type'] ?? '';
  if (!body.length) return params;
  if (type.includes('application/json'))
    return { ...params, ...(JSON.parse(body.toString('utf8')) as Record<string, unknown>) };
  const fields = new Map<string, { value: string; filename?: string }>();
  const boundary = /boundary=("?)([^";]+)\1/i.exec(type)?.[2];
  if (type.includes('multipart/form-data') && boundary)
    for (const [k, v] of parseMultipart(body, boundary)) fields.set(k, v);
  else for (const [k, v] of new URLSearchParams(body.toString('utf8'))) fields.set(k, { value: v });
  for (const [k, { value, filename }] of fields) {
    if (filename) continue;
    // A file travels in its own part, named by `attach://<part>`.
    const attached = /^attach:\/\/(.+)$/.exec(value);
    if (attached) params[k] = { file: fields.get(attached[1]!)?.filename ?? attached[1] };
    // Structured fields travel as JSON strings in forms.
    else params[k] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return params;
}

export async function startFakeBotApi(options: { token?: string; me?: User } = {}): Promise<FakeBotApi> {
  const token = options.token ?? FAKE_TOKEN;
  const me = options.me ?? FAKE_BOT;
  const calls: ApiCall[] = [];
  const failures = new Map<string, Failure[]>();
  const messages = new Map<number, Map<number, { message: Message; raw: string; markup: string }>>();
  const pins = new Map<number, number[]>();
  const lastId = new Map<number, number>();
  const queue: Update[] = [];
  const listeners = new Set<() => void>();
  let poller: { fail: (e: ApiFailure) => void } | undefined;
  let closing = false;
  const menus = new Map<string, { command: string; description: string }[]>();
  const holds = new Map<string, Promise<void>[]>();
  const drops = new Map<string, { when?: (params: Record<string, unknown>) => boolean; times: number }[]>();
  const files = new Map<string, { data: Buffer; path: string; size: number }>();
  const downloads: string[] = [];
  /** chat id → user id → the member's user. */
  const members = new Map<number, Map<number, User>>();
  const migrated = new Map<number, number>();
  /** `chat:thread` (thread 0: General) → the refusal a send there gets. */
  const topicRefusals = new Map<string, string>();
  /** Methods that post into a chat, and so into a topic (sendChatAction is a hint, not refused here). */
  const posts = (method: string) => method.startsWith('send') && method !== 'sendChatAction';

  const notify = () => {
    for (const l of [...listeners]) l();
  };

  function store(
    chatId: number,
    fields: Partial<Message>,
    params: Record<string, unknown>,
    raw = '',
  ): Message {
    const id = (lastId.get(chatId) ?? 1000) + 1;
    lastId.set(chatId, id);
    const thread = params.message_thread_id !== undefined ? Number(params.message_thread_id) : undefined;
    const message = {
      message_id: id,
      date: Math.floor(Date.now() / 1000),
      chat: chatFor(chatId),
      from: me,
      ...(thread !== undefined ? { message_thread_id: thread, is_topic_message: true } : {}),
      ...(params.reply_markup && 'inline_keyboard' in (params.reply_markup as object)
        ? { reply_markup: params.reply_markup }
        : {}),
      ...fields,
    } as Message;
    if (!messages.has(chatId)) messages.set(chatId, new Map());
    messages.get(chatId)!.set(id, { message, raw, markup: JSON.stringify(params.reply_markup ?? null) });
    return message;
  }

  const chatIdOf = (params: Record<string, unknown>): number => {
    if (params.chat_id === undefined || params.chat_id === '')
      throw new ApiFailure(400, 'Bad Request: chat_id is empty');
    const id = Number(params.chat_id);
    if (!Number.isInteger(id)) throw new ApiFailure(400, 'Bad Request: chat not found');
    return id;
  };

  function getUpdates(params: Record<string, unknown>, res: ServerResponse): Promise<Update[]> | Update[] {
    if (api.webhook)
      throw new ApiFailure(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    const offset = Number(params.offset ?? 0);
    const limit = Math.min(100, Math.max(1, Number(params.limit ?? 100)));
    // Asking from an offset confirms everything before it.
    if (offset) while (queue.length && queue[0]!.update_id < offset) queue.shift();
    const ready = () => queue.slice(0, limit);
    if (queue.length || closing) return ready();
    const timeout = Number(params.timeout ?? 0);
    if (!timeout) return [];
    // One long poll at a time, as on the real server.
    poller?.fail(
      new ApiFailure(
        409,
        'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
      ),
    );
    return new Promise((resolve, reject) => {
      const settle = (then: () => void) => {
        clearTimeout(timer);
        listeners.delete(check);
        if (poller === self) poller = undefined;
        then();
      };
      const check = () => {
        if (queue.length || closing) settle(() => resolve(ready()));
      };
      const timer = setTimeout(() => settle(() => resolve(ready())), timeout * 1000);
      const self = { fail: (e: ApiFailure) => settle(() => reject(e)) };
      poller = self;
      listeners.add(check);
      // The client gave up (the runner was stopped): forget the poll, keep the updates queued.
      res.once('close', () => {
        if (poller === self) settle(() => resolve([]));
      });
    });
  }

  const methods: Record<string, (p: Record<string, unknown>, res: ServerResponse) => unknown> = {
    getMe: () => ({
      ...me,
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
    }),
    sendMessage: (p) => {
      const chatId = chatIdOf(p);
      const text = visibleText(p);
      if (!text.trim()) throw new ApiFailure(400, 'Bad Request: message text is empty');
      if (text.length > 4096) throw new ApiFailure(400, 'Bad Request: message is too long');
      checkKeyboard(p.reply_markup);
      return store(chatId, { text }, p, String(p.text));
    },
    editMessageText: (p) => {
      const chatId = chatIdOf(p);
      const known = messages.get(chatId)?.get(Number(p.message_id));
      if (!known) throw new ApiFailure(400, 'Bad Request: message to edit not found');
      if ('photo' in known.message)
        throw new ApiFailure(400, 'Bad Request: there is no text in the message to edit');
      const text = visibleText(p);
      if (!text.trim()) throw new ApiFailure(400, 'Bad Request: message text is empty');
      if (text.length > 4096) throw new ApiFailure(400, 'Bad Request: MESSAGE_TOO_LONG');
      checkKeyboard(p.reply_markup);
      const markup = JSON.stringify(p.reply_markup ?? null);
      if (known.raw === String(p.text) && known.markup === markup)
        throw new ApiFailure(
          400,
          'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
        );
      known.raw = String(p.text);
      known.markup = markup;
      const { reply_markup: _old, ...rest } = known.message;
      known.message = {
        ...rest,
        text,
        ...(p.reply_markup ? { reply_markup: p.reply_markup } : {}),
        edit_date: Math.floor(Date.now() / 1000),
      } as Message;
      return known.message;
    },
    sendVenue: (p) => {
      const chatId = chatIdOf(p);
      for (const f of ['latitude', 'longitude', 'title', 'address'])
        if (p[f] === undefined) throw new ApiFailure(400, `Bad Request: ${f} is empty`);
      const location = { latitude: Number(p.latitude), longitude: Number(p.longitude) };
      return store(
        chatId,
        {
          location,
          venue: { location, title: String(p.title), address: String(p.address) },
        } as Partial<Message>,
        p,
      );
    },
    sendLocation: (p) =>
      store(chatIdOf(p), { location: { latitude: Number(p.latitude), longitude: Number(p.longitude) } }, p),
    sendPhoto: (p) => {
      const chatId = chatIdOf(p);
      const fileId = typeof p.photo === 'string' ? p.photo : `file-${randomBytes(4).toString('hex')}`;
      return store(
        chatId,
        {
          photo: [{ file_id: fileId, file_unique_id: fileId, width: 800, height: 600 }],
          ...(p.caption ? { caption: visibleText(p, 'caption') } : {}),
        },
        p,
      );
    },
    sendMediaGroup: (p) => {
      const chatId = chatIdOf(p);
      const media = (typeof p.media === 'string' ? JSON.parse(p.media) : p.media) as {
        type: string;
        media: string;
        caption?: string;
      }[];
      if (!Array.isArray(media) || media.length < 2 || media.length > 10)
        throw new ApiFailure(400, 'Bad Request: wrong number of media in the group');
      const group = `mg-${randomBytes(4).toString('hex')}`;
      return media.map((m) =>
        store(
          chatId,
          {
            photo: [{ file_id: m.media, file_unique_id: m.media, width: 800, height: 600 }],
            media_group_id: group,
            ...(m.caption ? { caption: m.caption } : {}),
          },
          p,
        ),
      );
    },
    sendDocument: (p) => {
      const fileId = `file-${randomBytes(4).toString('hex')}`;
      const name = (p.document as { file?: string } | undefined)?.file ?? 'file';
      return store(
        chatIdOf(p),
        { document: { file_id: fileId, file_unique_id: fileId, file_name: name } },
        p,
      );
    },
    sendChatAction: (p) => (chatIdOf(p), true),
    answerCallbackQuery: (p) => {
      if (!p.callback_query_id)
        throw new ApiFailure(
          400,
          'Bad Request: query is too old and response timeout expired or query ID is invalid',
        );
      if (p.text !== undefined && [...String(p.text)].length > 200)
        throw new ApiFailure(400, 'Bad Request: MESSAGE_TOO_LONG');
      return true;
    },
    pinChatMessage: (p) => {
      const chatId = chatIdOf(p);
      if (!messages.get(chatId)?.has(Number(p.message_id)))
        throw new ApiFailure(400, 'Bad Request: message to pin not found');
      pins.set(chatId, [
        ...(pins.get(chatId) ?? []).filter((m) => m !== Number(p.message_id)),
        Number(p.message_id),
      ]);
      return true;
    },
    editMessageCaption: (p) => {
      const chatId = chatIdOf(p);
      const known = messages.get(chatId)?.get(Number(p.message_id));
      if (!known) throw new ApiFailure(400, 'Bad Request: message to edit not found');
      const caption = visibleText(p, 'caption');
      if (caption.length > 1024) throw new ApiFailure(400, 'Bad Request: message caption is too long');
      checkKeyboard(p.reply_markup);
      known.raw = String(p.caption ?? '');
      known.message = { ...known.message, caption, edit_date: Math.floor(Date.now() / 1000) } as Message;
      return known.message;
    },
    /** With `message_id` that message, else the latest pin; a message not pinned is no error. */
    unpinChatMessage: (p) => {
      const chatId = chatIdOf(p);
      const list = pins.get(chatId) ?? [];
      const id = p.message_id !== undefined ? Number(p.message_id) : list.at(-1);
      pins.set(
        chatId,
        list.filter((m) => m !== id),
      );
      return true;
    },
    /** As Telegram: a message only within 48 hours of its sending ("message can't be deleted" after). */
    deleteMessage: (p) => {
      const chatId = chatIdOf(p);
      const known = messages.get(chatId)?.get(Number(p.message_id));
      if (!known) throw new ApiFailure(400, 'Bad Request: message to delete not found');
      if (Math.floor(Date.now() / 1000) - known.message.date >= 48 * 3600)
        throw new ApiFailure(400, "Bad Request: message can't be deleted");
      messages.get(chatId)!.delete(Number(p.message_id));
      pins.set(
        chatId,
        (pins.get(chatId) ?? []).filter((m) => m !== Number(p.message_id)),
      );
      return true;
    },
    setMyCommands: (p) => {
      const commands = p.commands as { command: string; description: string }[];
      if (!Array.isArray(commands) || commands.length > 100)
        throw new ApiFailure(400, 'Bad Request: commands are too much');
      for (const c of commands) {
        if (!/^[a-z0-9_]{1,32}$/.test(c.command))
          throw new ApiFailure(400, 'Bad Request: BOT_COMMAND_INVALID');
        if (!c.description || [...c.description].length > 256)
          throw new ApiFailure(400, 'Bad Request: BOT_COMMAND_DESCRIPTION_INVALID');
      }
      menus.set(
        `${JSON.stringify(p.scope ?? { type: 'default' })}|${String(p.language_code ?? '')}`,
        commands,
      );
      return true;
    },
    deleteMyCommands: (p) => (
      menus.delete(`${JSON.stringify(p.scope ?? { type: 'default' })}|${String(p.language_code ?? '')}`),
      true
    ),
    setWebhook: (p) => {
      if (!p.url)
        throw new ApiFailure(400, 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook');
      api.webhook = {
        url: p.url,
        secret_token: p.secret_token,
        allowed_updates: p.allowed_updates,
        drop_pending_updates: p.drop_pending_updates,
      };
      return true;
    },
    deleteWebhook: (p) => {
      api.webhook = undefined;
      if (p.drop_pending_updates === true || p.drop_pending_updates === 'true') queue.length = 0;
      return true;
    },
    getUpdates: (p, res) => getUpdates(p, res),
    getChatMember: (p) => {
      const chat = chatIdOf(p);
      if (chat > 0) throw new ApiFailure(400, 'Bad Request: member list is inaccessible');
      const user = members.get(chat)?.get(Number(p.user_id));
      if (!user) throw new ApiFailure(400, 'Bad Request: user not found');
      return { status: 'member', user };
    },
    getFile: (p) => {
      const file = files.get(String(p.file_id ?? ''));
      if (!file) throw new ApiFailure(400, 'Bad Request: invalid file_id');
      if (file.size > 20 * 1024 * 1024) throw new ApiFailure(400, 'Bad Request: file is too big');
      return {
        file_id: String(p.file_id),
        file_unique_id: `u-${String(p.file_id)}`,
        file_size: file.size,
        file_path: file.path,
      };
    },
  };

  /** `GET /file/bot<token>/<file_path>`: the bytes of a registered file (404 for anything else). */
  function download(path: string, res: ServerResponse): void {
    const file = [...files.values()].find((f) => f.path === path);
    downloads.push(path);
    if (!file) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.data.length });
    res.end(file.data);
  }

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (req.method === 'GET' && file) {
      if (file[1] !== token) {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error_code: 401, description: 'Unauthorized' }));
        return;
      }
      return download(decodeURIComponent(file[2]!), res);
    }
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    const reply = (status: number, body: unknown) => {
      if (!res.destroyed)
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (!m) return reply(404, { ok: false, error_code: 404, description: 'Not Found' });
    if (m[1] !== token) return reply(401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const method = m[2]!;
    let params: Record<string, unknown>;
    try {
      params = await readParams(req, url);
    } catch {
      return reply(400, { ok: false, error_code: 400, description: 'Bad Request: invalid request body' });
    }
    const call: ApiCall = { method, params };
    // getUpdates is plumbing, not behaviour: keep it out of the log tests read.
    if (method === 'getUpdates') api.lastPoll = params;
    else calls.push(call);
    const held = holds.get(method)?.shift();
    if (held) {
      notify();
      await held;
    }
    try {
      const handler = methods[method];
      if (!handler) throw new ApiFailure(404, 'Not Found: method not found');
      const upgradedTo = params.chat_id !== undefined ? migrated.get(Number(params.chat_id)) : undefined;
      if (upgradedTo !== undefined && !AFTER_MOVE.has(method))
        throw new ApiFailure(
          400,
          'Bad Request: group chat was upgraded to a supergroup chat',
          undefined,
          upgradedTo,
        );
      if (posts(method) && params.chat_id !== undefined) {
        const thread = params.message_thread_id !== undefined ? Number(params.message_thread_id) : 0;
        const refused = topicRefusals.get(`${Number(params.chat_id)}:${thread}`);
        if (refused) throw new ApiFailure(400, refused);
      }
      const planned = failures.get(method)?.find((f) => (f.times ?? 1) > 0 && (!f.when || f.when(params)));
      if (planned) {
        planned.times = (planned.times ?? 1) - 1;
        throw new ApiFailure(
          planned.error_code,
          planned.description,
          planned.retry_after,
          planned.migrate_to_chat_id,
        );
      }
      const result = await handler(params, res);
      const drop = drops.get(method)?.find((d) => d.times > 0 && (!d.when || d.when(params)));
      if (drop) {
        drop.times--;
        // Taken, then the connection is gone before the answer: the client sees a reset.
        req.socket.destroy();
        return;
      }
      reply(200, { ok: true, result });
    } catch (err) {
      if (!(err instanceof ApiFailure)) throw err;
      call.error = err.code;
      reply(err.code, {
        ok: false,
        error_code: err.code,
        description: err.description,
        ...(err.retryAfter !== undefined ? { parameters: { retry_after: err.retryAfter } } : {}),
        ...(err.migrateTo !== undefined ? { parameters: { migrate_to_chat_id: err.migrateTo } } : {}),
      });
    } finally {
      notify();
    }
  }

  const server = createServer((req, res) => {
    answer(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          ok: false,
          error_code: 500,
          description: `Internal Server Error: ${(err as Error).message}`,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const sent = (after = 0) => calls.slice(after).filter((c) => c.method === 'sendMessage' && !c.error);

  const api: FakeBotApi = {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    me,
    calls,
    menus,
    downloads,
    addMember(chatId, user) {
      if (!members.has(chatId)) members.set(chatId, new Map());
      members.get(chatId)!.set(user.id, user);
    },
    addFile(fileId, data, options = {}) {
      const path = options.path ?? `voice/${fileId.replace(/[^A-Za-z0-9_-]/g, '_')}.oga`;
      files.set(fileId, { data, path, size: options.size ?? data.length });
      return path;
    },
    callsOf: (method) => calls.filter((c) => c.method === method).map((c) => c.params),
    sentTexts: (after) => sent(after).map((c) => String(c.params.text)),
    shownTexts: (after) => sent(after).map((c) => visibleText(c.params)),
    mark: () => calls.length,
    since: (mark) => calls.slice(mark),
    editsOf: (chatId, messageId, mark = 0) =>
      calls
        .slice(mark)
        .filter(
          (c) =>
            c.method === 'editMessageText' &&
            Number(c.params.chat_id) === chatId &&
            Number(c.params.message_id) === messageId,
        ),
    age(chatId, messageId, seconds) {
      const known = messages.get(chatId)?.get(messageId);
      if (known) known.message = { ...known.message, date: known.message.date - seconds } as Message;
    },
    pinned: (chatId) => [...(pins.get(chatId) ?? [])],
    exists: (chatId, messageId) => Boolean(messages.get(chatId)?.has(messageId)),
    lastMessage(chatId) {
      const inChat = messages.get(chatId);
      return inChat ? [...inChat.values()].pop()?.message : undefined;
    },
    fail(method, failure) {
      failures.set(method, [...(failures.get(method) ?? []), { ...failure }]);
    },
    migrate(from, to) {
      migrated.set(from, to);
    },
    closeTopic(chatId, thread) {
      topicRefusals.set(`${chatId}:${thread ?? 0}`, 'Bad Request: TOPIC_CLOSED');
    },
    deleteTopic(chatId, thread, description = 'Bad Request: message thread not found') {
      topicRefusals.set(`${chatId}:${thread}`, description);
    },
    dropAfter(method, { when, times = 1 } = {}) {
      drops.set(method, [...(drops.get(method) ?? []), { ...(when ? { when } : {}), times }]);
    },
    hold(method) {
      let release!: () => void;
      holds.set(method, [...(holds.get(method) ?? []), new Promise<void>((r) => (release = r))]);
      return () => release();
    },
    dropHolds(method) {
      holds.delete(method);
    },
    push(...updates) {
      queue.push(...updates);
      notify();
    },
    waitFor(method, match = () => true, { after = 0, timeoutMs = 10_000 } = {}) {
      return new Promise((resolve, reject) => {
        const find = () => calls.slice(after).find((c) => c.method === method && match(c.params));
        const check = () => {
          const hit = find();
          if (!hit) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve(hit);
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(
            new Error(
              `no ${method} call arrived; calls so far: ${calls.map((c) => c.method).join(', ') || 'none'}`,
            ),
          );
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        notify();
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
  return api;
}

// ---------------------------------------------------------------------------------------------
// Updates as Telegram sends them

export interface MessageOptions {
  /** Reply to this message (e.g. one the bot sent: take it from `api.lastMessage`). */
  replyTo?: Message;
  /** Forum topic id: the message is a topic message. */
  thread?: number;
  caption?: boolean;
  extra?: Partial<Message>;
}

/** Entities the client would attach: a leading `/command[@bot]`, and every `@username`. Offsets in UTF-16 units. */
export function entitiesFor(text: string): MessageEntity[] {
  const out: MessageEntity[] = [];
  const cmd = /^\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,64})?/.exec(text);
  if (cmd) out.push({ type: 'bot_command', offset: 0, length: cmd[0].length });
  for (const m of text.matchAll(/(?<![\w@/])@[A-Za-z][A-Za-z0-9_]{3,31}\b/g))
    out.push({ type: 'mention', offset: m.index, length: m[0].length });
  return out.sort((a, b) => a.offset - b.offset);
}

export function createUpdateFactory(bot: User = FAKE_BOT) {
  let updateId = 500_000;
  let messageId = 1;
  const now = () => Math.floor(Date.now() / 1000);

  const person = (id: number, extra: Partial<User> = {}): User => ({
    id,
    is_bot: false,
    first_name: `骑手${id}`,
    language_code: 'zh-hans',
    ...extra,
  });
  const privateChat = (user: User): Chat => ({ id: user.id, type: 'private', first_name: user.first_name });
  const group = (id = -1001234567890, title = '美团杨浦骑手群', extra: Partial<Chat> = {}): Chat =>
    ({ id, type: 'supergroup', title, ...extra }) as Chat;
  const forum = (id = -1009876543210, title = '骑手论坛') =>
    group(id, title, { is_forum: true } as Partial<Chat>);

  function message(chat: Chat, from: User | undefined, text: string, o: MessageOptions = {}): Message {
    const entities = entitiesFor(text);
    const body = o.caption
      ? { caption: text, ...(entities.length ? { caption_entities: entities } : {}) }
      : { text, ...(entities.length ? { entities } : {}) };
    return {
      message_id: messageId++,
      date: now(),
      chat,
      ...(from ? { from } : {}),
      ...body,
      ...(o.thread !== undefined ? { message_thread_id: o.thread, is_topic_message: true } : {}),
      ...(o.replyTo ? { reply_to_message: o.replyTo } : {}),
      ...o.extra,
    } as Message;
  }

  const wrap = (m: Message, kind: 'message' | 'edited_message' | 'channel_post' = 'message'): Update =>
    ({ update_id: ++updateId, [kind]: m }) as Update;

  return {
    person,
    privateChat,
    group,
    forum,
    message,
    /** A person writes to the bot in private. */
    privateText: (from: User, text: string, o?: MessageOptions) =>
      wrap(message(privateChat(from), from, text, o)),
    /** A person writes in a group (mention the bot with `@waystation_bot` to address it). */
    groupText: (chat: Chat, from: User, text: string, o?: MessageOptions) =>
      wrap(message(chat, from, text, o)),
    /** The bot named by a text mention (its name linked to it, no @username), then `text`. */
    nameMention: (chat: Chat, from: User, text: string) =>
      wrap(
        message(chat, from, `${bot.first_name} ${text}`, {
          extra: {
            entities: [{ type: 'text_mention', offset: 0, length: bot.first_name.length, user: bot }],
          },
        }),
      ),
    /** A message in a forum topic. */
    topicText: (chat: Chat, from: User, text: string, thread: number, o?: MessageOptions) =>
      wrap(
        message(chat, from, text, {
          thread,
          // Inside a topic, the topic's creation message is the implicit "reply".
          replyTo:
            o?.replyTo ??
            ({
              message_id: thread,
              date: now(),
              chat,
              forum_topic_created: { name: 'Topic', icon_color: 7322096 },
            } as Message),
          ...o,
        }),
      ),
    /** A voice note sent to the bot in private (register its bytes with `api.addFile(fileId, …)`). */
    privateVoice: (from: User, fileId: string, o: { duration?: number; size?: number } = {}): Update =>
      wrap({
        message_id: messageId++,
        date: now(),
        chat: privateChat(from),
        from,
        voice: {
          file_id: fileId,
          file_unique_id: `u-${fileId}`,
          duration: o.duration ?? 4,
          mime_type: 'audio/ogg',
          ...(o.size !== undefined ? { file_size: o.size } : {}),
        },
      } as Message),
    /** A photo sent to the bot in private (register its bytes with `api.addFile(fileId, …)`). */
    privatePhoto: (from: User, fileId: string, caption?: string): Update =>
      wrap({
        message_id: messageId++,
        date: now(),
        chat: privateChat(from),
        from,
        photo: [{ file_id: fileId, file_unique_id: `u-${fileId}`, width: 800, height: 600 }],
        ...(caption ? { caption } : {}),
      } as Message),
    /** A location pinned in private (the attachment menu's 📍, or the "send my location" keyboard button). */
    privateLocation: (from: User, latitude: number, longitude: number): Update =>
      wrap({
        message_id: messageId++,
        date: now(),
        chat: privateChat(from),
        from,
        location: { latitude, longitude },
      } as Message),
    /** Someone adds the bot to a group (`joined`) or removes it (`!joined`). */
    botMembership: (chat: Chat, by: User, joined: boolean): Update =>
      ({
        update_id: ++updateId,
        my_chat_member: {
          chat,
          from: by,
          date: now(),
          old_chat_member: joined ? { status: 'left', user: bot } : { status: 'member', user: bot },
          new_chat_member: joined
            ? { status: 'member', user: bot }
            : { status: 'kicked', user: bot, until_date: 0 },
        },
      }) as Update,
    /**
     * A group upgraded to a supergroup, as the bot sees it: a service message in the old group naming the new id,
     * and one in the new supergroup naming the old (pair it with `api.migrate(old.id, supergroup.id)`).
     */
    migration: (old: Chat, supergroup: Chat, by: User): [Update, Update] => [
      wrap({
        message_id: messageId++,
        date: now(),
        chat: old,
        from: by,
        migrate_to_chat_id: supergroup.id,
      } as Message),
      wrap({
        message_id: messageId++,
        date: now(),
        chat: supergroup,
        from: by,
        migrate_from_chat_id: old.id,
      } as Message),
    ],
    /** A reply to one of the bot's messages. */
    replyTo: (botMessage: Message, from: User, text: string) =>
      wrap(
        message(botMessage.chat, from, text, {
          replyTo: botMessage,
          ...(botMessage.is_topic_message ? { thread: botMessage.message_thread_id } : {}),
        }),
      ),
    /** The same message again, edited (a new update id). */
    edited: (update: Update, text: string): Update => {
      const m = (update.message ?? update.edited_message)!;
      const entities = entitiesFor(text);
      return wrap(
        { ...m, text, entities: entities.length ? entities : undefined, edit_date: now() } as Message,
        'edited_message',
      );
    },
    channelPost: (
      text: string,
      chat: Chat = { id: -1005555555555, type: 'channel', title: '区新就业群体党委' } as Chat,
    ) =>
      wrap(
        message(chat, undefined, text, { extra: { sender_chat: chat } as Partial<Message> }),
        'channel_post',
      ),
    /** Another bot speaking in a group. */
    fromBot: (chat: Chat, text: string) =>
      wrap(
        message(chat, { id: 777000111, is_bot: true, first_name: 'OtherBot', username: 'other_bot' }, text),
      ),
    /** A press of an inline button on a bot message. */
    press: (botMessage: Message, from: User, data: string): Update => ({
      update_id: ++updateId,
      callback_query: {
        id: `cb${updateId}`,
        from,
        chat_instance: `ci${botMessage.chat.id}`,
        message: botMessage,
        data,
      },
    }),
    /** The same update delivered again (as Telegram does after a timeout). */
    again: (update: Update): Update => structuredClone(update),
  };
}

export type UpdateFactory = ReturnType<typeof createUpdateFactory>;

/** The callback data of every button on a bot message, row by row. */
export function buttonsOf(message: Message | undefined): { text: string; data?: string; url?: string }[] {
  const rows = (message?.reply_markup?.inline_keyboard ?? []) as {
    text: string;
    callback_data?: string;
    url?: string;
  }[][];
  return rows.flat().map((b) => ({
    text: b.text,
    ...(b.callback_data ? { data: b.callback_data } : {}),
    ...(b.url ? { url: b.url } : {}),
  }));
}

// ---------------------------------------------------------------------------------------------
// The real app and the real adapter, pointed at the stand-in

export interface TelegramTestApp {
  api: FakeBotApi;
  app: App;
  adapter: TelegramAdapter;
  u: UpdateFactory;
  prefix: string;
  /** Log lines (JSON) written by the app and the adapter. */
  logs: Record<string, unknown>[];
  /** Feed one update the way the runner and the webhook do (`bot.handleUpdate`). */
  handle(update: Update): Promise<void>;
  /** The HTTP server, when the app was started in webhook mode. */
  http?: HttpServer;
  httpUrl?: string;
  close(options?: { keepData?: boolean; keepApi?: boolean }): Promise<void>;
}

export interface TelegramTestOptions {
  api?: FakeBotApi;
  prefix?: string;
  contentDir?: string;
  /** Start the adapter: long polling, or a webhook on a local HTTP server. Default: not started (updates via `handle`). */
  start?: 'polling' | 'webhook';
  webhookSecret?: string;
  /** An OpenAI-compatible endpoint (e.g. the stand-in in fake-openai.ts); absent = offline only. */
  openai?: OpenAIConfig;
  /** Delivery limits (e.g. a short back-off, fewer tries); defaults to the platforms' documented ones. */
  limits?: LimitsInput;
  /** The app's clock (default: the machine's). */
  now?: () => Date;
  /** The per-person message limits (default: none). */
  flood?: FloodLimits;
  /** Another Redis than the suite's (a test that fills or stops its own). */
  redisUrl?: string;
  /** Take send slots as production does (default: false, zero pacing). */
  pacing?: boolean;
  /** Keep updates Redis could not take in this file (default: no spool). */
  spoolFile?: string;
}

export async function createTelegramTestApp(options: TelegramTestOptions = {}): Promise<TelegramTestApp> {
  const api = options.api ?? (await startFakeBotApi());
  const prefix = options.prefix ?? testPrefix();
  const { logger, logs } = captureLogger('info');
  const app = await createApp({
    contentDir: options.contentDir ?? SAMPLE_PACK,
    pack: await sharedPack(options.contentDir ?? SAMPLE_PACK),
    redisUrl: options.redisUrl ?? inject('redisUrl'),
    logger,
    timezone: 'Asia/Shanghai',
    redisPrefix: prefix,
    // Zero pacing: replies take no send slots (429s are still honoured), so tests do not wait on limits.
    pacing: options.pacing ?? false,
    ...(options.spoolFile ? { spoolFile: options.spoolFile } : {}),
    // No per-person message limit unless a test asks for one: tests type faster than any person (core/flood.ts).
    flood: options.flood ?? NO_FLOOD_LIMIT,
    ...(options.openai ? { openai: options.openai } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const secret = options.webhookSecret ?? 'test-secret_123';
  let http: HttpServer | undefined;
  let httpUrl: string | undefined;
  if (options.start === 'webhook') {
    http = createHttpServer({
      health: () => app.health(),
      registry: app.deps.metrics.registry,
      onError: (err) => logger.error({ err }, 'http handler failed'),
    });
    const port = await http.listen(0, '127.0.0.1');
    httpUrl = `http://127.0.0.1:${port}`;
  }
  const config: TelegramConfig =
    options.start === 'webhook'
      ? {
          token: api.token,
          apiRoot: api.apiRoot,
          mode: 'webhook',
          webhookUrl: `${httpUrl}/telegram/webhook`,
          webhookSecret: secret,
        }
      : { token: api.token, apiRoot: api.apiRoot, mode: 'polling' };
  const adapter = createTelegramAdapter({
    config,
    core: app.core,
    logger,
    metrics: app.deps.metrics,
    i18n: app.deps.i18n,
    content: () => app.deps.content.get(),
    menuState: app.deps.store.menus,
  });
  app.outbox.register('telegram', adapter.outbox);
  if (options.start) {
    await adapter.start(
      http ??
        createHttpServer({
          health: () => app.health(),
          registry: app.deps.metrics.registry,
          onError: () => {},
        }),
    );
    // Menus are published in the background; wait, so tests that count calls see only their own.
    await adapter.menus();
  } else await adapter.bot.init();
  return {
    api,
    app,
    adapter,
    u: createUpdateFactory(api.me),
    prefix,
    logs,
    http,
    httpUrl,
    handle: (update) => adapter.bot.handleUpdate(update),
    async close({ keepData = false, keepApi = false } = {}) {
      await adapter.stop();
      await http?.close();
      if (!keepData) {
        const keys = await app.store.redis.keys(`${prefix}:*`);
        if (keys.length) await app.store.redis.del(...keys);
      }
      await app.close();
      if (!keepApi) await api.close();
    },
  };
}
