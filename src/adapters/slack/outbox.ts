/**
 * The core's Outbox over Slack's Web API. Every platform failure leaves here as a DeliveryError with a
 * platform-neutral reason, so the core can tell "the app was removed from the channel" from "try again".
 *
 * - send → chat.postMessage (`thread_ts` from the address, or the message the card belongs `under`), paced
 *   per channel (see `createPacer`);
 *   a card's picture goes first: a lesson image from disk is uploaded (files.uploadV2's steps, outbox/upload.ts), a
 *   Slack file a person sent is shown in an image block.
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
 *
 * Its parts (outbox/), by job: a Web API failure in the core's words (`delivery-errors.ts`), Slack's pace per channel
 * (`pacer.ts`), the DMs' `D…` ids (`im-directory.ts`), one Web API call with a short 429 waited out
 * (`web-api-call.ts`); a card sent (`send.ts`) — its photos as one message (`album.ts`), a lesson's picture and a
 * bot-made file before its text (`attachments.ts`); a message sent, changed (`pins-and-edits.ts`); a press answered
 * (`answer-press.ts`); a file fetched (`fetch-file.ts`); and what they share (`context.ts`). This file keeps the
 * contract and wires the parts into the Outbox. Telegram's outbox has the same jobs under the same names
 * (`toDeliveryError`, `sendAlbum`, `fetchFile`, `answerPress`), in one file.
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../core/logger.js';
import type { Metrics } from '../../core/metrics.js';
import type { Outbox } from '../../core/outbox.js';
import type { RenderOptions } from './render.js';
import { answerPress } from './outbox/answer-press.js';
import { outboxContext } from './outbox/context.js';
import { fetchFile } from './outbox/fetch-file.js';
import type { ImDirectory } from './outbox/im-directory.js';
import type { Pacer } from './outbox/pacer.js';
import { deleteMessage, edit, pin, unpin } from './outbox/pins-and-edits.js';
import { send } from './outbox/send.js';

export { toDeliveryError } from './outbox/delivery-errors.js';
export { createPacer, type Pacer } from './outbox/pacer.js';
export { createImDirectory, type ImDirectory } from './outbox/im-directory.js';
export { tokenMayGoTo } from './outbox/fetch-file.js';

type WebClient = webApi.WebClient;

export interface SlackOutboxDeps {
  client: WebClient;
  /**
   * The client posts go through (chat.postMessage), when not `client`: one that never retries a request on its own.
   * A post whose answer was lost may be in the channel; the Web API's own retry would post it again unmarked, where
   * the caller's (the delivery and effects engines') marks it "↻ 重发" (DeliveryError.maybeSent).
   */
  postClient?: WebClient;
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

export function createSlackOutbox(deps: SlackOutboxDeps): Outbox {
  const ctx = outboxContext(deps);
  return {
    fetchFile: (channel, fileId) =>
      channel === 'slack' ? fetchFile(ctx, fileId) : Promise.resolve(undefined),
    fetchesFiles: (channel) => channel === 'slack',
    sendsAlbums: (channel) => channel === 'slack',
    send: (address, card) => send(ctx, address, card),
    edit: (ref, card) => edit(ctx, ref, card),
    unpin: (ref) => unpin(ctx, ref),
    delete: (ref) => deleteMessage(ctx, ref),
    pin: (ref) => pin(ctx, ref),
    answerPress: (press, text, alert) => answerPress(ctx, press, text, alert),
    privateLink: () => undefined,
  };
}
