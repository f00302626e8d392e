/**
 * The core's Outbox over the Bot API. Every platform failure leaves here as a DeliveryError with a
 * platform-neutral reason, so the core can tell "blocked by the user" from "try again later".
 */
import { GrammyError, HttpError, InputFile, type Api } from 'grammy';
import { plainText, type AlbumItem } from '../../core/card.js';
import type { Logger } from '../../core/logger.js';
import type { Metrics } from '../../core/metrics.js';
import { DeliveryError, type FetchedFile, type Outbox } from '../../core/outbox.js';
import type { Address } from '../../core/types.js';
import { fitSpans, renderTelegram } from './render.js';

/** Telegram toasts are cut off at 200 characters. */
const MAX_TOAST = 200;
/** `/start` payloads may hold only these, up to 64 of them. */
const START_PAYLOAD = /^[A-Za-z0-9_-]{1,64}$/;

/** Telegram lets a bot download files of up to 20 MB (getFile refuses bigger ones). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** getFile and the download together, so a slow file cannot hold a worker's dialog. */
export const FILE_TIMEOUT_MS = 15_000;
const DEFAULT_API_ROOT = 'https://api.telegram.org';
/** Telegram serves files as application/octet-stream; the extension of their path says more. */
const MIME_BY_EXTENSION: Record<string, string> = {
  oga: 'audio/ogg',
  ogg: 'audio/ogg',
  opus: 'audio/ogg',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  wav: 'audio/wav',
  webm: 'audio/webm',
  mp4: 'video/mp4',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
};
/** sendMediaGroup takes 2 to 10 items; a caption at most 1024 characters. */
const ALBUM_MAX = 10;
const CAPTION_MAX = 1024;
/** getFile's answers for a file a bot cannot have: nothing to retry. */
const NO_FILE = /file is too big|invalid file_id|wrong file_id|file_id_invalid|file reference/i;

const NOT_FOUND =
  /chat not found|user not found|message to (edit|pin|delete) not found|message not found|group chat was upgraded|CHAT_ID_INVALID|PEER_ID_INVALID/i;

/**
 * A 400 that means the bot may no longer post in the chat (restricted, or its admin right to post taken away):
 * for the core that is a removal, as a 403 is — the group is marked inactive and the organisers told, not
 * refused push after push in silence (QA19). "…to send photos" is not one: the text may still go.
 */
const CANNOT_POST =
  /not enough rights to send text messages|have no rights to send a message|need administrator rights in the channel|CHAT_WRITE_FORBIDDEN|CHAT_RESTRICTED/i;

/**
 * A forum topic the bot can no longer post in: closed ("TOPIC_CLOSED"), deleted (Telegram says "message thread not
 * found", or "TOPIC_DELETED"), or not a topic at all. A send there is moved to the chat's General topic (see `send`);
 * one that still meets this, or one sent with no topic, found General closed: the bot cannot post in the chat.
 */
const TOPIC_GONE = /TOPIC_CLOSED|TOPIC_DELETED|TOPIC_ID_INVALID|message thread not found/i;

/** Map a Bot API failure to the core's vocabulary; anything else is rethrown unchanged. */
export function toDeliveryError(err: unknown): unknown {
  if (err instanceof DeliveryError) return err;
  if (err instanceof HttpError)
    return new DeliveryError(
      `telegram unreachable: ${err.message}`,
      'transient',
      undefined,
      undefined,
      !neverConnected(err),
    );
  if (!(err instanceof GrammyError)) return err;
  const what = `telegram ${err.method}: ${err.error_code} ${err.description}`;
  if (err.error_code === 429) return new DeliveryError(what, 'rate-limited', err.parameters.retry_after);
  if (err.error_code === 403) return new DeliveryError(what, 'forbidden');
  if (err.error_code >= 500) return new DeliveryError(what, 'transient');
  // A group upgraded to a supergroup: the old id is gone for good, the chat lives on under the new one.
  const movedTo = err.parameters.migrate_to_chat_id;
  if (movedTo !== undefined) return new DeliveryError(what, 'not-found', undefined, String(movedTo));
  if (NOT_FOUND.test(err.description)) return new DeliveryError(what, 'not-found');
  if (CANNOT_POST.test(err.description)) return new DeliveryError(what, 'forbidden');
  if (TOPIC_GONE.test(err.description) && err.method.startsWith('send'))
    return new DeliveryError(what, 'forbidden');
  return new DeliveryError(what, 'bad-request');
}

/** Failures before any byte of the request left: the Bot API never saw it (refused, no route, no such host). */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * Whether a network failure came before the connection was made, so the request cannot have been taken. Anything
 * else — the connection reset or closed, no answer in time — may have come after the server took it (a sendMessage
 * the server took, then the connection dropped, is such a failure: the message is in the chat).
 */
function neverConnected(err: HttpError): boolean {
  const cause = err.error as { code?: string; cause?: { code?: string } } | undefined;
  const code = cause?.cause?.code ?? cause?.code;
  return code !== undefined && NOT_CONNECTED.has(code);
}

async function mapped<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw toDeliveryError(err);
  }
}

const isApiError = (err: unknown, description: RegExp) =>
  err instanceof GrammyError && description.test(err.description);

/** Telegram ids are numbers; keep anything else (a `@channelname`) as it is. */
export function chatIdOf(address: Address): number | string {
  return /^-?\d+$/.test(address.chatId) ? Number(address.chatId) : address.chatId;
}

/**
 * An old-style (basic) group: a negative id above the supergroups' -100… range. Only these are ever upgraded to a
 * supergroup (a new id); private chats, supergroups and channels keep theirs.
 */
export function isBasicGroup(address: Address): boolean {
  return /^-\d+$/.test(address.chatId) && Number(address.chatId) > -1_000_000_000_000;
}

type Thread = { message_thread_id?: number };

/** Runs one request of a card in its topic (or, once that is gone, in General); see `topicKeeper`. */
interface InTopic {
  <T>(call: (thread: Thread) => Promise<T>): Promise<T>;
  thread(): Thread;
  address(): Address;
}

function threadOf(address: Address): Thread {
  const n = Number(address.threadId);
  return address.threadId && Number.isInteger(n) ? { message_thread_id: n } : {};
}

export interface TelegramOutboxDeps {
  api: Api;
  /** The bot's username once known (getMe), for deep links. */
  username: () => string | undefined;
  metrics: Pick<Metrics, 'replies'>;
  logger: Logger;
  /** Limits of `fetchFile` (defaults: Telegram's 20 MB, 15 s). */
  files?: { maxBytes?: number; timeoutMs?: number };
}

export function createTelegramOutbox({
  api,
  username,
  metrics,
  logger,
  files = {},
}: TelegramOutboxDeps): Outbox {
  const maxBytes = files.maxBytes ?? MAX_FILE_BYTES;
  const timeoutMs = files.timeoutMs ?? FILE_TIMEOUT_MS;

  /**
   * getFile, then GET `<apiRoot>/file/bot<token>/<file_path>`, read up to `maxBytes`. The URL holds the
   * token, so no error message or log line here ever includes it (nor an error's own message).
   */
  async function fetchFile(fileId: string): Promise<FetchedFile | undefined> {
    const signal = AbortSignal.timeout(timeoutMs);
    const timedOut = () => new DeliveryError('telegram file download timed out', 'transient');
    let file;
    try {
      // grammY types its signal with the abort-controller shim; the runtime takes the platform's.
      file = await api.getFile(fileId, signal as unknown as Parameters<Api['getFile']>[1]);
    } catch (err) {
      if (isApiError(err, NO_FILE)) {
        logger.info({ reason: (err as GrammyError).description }, 'telegram file unavailable');
        return undefined;
      }
      if (signal.aborted) throw timedOut();
      throw toDeliveryError(err);
    }
    if (!file.file_path || (file.file_size ?? 0) > maxBytes) {
      logger.info({ size: file.file_size }, 'telegram file not fetched: no path or too big');
      return undefined;
    }
    const root = (api.options?.apiRoot ?? DEFAULT_API_ROOT).replace(/\/+$/, '');
    const chunks: Buffer[] = [];
    let size = 0;
    let res: Response;
    try {
      res = await fetch(`${root}/file/bot${api.token}/${file.file_path}`, { signal });
      if (res.status === 404) {
        await res.body?.cancel();
        return undefined;
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new DeliveryError(
          `telegram file download: HTTP ${res.status}`,
          res.status === 429 || res.status >= 500 ? 'transient' : 'bad-request',
        );
      }
      if (Number(res.headers.get('content-length') ?? 0) > maxBytes) {
        await res.body?.cancel();
        return undefined;
      }
      for await (const chunk of res.body ?? []) {
        size += (chunk as Uint8Array).byteLength;
        if (size > maxBytes) {
          logger.info({ size }, 'telegram file not fetched: larger than the cap');
          return undefined; // leaving the loop cancels the stream
        }
        chunks.push(Buffer.from(chunk as Uint8Array));
      }
    } catch (err) {
      if (err instanceof DeliveryError) throw err;
      if (signal.aborted) throw timedOut();
      throw new DeliveryError(`telegram file download failed: ${(err as Error).name}`, 'transient');
    }
    const name = file.file_path.split('/').pop() || undefined;
    const extension = name?.includes('.') ? name.split('.').pop()!.toLowerCase() : undefined;
    const served = res.headers.get('content-type')?.split(';')[0]?.trim();
    const mime =
      (extension ? MIME_BY_EXTENSION[extension] : undefined) ??
      (served && served !== 'application/octet-stream' ? served : undefined);
    return { data: Buffer.concat(chunks), ...(mime ? { mime } : {}), ...(name ? { name } : {}) };
  }

  /**
   * The topic one card is sent to, request by request: the first that finds the topic closed or deleted is sent
   * again to the chat's General topic, and so is the rest of the card — a lesson in a group whose topic was closed
   * still reaches the group, whole (QA19). `address()` is where the card went.
   */
  function topicKeeper(to: Address): InTopic {
    let thread = threadOf(to);
    const inTopic = (async <T>(call: (t: Thread) => Promise<T>): Promise<T> => {
      try {
        return await call(thread);
      } catch (err) {
        if (thread.message_thread_id === undefined || !isApiError(err, TOPIC_GONE)) throw err;
        logger.warn(
          { chat: to.chatId, thread: to.threadId, reason: (err as GrammyError).description },
          'telegram topic closed or gone; sending to the chat',
        );
        thread = {};
        return await call(thread);
      }
    }) as InTopic;
    inTopic.thread = () => thread;
    inTopic.address = () => {
      if (thread.message_thread_id !== undefined) return to;
      const { threadId: _gone, ...chat } = to;
      return chat;
    };
    return inTopic;
  }

  /**
   * Photos as albums of up to 10 (a single one as a photo), each with its caption as plain text: a triage chat sees
   * a report's evidence as one album, not a photo and a "证据照片 n/10" line for each (QA15). Bytes from another
   * platform are uploaded in the same album; a document (a format not shown as a picture) goes in an album of
   * documents, as Telegram groups them. The first message's id.
   */
  async function sendAlbum(
    to: Address,
    album: AlbumItem[],
    silent: boolean,
    inTopic: InTopic,
  ): Promise<number> {
    const chatId = chatIdOf(to);
    const quiet = silent ? { disable_notification: true } : {};
    const caption = (p: AlbumItem) => [...p.caption].slice(0, CAPTION_MAX).join('');
    const media = (p: AlbumItem) => ('fileId' in p ? p.fileId : new InputFile(p.file.data, p.file.name));
    const isDocument = (p: AlbumItem) => 'file' in p && p.file.kind === 'document';
    let first: number | undefined;
    for (const kind of [album.filter((p) => !isDocument(p)), album.filter(isDocument)]) {
      const type = kind.some(isDocument) ? ('document' as const) : ('photo' as const);
      for (let i = 0; i < kind.length; i += ALBUM_MAX) {
        const part = kind.slice(i, i + ALBUM_MAX);
        const one = part[0]!;
        const ids =
          part.length === 1
            ? [
                (
                  await mapped<{ message_id: number }>(() =>
                    inTopic<{ message_id: number }>((t) =>
                      type === 'document'
                        ? api.sendDocument(chatId, media(one), { caption: caption(one), ...t, ...quiet })
                        : api.sendPhoto(chatId, media(one), { caption: caption(one), ...t, ...quiet }),
                    ),
                  )
                ).message_id,
              ]
            : (
                await mapped(() =>
                  inTopic((t) =>
                    api.sendMediaGroup(
                      chatId,
                      // The same items either way; each branch types them as its kind of album.
                      type === 'document'
                        ? part.map((p) => ({ type, media: media(p), caption: caption(p) }))
                        : part.map((p) => ({ type, media: media(p), caption: caption(p) })),
                      { ...t, ...quiet },
                    ),
                  ),
                )
              ).map((m) => m.message_id);
        first ??= ids[0];
      }
    }
    return first!;
  }

  return {
    async send(to, card) {
      const album = card.album?.length ? card.album : undefined;
      const hasText = Boolean(plainText(card).trim());
      if (!hasText && !album) throw new DeliveryError('refusing to send an empty message', 'bad-request');
      const inTopic = topicKeeper(to);
      const quiet = card.silent ? { disable_notification: true } : {};
      // An album is the message when there is no text with it.
      const first = album ? await sendAlbum(to, album, Boolean(card.silent), inTopic) : undefined;
      if (first !== undefined) metrics.replies.inc({ channel: 'telegram' });
      if (!hasText) return { address: inTopic.address(), messageId: String(first) };
      const { text, ...extra } = renderTelegram(card);
      const chatId = chatIdOf(to);
      if (card.photo) {
        // The picture goes first, on its own (a caption is capped at 1024 characters; a lesson is longer).
        const photo = card.photo;
        await inTopic((t) =>
          api.sendPhoto(chatId, 'fileId' in photo ? photo.fileId : new InputFile(photo.path), {
            ...t,
            ...quiet,
          }),
        ).catch((err: unknown) => {
          const mappedErr = toDeliveryError(err);
          // A chat that refuses the photo refuses the text too (or has moved: the whole card goes to its new id);
          // a passing failure is tried again when the caller can (nothing has reached the chat yet); any other
          // photo failure must not cost the text.
          if (
            mappedErr instanceof DeliveryError &&
            (mappedErr.reason === 'forbidden' ||
              mappedErr.reason === 'rate-limited' ||
              mappedErr.movedTo ||
              (mappedErr.reason === 'transient' && card.photoRequired))
          )
            throw mappedErr;
          logger.warn(
            { reason: (err as Error).message, chat: to.chatId },
            'telegram sendPhoto failed; sending the text alone (the picture is left out)',
          );
        });
      }
      if (card.file) {
        // A file the bot made (a chart, a CSV): without it the text is incomplete, so a failure is the send's.
        const f = card.file;
        await mapped<unknown>(() =>
          inTopic<unknown>((t) => {
            const input = new InputFile(f.data, f.name);
            return f.kind === 'photo'
              ? api.sendPhoto(chatId, input, { ...t, ...quiet })
              : api.sendDocument(chatId, input, { ...t, ...quiet });
          }),
        );
      }
      const message = await mapped(() =>
        inTopic((t) => api.sendMessage(chatId, text, { parse_mode: 'HTML', ...t, ...extra })),
      );
      metrics.replies.inc({ channel: 'telegram' });
      const thread = inTopic.thread();
      if (card.pin) {
        // Under the card it belongs to; like the venue, a failed pin costs a warning, not the card.
        await api
          .sendLocation(chatId, card.pin.lat, card.pin.lon, {
            ...thread,
            reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true },
            disable_notification: true,
          })
          .catch((err: unknown) =>
            logger.warn({ reason: (err as Error).message, chat: to.chatId }, 'telegram sendLocation failed'),
          );
      }
      if (card.venue) {
        const v = card.venue;
        // The text already reached the person; a failed map pin is worth a warning, not an apology.
        await api
          .sendVenue(chatId, v.lat, v.lon, v.title, v.address, { ...thread, ...quiet })
          .catch((err: unknown) =>
            logger.warn({ reason: (err as Error).message, chat: to.chatId }, 'telegram sendVenue failed'),
          );
      }
      // Where it went: without the topic when that was gone, so the core can tell
      // (core/delivery/engine/lost-groups.ts).
      return { address: inTopic.address(), messageId: String(message.message_id) };
    },

    async edit(ref, card) {
      if (!plainText(card).trim())
        throw new DeliveryError('refusing to edit to an empty message', 'bad-request');
      const { text, reply_markup, link_preview_options } = renderTelegram(card);
      try {
        await api.editMessageText(chatIdOf(ref.address), Number(ref.messageId), text, {
          parse_mode: 'HTML',
          // An edited message can carry an inline keyboard only; a force-reply request cannot be added later.
          ...(reply_markup && 'inline_keyboard' in reply_markup ? { reply_markup } : {}),
          ...(link_preview_options ? { link_preview_options } : {}),
        });
      } catch (err) {
        // Pressing the same button twice renders the same card: nothing to do.
        if (isApiError(err, /message is not modified/i)) return;
        // A message sent with a photo has a caption, not a text (a notice with a picture being corrected).
        if (isApiError(err, /no text in the message to edit/i))
          return void (await mapped(() =>
            api.editMessageCaption(chatIdOf(ref.address), Number(ref.messageId), {
              // Fitted as text, then rendered: cutting the HTML could split a tag or an entity (refused with 400).
              caption: renderTelegram({ ...card, text: fitSpans(card.text, CAPTION_MAX) }).text,
              parse_mode: 'HTML',
              ...(reply_markup && 'inline_keyboard' in reply_markup ? { reply_markup } : {}),
            }),
          ));
        throw toDeliveryError(err);
      }
      metrics.replies.inc({ channel: 'telegram' });
    },

    async pin(ref) {
      await mapped(() =>
        api.pinChatMessage(chatIdOf(ref.address), Number(ref.messageId), { disable_notification: true }),
      );
    },

    async unpin(ref) {
      await mapped(() => api.unpinChatMessage(chatIdOf(ref.address), Number(ref.messageId)));
    },

    /** deleteMessage: a group's message only within 48 hours of its sending ("message can't be deleted" after). */
    async delete(ref) {
      await mapped(() => api.deleteMessage(chatIdOf(ref.address), Number(ref.messageId)));
    },

    async answerPress(press, text, alert) {
      try {
        await api.answerCallbackQuery(press.pressId, {
          ...(text ? { text: [...text].slice(0, MAX_TOAST).join('') } : {}),
          ...(alert ? { show_alert: true } : {}),
        });
      } catch (err) {
        // A press answered too late (after a restart, say) cannot be answered any more; the spinner has gone anyway.
        if (isApiError(err, /query is too old|query ID is invalid/i)) {
          logger.debug({ press: press.pressId }, 'telegram callback query expired');
          return;
        }
        throw toDeliveryError(err);
      }
    },

    privateLink(channel, payload) {
      const name = username();
      if (channel !== 'telegram' || !name || !START_PAYLOAD.test(payload)) return undefined;
      return `https://t.me/${name}?start=${payload}`;
    },

    async typing(to) {
      // Only a courtesy: a failure must never cost the answer that follows.
      await api
        .sendChatAction(chatIdOf(to), 'typing', threadOf(to))
        .catch((err: unknown) => logger.debug({ reason: (err as Error).message }, 'telegram typing failed'));
    },

    sendsAlbums: (channel) => channel === 'telegram',

    // Telegram names only people in a chat the bot is in; their user carries the name even once they left it.
    async personName(channel, userId, chat) {
      if (channel !== 'telegram' || !chat || !/^\d+$/.test(userId)) return undefined;
      try {
        const { user } = await api.getChatMember(chatIdOf(chat), Number(userId));
        return (
          [user.first_name, user.last_name].filter(Boolean).join(' ').trim() || user.username || undefined
        );
      } catch (err) {
        logger.debug({ reason: (err as Error).message }, 'telegram getChatMember failed');
        return undefined;
      }
    },

    fetchFile: (channel, fileId) => (channel === 'telegram' ? fetchFile(fileId) : Promise.resolve(undefined)),

    movable: (to) => to.channel === 'telegram' && isBasicGroup(to),
  };
}
