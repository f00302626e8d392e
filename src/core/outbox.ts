import type { Card } from './card.js';
import type { Address, Channel, IncomingButton, MessageRef } from './types.js';

/**
 * The port through which the core sends. Handlers, schedules and broadcasts all go through it;
 * each adapter implements it over its platform's API.
 */
export interface Outbox {
  send(to: Address, card: Card): Promise<MessageRef>;
  /**
   * Edit a message in place. Returns a new ref only when the card had to be sent afresh instead (a Telegram
   * group upgraded to a supergroup refused the edit: core/groups/moves.ts); a caller that keeps the ref keeps that.
   */
  edit(ref: MessageRef, card: Card): Promise<MessageRef | void>;
  /** Pin a message in its chat; platforms that cannot pin may no-op. */
  pin(ref: MessageRef): Promise<void>;
  /**
   * Take a pin off a message (Telegram unpinChatMessage, Slack pins.remove); one not pinned is no error. Optional:
   * a channel without it cannot unpin.
   */
  unpin?(ref: MessageRef): Promise<void>;
  /**
   * Delete a message the bot sent (Telegram deleteMessage, Slack chat.delete). Optional. Throws a DeliveryError:
   * `not-found` when it is gone already, `bad-request` when the platform will not delete it (Telegram: a group
   * message over 48 hours old, "message can't be deleted").
   */
  delete?(ref: MessageRef): Promise<void>;
  /** Acknowledge a button press, optionally with a short private toast (or an alert). */
  answerPress(press: IncomingButton, text?: string, alert?: boolean): Promise<void>;
  /** A link that opens a private chat with the bot carrying `payload` (Telegram `?start=`); undefined if the channel has none. */
  privateLink(channel: Channel, payload: string): string | undefined;
  /**
   * The bytes of a file a person sent, by the platform's file id (an `Attachment.fileId`), e.g. a voice
   * note to transcribe. Optional: a channel without it cannot fetch files. Undefined when the file cannot
   * be had (gone, or larger than the adapter's cap); throws (a DeliveryError) when fetching failed.
   */
  fetchFile?(channel: Channel, fileId: string): Promise<FetchedFile | undefined>;
  /** Whether `fetchFile` can fetch this channel's files at all (the board says so when it cannot). */
  fetchesFiles?(channel: Channel): boolean;
  /**
   * Whether a card's `album` goes out as one album on this channel (Telegram). Absent or false: send photos one card
   * each, as `photo`.
   */
  sendsAlbums?(channel: Channel): boolean;
  /**
   * Whether this process has an adapter for the channel at all (the router: one registered, or a fallback). Absent:
   * assume so. Lets the core skip what is only worth sending where it can go (a card's copy on another platform).
   */
  serves?(channel: Channel): boolean;
  /** Show "typing…" in a chat while a slower answer is prepared; optional, platforms without it no-op. */
  typing?(to: Address): Promise<void>;
  /**
   * A person's name as their platform has it, for someone the bot has never seen act (a colleague in the hand-over
   * picker): Slack asks `users.info`; Telegram `getChatMember` in `chat`, a chat they are normally a member of (their
   * branch's triage chat), as Telegram tells names only of people in a chat the bot is in. Best effort: undefined
   * when the platform will not say. Absent: the channel cannot ask.
   */
  personName?(channel: Channel, userId: string, chat?: Address): Promise<string | undefined>;
  /**
   * Whether this chat could have moved to a new id (a Telegram group that can be upgraded to a supergroup), so
   * its sends are first looked up among the chats known to have moved (core/groups/moves.ts). Absent: never.
   */
  movable?(to: Address): boolean;
}

/** How often "typing…" is said again while something slow is prepared: Telegram shows it for about 5 seconds. */
export const TYPING_EVERY_MS = 4_000;

/**
 * "typing…" in a chat now and every `TYPING_EVERY_MS` until the returned stop is called — a slow transcription
 * (up to 20 s) showed one "typing…" of 5 s, then silence (QA15). A failed hint is the outbox's to swallow.
 */
export function keepTyping(outbox: Outbox, to: Address): () => void {
  if (!outbox.typing) return () => undefined;
  const say = () => void outbox.typing?.(to).catch(() => undefined);
  say();
  const timer = setInterval(say, TYPING_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** A file fetched from a platform. */
export interface FetchedFile {
  data: Buffer;
  /** MIME type, when known (from the file name or the server). */
  mime?: string;
  /** The file's name (or the last part of its platform path), with its extension. */
  name?: string;
}

/**
 * One outbox over several adapters: each call goes to the adapter of the address's channel, or to
 * `fallback` for a channel with none registered (the delivery engine's router falls back to the main one).
 */
export function createOutboxRouter(fallback?: Outbox) {
  const byChannel = new Map<Channel, Outbox>();
  const pick = (channel: Channel): Outbox => {
    const o = byChannel.get(channel) ?? fallback;
    if (!o) throw new DeliveryError(`no adapter for channel ${channel}`, 'bad-request');
    return o;
  };
  const router: Outbox & {
    register(channel: Channel, outbox: Outbox): void;
    /** The channels an adapter was registered for (not the fallback's). */
    channels(): Channel[];
  } = {
    register: (channel, outbox) => void byChannel.set(channel, outbox),
    channels: () => [...byChannel.keys()],
    send: (to, card) => pick(to.channel).send(to, card),
    edit: (ref, card) => pick(ref.address.channel).edit(ref, card),
    pin: (ref) => pick(ref.address.channel).pin(ref),
    unpin: async (ref) => {
      const o = pick(ref.address.channel);
      if (o.unpin) await o.unpin(ref);
    },
    delete: async (ref) => {
      const o = pick(ref.address.channel);
      if (!o.delete) throw new DeliveryError(`cannot delete on ${ref.address.channel}`, 'bad-request');
      await o.delete(ref);
    },
    answerPress: (press, text, alert) => pick(press.chat.address.channel).answerPress(press, text, alert),
    privateLink: (channel, payload) => (byChannel.get(channel) ?? fallback)?.privateLink(channel, payload),
    typing: async (to) => {
      const o = byChannel.get(to.channel) ?? fallback;
      if (o?.typing) await o.typing(to);
    },
    fetchFile: async (channel, fileId) => {
      const o = byChannel.get(channel) ?? fallback;
      return o?.fetchFile ? o.fetchFile(channel, fileId) : undefined;
    },
    personName: async (channel, userId, chat) => {
      const o = byChannel.get(channel) ?? fallback;
      return o?.personName ? o.personName(channel, userId, chat) : undefined;
    },
    sendsAlbums: (channel) => Boolean((byChannel.get(channel) ?? fallback)?.sendsAlbums?.(channel)),
    serves: (channel) => byChannel.has(channel) || Boolean(fallback?.serves?.(channel) ?? fallback),
    fetchesFiles: (channel) => {
      const o = byChannel.get(channel) ?? fallback;
      return o?.fetchesFiles ? o.fetchesFiles(channel) : Boolean(o?.fetchFile);
    },
  };
  return router;
}

/**
 * How long a send that had no answer (`DeliveryError.maybeSent`) is remembered as maybe in the chat, so that the retry's
 * copy says it may repeat the one above ("↻ 重发", `headedBy` in card.ts): a moved chat's afresh copy (groups/moves.ts)
 * and a ticket's card or relay (reports/effects/sending.ts) alike. Their retries come well within it.
 */
export const UNSURE_KEPT_S = 7 * 86_400;

/** Failures an adapter reports in a platform-neutral way, so the core can react (e.g. mark a group inactive). */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly reason: 'forbidden' | 'not-found' | 'rate-limited' | 'bad-request' | 'transient',
    readonly retryAfterSeconds?: number,
    /**
     * The chat's new id, when the platform says the chat moved there (a Telegram group upgraded to a
     * supergroup; `reason` is then not-found). The outbox follows it (core/groups/moves.ts).
     */
    readonly movedTo?: string,
    /**
     * The request may have reached the platform and been taken before the failure (the connection dropped or timed
     * out with no answer): whether the message is in the chat cannot be known. A refusal the platform answered (4xx,
     * 429), or a connection never made, is not: nothing was sent. `reason` is then transient.
     */
    readonly maybeSent = false,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}
