/**
 * Slack payloads → the core's `Incoming`. Pure functions over literal payloads (no Bolt, no network),
 * so every rule can be tested on a JSON fixture:
 *
 *   translateMention({ event_id: 'Ev1', event: { type: 'app_mention', user: 'U1', text: '<@UBOT> 哪里能充电', ts: '1.2', channel: 'C1' } }, bot)
 *
 * The rules mirror the Telegram adapter's:
 * - A private chat's address is the *user id* (`slack:U123`), as a Telegram private chat's id is the
 *   user's: the core can write to a worker it knows only by id, and chat.postMessage to a user id lands
 *   in the app's DM with them. The outbox finds the DM's `D…` id when Slack needs it.
 * - `addressed`: a DM, a mention of the app, a slash command, a reply in the thread of one of the
 *   app's messages, or a person's next message in a thread where the app answered them (`follows`,
 *   threads.ts). Other channel chatter never reaches the core.
 * - A mention in a channel is answered in a thread (the mention's own, or the thread it was written in).
 *   Commands are answered in the channel itself: slash commands cannot live in threads, and a thread
 *   must never become a group's binding target (Slack threads are conversations, not topics).
 * - `updateId` is stable across Slack's retries: the event id for events, the trigger id for commands
 *   and button presses (Slack does not retry those, but a proxy might).
 * - Text arrives in Slack's markup; the core gets plain text: `<@U1|ann>` → `@ann`, `<!here>` → `@here`,
 *   `<http://x|x>` → `http://x`, entities decoded. The renderer escapes it again on the way out.
 */
import { parseCommand } from '../../core/command.js';
import type {
  Address,
  Attachment,
  ChatKind,
  IncomingButton,
  IncomingMessage,
  UserRef,
} from '../../core/types.js';

/** What translation needs to know about the app itself (from auth.test). */
export interface SlackBotIdentity {
  /** The app's bot user id (`U…`), as mentions name it. */
  userId: string;
  /** The app's bot id (`B…`), as its own messages carry it. */
  botId?: string;
}

/** The fields of a Slack message event the bot reads (a subset of @slack/types' message events). */
export interface SlackMessageEvent {
  type: 'message' | 'app_mention';
  subtype?: string;
  channel: string;
  channel_type?: 'im' | 'channel' | 'group' | 'mpim' | 'app_home';
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  parent_user_id?: string;
  edited?: unknown;
  files?: { id: string; mimetype?: string }[];
  /** A `message_changed` event's message as it now reads. */
  message?: { user?: string; bot_id?: string; text?: string; ts: string; thread_ts?: string };
}

export interface SlackEventEnvelope<E = SlackMessageEvent> {
  event_id: string;
  event: E;
}

export interface SlackSlashCommand {
  command: string;
  text: string;
  user_id: string;
  user_name?: string;
  channel_id: string;
  channel_name?: string;
  trigger_id: string;
}

export interface SlackBlockAction {
  type: 'block_actions';
  trigger_id: string;
  user: { id: string; name?: string; username?: string };
  channel?: { id: string; name?: string };
  container?: {
    type: string;
    message_ts?: string;
    channel_id?: string;
    thread_ts?: string;
    is_ephemeral?: boolean;
  };
  message?: { ts: string; thread_ts?: string };
  actions: { action_id: string; value?: string; action_ts?: string; type?: string }[];
}

const IM = /^D[A-Z0-9]+$/;

/** People mentioned without a label (`<@U123>`, as Slack sends mentions now), the app itself left out. */
export function unlabelledMentions(text: string, bot?: SlackBotIdentity): string[] {
  const ids = [...text.matchAll(/<@([A-Z0-9]+)>/g)].map((m) => m[1]!);
  return [...new Set(ids)].filter((id) => id !== bot?.userId);
}

/** The same text with those mentions labelled (`<@U123|王书记>`), so they read as names, never as ids. */
export function labelMentions(text: string, names: ReadonlyMap<string, string>): string {
  return text.replace(/<@([A-Z0-9]+)>/g, (all, id: string) => {
    const name = names.get(id);
    return name ? `<@${id}|${name.replace(/[<>|]/g, '')}>` : all;
  });
}

/** Slack's markup → what the person typed. */
export function plainFromSlack(text: string, bot?: SlackBotIdentity): { text: string; mentioned: boolean } {
  let mentioned = false;
  const out = text
    .replace(/<([^<>]*)>/g, (_all, inner: string) => {
      const [target = '', label] = inner.split('|', 2) as [string, string | undefined];
      if (target.startsWith('@')) {
        const id = target.slice(1);
        if (bot && id === bot.userId) {
          mentioned = true;
          return ' ';
        }
        return `@${label ?? id}`;
      }
      if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
      if (target.startsWith('!')) {
        const special = target.slice(1);
        if (special.startsWith('subteam^')) return label ?? `@${special.slice('subteam^'.length)}`;
        if (special.startsWith('date^')) return label ?? '';
        if (label) return label.startsWith('@') ? label : `@${label}`;
        return `@${special}`;
      }
      const url = target.replace(/^mailto:/, '');
      if (!label || label === url || target.endsWith(label)) return url;
      return `${label} (${url})`;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return { text: mentioned ? out.replace(/[ \t]+/g, ' ').trim() : out, mentioned };
}

export function chatKindOf(
  channelType: SlackMessageEvent['channel_type'] | undefined,
  channelId: string,
): ChatKind {
  if (channelType) return channelType === 'im' || channelType === 'app_home' ? 'private' : 'group';
  return IM.test(channelId) ? 'private' : 'group';
}

export function userRef(id: string, name?: string): UserRef {
  return { channel: 'slack', id, ...(name ? { name } : {}) };
}

/** The address of a private chat with a person: their user id (see the module comment). */
export const privateAddress = (userId: string): Address => ({ channel: 'slack', chatId: userId });

export function attachmentsOf(files: SlackMessageEvent['files']): Attachment[] {
  return (files ?? []).map((f) => {
    const type = f.mimetype ?? '';
    const kind: Attachment['kind'] = type.startsWith('image/')
      ? 'photo'
      : type.startsWith('audio/')
        ? 'voice'
        : type.startsWith('video/')
          ? 'video'
          : 'document';
    return { kind, fileId: f.id };
  });
}

/**
 * A person's edit of their own message in the app's DM (`message_changed`), as the message it now is; the
 * dispatcher decides which edits are read (an edit into an emergency, a question corrected soon after), as it
 * does for Telegram's `edited_message`. Edits in channels and deletions stay dropped.
 */
function editedInDm(e: SlackMessageEvent): SlackMessageEvent | undefined {
  const m = e.message;
  if (e.subtype !== 'message_changed' || e.channel_type !== 'im' || !m?.user || m.bot_id) return undefined;
  return {
    type: 'message',
    channel: e.channel,
    channel_type: 'im',
    user: m.user,
    text: m.text ?? '',
    ts: m.ts,
    ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}),
  };
}

/** Subtypes that are still a person writing: a plain message, one with files, a thread reply also sent to the channel. */
const PERSON_SUBTYPES = new Set([undefined, 'file_share', 'thread_broadcast']);

/**
 * A `message` or `app_mention` event → IncomingMessage, or undefined when the core has no use for it:
 * bots (including ourselves), edits, deletions, joins and other subtypes, and channel chatter that is
 * neither a mention nor a reply in one of our threads. A channel message that mentions the app is left
 * to its `app_mention` twin, so it is answered once.
 */
export function translateMessage(
  envelope: SlackEventEnvelope,
  bot: SlackBotIdentity,
  follows?: (channel: string, thread: string, user: string) => boolean,
): IncomingMessage | undefined {
  const edit = editedInDm(envelope.event);
  if (edit) {
    const incoming = translateMessage({ ...envelope, event: edit }, bot, follows);
    return incoming && { ...incoming, edited: true, sentAt: Math.round(Number(edit.ts) * 1000) };
  }
  const e = envelope.event;
  if (!e.user || e.bot_id || !PERSON_SUBTYPES.has(e.subtype) || e.user === bot.userId) return undefined;
  const kind = chatKindOf(e.type === 'app_mention' ? undefined : e.channel_type, e.channel);
  const { text, mentioned } = plainFromSlack(e.text ?? '', bot);
  const inThread = e.thread_ts !== undefined && e.thread_ts !== e.ts;
  // What gets this far is meant for the app: a DM, a mention, or a reply in the thread of its message.
  const replyInOurThread = kind !== 'private' && inThread && e.parent_user_id === bot.userId;
  // …or the next message of a person the app answered in this thread (their mention's thread).
  const followUp = kind !== 'private' && inThread && !!follows?.(e.channel, e.thread_ts!, e.user);
  if (kind !== 'private' && e.type !== 'app_mention') {
    // The app_mention event carries this one; answering both would answer twice.
    if (mentioned || !(replyInOurThread || followUp)) return undefined;
  }
  const cmd = parseCommand(text, undefined);
  if (cmd && !cmd.forUs) return undefined;
  let address: Address;
  if (kind === 'private') {
    address = { ...privateAddress(e.user), ...(inThread ? { threadId: e.thread_ts } : {}) };
  } else {
    const thread = cmd ? undefined : inThread ? e.thread_ts : e.ts;
    address = { channel: 'slack', chatId: e.channel, ...(thread ? { threadId: thread } : {}) };
  }
  const replyToBot = replyInOurThread ? { address, messageId: e.thread_ts! } : undefined;
  const attachments = attachmentsOf(e.files);
  return {
    type: 'message',
    updateId: `ev:${envelope.event_id}`,
    chat: { address, kind },
    from: userRef(e.user),
    messageId: e.ts,
    text,
    addressed: true,
    ...(cmd ? { command: { name: cmd.name, args: cmd.args } } : {}),
    ...(attachments.length ? { attachments } : {}),
    ...(replyToBot ? { replyToBot } : {}),
  };
}

/**
 * A person's top-level message in a channel, not meant for the app (no mention, not in a thread) → IncomingMessage
 * marked `aside`, for a staff channel only (the listener asks the core which are): a secretary whose prompt waits in a
 * card's thread may have typed the answer in the channel instead. Undefined for anything else — a thread's message,
 * a mention (its `app_mention` twin is read), a bot, an edit, a DM or a group DM.
 */
export function translateAside(
  envelope: SlackEventEnvelope,
  bot: SlackBotIdentity,
): IncomingMessage | undefined {
  const e = envelope.event;
  if (e.type !== 'message' || !e.user || e.bot_id || e.user === bot.userId) return undefined;
  if (!PERSON_SUBTYPES.has(e.subtype) || e.subtype === 'thread_broadcast') return undefined;
  if (e.channel_type === 'mpim' || chatKindOf(e.channel_type, e.channel) === 'private') return undefined;
  if (e.thread_ts !== undefined && e.thread_ts !== e.ts) return undefined;
  const { text, mentioned } = plainFromSlack(e.text ?? '', bot);
  if (mentioned) return undefined;
  return {
    type: 'message',
    updateId: `ev:${envelope.event_id}`,
    chat: { address: { channel: 'slack', chatId: e.channel }, kind: 'group' },
    from: userRef(e.user),
    messageId: e.ts,
    text,
    addressed: false,
    aside: true,
  };
}

/**
 * A slash command → IncomingMessage with `command`. `/waystation <name> <args>` runs any of the core's
 * commands (bare `/waystation` is `/start`); a top-level slash command (`/bind`, `/report`…) runs the
 * core command of the same name.
 */
export function translateCommand(
  c: SlackSlashCommand,
  umbrella = '/waystation',
): IncomingMessage | undefined {
  const { text: args } = plainFromSlack(c.text ?? '');
  let name = c.command.replace(/^\//, '').toLowerCase();
  let rest = args.trim();
  if (c.command === umbrella) {
    const m = /^\/?([A-Za-z0-9_]{1,32})(?:\s+([\s\S]*))?$/.exec(rest);
    name = m ? m[1]!.toLowerCase() : 'start';
    rest = m ? (m[2] ?? '').trim() : '';
  }
  if (!/^[a-z0-9_]{1,32}$/.test(name)) return undefined;
  // Slack sends "directmessage" for any DM (with the app or between people): the answer goes to the app's DM.
  const isPrivate = c.channel_name === 'directmessage' || IM.test(c.channel_id);
  const address: Address = isPrivate ? privateAddress(c.user_id) : { channel: 'slack', chatId: c.channel_id };
  return {
    type: 'message',
    updateId: `cmd:${c.trigger_id}`,
    chat: {
      address,
      kind: isPrivate ? 'private' : 'group',
      ...(!isPrivate && c.channel_name ? { title: `#${c.channel_name}` } : {}),
    },
    from: userRef(c.user_id, c.user_name),
    messageId: c.trigger_id,
    text: `/${name}${rest ? ` ${rest}` : ''}`,
    addressed: true,
    command: { name, args: rest },
    // Help asked for in a channel is for the asker, not the whole channel.
    ...(!isPrivate && PERSONAL_COMMANDS.has(name) ? { onlyToSender: true } : {}),
  };
}

/**
 * A group DM (mpim: a conversation among a few people, not a channel). Slack names it `mpdm-…` in slash
 * commands. It can never be a workers' channel: its members are whoever was in the conversation.
 */
export function isGroupDm(c: Pick<SlackSlashCommand, 'channel_name'>): boolean {
  return /^mpdm-/.test(c.channel_name ?? '');
}

/** Core commands that make a chat a workers' group (refused in a group DM). */
export const BINDING_COMMANDS: ReadonlySet<string> = new Set(['bind']);

/**
 * Slash commands whose answer concerns only the person who typed it. `cancel` ends the typer's own step (QA26: "好的，
 * 已取消。" went to the whole channel, telling everyone the person had been in the middle of something).
 */
const PERSONAL_COMMANDS = new Set(['start', 'help', 'mytickets', 'cancel']);

/** A press of one of our buttons on a message → IncomingButton; presses inside modals or on ephemeral messages are not the core's. */
export function translateAction(
  body: SlackBlockAction,
  action: SlackBlockAction['actions'][number],
): IncomingButton | undefined {
  const channelId = body.container?.channel_id ?? body.channel?.id;
  const messageTs = body.container?.message_ts ?? body.message?.ts;
  if (!channelId || !messageTs || body.container?.type === 'view' || action.value === undefined)
    return undefined;
  const isPrivate = IM.test(channelId);
  const threadTs = body.container?.thread_ts ?? body.message?.thread_ts;
  const inThread = threadTs !== undefined && threadTs !== messageTs;
  const address: Address = isPrivate
    ? { ...privateAddress(body.user.id), ...(inThread ? { threadId: threadTs } : {}) }
    : { channel: 'slack', chatId: channelId, ...(inThread ? { threadId: threadTs } : {}) };
  return {
    type: 'button',
    updateId: `act:${body.trigger_id}`,
    chat: {
      address,
      kind: isPrivate ? 'private' : 'group',
      ...(body.channel?.name && !isPrivate ? { title: `#${body.channel.name}` } : {}),
    },
    from: userRef(body.user.id, body.user.name ?? body.user.username),
    data: action.value,
    sentData: action.value,
    message: { address, messageId: messageTs },
    pressId: body.trigger_id,
  };
}
