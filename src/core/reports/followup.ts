/**
 * More for a report already filed: a worker whose report is still open sends the photo they promised, a voice
 * note, or presses "📝 这是要反映的问题" under a problem told — and is asked where it goes: added to an open report
 * (the branch sees it as the reporter's words, with the files), filed as a new report, or not at all. Without
 * this a photo sent after filing reached only the FAQ, which answered its caption and dropped the picture.
 *
 * What waits for the choice is kept in the person's dialog (`report-followup`), so photos sent one by one (an
 * album) gather there; presses are `fu:add:<ticket>`, `fu:new`, `fu:drop`.
 */
import * as z from 'zod';
import { italic, type Button, type Card } from '../card.js';
import type { ButtonCtx, Ctx, Feature, MessageCtx } from '../feature.js';
import type { Dialog } from '../ports/dialogs.js';
import { encodeRef, type Ticket } from '../ports/tickets.js';
import { ellipsis, hasWords, MAX_INPUT } from '../text.js';
import { maskText } from '../mask.js';
import { tellsDetails } from '../faq/details.js';
import { asks } from '../faq/told.js';
import { smallTalk } from '../faq/smalltalk.js';
import { normaliseReportText } from './classify.js';
import { emergencySignals } from './emergency.js';
import { reportWithContent } from './intake.js';
import { cancelWord, controlWord } from './intake-messages.js';
import { viewOf } from './intake-draft.js';
import { cutNotice, cutOf } from './cut.js';
import { audible, hearVoices } from './heard.js';
import { followEdit, sourceOf } from './edited-reply.js';
import { emergencyDeadlines, own } from './worker.js';
import type { ReportsKit } from './kit.js';
import { ticketFiles } from './ticket-files.js';
import { actorOf, explain } from './triage/access.js';
import { NOTE_MAX } from './triage/prompts.js';
import { categoryName, emergencyBlock } from './views.js';

export const FOLLOW_UP = 'report-followup';
/** Open reports offered to add to, newest first. */
const MAX_OFFERED = 3;
/** Files one follow-up gathers (as a report's evidence). */
const MAX_FILES = 10;

const PendingSchema = z.object({
  text: z.string(),
  files: z.array(z.object({ kind: z.string(), fileId: z.string() })),
  /** The last words came cut on arrival: once placed, the worker is asked for the rest. */
  cut: z.object({ n: z.number(), kept: z.number(), missing: z.number(), end: z.string() }).optional(),
  /** Offered with no report open: a photo or file sent on its own, to start a report with (QA15). */
  fresh: z.boolean().optional(),
  /** The emergency numbers were shown for these words already: "补充到" does not show them again (QA15). */
  warned: z.boolean().optional(),
  /** The choice on screen (its message id in this chat): redrawn as an album's photos arrive, so its count is true. */
  shown: z.string().optional(),
  /** The one message the words came from (edited-reply.ts `sourceOf`): an edit of it follows them to the branch. */
  msg: z.string().optional(),
});
type Pending = z.infer<typeof PendingSchema>;

const isOpen = (t: Ticket) => t.status === 'new' || t.status === 'claimed' || t.status === 'waiting';

async function openReports(ctx: Ctx): Promise<Ticket[]> {
  const mine = await ctx.deps.store.tickets.forWorker(ctx.user.channel, ctx.user.id, 0, 10);
  return mine.filter(isOpen).slice(0, MAX_OFFERED);
}

function pendingOf(dialog: Dialog | undefined): Pending | undefined {
  const parsed = PendingSchema.safeParse(dialog?.data);
  return parsed.success ? parsed.data : undefined;
}

/** "📎 补充到 <id>（<category>）": the button that adds to an open report. */
const addLabel = (ctx: Ctx, t: Ticket) =>
  ctx.t('report-followup-btn-add', {
    id: t.id,
    category: categoryName(ctx.deps.content.get(), t.category, ctx.locale),
  });

/** The choice: each open report, a new report, or neither. */
function choiceCard(ctx: Ctx, pending: Pending, open: Ticket[]): Card {
  const what = pending.text
    ? italic(ellipsis(pending.text, 100))
    : ctx.t('report-followup-files', { count: pending.files.length });
  const buttons: Button[][] = open.map((t) => [{ label: addLabel(ctx, t), data: `fu:add:${t.id}` }]);
  buttons.push([
    { label: ctx.t('report-followup-btn-new'), data: 'fu:new' },
    { label: ctx.t('report-followup-btn-drop'), data: 'fu:drop' },
  ]);
  const ask = open.length
    ? 'report-followup-ask'
    : pending.fresh
      ? 'report-followup-ask-new'
      : 'report-followup-ask-closed';
  return { text: [ctx.t(ask), '\n', what], buttons };
}

/**
 * Words or files for a report while the worker has one open: kept and the choice offered; false when nothing is
 * open (the caller goes on as before).
 */
export async function offerFollowUp(
  ctx: Ctx,
  pending: Pending,
  options: { orNew?: boolean; numbers?: Card | undefined } = {},
): Promise<boolean> {
  if (ctx.in.chat.kind !== 'private') return false;
  const open = await openReports(ctx);
  if (!open.length && !options.orNew) return false;
  if (!open.length) pending.fresh = true;
  if (options.numbers) pending.warned = true;
  await ctx.setDialog(FOLLOW_UP, 'choose', pending);
  if (options.numbers) await ctx.reply(options.numbers);
  await showChoice(ctx, pending, open);
  return true;
}

/** The choice sent, and kept as the one on screen. */
async function showChoice(ctx: Ctx, pending: Pending, open: Ticket[]): Promise<void> {
  const ref = await ctx.reply(choiceCard(ctx, pending, open));
  pending.shown = ref.messageId;
  await ctx.setDialog(FOLLOW_UP, 'choose', pending);
}

/**
 * The choice on screen redrawn with what waits now: an album arrives photo by photo, and "（1 个附件）" under it while
 * four were kept is not true. A failed edit (the card deleted, too old) leaves it as it was.
 */
async function redrawChoice(ctx: MessageCtx, pending: Pending, open: Ticket[]): Promise<void> {
  if (!pending.shown || pending.text) return;
  const ref = { address: ctx.in.chat.address, messageId: pending.shown };
  await ctx.deps.outbox.edit(ref, choiceCard(ctx, pending, open)).catch((err: unknown) => {
    ctx.log.warn({ err }, 'follow-up choice not redrawn');
  });
}

/** Words that say they add to something told before: 补充一下, 再补充, 补一句, one more thing. */
const ADDING =
  /^\s*(?:再|还要|還要|另外|我)?(?:补充|補充|补一句|補一句)|^\s*(?:one more thing|to add|also,? about my report)\b/i;
/**
 * Words that take a report back ("不用处理了，已经解决了，撤销吧"): the nudge asks workers to say so, and the branch must
 * hear it — as words for the open report, not as a question for the FAQ (QA20: it answered with an accident entry).
 */
const WITHDRAWING =
  /^\s*(?:我的?(?:反映|问题|問題)[，,\s]*)?(?:不用|不需要|无需|無需|不必)再?(?:处理|處理|跟进|跟進|麻烦|麻煩)|^\s*(?:撤销|撤銷|撤回)|^\s*(?:no need to (?:handle|follow up)|please (?:cancel|withdraw) my report)\b/i;

/**
 * Danger told in words that wait for the choice (a voice note heard, a photo's caption: 我同事从楼梯摔下来了 头在流血): the
 * emergency numbers at once, as typed words get them from the FAQ — not only after "add to my report" is pressed (QA15).
 */
function dangerCard(ctx: Ctx, kit: ReportsKit, text: string): Card | undefined {
  if (!text || kit.keywordUrgency(ctx.deps.content.get(), text) !== 'emergency') return undefined;
  return { text: emergencyBlock(viewOf(ctx), emergencySignals(normaliseReportText(text)), text) };
}

/**
 * A photo, file or voice note sent in private with no dialog open while a report of the worker's is open — or words
 * that say they add to it ("补充一下，是昨天中午的单"), take it back, or tell details as an answer does ("是12月5号中午，
 * 订单尾号3321": `tellsDetails`). A photo or file alone with no report open is offered as a new one.
 */
async function onMessage(ctx: MessageCtx, kit: ReportsKit): Promise<boolean> {
  const files = ticketFiles(ctx.in.attachments);
  const text = hasWords(ctx.in.text) ? ctx.in.text.slice(0, MAX_INPUT) : '';
  // Details told unasked ("是12月5号中午，订单尾号3321", "就在万达北门") are more for an open report, not a question:
  // the FAQ answered one with whatever entry shared its 中午 (stop 42). With no report open they go on to the FAQ.
  if (!files.length && !ADDING.test(text) && !WITHDRAWING.test(text) && !tellsDetails(text)) return false;
  const cut = text ? cutOf(ctx) : undefined;
  // A photo or file alone (no words, no voice) is most often a problem to report: with no report open it is kept
  // and offered as a new one, rather than the worker told to send /report and the photo again.
  const orNew = !text && files.every((f) => f.kind !== 'voice');
  const msg = text ? sourceOf(ctx) : undefined;
  return offerFollowUp(
    ctx,
    { text, files: files.slice(0, MAX_FILES), ...(cut ? { cut } : {}), ...(msg ? { msg } : {}) },
    {
      orNew,
      numbers: dangerCard(ctx, kit, text),
    },
  );
}

/** "不用了" (the button's own words), "不要了", "不补充了" typed as the whole message: no, as the button says. */
const DROP_WORD = /^(不用了?|不要了?|不用补充了?|不补充了?|不加了?|nothanks|noneed)$/i;

/**
 * Words typed while the choice waits that are not words for the report (QA22 #9: "菜单" was added to what waits and the
 * choice asked again). `drop`: "取消", "不用了" — as the 不用了 button; `menu`: "菜单", "help" — the choice ends and the
 * words are read as anywhere else (the menu, as /help shows it; typed commands end it in the dispatcher already);
 * `again`: "好的", "继续", "返回" — a button is wanted, so the choice is asked again and nothing is added.
 */
function notForTheReport(ctx: MessageCtx, words: string): 'drop' | 'menu' | 'again' | undefined {
  if (!words || ctx.in.attachments?.length || ctx.in.location) return undefined;
  if (cancelWord(words) || DROP_WORD.test(words.replace(/[\s\p{P}\p{S}]/gu, ''))) return 'drop';
  if (smallTalk(words) === 'help') return 'menu';
  return controlWord(words) ? 'again' : undefined;
}

/**
 * The next message while the choice is open: more photos (an album arrives one by one), a voice note or words about
 * them join what waits, and the choice is asked again. A question of its own ("哪里能充电") is not the choice's: it
 * is answered as any message is, and the choice stays. With no report open any more (closed meanwhile), what waits
 * can still be filed as a new report.
 */
async function onDialog(ctx: MessageCtx, dialog: Dialog, kit: ReportsKit): Promise<void | false> {
  const pending = pendingOf(dialog);
  if (!pending) {
    await ctx.clearDialog();
    return false;
  }
  // A voice note (an audio file, a video note) while the choice waits is heard, as one sent outside it is (QA15).
  const heard = await hearVoices(ctx, kit);
  const words = hasWords(ctx.in.text) ? ctx.in.text : '';
  const aside = notForTheReport(ctx, words);
  if (aside === 'drop') {
    await ctx.clearDialog();
    await ctx.reply({ text: [ctx.t('report-followup-dropped')] });
    return;
  }
  if (aside === 'menu') {
    await ctx.clearDialog();
    return false;
  }
  if (aside === 'again') return showChoice(ctx, pending, await openReports(ctx));
  if (words && asks(words)) {
    // Words that ask ("这个充电站在哪", typed, a photo's caption or heard) are a question of their own: answered as any
    // message is, and the choice stays. A photo or file that came with them still joins what waits, quietly (QA15);
    // a voice note heard to be the question was only the asking. The rest of the features see the words alone, so the
    // files are not offered a second time.
    const joining = (ctx.in.attachments ?? []).filter((a) => !(heard && audible(a)));
    delete ctx.in.attachments;
    const files = ticketFiles(joining);
    if (files.length) {
      pending.files = [...pending.files, ...files].slice(0, MAX_FILES);
      await ctx.setDialog(FOLLOW_UP, 'choose', pending);
      await redrawChoice(ctx, pending, await openReports(ctx));
    }
    return false;
  }
  const files = ticketFiles(ctx.in.attachments);
  if (!files.length && !words) return false;
  const open = await openReports(ctx);
  pending.files = [...pending.files, ...files].slice(0, MAX_FILES);
  if (words) {
    // Words of several messages are not one message's to follow when edited.
    const msg = pending.text ? undefined : sourceOf(ctx);
    if (msg) pending.msg = msg;
    else delete pending.msg;
    pending.text = (pending.text ? `${pending.text}\n${words}` : words).slice(0, MAX_INPUT);
  }
  const cut = words ? cutOf(ctx) : undefined;
  if (cut) pending.cut = cut;
  const danger = dangerCard(ctx, kit, words);
  if (danger) pending.warned = true;
  await ctx.setDialog(FOLLOW_UP, 'choose', pending);
  if (danger) await ctx.reply(danger);
  // Photos of an album after the first: gathered under the choice already on screen, its count redrawn.
  if (!words && files.every((f) => f.kind === 'photo') && (open.length || pending.fresh))
    return redrawChoice(ctx, pending, open);
  await showChoice(ctx, pending, open);
}

async function onPress(ctx: ButtonCtx, payload: string, kit: ReportsKit): Promise<void> {
  const [op, id = ''] = payload.split(':');
  const dialog = await ctx.deps.store.dialogs.get({
    channel: ctx.in.chat.address.channel,
    chatId: ctx.in.chat.address.chatId,
    userId: ctx.user.id,
  });
  const pending = dialog?.feature === FOLLOW_UP ? pendingOf(dialog) : undefined;
  if (!pending) return ctx.answer(ctx.t('error-button-expired'), true);
  if (op === 'drop') {
    await ctx.answer();
    await ctx.clearDialog();
    await ctx.record({ text: [ctx.t('report-followup-dropped')] });
    return;
  }
  if (op === 'new') {
    await ctx.answer();
    await ctx.clearDialog();
    await ctx.record({ text: [ctx.t('report-followup-as-new')] });
    await reportWithContent(ctx, pending, kit);
    return;
  }
  if (op === 'add') return addTo(ctx, id, pending, kit);
  await ctx.answer(ctx.t('error-button-expired'), true);
}

/**
 * Added to an open report as the reporter's words and files (relayed to the branch). Danger told in them makes
 * the report an emergency at once, numbers first, as a reply to the branch's question does.
 */
async function addTo(
  ctx: ButtonCtx,
  id: string,
  pending: Pending,
  kit: ReportsKit,
  fromDialog = true,
): Promise<void> {
  if (!(await own(ctx, id))) return ctx.answer(ctx.t('ticket-missing'), true);
  const pack = ctx.deps.content.get();
  const now = ctx.deps.now().getTime();
  const text = ellipsis(pending.text, NOTE_MAX);
  const danger = !!text && kit.keywordUrgency(pack, text) === 'emergency';
  const raise = danger ? emergencyDeadlines(pack, now) : undefined;
  // Kept masked, as the report's own words are (filing.ts).
  const r = await ctx.deps.store.tickets.reply(
    id,
    actorOf(ctx),
    now,
    maskText(text),
    pending.files,
    raise,
    text ? pending.msg : undefined,
  );
  if (!r.ok) {
    // Closed meanwhile: the choice stays, so the worker can file it as a new report instead.
    await ctx.answer(
      r.reason === 'bad-state'
        ? ctx.t('report-followup-closed', { id })
        : r.reason === 'already'
          ? ctx.t('report-followup-already', { id })
          : explain(ctx, r),
      true,
    );
    return;
  }
  await ctx.answer();
  if (fromDialog) await ctx.clearDialog();
  // Shown already when the words were told (before the choice): the report is raised, the numbers not repeated.
  if (danger && !pending.warned)
    await ctx.reply({ text: emergencyBlock(viewOf(ctx), emergencySignals(normaliseReportText(text)), text) });
  await ctx.record({ text: [ctx.t('report-followup-added', { id })] });
  if (pending.cut) {
    // The rest of words cut on arrival: the next message joins this ticket as a reply.
    await ctx.setDialog('reports', 'answer', { id });
    await ctx.reply({ text: cutNotice(ctx, pending.cut, 'ticket', id) });
  }
  await kit.flushEffects(ctx.deps, id, ctx.log);
}

/**
 * The worker's open reports as "📎 补充到" choices, newest first: a FAQ "not sure" reply in private offers them, since
 * words a worker with a report open sends unasked ("回复：是昨天下午…") are often more for it (QA20 #5).
 */
export async function openReportChoices(ctx: Ctx): Promise<{ id: string; label: string }[]> {
  return (await openReports(ctx)).map((t) => ({ id: t.id, label: addLabel(ctx, t) }));
}

/**
 * Words kept elsewhere (the FAQ's question, from the worker's message `messageId`) added to their open report at a
 * press, as 📎 补充到 adds words that wait for the choice; an open follow-up choice is left as it is.
 */
export async function addWordsTo(
  ctx: ButtonCtx,
  id: string,
  text: string,
  messageId: string | undefined,
  kit: ReportsKit,
): Promise<void> {
  const { channel, chatId } = ctx.in.chat.address;
  const msg = messageId ? encodeRef({ address: { channel, chatId }, messageId }) : undefined;
  await addTo(ctx, id, { text, files: [], ...(msg ? { msg } : {}) }, kit, false);
}

/** The feature: placed before the FAQ, so a photo with a caption reaches it first. */
export function followUpFeature(kit: ReportsKit): Feature {
  return {
    name: FOLLOW_UP,
    buttons: [{ prefix: 'fu', run: (ctx, payload) => onPress(ctx, payload, kit) }],
    onMessage: (ctx) => onMessage(ctx, kit),
    onDialog: (ctx, dialog) => onDialog(ctx, dialog, kit),
    // Words relayed to a report follow the worker's edit of them.
    onEdit: (ctx) => followEdit(ctx, kit),
  };
}
