/**
 * What a job (faq, reports, lessons, notices…) plugs into the core: commands, button handlers,
 * deep-link handlers, free-text handlers and dialog steps. The dispatcher does the routing and the
 * checks common to all of them (roles, idempotency, error boundary); a feature does its job only.
 */
import type { Button, Card } from './card.js';
import type { ContentHolder } from './content/holder.js';
import type { DeliveryEngine } from './delivery/engine.js';
import type { ChatMoves } from './groups/moves.js';
import type { Locale } from './content/schema.js';
import type { I18n, TArgs } from './i18n.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import type { Outbox } from './outbox.js';
import type { Spool } from './spool.js';
import type {
  Address,
  Channel,
  Incoming,
  IncomingButton,
  IncomingMembership,
  IncomingMessage,
  MessageRef,
  Role,
  UserRef,
} from './types.js';
import type { Dialog } from './ports/dialogs.js';
import type { GroupBinding } from './ports/groups.js';
import type { StorePort } from './ports/index.js';

/** Everything a feature may use, built once at the composition root. */
export interface CoreDeps {
  content: ContentHolder;
  i18n: I18n;
  store: StorePort;
  outbox: Outbox;
  /** Bulk sending (lessons, notices): one Redis-backed queue, paced under the platforms' limits. */
  delivery: DeliveryEngine;
  /** Chats that moved to a new id (a Telegram group upgraded to a supergroup), followed (groups/moves.ts). */
  moves: ChatMoves;
  /**
   * The platforms this process has an adapter for, filled as each is registered (app.ts): a colleague listed only
   * on another platform would never read a ticket handed to them, so the hand-over does not offer them (QA28 #1).
   */
  served: readonly Channel[];
  logger: Logger;
  metrics: Metrics;
  timezone: string;
  /** Updates kept on disk while Redis is unreachable, replayed when it is back (absent: no spool). */
  spool?: Spool;
  /** The clock (injectable so schedules and deadlines can be tested at a fixed time). */
  now: () => Date;
}

/** Who is speaking, as the content pack and the bindings see them. */
export interface Identity {
  user: UserRef;
  role: Role;
  isOrganiser: boolean;
  /** Branch ids this person is a secretary of. */
  secretaryOf: string[];
}

interface CtxBase<I extends Incoming> extends Identity {
  in: I;
  deps: CoreDeps;
  log: Logger;
  locale: Locale;
  /** The chat's binding when the chat is a bound group. */
  group?: GroupBinding;
  t(id: string, args?: TArgs): string;
  /** Send into the chat (and topic) the update came from. */
  reply(card: Card): Promise<MessageRef>;
  /** Start or advance a dialog with this person in this chat. */
  setDialog(feature: string, step: string, data?: Record<string, unknown>): Promise<void>;
  clearDialog(): Promise<boolean>;
}

export type MessageCtx = CtxBase<IncomingMessage>;
export interface ButtonCtx extends CtxBase<IncomingButton> {
  /** Acknowledge the press, optionally with a short toast only the presser sees. */
  answer(text?: string, alert?: boolean): Promise<void>;
  /** Show `card` in place of the pressed message; as a reply when there is none or it cannot be edited. */
  show(card: Card): Promise<void>;
  /** Replace the pressed message with a record of what was decided, if it can be; a failed edit is ignored. */
  record(card: Card): Promise<void>;
}
export type MembershipCtx = CtxBase<IncomingMembership>;
export type Ctx = MessageCtx | ButtonCtx | MembershipCtx;

export interface CommandSpec {
  name: string;
  /** Fluent id of the one-line description shown in the command menu. */
  description: string;
  /** Fluent id of its arguments, shown after the name in /help (`/bind [支部] [zh-CN|zh-TW|en] [标签…]`). */
  usage?: string;
  /** Where it is offered: private chats, groups, or both. */
  scope: 'private' | 'group' | 'all';
  /** Who may run it; others get a localised refusal (checked on the server, never trusted from the client). */
  roles?: Role[];
  /** Fluent id of the refusal to those not allowed, when it helps to say who may (default `error-not-allowed`). */
  refused?: string;
  /** Answered but never listed in /help or a menu: a word people try (/stop), not something the bot offers. */
  hidden?: boolean;
  /**
   * Whether this call deals with an open dialog itself (/report asks what to do with a half-written report);
   * otherwise the dispatcher clears the dialog before the command runs.
   */
  keepsDialog?: (args: string) => boolean;
  run(ctx: MessageCtx, args: string): Promise<void>;
}

export interface ButtonSpec {
  /** Callback data is `prefix:payload`; the prefix routes the press here. */
  prefix: string;
  run(ctx: ButtonCtx, payload: string): Promise<void>;
}

export interface DeepLinkSpec {
  /** `/start prefix-payload` (a deep link into the private chat) routes here. */
  prefix: string;
  run(ctx: MessageCtx, payload: string): Promise<void>;
}

export interface Feature {
  name: string;
  commands?: CommandSpec[];
  buttons?: ButtonSpec[];
  deepLinks?: DeepLinkSpec[];
  /** A message that is not a command and is meant for the bot; return true when handled. */
  onMessage?(ctx: MessageCtx): Promise<boolean>;
  /**
   * The person's next message while a dialog this feature owns is open. False: the message is not the dialog's
   * (it may have been cleared or kept, the feature's choice); it goes on to every feature's onMessage.
   */
  onDialog?(ctx: MessageCtx, dialog: Dialog): Promise<void | false>;
  /**
   * Whether the messages this open dialog takes count as the person's own like any other: against the per-person
   * limit (core/flood.ts), and for the reply language (dispatcher/written-locale.ts). Answers to a dialog are never
   * counted (a report being written, a reply for a secretary: nothing typed into one may be lost) and keep the
   * language; a dialog that only narrows the next lookup — the station card's "send your location" — is a question
   * asked again, and counted, or a worker could have a card drawn for every pin they send; words typed while it is
   * open are a new question, and an English one after a Chinese list is answered in English.
   */
  countsInDialog?(dialog: Dialog): boolean;
  /**
   * A private message the person edited, before the dispatcher's own rules for edits (an emergency, a typo fixed);
   * true when handled. The words only: the files came with the message first sent.
   */
  onEdit?(ctx: MessageCtx): Promise<boolean>;
  /**
   * A command (`/name`) while a dialog this feature owns is open: true keeps the dialog (the feature has said
   * so to the person); otherwise it ends before the command runs.
   */
  keepsDialogOn?(ctx: MessageCtx, dialog: Dialog, command: string): Promise<boolean>;
  /**
   * Whether this open dialog wants to hear of words its person typed in the chat itself rather than where it waits
   * (`IncomingMessage.aside`). Asked before the update is claimed: cheap, no Redis.
   */
  takesAside?(dialog: Dialog): boolean;
  /** Those words (`takesAside` said yes): they are not the dialog's answer; the feature may offer to make them so. */
  onAside?(ctx: MessageCtx, dialog: Dialog): Promise<void>;
  /** The bot was added to this chat or removed from it. */
  onMembership?(ctx: MembershipCtx): Promise<void>;
  /**
   * A press the bot cannot take: its button is no longer on the message (the card was redrawn meanwhile) or unknown.
   * True when this feature said what became of what the message showed; otherwise "这个按钮已失效".
   */
  onStalePress?(ctx: ButtonCtx): Promise<boolean>;
  /** One-tap entries this feature adds under /start and /help for this person here. */
  helpButtons?(ctx: Ctx): Button[];
}

/** Send to an address that is not the current chat (a triage chat, a worker's private chat). */
export type SendTo = (to: Address, card: Card) => Promise<MessageRef>;
