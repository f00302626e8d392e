/**
 * The core's Outbox over Slack's Web API. Every platform failure leaves here as a DeliveryError with a
 * platform-neutral reason, so the core can tell "the app was removed from the channel" from "try again".
 *
 * - send → chat.postMessage (`thread_ts` from the address, or the message the card belongs `under`), paced
 *   per channel (see `createPacer`);
 *   a card's picture goes first: a lesson image from disk is uploaded (files.uploadV2's steps, upload.ts), a Slack file a
 *   person sent is shown in an image block.
 * - edit → chat.update; pin → pins.add.
 * - answerPress → Slack has no toast: a short text becomes an ephemeral message only the presser sees,
 *   an alert a small modal opened with the press's trigger id (ephemeral again if the trigger expired).
 * - fetchFile → files.info, then the file's private download URL with the bot token in a header, server-side
 *   (the board's evidence): only to Slack's file hosts (or the configured API's own host), capped in size
 *   and time; neither the token nor the URL reaches a page or a log line.
 * - privateLink → undefined: Slack links cannot carry a payload into the app's DM. The Slack way into a
 *   private flow is a slash command or a modal (`/report` opens one), so the core's link buttons are
 *   left out in Slack and its text fallback applies.
 *
 * A private chat is addressed by the user id (see translate.ts); Slack's `D…` id of the DM is looked up
 * (conversations.open) only for calls that need it, and remembered.
 */
import { basename } from 'node:path';
import type { types, webApi } from '@slack/bolt';
import { plainText, type AlbumItem, type AlbumPhoto, type CardFile } from '../../core/card.js';
import type { Logger } from '../../core/logger.js';
import type { Metrics } from '../../core/metrics.js';
import { DeliveryError, type FetchedFile, type Outbox } from '../../core/outbox.js';
import type { Address, MessageRef } from '../../core/types.js';
import {
  escapeMrkdwn,
  headline,
  renderSlack as renderCard,
  type RenderOptions,
  rewriteCommands,
} from './render.js';
import { uploadPicture, uploadPictures } from './upload.js';

type WebClient = webApi.WebClient;

const NOT_FOUND = new Set([
  'channel_not_found',
  'message_not_found',
  'thread_not_found',
  'user_not_found',
  'users_not_found',
  'file_not_found',
  'no_such_message',
]);
const FORBIDDEN = new Set([
  'not_in_channel',
  'is_archived',
  'channel_is_archived',
  'cannot_dm_bot',
  'user_disabled',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'invalid_auth',
  'not_authed',
  'missing_scope',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'cant_update_message',
  'edit_window_closed',
  'ekm_access_denied',
  'team_access_not_granted',
  'not_allowed_token_type',
]);
const TRANSIENT = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'team_added_to_org',
]);

/** Error-like objects from @slack/web-api, recognised by their `code` (the package's own classes are CJS internals). */
interface SlackApiError extends Error {
  code?: string;
  data?: { error?: string; response_metadata?: { messages?: string[] } };
  retryAfter?: number;
  statusCode?: number;
}

/** Map a Web API failure to the core's vocabulary; anything else is returned unchanged. */
export function toDeliveryError(err: unknown, method = 'slack'): unknown {
  if (err instanceof DeliveryError) return err;
  const e = err as SlackApiError;
  switch (e?.code) {
    case 'slack_webapi_rate_limited_error':
      return new DeliveryError(`slack ${method}: rate limited`, 'rate-limited', e.retryAfter);
    case 'slack_webapi_request_error':
      return new DeliveryError(`slack ${method}: unreachable: ${e.message}`, 'transient');
    case 'slack_webapi_http_error':
      return new DeliveryError(
        `slack ${method}: HTTP ${e.statusCode}`,
        (e.statusCode ?? 500) >= 500 ? 'transient' : 'bad-request',
      );
    case 'slack_webapi_platform_error': {
      const code = e.data?.error ?? 'unknown_error';
      const what = `slack ${method}: ${code}`;
      if (code === 'ratelimited' || code === 'rate_limited')
        return new DeliveryError(what, 'rate-limited', 1);
      if (NOT_FOUND.has(code)) return new DeliveryError(what, 'not-found');
      if (FORBIDDEN.has(code)) return new DeliveryError(what, 'forbidden');
      if (TRANSIENT.has(code)) return new DeliveryError(what, 'transient');
      return new DeliveryError(what, 'bad-request');
    }
    default:
      return err;
  }
}

const platformCode = (err: unknown): string | undefined => (err as SlackApiError)?.data?.error;

/**
 * Slack lets an app post about one message per second into a channel, with short bursts. Each channel
 * gets a virtual schedule (GCRA): a message may go when the channel's schedule allows, at most `burst`
 * ahead of it. Reservations are made synchronously, so concurrent senders queue fairly.
 *
 *   const pace = createPacer({ intervalMs: 1000, burst: 3 });
 *   await pace('C123');   // resolves when a message to C123 may be posted
 */
export function createPacer(options: {
  intervalMs: number;
  burst: number;
  /** Added to each interval: a reservation is made a moment before Slack sees the request (network jitter). */
  marginMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}) {
  const { burst } = options;
  const intervalMs = options.intervalMs + (options.marginMs ?? 50);
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const tolerance = (burst - 1) * intervalMs;
  const schedule = new Map<string, number>();
  const pace = async (key: string): Promise<void> => {
    const t = now();
    if (schedule.size > 10_000) for (const [k, at] of schedule) if (at < t) schedule.delete(k);
    const tat = Math.max(schedule.get(key) ?? t, t);
    const start = Math.max(t, tat - tolerance);
    schedule.set(key, tat + intervalMs);
    if (start > t) await sleep(start - t);
  };
  /**
   * Slack answered a post: it saw the request no later than now, which may be well after the reservation on a
   * busy process, so the channel's schedule counts from here too (as the delivery engine's windows do).
   */
  pace.sent = (key: string) => {
    schedule.set(key, Math.max(schedule.get(key) ?? 0, now() + intervalMs));
  };
  /** Slack said "retry after": nothing more into this channel until then. */
  pace.hold = (key: string, seconds: number) => {
    const until = now() + seconds * 1000;
    schedule.set(key, Math.max(schedule.get(key) ?? 0, until + tolerance));
  };
  return pace;
}

export type Pacer = ReturnType<typeof createPacer>;

/** Where the app's DM with each person is (`U…` → `D…`), learnt from events and conversations.open. */
export interface ImDirectory {
  remember(userId: string, channelId: string): void;
  /** The channel id to use for an address: a DM's `D…` for a user id, the chat id otherwise. */
  resolve(chatId: string): Promise<string>;
}

const USER_ID = /^[UW][A-Z0-9]+$/;
const FILE_ID = /^F[A-Z0-9]+$/;
/** Photos in one message at most: Slack takes 50 blocks a message and 10 files an upload. */
const ALBUM_MAX = 10;

/** The ts of the message an upload was shared in, when Slack's answer already says it. */
function sharedTs(res: unknown, channel: string): string | undefined {
  const uploads = (
    res as { files?: { files?: { shares?: Record<string, Record<string, { ts?: string }[]>> }[] }[] }
  ).files;
  for (const u of uploads ?? [])
    for (const f of u.files ?? [])
      for (const kind of Object.values(f.shares ?? {})) {
        const ts = kind[channel]?.[0]?.ts;
        if (ts) return ts;
      }
  return undefined;
}

export function createImDirectory(client: WebClient): ImDirectory {
  const ims = new Map<string, string>();
  return {
    remember(userId, channelId) {
      if (USER_ID.test(userId) && /^D[A-Z0-9]+$/.test(channelId)) ims.set(userId, channelId);
    },
    async resolve(chatId) {
      if (!USER_ID.test(chatId)) return chatId;
      const known = ims.get(chatId);
      if (known) return known;
      let res;
      try {
        res = await client.conversations.open({ users: chatId });
      } catch (err) {
        throw toDeliveryError(err, 'conversations.open');
      }
      const id = res.channel?.id;
      if (!id) throw new DeliveryError('slack conversations.open: no channel', 'not-found');
      ims.set(chatId, id);
      return id;
    },
  };
}

export interface SlackOutboxDeps {
  client: WebClient;
  ims: ImDirectory;
  pace: Pacer;
  metrics: Metrics;
  logger: Logger;
  /** Title of alert modals (the app's name). */
  appName?: string;
  /**
   * The adapter's own words in a person's language (their Slack locale, `languageCode`; absent: the default): an alert
   * modal's close button, a picture's alt text. Without it, the zh-CN words.
   */
  say?: (languageCode: string | undefined, id: 'slack-alert-close' | 'slack-photo-alt') => string;
  /** How a core command is typed in Slack (see render.ts). */
  command?: RenderOptions['command'];
  /** Told when Slack refuses a post into a chat (the app is not in the channel, or it is gone). */
  onRefused?: (chatId: string) => void;
  /** A 429 asking to wait at most this long is waited out once; longer ones surface as 'rate-limited'. */
  maxRateLimitWaitSeconds?: number;
  /** Limits of `fetchFile` (defaults: 20 MB, 15 s). */
  files?: { maxBytes?: number; timeoutMs?: number };
}

const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** The adapter's own words when no `say` is given (tests of the outbox alone). */
const ZH_WORDS: Record<string, string> = { 'slack-alert-close': '知道了', 'slack-photo-alt': '照片' };
const FILE_TIMEOUT_MS = 15_000;

/**
 * Where the bot token may be sent with a file download: Slack's own hosts over https, or the host of the
 * configured Web API (a proxy or a stand-in). A `url_private` elsewhere is not fetched.
 */
export function tokenMayGoTo(url: string, apiUrl: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'https:' && /(^|\.)(slack\.com|slack-edge\.com)$/.test(u.hostname)) return true;
  try {
    return u.origin === new URL(apiUrl).origin;
  } catch {
    return false;
  }
}

/** Slack's ephemeral texts and modal sections: keep toasts short, as on Telegram. */
const MAX_TOAST = 300;

export function createSlackOutbox(deps: SlackOutboxDeps): Outbox {
  const { client, ims, pace, metrics, logger } = deps;
  const maxWait = deps.maxRateLimitWaitSeconds ?? 5;
  const renderSlack = (card: Parameters<typeof renderCard>[0]) =>
    renderCard(card, deps.command ? { command: deps.command } : {});

  /** One Web API call with error mapping; a short 429 is waited out once (with the channel held meanwhile). */
  async function call<T>(method: string, channel: string | undefined, run: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await run();
      } catch (err) {
        const mapped = toDeliveryError(err, method);
        if (mapped instanceof DeliveryError && mapped.reason === 'rate-limited') {
          const wait = mapped.retryAfterSeconds ?? 1;
          if (channel) pace.hold(channel, wait);
          if (attempt === 0 && wait <= maxWait) {
            logger.warn({ method, channel, retryAfter: wait }, 'slack rate limited; retrying once');
            await new Promise((r) => setTimeout(r, wait * 1000));
            if (channel) await pace(channel);
            continue;
          }
        }
        throw mapped;
      }
    }
  }

  /** A lesson's picture: a passing failure is the send's when the caller will try again (`required`), else the text goes alone. */
  async function uploadPhoto(
    to: Address,
    channel: string,
    path: string,
    alt: string,
    required = false,
  ): Promise<void> {
    // Not the SDK's filesUploadV2: it sends the alt text under a name Slack's reference does not list (upload.ts).
    await call('files.uploadV2', channel, () =>
      uploadPicture(client, { path, alt, channel, ...(to.threadId ? { threadTs: to.threadId } : {}) }),
    ).catch((err: unknown) => {
      if (required && err instanceof DeliveryError && err.reason === 'transient') throw err;
      logger.warn(
        { err: (err as Error).message, chat: to.chatId },
        'slack photo upload failed; sending the text alone (the picture is left out)',
      );
    });
  }

  /** A file the bot made: uploaded with files.uploadV2; a failure is the send's (the text alone is incomplete). */
  async function uploadFile(to: Address, channel: string, f: CardFile): Promise<void> {
    const file = { file: f.data, filename: f.name };
    await call('files.uploadV2', channel, () =>
      to.threadId
        ? client.filesUploadV2({ ...file, channel_id: channel, thread_ts: to.threadId })
        : client.filesUploadV2({ ...file, channel_id: channel }),
    );
  }

  /**
   * Photos with their captions as one message (QA13: a triage channel got one message per evidence photo): Slack
   * files people sent as image blocks, titled with their captions; bytes from another platform as one
   * files.uploadV2 of them all, the captions its comment. The message's ts where Slack says it (an upload's share
   * is not always known at once: then '').
   */
  async function sendAlbum(to: Address, channel: string, album: AlbumItem[]): Promise<string> {
    const captions = (items: AlbumItem[]) => escapeMrkdwn(items.map((p) => p.caption).join('\n'));
    const shared = album.filter((p): p is AlbumPhoto => 'fileId' in p && FILE_ID.test(p.fileId));
    const bytes = album.filter((p): p is Extract<AlbumItem, { file: CardFile }> => 'file' in p);
    const thread = to.threadId ? { thread_ts: to.threadId } : {};
    let ts = '';
    for (let i = 0; i < shared.length; i += ALBUM_MAX) {
      const part = shared.slice(i, i + ALBUM_MAX);
      const images: types.KnownBlock[] = part.map((p) => ({
        type: 'image',
        slack_file: { id: p.fileId },
        alt_text: altText(p.caption),
        title: { type: 'plain_text', text: [...p.caption].slice(0, 1900).join('') || '📷' },
      }));
      const post = (blocks?: types.KnownBlock[]) =>
        client.chat.postMessage({
          channel,
          text: captions(part),
          ...(blocks ? { blocks } : {}),
          parse: 'none',
          link_names: false,
          ...thread,
        });
      await pace(channel);
      const res = await call('chat.postMessage', channel, () => post(images)).catch((err: unknown) => {
        // Files the app cannot show must not swallow their captions.
        if (!(err instanceof DeliveryError) || err.reason !== 'bad-request') throw err;
        logger.warn(
          { chat: to.chatId, err: err.message },
          'slack image blocks refused; sending the captions alone',
        );
        return call('chat.postMessage', channel, () => post());
      });
      pace.sent(channel);
      ts ||= res.ts ?? '';
    }
    for (let i = 0; i < bytes.length; i += ALBUM_MAX) {
      const part = bytes.slice(i, i + ALBUM_MAX);
      const pictures = part.map((p) => ({
        data: p.file.data,
        filename: p.file.name,
        title: p.caption,
        alt: altText(p.caption),
      }));
      await pace(channel);
      const res = await call('files.uploadV2', channel, () =>
        uploadPictures(client, { pictures, channel, threadTs: to.threadId, comment: captions(part) }),
      );
      pace.sent(channel);
      ts ||= sharedTs({ files: [res] }, channel) ?? '';
    }
    return ts;
  }

  const say = deps.say ?? ((_lang: string | undefined, id: string) => ZH_WORDS[id] ?? '');
  /** A picture's alt text (what a screen reader says of it): its caption or the card's first line, else "照片". */
  const altText = (about: string) =>
    [...(about.trim() || say(undefined, 'slack-photo-alt'))].slice(0, 1900).join('');

  const maxBytes = deps.files?.maxBytes ?? MAX_FILE_BYTES;
  const timeoutMs = deps.files?.timeoutMs ?? FILE_TIMEOUT_MS;

  /**
   * files.info, then GET `url_private_download` with `Authorization: Bearer <bot token>`, read up to
   * `maxBytes`. Slack answers a download it does not authorise with its sign-in page (HTML, 200): that is a
   * refusal, not a file. Undefined when the file is gone, too big or not on a host the token may go to.
   */
  async function fetchFile(fileId: string): Promise<FetchedFile | undefined> {
    if (!FILE_ID.test(fileId) || !client.token) return undefined;
    let info;
    try {
      info = await call('files.info', undefined, () => client.files.info({ file: fileId }));
    } catch (err) {
      if (err instanceof DeliveryError && err.reason === 'not-found') return undefined;
      throw err;
    }
    const f = info.file;
    const url = f?.url_private_download ?? f?.url_private;
    if (!f || !url || (f.size ?? 0) > maxBytes) {
      logger.info({ file: fileId, size: f?.size }, 'slack file not fetched: no URL or too big');
      return undefined;
    }
    if (!tokenMayGoTo(url, client.slackApiUrl)) {
      logger.warn({ file: fileId }, 'slack file not fetched: its URL is not on a Slack host');
      return undefined;
    }
    const signal = AbortSignal.timeout(timeoutMs);
    const chunks: Buffer[] = [];
    let size = 0;
    let served: string | undefined;
    try {
      // fetch drops the Authorization header on a redirect to another origin.
      const res = await fetch(url, { headers: { authorization: `Bearer ${client.token}` }, signal });
      served = res.headers.get('content-type')?.split(';')[0]?.trim();
      if (res.status === 404) {
        await res.body?.cancel();
        return undefined;
      }
      if (!res.ok || served === 'text/html') {
        await res.body?.cancel();
        throw new DeliveryError(
          `slack file download: ${res.ok ? 'refused (sign-in page)' : `HTTP ${res.status}`}`,
          res.status === 429 || res.status >= 500 ? 'transient' : 'forbidden',
        );
      }
      for await (const chunk of res.body ?? []) {
        size += (chunk as Uint8Array).byteLength;
        if (size > maxBytes) {
          logger.info({ file: fileId, size }, 'slack file not fetched: larger than the cap');
          return undefined;
        }
        chunks.push(Buffer.from(chunk as Uint8Array));
      }
    } catch (err) {
      if (err instanceof DeliveryError) throw err;
      if (signal.aborted) throw new DeliveryError('slack file download timed out', 'transient');
      throw new DeliveryError(`slack file download failed: ${(err as Error).name}`, 'transient');
    }
    const mime = f.mimetype || (served && served !== 'application/octet-stream' ? served : undefined);
    const name = f.name ? basename(f.name) : undefined;
    return { data: Buffer.concat(chunks), ...(mime ? { mime } : {}), ...(name ? { name } : {}) };
  }

  return {
    fetchFile: (channel, fileId) => (channel === 'slack' ? fetchFile(fileId) : Promise.resolve(undefined)),
    fetchesFiles: (channel) => channel === 'slack',
    sendsAlbums: (channel) => channel === 'slack',

    async send(address, card) {
      // A message that belongs under another (a ticket card's prompt, reply, photos) goes in its thread.
      const to = card.under && !address.threadId ? { ...address, threadId: card.under } : address;
      const album = card.album?.length && !card.ephemeralTo ? card.album : undefined;
      const hasText = Boolean(plainText(card).trim());
      if (!hasText && !album) throw new DeliveryError('refusing to send an empty message', 'bad-request');
      // chat.postMessage takes a user id for the app's DM; uploads and pacing want the real channel.
      const channel = await ims.resolve(to.chatId);
      // The photos are the message when there is no text with them.
      const albumTs = album ? await sendAlbum(to, channel, album) : undefined;
      if (!hasText) {
        metrics.replies.inc({ channel: 'slack' });
        return { address: to, messageId: albumTs ?? '' } satisfies MessageRef;
      }
      const message = renderSlack(card);
      if (card.ephemeralTo) {
        const res = await call('chat.postEphemeral', channel, () =>
          client.chat.postEphemeral({
            channel,
            user: card.ephemeralTo!,
            text: message.text,
            blocks: message.blocks,
            parse: 'none',
            link_names: false,
            ...(to.threadId ? { thread_ts: to.threadId } : {}),
          }),
        ).catch((err: unknown) => {
          // Not in the channel: the slash command listener then says so through the response URL.
          if (err instanceof DeliveryError && (err.reason === 'forbidden' || err.reason === 'not-found'))
            deps.onRefused?.(to.chatId);
          throw err;
        });
        metrics.replies.inc({ channel: 'slack' });
        return { address: to, messageId: String(res.message_ts ?? '') } satisfies MessageRef;
      }
      if (card.photo && 'path' in card.photo) {
        await pace(channel);
        await uploadPhoto(to, channel, card.photo.path, altText(headline(card.text)), card.photoRequired);
      }
      if (card.file) {
        await pace(channel);
        await uploadFile(to, channel, card.file);
      }
      const image: types.KnownBlock[] =
        card.photo && 'fileId' in card.photo && FILE_ID.test(card.photo.fileId)
          ? [{ type: 'image', slack_file: { id: card.photo.fileId }, alt_text: altText(headline(card.text)) }]
          : [];
      const post = (blocks: types.KnownBlock[]) =>
        client.chat.postMessage({
          channel,
          text: message.text,
          blocks,
          parse: 'none',
          link_names: false,
          ...(to.threadId ? { thread_ts: to.threadId } : {}),
          ...(message.unfurl_links === false ? { unfurl_links: false, unfurl_media: false } : {}),
        });
      await pace(channel);
      let res;
      try {
        res = await call('chat.postMessage', channel, () => post([...image, ...message.blocks]));
      } catch (err) {
        if (err instanceof DeliveryError && (err.reason === 'forbidden' || err.reason === 'not-found')) {
          deps.onRefused?.(to.chatId);
        }
        // A file the app cannot show must not swallow the text.
        if (!image.length || !(err instanceof DeliveryError) || err.reason !== 'bad-request') throw err;
        logger.warn(
          { chat: to.chatId, err: err.message },
          'slack image block refused; sending the text alone',
        );
        res = await call('chat.postMessage', channel, () => post(message.blocks));
      }
      pace.sent(channel);
      if (!res.ts) throw new DeliveryError('slack chat.postMessage: no ts in the answer', 'transient');
      if (res.channel) ims.remember(to.chatId, res.channel);
      metrics.replies.inc({ channel: 'slack' });
      return { address: to, messageId: res.ts } satisfies MessageRef;
    },

    async edit(ref, card) {
      if (!plainText(card).trim())
        throw new DeliveryError('refusing to edit to an empty message', 'bad-request');
      const { text, blocks } = renderSlack(card);
      const channel = await ims.resolve(ref.address.chatId);
      await call('chat.update', undefined, () =>
        client.chat.update({ channel, ts: ref.messageId, text, blocks, parse: 'none', link_names: false }),
      );
      metrics.replies.inc({ channel: 'slack' });
    },

    async unpin(ref) {
      const channel = await ims.resolve(ref.address.chatId);
      try {
        await call('pins.remove', undefined, () => client.pins.remove({ channel, timestamp: ref.messageId }));
      } catch (err) {
        if (err instanceof DeliveryError && /no_pin/.test(err.message)) return;
        throw err;
      }
    },

    /** chat.delete: a bot token deletes the bot's own messages, at any age. */
    async delete(ref) {
      const channel = await ims.resolve(ref.address.chatId);
      await call('chat.delete', undefined, () => client.chat.delete({ channel, ts: ref.messageId }));
    },

    async pin(ref) {
      const channel = await ims.resolve(ref.address.chatId);
      try {
        await call('pins.add', undefined, () => client.pins.add({ channel, timestamp: ref.messageId }));
      } catch (err) {
        if (err instanceof DeliveryError && /already_pinned/.test(err.message)) return;
        throw err;
      }
    },

    async answerPress(press, text, alert) {
      if (!text) return;
      const short = rewriteCommands([[...text].slice(0, MAX_TOAST).join('')], deps.command).join('');
      if (alert) {
        try {
          await client.views.open({
            trigger_id: press.pressId,
            view: {
              type: 'modal',
              title: { type: 'plain_text', text: [...(deps.appName ?? 'Waystation')].slice(0, 24).join('') },
              close: { type: 'plain_text', text: say(press.from.languageCode, 'slack-alert-close') },
              // Plain text: an alert quotes names and numbers, which must show as they are.
              blocks: [{ type: 'section', text: { type: 'plain_text', text: short, emoji: true } }],
            },
          });
          return;
        } catch (err) {
          // A trigger lives 3 seconds: a slow handler falls back to the ephemeral message.
          logger.debug(
            { err: platformCode(err) ?? (err as Error).message },
            'slack alert modal not opened; sending it ephemeral',
          );
        }
      }
      try {
        const channel = await ims.resolve(press.chat.address.chatId);
        await client.chat.postEphemeral({
          channel,
          user: press.from.id,
          text: escapeMrkdwn(short),
          parse: 'none',
          ...(press.chat.address.threadId ? { thread_ts: press.chat.address.threadId } : {}),
        });
      } catch (err) {
        // A toast is a courtesy: the press itself has been handled.
        logger.warn(
          { err: platformCode(err) ?? (err as Error).message, chat: press.chat.address.chatId },
          'slack ephemeral answer failed',
        );
      }
    },

    privateLink: () => undefined,
  };
}
