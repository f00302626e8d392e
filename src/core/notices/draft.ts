/**
 * A notice being composed: the draft kept in the organiser's dialog (Redis, so it survives a restart),
 * and the names of the buttons that act on it (`nt:<action>[:<arg>]`).
 */
import * as z from 'zod';
import { LOCALES } from '../content/schema.js';
import type { Ctx } from '../feature.js';
import type { NoticeAudience } from '../ports/notices.js';

export const FEATURE = 'notices';
export const PREFIX = 'nt';

const messageRef = z.object({
  address: z.object({
    channel: z.enum(['telegram', 'slack', 'console']),
    chatId: z.string(),
    threadId: z.string().optional(),
  }),
  messageId: z.string(),
});

/** The draft as kept in the dialog: checked when read back, so a stale or foreign shape is "draft gone". */
const DraftSchema = z.object({
  draft: z.string(),
  text: z.string().optional(),
  variants: z.partialRecord(z.string(), z.string()).optional(),
  photo: z.string().optional(),
  photoChannel: z.string().optional(),
  audience: z.object({
    all: z.boolean(),
    branches: z.array(z.string()),
    industries: z.array(z.string()),
    tags: z.array(z.string()),
  }) satisfies z.ZodType<NoticeAudience>,
  /** Undefined: send on confirmation. */
  sendAt: z.number().optional(),
  /** A pinned notice's "有效期至": unpinned then. */
  expiresAt: z.number().optional(),
  pin: z.boolean(),
  ack: z.boolean(),
  audienceCard: messageRef.optional(),
  previews: z.array(z.object({ ref: messageRef, locale: z.enum(LOCALES) })).optional(),
  controls: messageRef.optional(),
});
export type Draft = z.output<typeof DraftSchema>;

/** A dialog's data as a draft, or undefined when it is not one. */
export function draftOf(data: Record<string, unknown>): Draft | undefined {
  const parsed = DraftSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
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
  | 'new'
  | 'fix'
  | 'withdraw'
  | 'withdraw-yes'
  | 'expiry'
  | 'who';
/** The audience card's pages: the main choices, or the list of branches, industries or tags. */
export type AudienceView = 'main' | 'branch' | 'industry' | 'tag';

const OLD_NAMES: Record<string, string> = { v: 'view', b: 'branch', i: 'industry', t: 'tag', x: 'discard' };
const ACTIONS = new Set<string>(
  'view branch industry tag all go discard pin ack now quiet time ok show cancel new fix withdraw withdraw-yes expiry who'.split(
    ' ',
  ),
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
  const draft = d?.feature === FEATURE ? draftOf(d.data) : undefined;
  return d && draft ? { step: d.step, draft } : undefined;
}

export const saveDraft = (ctx: Ctx, step: string, draft: Draft) => ctx.setDialog(FEATURE, step, draft);

/** What the notice card is built from (the previews and, once confirmed, the record). */
export const contentOf = (d: Draft) => ({
  text: d.text ?? '',
  variants: d.variants ?? {},
  ...(d.photo ? { photo: d.photo, photoChannel: d.photoChannel } : {}),
  ack: d.ack,
});
