/**
 * A notice being composed: the draft kept in the organiser's dialog (Redis, so it survives a restart),
 * and the names of the buttons that act on it (`nt:<action>[:<arg>]`).
 */
import type { Locale } from '../content/schema.js';
import type { Ctx } from '../feature.js';
import type { MessageRef } from '../types.js';
import type { NoticeAudience } from '../../store/notices.js';

export const FEATURE = 'notices';
export const PREFIX = 'nt';

export interface Draft {
  draft: string;
  text?: string;
  variants?: Partial<Record<string, string>>;
  photo?: string;
  photoChannel?: string;
  audience: NoticeAudience;
  /** Undefined: send on confirmation. */
  sendAt?: number;
  pin: boolean;
  ack: boolean;
  audienceCard?: MessageRef;
  previews?: { ref: MessageRef; locale: Locale }[];
  controls?: MessageRef;
}

/**
 * Button actions. Older messages carry one-letter names (`v`, `b`, `i`, `t`, `x`); they are read as the
 * new ones, so a button pressed in a card sent before the rename still works.
 */
export type Action =
  | 'view'
  | 'branch'
  | 'industry'
  | 'tag'
  | 'all'
  | 'go'
  | 'discard'
  | 'pin'
  | 'ack'
  | 'now'
  | 'quiet'
  | 'time'
  | 'ok'
  | 'show'
  | 'cancel'
  | 'new';
/** The audience card's pages: the main choices, or the list of branches, industries or tags. */
export type AudienceView = 'main' | 'branch' | 'industry' | 'tag';

const OLD_NAMES: Record<string, string> = { v: 'view', b: 'branch', i: 'industry', t: 'tag', x: 'discard' };
const ACTIONS = new Set<string>(
  'view branch industry tag all go discard pin ack now quiet time ok show cancel new'.split(' '),
);

/** `view:branch`, or an old `v:b` → the action and its argument; undefined for anything unknown. */
export function parseAction(payload: string): { action: Action; arg: string } | undefined {
  const [raw = '', ...rest] = payload.split(':');
  const action = OLD_NAMES[raw] ?? raw;
  if (!ACTIONS.has(action)) return undefined;
  const arg = rest.join(':');
  return { action: action as Action, arg: action === 'view' ? (OLD_NAMES[arg] ?? arg) : arg };
}

/** Callback data of a notice button. */
export const data = (action: Action, arg?: string): string =>
  arg === undefined ? `${PREFIX}:${action}` : `${PREFIX}:${action}:${arg}`;

export const emptyAudience = (): NoticeAudience => ({ all: false, branches: [], industries: [], tags: [] });

const ownerOf = (ctx: Ctx) => ({
  channel: ctx.in.chat.address.channel,
  chatId: ctx.in.chat.address.chatId,
  userId: ctx.user.id,
});

export async function loadDraft(ctx: Ctx): Promise<{ step: string; draft: Draft } | undefined> {
  const d = await ctx.deps.store.dialogs.get(ownerOf(ctx));
  if (!d || d.feature !== FEATURE) return undefined;
  return { step: d.step, draft: d.data as unknown as Draft };
}

export const saveDraft = (ctx: Ctx, step: string, draft: Draft) =>
  ctx.setDialog(FEATURE, step, draft as unknown as Record<string, unknown>);

/** What the notice card is built from (the previews and, once confirmed, the record). */
export const contentOf = (d: Draft) => ({
  text: d.text ?? '',
  variants: d.variants ?? {},
  ...(d.photo ? { photo: d.photo, photoChannel: d.photoChannel } : {}),
  ack: d.ack,
});
