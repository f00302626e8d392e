/**
 * The normalised shapes that cross between adapters and the core.
 * No platform SDK type may appear here: adapters translate to and from these.
 */

export type Channel = 'telegram' | 'slack' | 'console';
export const CHANNELS: readonly Channel[] = ['telegram', 'slack', 'console'];

/** Where a message lives: a chat, and optionally a topic/thread inside it. */
export interface Address {
  channel: Channel;
  chatId: string;
  /** Telegram forum topic (`message_thread_id`) or Slack thread ts. */
  threadId?: string;
}

export type ChatKind = 'private' | 'group' | 'channel';

export interface UserRef {
  channel: Channel;
  id: string;
  /** Display name, already as the platform gives it (never a phone number). */
  name?: string;
  /** IETF tag the platform reports for the user, e.g. `zh-hans`, `en`. */
  languageCode?: string;
  isBot?: boolean;
}

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface Attachment {
  kind: 'photo' | 'voice' | 'video' | 'document' | 'sticker' | 'other';
  /** Platform file id, usable later to fetch or forward the file. */
  fileId: string;
  /** Speech may be in it besides a voice note's: an audio file, a video note. Heard like a voice note when it can be. */
  audible?: boolean;
  /** The emoji a sticker stands for (Telegram gives one per sticker): a 👍 sticker says what "👍" says. */
  emoji?: string;
}

/** A reference to a message the bot (or a user) sent, so it can be edited or pinned later. */
export interface MessageRef {
  address: Address;
  messageId: string;
}

interface IncomingBase {
  /** Unique per delivery on the platform (Telegram update_id, Slack event id): used for idempotency. */
  updateId: string;
  chat: { address: Address; kind: ChatKind; title?: string };
  from: UserRef;
}

export interface IncomingMessage extends IncomingBase {
  type: 'message';
  messageId: string;
  text: string;
  /**
   * Characters the text had before it was cut to `MAX_INPUT` (set only when it was cut), so a prompt that
   * must not lose words — a secretary's answer for a worker — can refuse it instead.
   */
  cutFrom?: number;
  /** True when the message is meant for the bot: a private chat, a command for it, a mention, or a reply to it. */
  addressed: boolean;
  /** Parsed `/name args` when the text is a command (already stripped of `@botname`). */
  command?: { name: string; args: string };
  location?: GeoPoint & { live?: boolean };
  attachments?: Attachment[];
  /**
   * The album the message belongs to (Telegram `media_group_id`): an album's photos arrive as separate messages,
   * each carrying the same id. Slack sends an album's files in one message and sets none.
   */
  album?: string;
  /** Answers are for the sender's eyes only (a Slack slash command for help in a channel). */
  onlyToSender?: boolean;
  /**
   * Typed in a staff chat itself, not meant for the bot, where its prompts wait in threads (Slack: a top-level
   * message in a triage or escalation channel; `addressed` is false). Read only by a dialog of the sender's that
   * waits there and takes such words (`Feature.onAside`: the answer typed beside its thread); else dropped.
   */
  aside?: boolean;
  /** Forwarded from elsewhere (a channel's post, someone else's message): words the sender passes on, not their own. */
  forwarded?: boolean;
  /** The message this one replies to, when it was the bot's own. */
  replyToBot?: MessageRef;
  /** The message was edited after it was sent: this is its new text (the dispatcher says which edits are read). */
  edited?: boolean;
  /** When an edited message was first sent (ms since the epoch), so an edit long after is told from a typo fixed. */
  sentAt?: number;
  /**
   * Set by the dispatcher (core/fragments.ts), never by an adapter: the words this private message belongs to — when
   * their first piece was said (`since`, the same for every piece read together) and whether this one was read with
   * the pieces before it (`joined`: `text` is then the whole).
   */
  pieces?: { since: number; joined: boolean };
}

export interface IncomingButton extends IncomingBase {
  type: 'button';
  /** Callback data as set on the button by the core (`prefix:payload`). */
  data: string;
  /**
   * The data as the platform delivered it. It differs from `data` when the adapter blanked that because the pressed
   * message no longer carries such a button (Telegram: a card redrawn meanwhile, or a forged press): only for saying
   * what became of what was pressed (`onStalePress`), never acted on.
   */
  sentData?: string;
  /** The bot message that carried the button. */
  message?: MessageRef;
  /** Platform id used to answer the press (Telegram callback_query id). */
  pressId: string;
}

/** The bot itself was added to a chat or removed from it (Telegram `my_chat_member`). */
export interface IncomingMembership extends IncomingBase {
  type: 'membership';
  /** True when the bot can now post in the chat; false when it was removed, banned or left. */
  joined: boolean;
}

/**
 * The chat now lives under another id (a Telegram group upgraded to a supergroup): the old id takes no more
 * messages. `chat` is where the platform said so (the old chat or the new one); both ids are on its channel.
 */
export interface IncomingMove extends IncomingBase {
  type: 'moved';
  oldChatId: string;
  newChatId: string;
}

/**
 * The chat was renamed (Telegram `new_chat_title`, Slack `channel_rename`): its new name is `chat.title`. A bound
 * group's stored title follows, so organisers' lists name it as its members see it.
 */
export interface IncomingRetitle extends IncomingBase {
  type: 'retitled';
}

export type Incoming = IncomingMessage | IncomingButton | IncomingMembership | IncomingMove | IncomingRetitle;

export type Role = 'worker' | 'secretary' | 'organiser';
