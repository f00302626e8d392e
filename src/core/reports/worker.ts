/**
 * The worker after filing: answering the branch's questions, saying whether the resolution really
 * solved it (with a comment when not: the ticket reopens at the same branch), rating it once, and
 * /mytickets. Presses are `tw:<action>:<ticket>[:<arg>]`; each checks that the presser is the reporter.
 */
import type { ButtonCtx, Ctx, MessageCtx } from '../feature.js';
import { ellipsis, hasWords } from '../text.js';
import { maskText } from '../mask.js';
import type { Dialog } from '../ports/dialogs.js';
import { personKey } from '../ports/groups.js';
import type { Ticket } from '../ports/tickets.js';
import { HOUR } from './decide.js';
import { viewOf } from './intake-draft.js';
import { cutNotice, cutOf, type Cut } from './cut.js';
import type { ReportsKit } from './kit.js';
import { actorOf, explain } from './triage/access.js';
import { NOTE_MAX } from './triage/prompts.js';
import {
  emergencyBlock,
  myTicketsCard,
  ratingButtons,
  resolutionCards,
  stars,
  withdrawConfirmCard,
  workerTicketCard,
} from './views.js';
import { normaliseReportText } from './classify.js';
import { emergencySignals } from './emergency.js';
import { fileAfterClosed } from './after-closed.js';
import { CONFIRM_TTL_SECONDS, onConfirmDialog, readSolved, type ConfirmActions } from './confirm.js';
import type { Card } from '../card.js';
import type { ContentPack } from '../content/schema.js';
import { sourceOf } from './edited-reply.js';
import { passedOf, toldAndAlbumKept } from './album-rest.js';
import { ticketFiles } from './ticket-files.js';

const open = (ticket: Ticket) =>
  ticket.status === 'new' || ticket.status === 'claimed' || ticket.status === 'waiting';

const isReporter = (ctx: Ctx, ticket: Ticket) =>
  ticket.channel === ctx.user.channel && ticket.reporter === ctx.user.id;

/** The ticket when the person is its reporter (a refusal is logged); undefined otherwise. */
export async function own(ctx: Ctx, id: string): Promise<Ticket | undefined> {
  const ticket = await ctx.deps.store.tickets.get(id);
  if (ticket && isReporter(ctx, ticket)) return ticket;
  if (ticket)
    ctx.log.warn(
      { user: personKey(ctx.user.channel, ctx.user.id), ticket: id },
      'refused: worker action on a ticket not theirs',
    );
  return undefined;
}

export async function myTickets(ctx: MessageCtx): Promise<void> {
  const tickets = await ctx.deps.store.tickets.forWorker(ctx.user.channel, ctx.user.id, 0, 10);
  await ctx.reply(myTicketsCard(viewOf(ctx), tickets));
}

/**
 * "我反映的事怎么样了" in words: in private, what /mytickets shows (no report: says so, and how to report); in a
 * group, where to look — a worker's reports are not shown to the group.
 */
export async function myReports(ctx: MessageCtx): Promise<void> {
  if (ctx.in.chat.kind !== 'private')
    return void (await ctx.reply({ text: [ctx.t('mytickets-in-private')] }));
  await myTickets(ctx);
}

export async function onWorkerPress(ctx: ButtonCtx, payload: string, kit: ReportsKit): Promise<void> {
  const [act = '', id = '', arg] = payload.split(':');
  const ticket = await own(ctx, id);
  // Someone else's press (a secretary on a worker's confirmation, QA23) is told whose button it is, not "not found".
  if (!ticket)
    return ctx.answer(
      ctx.t((await ctx.deps.store.tickets.get(id)) ? 'ticket-not-yours' : 'ticket-missing'),
      true,
    );
  const now = ctx.deps.now().getTime();
  const tickets = ctx.deps.store.tickets;
  const flush = () => kit.flushEffects(ctx.deps, id, ctx.log);
  switch (act) {
    case 'v':
      await ctx.answer();
      await ctx.reply(workerTicketCard(viewOf(ctx), ticket, await tickets.events(id)));
      return;
    case 'ans':
      if (ticket.status === 'resolved' || ticket.status === 'closed')
        return ctx.answer(ctx.t('worker-answer-closed'), true);
      await ctx.answer();
      await ctx.setDialog('reports', 'answer', { id });
      await ctx.reply({ text: [ctx.t('worker-answer-prompt', { id })] });
      return;
    case 'ok': {
      const card = await confirmSolved(ctx, ticket, kit);
      if (typeof card === 'string') return ctx.answer(card, true);
      await ctx.answer(ctx.t('worker-thanks'));
      // The message pressed keeps what it said — the branch's resolution (a promise to pay by Friday) stays in the
      // chat, marked confirmed; the thanks and the rating are a new message (QA8).
      const kept = await confirmedCard(ctx, id, arg);
      if (kept) await ctx.record(kept);
      await ctx.reply(card);
      return;
    }
    case 'no':
      if (ticket.status !== 'resolved' && ticket.status !== 'closed')
        return ctx.answer(ctx.t('worker-not-resolved-yet'), true);
      await ctx.answer();
      await ctx.setDialog('reports', 'reopen', { id });
      await ctx.reply({ text: [ctx.t('worker-reopen-prompt', { id })] });
      return;
    case 'wd':
      // 撤回: a confirmation first — for an emergency, "确定没事了吗？" with the numbers (QA20 #7, docs/reports.md).
      if (!open(ticket)) return ctx.answer(ctx.t('worker-withdraw-not-open'), true);
      await ctx.answer();
      await ctx.reply(withdrawConfirmCard(viewOf(ctx), ticket));
      return;
    case 'wn':
      await ctx.answer();
      await ctx.record({ text: [ctx.t('worker-withdraw-kept', { id })] });
      return;
    case 'wy': {
      const r = await tickets.withdraw(id, actorOf(ctx), now);
      if (!r.ok) return ctx.answer(explain(ctx, r), true);
      await ctx.answer();
      await ctx.record({ text: [ctx.t('worker-withdrawn', { id })] });
      await flush();
      return;
    }
    case 'r': {
      const n = Number(arg);
      if (!Number.isInteger(n) || n < 1 || n > 5) return ctx.answer(ctx.t('error-button-expired'), true);
      const r = await tickets.rate(id, actorOf(ctx), now, n);
      if (!r.ok) {
        return ctx.answer(
          r.reason === 'already'
            ? ctx.t('worker-rated-before', { stars: stars(Number(r.detail[0])) })
            : explain(ctx, r),
          true,
        );
      }
      await ctx.answer(ctx.t('worker-thanks'));
      await ctx.record({ text: [ctx.t('worker-rated', { stars: stars(n) })] });
      await endWait(ctx, 'rating', id);
      await flush();
      return;
    }
    default:
      return ctx.answer(ctx.t('error-button-expired'), true);
  }
}

/**
 * The pressed message once the worker said "solved": their ticket view redrawn as it is now (`v`), the question asked
 * again answered (`a`), or the resolution — the last of its messages, which carried the buttons — marked confirmed
 * (`n`, and buttons sent before QA8, most of them on a resolution). Undefined when the resolution is not found (the
 * message is left as it is).
 */
async function confirmedCard(ctx: ButtonCtx, id: string, on: string | undefined): Promise<Card | undefined> {
  if (on === 'a') return { text: [ctx.t('worker-resolved-confirmed')] };
  const ticket = await ctx.deps.store.tickets.get(id);
  if (!ticket) return undefined;
  const events = await ctx.deps.store.tickets.events(id);
  if (on === 'v') return workerTicketCard(viewOf(ctx), ticket, events);
  const resolved = events.findLast((e) => e.type === 'resolved');
  return resolved && resolutionCards(viewOf(ctx), ticket, resolved, true).at(-1);
}

/** The worker's dialog, as a key: the chat they are in. */
const ownerOf = (ctx: Ctx) => ({
  channel: ctx.in.chat.address.channel,
  chatId: ctx.in.chat.address.chatId,
  userId: ctx.user.id,
});

/** A typed answer's wait (`solved`, `rating`) for this ticket ends: its button was pressed. */
async function endWait(ctx: Ctx, step: string, id: string): Promise<void> {
  const dialog = await ctx.deps.store.dialogs.get(ownerOf(ctx));
  if (dialog?.feature === 'reports' && dialog.step === step && dialog.data.id === id) await ctx.clearDialog();
}

/**
 * "Solved", pressed or typed: the ticket closes (or is closed already) and the rating is asked once, its typed
 * answer waited for a day. A string: the refusal to show.
 */
async function confirmSolved(ctx: Ctx, ticket: Ticket, kit: ReportsKit): Promise<Card | string> {
  const id = ticket.id;
  const r = await ctx.deps.store.tickets.close(id, actorOf(ctx), ctx.deps.now().getTime(), 'confirmed', true);
  // Closed already (the window passed, or a second tap): still let them rate if they have not.
  if (!r.ok && !(r.reason === 'bad-state' && ticket.status === 'closed')) return explain(ctx, r);
  await endWait(ctx, 'solved', id);
  if (!ticket.rating) {
    const wait = { feature: 'reports', step: 'rating', data: { id }, startedAt: ctx.deps.now().getTime() };
    await ctx.deps.store.dialogs.set(ownerOf(ctx), wait, CONFIRM_TTL_SECONDS);
  }
  await kit.flushEffects(ctx.deps, id, ctx.log);
  return ticket.rating
    ? {
        text: [
          ctx.t('worker-confirmed', { id }),
          '\n',
          ctx.t('worker-rated', { stars: stars(ticket.rating) }),
        ],
      }
    : {
        text: [ctx.t('worker-confirmed', { id }), '\n', ctx.t('worker-rate-ask')],
        buttons: ratingButtons(ticket),
      };
}

/** Typed answers to "问题解决了吗？" and to the rating (confirm.ts reads them; these act as the buttons do). */
export function confirmActions(kit: ReportsKit): ConfirmActions {
  return {
    tellsDanger: (ctx, text) => kit.keywordUrgency(ctx.deps.content.get(), text) === 'emergency',
    async confirm(ctx, id) {
      const ticket = await own(ctx, id);
      if (!ticket) return void (await ctx.reply({ text: [ctx.t('ticket-missing')] }));
      const card = await confirmSolved(ctx, ticket, kit);
      await ctx.reply(typeof card === 'string' ? { text: [card] } : card);
    },
    reopen: async (ctx, dialog) => void (await onWorkerDialog(ctx, dialog, kit)),
    async askWhy(ctx, id) {
      await ctx.setDialog('reports', 'reopen', { id });
      await ctx.reply({ text: [ctx.t('worker-reopen-prompt', { id })] });
    },
    async rate(ctx, id, n) {
      const ticket = await own(ctx, id);
      if (!ticket) return void (await ctx.reply({ text: [ctx.t('ticket-missing')] }));
      const r = await ctx.deps.store.tickets.rate(id, actorOf(ctx), ctx.deps.now().getTime(), n);
      if (!r.ok) {
        await ctx.reply({
          text: [
            r.reason === 'already'
              ? ctx.t('worker-rated-before', { stars: stars(Number(r.detail[0])) })
              : explain(ctx, r),
          ],
        });
        return;
      }
      await ctx.reply({ text: [ctx.t('worker-rated', { stars: stars(n) })] });
      await kit.flushEffects(ctx.deps, id, ctx.log);
    },
  };
}

/** A command while the worker owes the branch a reply (an answer, or why it is not solved): kept, and said. */
export async function keepWorkerReply(ctx: Ctx, dialog: Dialog): Promise<boolean> {
  const id = typeof dialog.data.id === 'string' ? dialog.data.id : '';
  if (!id) return false;
  await ctx.reply({ text: [ctx.t('worker-reply-kept', { id })] });
  return true;
}

/** A refusal's status detail: the ticket is resolved or closed (its words can no longer reach it). */
const isOver = (status: string | undefined): boolean => status === 'resolved' || status === 'closed';

/** Said after the words were passed on when they made the ticket an emergency (`raisedFrom` not ''). */
const raisedLine = (ctx: Ctx, raisedFrom: string | undefined): string[] =>
  raisedFrom ? ['\n', ctx.t('worker-raised')] : [];

/** Deadlines a ticket takes when the reporter's words tell of danger now (the store never lowers them). */
export function emergencyDeadlines(pack: ContentPack, now: number): { respondBy: number; resolveBy: number } {
  const e = pack.settings.deadlines.emergency;
  return { respondBy: now + e.respondHours * HOUR, resolveBy: now + e.resolveHours * HOUR };
}

/**
 * The worker's words reached the ticket cut (a message over `MAX_INPUT`): they are told plainly how much did not
 * arrive, and the prompt stays open, so the rest sent as another message joins the same ticket as a reply.
 */
async function askForRest(ctx: Ctx, id: string, cut: Cut): Promise<void> {
  await ctx.setDialog('reports', 'answer', { id });
  await ctx.reply({ text: cutNotice(ctx, cut, 'ticket', id) });
}

/** A shared place, in the words the card's place line uses (views/words.ts `placeText`). */
const placeWords = (p: { lat: number; lon: number }) => `📍 ${p.lat.toFixed(5)}, ${p.lon.toFixed(5)}`;

/** The worker's answer to a question, or their comment when it is not solved. */
export async function onWorkerDialog(
  ctx: MessageCtx,
  dialog: Dialog,
  kit: ReportsKit,
): Promise<void | false> {
  const id = String(dialog.data.id ?? '');
  const ticket = await own(ctx, id);
  if (!ticket) {
    await ctx.clearDialog();
    await ctx.reply({ text: [ctx.t('ticket-missing')] });
    return;
  }
  const files = ticketFiles(ctx.in.attachments);
  const said = hasWords(ctx.in.text) ? ellipsis(ctx.in.text, NOTE_MAX) : '';
  // A place sent as the answer ("where was it?" is often answered with a pin) reaches the branch as the report's
  // own place reads on its card, not dropped with "请输入您的回复" (QA22 #8).
  const place = ctx.in.location ? placeWords(ctx.in.location) : '';
  const text = said && place ? `${said}\n${place}` : said || place;
  const cut = text ? cutOf(ctx) : undefined;
  if (!text && !files.length) {
    await ctx.reply({
      text: [ctx.t(dialog.step === 'answer' ? 'worker-answer-prompt' : 'worker-reopen-prompt', { id })],
    });
    return;
  }
  const now = ctx.deps.now().getTime();
  const pack = ctx.deps.content.get();
  // Danger told in a reply ("he is bleeding, he won't wake up"): the numbers first, before anything else,
  // and the ticket becomes an emergency in the same script as the words (never lowered; a repeat is a no-op).
  const danger = !!text && kit.keywordUrgency(pack, text) === 'emergency';
  // A ticket that is over gets no raise: the words become a new report (fileAfterClosed), whose receipt
  // leaves the numbers out because they were shown here.
  // The question went unanswered and the ticket was resolved meanwhile: a yes or a no answers "问题解决了吗？".
  if (dialog.step === 'answer' && ticket.status === 'resolved' && !danger && readSolved(text) !== 'unclear')
    return onConfirmDialog(ctx, { ...dialog, step: 'solved' }, confirmActions(kit));
  const numbers = () =>
    ctx.reply({ text: emergencyBlock(viewOf(ctx), emergencySignals(normaliseReportText(text)), text) });
  const numbersShown = danger && (ticket.urgency !== 'emergency' || isOver(ticket.status));
  if (numbersShown) await numbers();
  /** The words came too late for this ticket: a new report (numbers first if not shown: it closed meanwhile). */
  const fileAnew = async () => {
    if (!numbersShown) await numbers();
    await fileAfterClosed(ctx, kit, ticket, text, files);
    await ctx.clearDialog();
  };
  const raise = danger ? emergencyDeadlines(pack, now) : undefined;
  if (dialog.step === 'answer') {
    // The reporter's words are kept masked, as the report's own are (filing.ts).
    // The message is followed: an edit of it edits the words relayed (edited-reply.ts).
    const source = text ? sourceOf(ctx) : undefined;
    const r = await ctx.deps.store.tickets.reply(id, actorOf(ctx), now, maskText(text), files, raise, source);
    if (danger && !r.ok && r.reason === 'bad-state' && isOver(r.detail[0])) return fileAnew();
    await ctx.clearDialog();
    if (!r.ok) {
      await ctx.reply({ text: [r.reason === 'bad-state' ? ctx.t('worker-answer-closed') : explain(ctx, r)] });
      return;
    }
    const lead = ctx.t(ticket.anonymous ? 'worker-answer-sent-anonymous' : 'worker-answer-sent', { id });
    await toldAndAlbumKept(ctx, id, passedOf(lead, files, !!place, raisedLine(ctx, r.detail[0])));
    if (cut) await askForRest(ctx, id, cut);
  } else {
    // A photo or file sent as the reason (a screenshot of the fine still charged) is the reason: kept as an
    // answer's files are, and passed on — before, only words reopened the ticket and the photo was dropped.
    const d = pack.settings.deadlines[danger ? 'emergency' : ticket.urgency];
    const r = await ctx.deps.store.tickets.reopen(
      id,
      actorOf(ctx),
      now,
      maskText(text),
      {
        respondBy: now + d.respondHours * HOUR,
        resolveBy: now + d.resolveHours * HOUR,
        windowMs: pack.settings.confirmWindowDays * 24 * HOUR,
        raise: danger,
      },
      files,
    );
    if (danger && !r.ok && r.reason === 'too-late') return fileAnew();
    await ctx.clearDialog();
    if (!r.ok) {
      await ctx.reply({
        text: [
          r.reason === 'too-late'
            ? ctx.t('worker-reopen-too-late', { days: pack.settings.confirmWindowDays })
            : explain(ctx, r),
        ],
      });
      return;
    }
    // The album's other photos join the reopened ticket as they arrive (album-rest.ts, QA31 #3).
    const passed = passedOf(ctx.t('worker-reopened', { id }), files, !!place, raisedLine(ctx, r.detail[0]));
    await toldAndAlbumKept(ctx, id, passed);
    if (cut) await askForRest(ctx, id, cut);
  }
  await kit.flushEffects(ctx.deps, id, ctx.log);
}
