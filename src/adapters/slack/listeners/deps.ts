/**
 * What the listeners are given: the adapter's way into the core and the few Slack-side helpers they
 * share. Built once in adapter.ts; tests can pass fakes to any single listener.
 */
import type { types } from '@slack/bolt';
import type { Logger } from '../../../core/logger.js';
import type { Metrics } from '../../../core/metrics.js';
import type { Incoming } from '../../../core/types.js';
import type { ImDirectory } from '../outbox.js';
import type { Profiles } from '../profiles.js';
import type { ThreadMemory } from '../threads.js';
import type { SlackBotIdentity } from '../translate.js';

export interface ListenerDeps {
  /** Hand a translated update to the core: in order per chat, counted so stop() can wait for it. */
  dispatch(incoming: Incoming): Promise<void>;
  /** Count other work done after Slack was answered, so stop() waits for it too. */
  track<T>(work: Promise<T>): Promise<T>;
  ims: ImDirectory;
  /**
   * Whether a top-level message in this channel goes to the core marked `aside` (a staff channel: a prompt's answer
   * may be typed beside its thread). The core's `hearsAside`, from the content pack: no Redis.
   */
  hearsAside(channelId: string): boolean;
  /** Channel threads where the app answered someone: their next message there is a follow-up. */
  threads: ThreadMemory;
  logger: Logger;
  metrics: Metrics;
  /** The slash command that runs any core command as a subcommand (`/waystation bind …`). */
  umbrellaCommand: string;
  /** True when a post into this chat was refused (app not in the channel) since `since` (epoch ms). */
  refusedSince(chatId: string, since: number): boolean;
  /**
   * The text with each `<@U…>` (Slack sends no names) labelled with the person's display name — or a word
   * for "someone" in the writer's language — so nobody reads a raw id.
   */
  nameMentions(text: string, writer: string, bot?: SlackBotIdentity): Promise<string>;
  /** A name typed after the umbrella command (`/waystation digest`), so texts about it name it that way. */
  typedCommand(name: string): void;
  /** A short localised text for this person (their Slack language). */
  say(userId: string, id: string): Promise<string>;
  /**
   * Whether a conversation is a group DM (mpim). A mention carries no channel type, so Slack is asked
   * (conversations.info, remembered); false when it cannot say.
   */
  isGroupDm(channelId: string): Promise<boolean>;
  /** Tell one person something in a conversation, seen by them alone (chat.postEphemeral). */
  whisper(channelId: string, userId: string, text: string, threadTs?: string): Promise<void>;
  /** The modal flows (reports), when the core has them. */
  modals?: SlackModals;
  /** Publish this person's App Home tab (role, open tickets or queue), when the app has one. */
  publishHome?(userId: string): Promise<void>;
}

/** What a modal flow gets from the adapter. */
export interface ModalContext {
  client: { views: { open(args: { trigger_id: string; view: types.ModalView }): Promise<unknown> } };
  ims: ImDirectory;
  logger: Logger;
  profiles: Profiles;
  dispatch: (incoming: Incoming) => Promise<void>;
}

/** Slack-only flows that open a modal instead of talking in the chat. */
export interface SlackModals {
  /** The modal a slash command opens instead of going to the core (`/report …`): its initial text, or undefined. */
  forCommand(command: string, text: string): { text: string } | undefined;
  /** True when a press of this core button opens a modal instead (the report help button). */
  forButton(data: string): boolean;
  /** Open the modal with a trigger id (valid for 3 seconds after the command or press). */
  open(args: { triggerId: string; userId: string; channelId: string; text: string }): Promise<void>;
  /**
   * A submitted modal: `errors` (block id → message) keep it open; otherwise it closes and `after` runs
   * (the slow part: creating the ticket, the DMs), since Slack wants the answer within 3 seconds.
   */
  submit(args: ViewSubmission): Promise<{ errors?: Record<string, string>; after?: () => Promise<void> }>;
  callbackIds: readonly string[];
}

export interface ViewSubmission {
  callbackId: string;
  userId: string;
  /** Slack's legacy username (a handle), used only when the profile gives no display name. */
  userName?: string;
  privateMetadata: string;
  values: ViewValues;
  viewId: string;
  /** Stable per submission (Slack's trigger id), for idempotency. */
  submissionId: string;
}

/** `view.state.values`: block id → action id → the input's state. */
export type ViewValues = Record<
  string,
  Record<
    string,
    {
      type: string;
      value?: string | null;
      selected_option?: { value: string } | null;
      selected_options?: { value: string }[];
    }
  >
>;

/** Bolt's context fields that name the app itself (from auth.test). */
export function botOf(context: { botUserId?: string; botId?: string }): SlackBotIdentity | undefined {
  if (!context.botUserId) return undefined;
  return { userId: context.botUserId, ...(context.botId ? { botId: context.botId } : {}) };
}
