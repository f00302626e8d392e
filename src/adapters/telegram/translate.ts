/**
 * Telegram updates → the core's `Incoming`. Pure functions over literal update objects (no Bot, no
 * network), so every rule can be tested on a JSON fixture:
 *
 *   translateUpdate({ update_id: 7, message: { … text: '/start' } }, { id: 42, username: 'waystation_bot' })
 *
 * The rules match the console adapter's: a command naming another bot is dropped here; `addressed`
 * is a private chat, a mention of the bot, a command naming it, or a reply to one of its messages.
 */
import type { CallbackQuery, Chat, Message, MessageEntity, Update, User } from 'grammy/types';
import { parseCommand, stripMention } from '../../core/command.js';
import type {
  Address,
  Attachment,
  ChatKind,
  Incoming,
  IncomingButton,
  IncomingMembership,
  IncomingMessage,
  IncomingMove,
  IncomingRetitle,
  UserRef,
} from '../../core/types.js';

/** What translation needs to know about the bot itself (from getMe). */
export interface BotIdentity {
  id: number;
  username: string;
}

export function chatKind(chat: Chat): ChatKind {
  if (chat.type === 'private') return 'private';
  if (chat.type === 'channel') return 'channel';
  return 'group';
}

/** A message's address: its chat and, inside a forum, its topic. */
export function addressOf(
  message: Pick<Message, 'chat' | 'message_thread_id' | 'is_topic_message'>,
): Address {
  return {
    channel: 'telegram',
    chatId: String(message.chat.id),
    ...(message.is_topic_message && message.message_thread_id !== undefined
      ? { threadId: String(message.message_thread_id) }
      : {}),
  };
}

function displayName(user: User): string {
  const full = [user.first_name, user.last_name].filter(Boolean).join(' ').trim();
  return full || user.username || String(user.id);
}

export function userRef(user: User): UserRef {
  return {
    channel: 'telegram',
    id: String(user.id),
    name: displayName(user),
    ...(user.language_code ? { languageCode: user.language_code } : {}),
    ...(user.is_bot ? { isBot: true } : {}),
  };
}

/** A channel post has no `from`: the channel (or the anonymous admin's chat) speaks. */
function senderOf(message: Message): UserRef {
  if (message.from) return userRef(message.from);
  const chat = message.sender_chat ?? message.chat;
  return {
    channel: 'telegram',
    id: String(chat.id),
    name: 'title' in chat && chat.title ? chat.title : String(chat.id),
  };
}

function chatOf(
  message: Pick<Message, 'chat' | 'message_thread_id' | 'is_topic_message'>,
): IncomingMessage['chat'] {
  const chat = message.chat;
  return {
    address: addressOf(message),
    kind: chatKind(chat),
    ...('title' in chat && chat.title ? { title: chat.title } : {}),
  };
}

/** The largest photo size, then any other file the message carries. */
export function attachmentsOf(message: Message): Attachment[] {
  const out: Attachment[] = [];
  if (message.photo?.length) {
    const largest = [...message.photo].sort(
      (a, b) => b.width * b.height - a.width * a.height || (b.file_size ?? 0) - (a.file_size ?? 0),
    )[0]!;
    out.push({ kind: 'photo', fileId: largest.file_id });
  }
  if (message.voice) out.push({ kind: 'voice', fileId: message.voice.file_id });
  if (message.video) out.push({ kind: 'video', fileId: message.video.file_id });
  // A round video note and an audio file are most often someone speaking: heard like a voice note (QA15).
  if (message.video_note) out.push({ kind: 'video', fileId: message.video_note.file_id, audible: true });
  // A GIF comes as an animation and a document both: it is a reaction, like a sticker, not evidence.
  if (message.animation) out.push({ kind: 'sticker', fileId: message.animation.file_id });
  else if (message.document) out.push({ kind: 'document', fileId: message.document.file_id });
  if (message.sticker)
    out.push({
      kind: 'sticker',
      fileId: message.sticker.file_id,
      ...(message.sticker.emoji ? { emoji: message.sticker.emoji } : {}),
    });
  if (message.audio) out.push({ kind: 'other', fileId: message.audio.file_id, audible: true });
  return out;
}

/** Entity offsets count UTF-16 code units, as JavaScript strings do. */
const entityText = (text: string, e: MessageEntity) => text.slice(e.offset, e.offset + e.length);

/**
 * Find mentions of the bot (`@username`, or a `text_mention` of its id), remove them from the text, and
 * say whether there was one. Text mentions show a name, not `@username`, so they are cut by entity range.
 */
export function removeMentions(
  text: string,
  entities: readonly MessageEntity[] | undefined,
  bot: BotIdentity,
): { text: string; mentioned: boolean } {
  let mentioned = false;
  let out = text;
  const ours = (entities ?? [])
    .filter((e) =>
      e.type === 'text_mention'
        ? e.user.id === bot.id
        : e.type === 'mention' && entityText(text, e).toLowerCase() === `@${bot.username.toLowerCase()}`,
    )
    .sort((a, b) => b.offset - a.offset);
  for (const e of ours) {
    mentioned = true;
    if (e.type === 'text_mention') out = `${out.slice(0, e.offset)} ${out.slice(e.offset + e.length)}`;
  }
  // `@username` (in entities or not) is stripped by the rule the console uses too.
  const stripped = stripMention(out, bot.username);
  mentioned ||= stripped.mentioned;
  return { text: mentioned ? stripped.text.replace(/\s+/g, ' ').trim() : text, mentioned };
}

/** In a forum every message of a topic "replies" to the topic's creation message: that is not a reply. */
function realReplyTo(message: Message): Message | undefined {
  const r = message.reply_to_message;
  if (!r || r.forum_topic_created) return undefined;
  return r;
}

/**
 * The bot named with nothing else, under someone else's message ("@驿站助手" as a reply to a colleague's "人民路驿站几点关门"):
 * asked that message — the part quoted, when one was — rather than "not understood" (QA15).
 */
function askedOfReplied(
  message: Message,
  replied: Message | undefined,
  bot: BotIdentity,
): string | undefined {
  if (!replied || replied.from?.id === bot.id || replied.from?.is_bot) return undefined;
  const quoted = message.quote?.text ?? replied.text ?? replied.caption;
  return quoted?.trim() || undefined;
}

export function translateMessage(
  updateId: number,
  message: Message,
  bot: BotIdentity,
  edited = false,
): IncomingMessage | undefined {
  const raw = message.text ?? message.caption ?? '';
  const entities = message.entities ?? message.caption_entities;
  const own = removeMentions(raw, entities, bot);
  const { mentioned } = own;
  const cmd = parseCommand(own.text, bot.username);
  if (cmd && !cmd.forUs) return undefined;
  const chat = chatOf(message);
  const replied = realReplyTo(message);
  const text =
    mentioned && !own.text && message.text !== undefined
      ? (askedOfReplied(message, replied, bot) ?? own.text)
      : own.text;
  const replyToBot =
    replied?.from?.id === bot.id
      ? { address: chat.address, messageId: String(replied.message_id) }
      : undefined;
  const location = message.location
    ? {
        lat: message.location.latitude,
        lon: message.location.longitude,
        ...(message.location.live_period ? { live: true } : {}),
      }
    : undefined;
  const attachments = attachmentsOf(message);
  return {
    type: 'message',
    updateId: String(updateId),
    chat,
    from: senderOf(message),
    messageId: String(message.message_id),
    text,
    addressed: chat.kind === 'private' || mentioned || !!cmd?.mentionsUs || !!replyToBot,
    ...(cmd ? { command: { name: cmd.name, args: cmd.args } } : {}),
    ...(location ? { location } : {}),
    ...(attachments.length ? { attachments } : {}),
    ...(attachments.length && message.media_group_id ? { album: message.media_group_id } : {}),
    ...(replyToBot ? { replyToBot } : {}),
    ...(message.forward_origin ? { forwarded: true } : {}),
    ...(edited ? { edited: true, sentAt: message.date * 1000 } : {}),
  };
}

/**
 * Whether the pressed data is one of the message's own buttons. Callback data is whatever the client sends: a
 * modified client can send any data on any of the bot's messages, and a handler edits the message pressed (a quiz
 * tally, a "got it" count) — so data the message does not carry goes on as '' (the core answers "expired", or what
 * became of the ticket or hand-over the data, kept as `sentData`, names). A message too old for Telegram to show
 * (date 0) cannot be checked and is let through.
 */
function onItsMessage(message: NonNullable<CallbackQuery['message']>, data: string): boolean {
  if (message.date === 0) return true;
  const rows = (message as Message).reply_markup?.inline_keyboard ?? [];
  return rows.some((row) => row.some((b) => 'callback_data' in b && b.callback_data === data));
}

export function translateCallback(
  updateId: number,
  query: NonNullable<Update['callback_query']>,
): IncomingButton | undefined {
  // Presses on inline-mode messages carry no chat, and game buttons no data: the core has neither.
  const message = query.message;
  if (!message || query.data === undefined) return undefined;
  const chat = chatOf(message as Message);
  return {
    type: 'button',
    updateId: String(updateId),
    chat,
    from: userRef(query.from),
    data: onItsMessage(message, query.data) ? query.data : '',
    sentData: query.data,
    message: { address: chat.address, messageId: String(message.message_id) },
    pressId: query.id,
  };
}

const IN_CHAT = new Set(['creator', 'administrator', 'member', 'restricted']);

/** The bot added to or removed from a chat; undefined when its standing did not change (e.g. promoted). */
export function translateMembership(
  updateId: number,
  change: NonNullable<Update['my_chat_member']>,
): IncomingMembership | undefined {
  const was = IN_CHAT.has(change.old_chat_member.status);
  const is = IN_CHAT.has(change.new_chat_member.status);
  if (was === is) return undefined;
  return {
    type: 'membership',
    updateId: String(updateId),
    chat: {
      address: { channel: 'telegram', chatId: String(change.chat.id) },
      kind: chatKind(change.chat),
      ...('title' in change.chat && change.chat.title ? { title: change.chat.title } : {}),
    },
    from: userRef(change.from),
    joined: is,
  };
}

/**
 * The service messages of a group upgraded to a supergroup: `migrate_to_chat_id` in the old group,
 * `migrate_from_chat_id` in the new supergroup. Either says the same move; undefined for any other message.
 */
export function translateMove(updateId: number, message: Message): IncomingMove | undefined {
  const here = String(message.chat.id);
  const [oldChatId, newChatId] =
    message.migrate_to_chat_id !== undefined
      ? [here, String(message.migrate_to_chat_id)]
      : message.migrate_from_chat_id !== undefined
        ? [String(message.migrate_from_chat_id), here]
        : [];
  if (!oldChatId || !newChatId) return undefined;
  return {
    type: 'moved',
    updateId: String(updateId),
    chat: chatOf(message),
    from: senderOf(message),
    oldChatId,
    newChatId,
  };
}

/** The service message of a group renamed (`new_chat_title`); undefined for any other message. */
export function translateRetitle(updateId: number, message: Message): IncomingRetitle | undefined {
  if (!message.new_chat_title) return undefined;
  return {
    type: 'retitled',
    updateId: String(updateId),
    chat: { ...chatOf(message), title: message.new_chat_title },
    from: senderOf(message),
  };
}

/** One update → one Incoming, or undefined for updates the core has no use for. */
export function translateUpdate(update: Update, bot: BotIdentity): Incoming | undefined {
  if (update.message)
    return (
      translateMove(update.update_id, update.message) ??
      translateRetitle(update.update_id, update.message) ??
      translateMessage(update.update_id, update.message, bot)
    );
  if (update.edited_message) return translateMessage(update.update_id, update.edited_message, bot, true);
  if (update.channel_post) return translateMessage(update.update_id, update.channel_post, bot);
  if (update.edited_channel_post)
    return translateMessage(update.update_id, update.edited_channel_post, bot, true);
  if (update.callback_query) return translateCallback(update.update_id, update.callback_query);
  if (update.my_chat_member) return translateMembership(update.update_id, update.my_chat_member);
  return undefined;
}
