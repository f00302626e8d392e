/**
 * The report being written, as kept in the dialog (Redis, so it survives a restart), and what every intake
 * step shares: its buttons' callback data (`rp:<draft>:<op>[:<arg>]`, bound to one draft), saving it at a
 * step, adding words within the input limit, and the view and emergency signals its cards are shown with.
 */
import { randomBytes } from 'node:crypto';
import * as z from 'zod';
import type { Button } from '../card.js';
import type { ContentPack } from '../content/schema.js';
import type { Ctx } from '../feature.js';
import { MAX_INPUT } from '../text.js';
import type { Dialog } from '../ports/dialogs.js';
import type { TicketFile, TicketUrgency } from '../ports/tickets.js';
import { normaliseReportText } from './classify.js';
import { emergencySignals } from './emergency.js';
import { liveHazard } from './urgency.js';
import { foldedReading } from './classify/analysis.js';
import { chatPinyinReader } from './classify/pinyin.js';
import type { View } from './views.js';

/**
 * Words one report keeps, over several messages: a message is cut to `MAX_INPUT` on arrival, and the worker
 * is asked to send the rest as another message, which joins the same report (so the report holds more).
 */
export const REPORT_MAX = 4 * MAX_INPUT;

/** Evidence files one report keeps. */
export const MAX_FILES = 10;

/** Where a report was started from: the group whose /report link the worker followed, and its branch. */
export type Origin = { chat: string; branch: string };

export const OriginSchema = z.object({ chat: z.string(), branch: z.string() });

export interface Draft {
  id: string;
  origin?: Origin;
  text: string;
  files: TicketFile[];
  location?: { lat: number; lon: number };
  category?: string;
  urgency?: TicketUrgency;
  confidence?: number;
  /** A model's one-line summary of the text, when a model classified it. */
  summary?: string;
  anonymous?: boolean;
  contact?: boolean;
  truncated?: boolean;
  /**
   * Characters of the worker's last message that did not arrive (cut on arrival): they were asked to send the
   * rest, so the next words join the report as they are, not read as a question of their own.
   */
  missing?: number;
  /** The closed ticket whose reporter told of danger after it closed (see worker.ts `fileAfterClosed`). */
  follows?: string;
  /** The last question asked mid-report and answered by the FAQ: one tap adds it to the report after all. */
  aside?: string;
  /**
   * The buttons of the last card that waits for a press (a step's question, the category list, the 🆘 tap), in the
   * order a client numbers them: a bare "2" typed instead is read as the second (intake-numbers.ts).
   */
  waiting?: { label: string; data: string }[];
  /** The emergency numbers were shown for this draft: once is enough, not again on every reply (QA9 #3). */
  numbersShown?: boolean;
  /** The worker skipped the category question ("跳过"): filed under "other" for the branch to sort. */
  categorySkipped?: boolean;
  /**
   * The message showing the category proposal now current: a ✅ on an older one (a newer proposal was sent since) is
   * refused, as is any ✅ once the step has passed (the worker skipped it) — stop 38.
   */
  proposal?: string;
}

/** The draft as kept in the dialog, checked when read back (a stale or foreign shape counts as none). */
const DraftSchema = z.object({
  id: z.string(),
  origin: OriginSchema.optional(),
  text: z.string(),
  files: z.array(z.object({ kind: z.string(), fileId: z.string() })),
  location: z.object({ lat: z.number(), lon: z.number() }).optional(),
  category: z.string().optional(),
  urgency: z.enum(['normal', 'urgent', 'emergency']).optional(),
  confidence: z.number().optional(),
  summary: z.string().optional(),
  anonymous: z.boolean().optional(),
  contact: z.boolean().optional(),
  truncated: z.boolean().optional(),
  missing: z.number().optional(),
  follows: z.string().optional(),
  aside: z.string().optional(),
  waiting: z.array(z.object({ label: z.string(), data: z.string() })).optional(),
  numbersShown: z.boolean().optional(),
  categorySkipped: z.boolean().optional(),
  proposal: z.string().optional(),
}) satisfies z.ZodType<Draft>;

export type Step = 'describe' | 'category' | 'anon' | 'contact' | 'confirm';

export const INTAKE_STEPS: ReadonlySet<string> = new Set<Step>([
  'describe',
  'category',
  'anon',
  'contact',
  'confirm',
]);

/** What the report views are rendered with, from a ctx (the staff side's cards use it too). */
export function viewOf(ctx: Ctx): View {
  return {
    t: ctx.t,
    locale: ctx.locale,
    pack: ctx.deps.content.get(),
    tz: ctx.deps.timezone,
    now: ctx.deps.now().getTime(),
  };
}

export const newDraftId = () => randomBytes(6).toString('base64url').replace(/[-_]/g, 'x');

/** Callback data of an intake choice, bound to one draft so a stale button cannot touch a newer one. */
export const choice = (draft: Draft, op: string, arg?: string) =>
  `rp:${draft.id}:${op}${arg === undefined ? '' : `:${arg}`}`;

export function draftOf(dialog: Dialog | undefined): Draft | undefined {
  if (!dialog || dialog.feature !== 'reports') return undefined;
  const parsed = DraftSchema.safeParse(dialog.data.draft);
  return parsed.success ? parsed.data : undefined;
}

/** Whose dialog holds the draft: this person in this chat. */
export const owner = (ctx: Ctx) => ({
  channel: ctx.in.chat.address.channel,
  chatId: ctx.in.chat.address.chatId,
  userId: ctx.user.id,
});

/** Keep the draft at a step. */
export async function save(ctx: Ctx, step: Step, draft: Draft): Promise<void> {
  await ctx.setDialog('reports', step, { draft });
}

/**
 * An emergency told outside a report waits at the describe step with its words and the 🆘 button (emergencyFirst):
 * the only way a draft is at that step with words in it (other words there are classified at once).
 */
export const sosWaiting = (step: Step, draft: Draft): boolean =>
  step === 'describe' && /\p{L}/u.test(draft.text);

/** The buttons a card offers that a press acts on (not links), in the order a client numbers them. */
export function waitingOn(
  buttons: readonly (readonly Button[])[] | undefined,
): NonNullable<Draft['waiting']> {
  return (buttons ?? []).flat().flatMap((b) => ('data' in b ? [{ label: b.label, data: b.data }] : []));
}

/** Whether a draft holds anything the worker gave (words, files, a location). */
export const hasContent = (draft: Draft): boolean =>
  Boolean(draft.text || draft.files.length || draft.location);

/** Add words to the draft's text, within a report's limit (the worker is told when it is cut). */
export function appendText(draft: Draft, text: string): void {
  draft.text = draft.text ? `${draft.text}\n${text}` : text;
  if (draft.text.length > REPORT_MAX) draft.truncated = true;
  draft.text = draft.text.slice(0, REPORT_MAX);
}

/**
 * The words as the danger checks read them: typed by sound (dianchi zhaohuo) read back into Chinese with the pack's
 * words and the built-in danger words (classify/pinyin.ts `chatPinyinReader`), then normalised as a report is.
 */
function readForDanger(text: string, pack?: ContentPack): string {
  return normaliseReportText((pack && chatPinyinReader(pack).read(text)) ?? text);
}

/**
 * What the report describes (bleeding, fire, violence…), to put the right emergency number first. With the pack, pinyin
 * is read back first (dianchi zhaohuo is 电池着火).
 */
export function signalsOf(text: string, pack?: ContentPack): string[] {
  return emergencySignals(readForDanger(text, pack));
}

/**
 * A live hazard the words tell of, nobody hurt yet (充电柜冒火花 大家还在充电, chongdiangui mao huohua dajia hai zai
 * chongdian): read as a report's urgency reads it (urgency.ts, pinyin read back with the pack's words), so words told
 * outside a report get the danger line the same words make 🟠 inside one.
 */
export function hazardOf(text: string, pack?: ContentPack): 'electric' | 'other' | undefined {
  return liveHazard(foldedReading(readForDanger(text, pack)));
}
