/**
 * Events API: a mention of the app in a channel (`app_mention`) and messages (`message.im` in the app's
 * DM; `message.channels`/`message.groups` only for replies in the threads of the app's own messages, and
 * a person's follow-ups in the thread where the app answered them, and — in a staff channel only — top-level
 * messages marked `aside`, in case one is a prompt's answer typed beside its thread; the rest of the channel is
 * dropped here, before the core sees it); a channel renamed (`channel_rename`, `group_rename`).
 */
import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import {
  BINDING_COMMANDS,
  translateAside,
  translateMessage,
  type SlackEventEnvelope,
  type SlackMessageEvent,
} from '../../translate.js';
import { botOf, type ListenerDeps } from '../deps.js';

type EventArgs<T extends string> = Pick<SlackEventMiddlewareArgs<T> & AllMiddlewareArgs, 'body' | 'context'>;

async function handle(
  deps: ListenerDeps,
  body: { event_id: string; event: unknown },
  context: EventArgs<'message'>['context'],
): Promise<void> {
  const bot = botOf(context);
  if (!bot) return deps.logger.warn('slack event without the app identity; dropped');
  const raw = body as SlackEventEnvelope<SlackMessageEvent>;
  const e =
    raw.event.text && raw.event.user
      ? { ...raw.event, text: await deps.nameMentions(raw.event.text, raw.event.user, bot) }
      : raw.event;
  const envelope = { ...raw, event: e };
  if (e.channel_type === 'im' && e.user) deps.ims.remember(e.user, e.channel);
  // Read before translating (translation is synchronous): only a channel thread's reply can be a follow-up.
  const inChannelThread = e.channel_type !== 'im' && e.thread_ts && e.thread_ts !== e.ts && e.user;
  const followed = inChannelThread ? await deps.threads.follows(e.channel, e.thread_ts!, e.user!) : false;
  const incoming = translateMessage(envelope, bot, () => followed);
  if (!incoming) {
    // A top-level message in a staff channel may be a prompt's answer typed beside its thread: the core reads whether
    // one waits (one Redis read). Any other channel's is dropped here, as before, with no Redis and no users.info.
    const aside =
      e.channel_type !== 'im' && deps.hearsAside(e.channel) ? translateAside(envelope, bot) : undefined;
    if (aside) return deps.dispatch(aside);
    deps.metrics.updates.inc({ channel: 'slack', outcome: 'ignored' });
    return;
  }
  // `@Waystation /bind` in a group DM is refused as the /bind slash command is there (QA13 #6).
  const name = incoming.command?.name;
  if (name && BINDING_COMMANDS.has(name) && incoming.chat.kind !== 'private' && e.user) {
    if (e.channel_type === 'mpim' || (await deps.isGroupDm(e.channel))) {
      await deps.whisper(e.channel, e.user, await deps.say(e.user, 'slack-bind-group-dm'), e.thread_ts);
      return;
    }
  }
  // Answered in a channel thread: the person's next message there is for the app too.
  const thread = incoming.chat.address.threadId;
  if (incoming.chat.kind !== 'private' && thread && e.user)
    await deps.threads.answered(incoming.chat.address.chatId, thread, e.user);
  await deps.dispatch(incoming);
}

/** `@Waystation 附近哪里能充电` in a channel: answered in a thread. */
export const appMention =
  (deps: ListenerDeps) =>
  async ({ body, context }: EventArgs<'app_mention'>): Promise<void> =>
    handle(deps, body, context);

/** A DM to the app, or a reply in the thread of one of its messages. */
export const message =
  (deps: ListenerDeps) =>
  async ({ body, context }: EventArgs<'message'>): Promise<void> =>
    handle(deps, body, context);

/**
 * A channel the app is in was renamed (`channel_rename`; `group_rename` for a private channel): a bound channel's
 * stored title follows, so organisers' lists name it as its members see it. Slack says who renamed it in the
 * channel's own message, not here: the rename is Slack's own (USLACKBOT).
 */
export const channelRename =
  (deps: ListenerDeps) =>
  async ({ body }: { body: { event_id: string; event: unknown } }): Promise<void> => {
    const e = body.event as { channel?: { id?: string; name?: string } };
    if (!e.channel?.id || !e.channel.name) return;
    await deps.dispatch({
      type: 'retitled',
      updateId: `ev:${body.event_id}`,
      chat: {
        address: { channel: 'slack', chatId: e.channel.id },
        kind: 'group',
        title: `#${e.channel.name}`,
      },
      from: { channel: 'slack', id: 'USLACKBOT' },
    });
  };

/** The person opened the app's Home tab: publish their page, fresh each time. */
export const appHomeOpened =
  (deps: ListenerDeps) =>
  async ({ event }: { event: { user: string; tab?: string } }): Promise<void> => {
    if (event.tab && event.tab !== 'home') return;
    if (!deps.publishHome) return;
    await deps.track(
      deps
        .publishHome(event.user)
        .catch((err: unknown) =>
          deps.logger.warn({ err: (err as Error).message, user: event.user }, 'slack home not published'),
        ),
    );
  };

export function register(app: App, deps: ListenerDeps): void {
  app.event('app_home_opened', appHomeOpened(deps));
  app.event('app_mention', appMention(deps));
  app.event('message', message(deps));
  app.event('channel_rename', channelRename(deps));
  app.event('group_rename', channelRename(deps));
}
