/**
 * The secretaries' side: presses on triage cards (`tk:<action>:<ticket>[:<arg>]`) and the short
 * dialogs some actions need (a question, a resolution note, a reason), asked with force-reply so the
 * answer reaches the bot under Telegram's privacy mode.
 *
 * Every press and every answer is checked again here, against the ticket as Redis has it now: the
 * presser must be a secretary of the ticket's current branch or an organiser. A card is visible to
 * everyone in its chat, and callback data can be forged, so the button itself proves nothing; refusals
 * are logged. The scripts check the branch once more, so a ticket transferred meanwhile is refused too.
 */
import type { Button, Card } from '../card.js';
import type { ButtonCtx, Ctx, MessageCtx } from '../feature.js';
import { onPlatform } from '../platform-words.js';
import { hasWords, MAX_INPUT, overLimit } from '../text.js';
import type { Dialog } from '../ports/dialogs.js';
import { personKey } from '../ports/groups.js';
import {
  decodeRef,
  encodeRef,
  seenOf,
  stillAsSeen,
  type Actor,
  type Ticket,
  type TicketEvent,
} from '../ports/tickets.js';
import { districtBranch } from './route.js';
import {
  categoryBranch,
  ESCALATE_WINDOW_MS,
  explainRefusal,
  staffAction,
  type Staff,
  type StaffAction,
  type StaffResult,
} from './actions.js';
import { HOUR } from './decide.js';
import { viewOf } from './intake-draft.js';
import type { ReportsKit } from './kit.js';
import {
  action,
  branchLabel,
  categoryName,
  evidencePhotos,
  ownerText,
  staffTicketCards,
  statusText,
  ticketNowText,
  when,
} from './views.js';
import { showPhotos } from './photos.js';
import { sendAside } from './aside.js';
import { isTransient } from './effects.js';
import { DeliveryError } from '../outbox.js';
import type { Channel } from '../types.js';

/**
 * Notes, questions and reasons are kept to this many characters — as long as a report (`MAX_INPUT`), so
 * nothing a secretary writes for a worker is cut: a longer one is refused with its length, the prompt kept.
 */
export const NOTE_MAX = MAX_INPUT;
/** The prompts whose dialog waits for a secretary's text about one ticket (the `step` of `prompt()`). */
export const TRIAGE_STEPS: ReadonlySet<string> = new Set([
  'ask',
  'resolve',
  'transfer',
  'return',
  'extend',
  'escalate',
]);
const EXTENSION_DAYS = [1, 3, 7];

export function actorOf(ctx: Ctx): Actor {
  return { by: personKey(ctx.user.channel, ctx.user.id), name: ctx.user.name ?? ctx.user.id, role: ctx.role };
}

/** May this person see and act on this ticket? Secretaries of its branch now, and organisers. */
export function canHandle(ctx: Ctx, ticket: Pick<Ticket, 'branch'>): boolean {
  return ctx.isOrganiser || ctx.secretaryOf.includes(ticket.branch);
}

function refuse(ctx: Ctx, what: string, ticket?: string): string {
  ctx.log.warn(
    { user: personKey(ctx.user.channel, ctx.user.id), role: ctx.role, what, ticket },
    'refused: ticket action by someone not allowed',
  );
  return ctx.t('error-not-allowed');
}

/** Explain a refusal from a script in words. */
export function explain(ctx: Ctx, r: Extract<StaffResult, { ok: false }>, id = ''): string {
  return explainRefusal(ctx.t, ctx.deps.content.get(), ctx.locale, actorOf(ctx).by, r, id);
}

/** The person as staff for `staffAction` (the same checks the board makes). */
export function staffOf(ctx: Ctx): Staff {
  return { actor: actorOf(ctx), isOrganiser: ctx.isOrganiser, secretaryOf: ctx.secretaryOf };
}

async function load(ctx: Ctx, id: string, what: string): Promise<Ticket | string> {
  const ticket = await ctx.deps.store.tickets.get(id);
  if (!ticket) return ctx.t('ticket-missing');
  if (!canHandle(ctx, ticket)) return refuse(ctx, what, id);
  return ticket;
}

/**
 * How long a person's view of a ticket keeps its photos: asked for again in the same chat within this, the view says
 * they are under the last one instead of posting them again (QA13: each /waystation ticket re-posted them all).
 * Only the viewer's own recent view counts — the card's photos may be far up the channel, and another person may
 * not have seen them. New photos since (a different count) are posted again, all of them.
 */
export const PHOTOS_SHOWN_MS = 10 * 60_000;

/**
 * The staff's full view of a ticket (/ticket, 📄 查看详情) as replies: the view, then under it the rest of a long
 * text and the evidence photos. The view carries the ticket's buttons, so it is followed as a copy of the card: its
 * buttons change with the ticket and go once it leaves the branch (QA7 #5).
 */
export async function showStaffView(
  ctx: Ctx,
  ticket: Ticket,
  events: TicketEvent[],
  kit: ReportsKit,
): Promise<void> {
  const v = viewOf(ctx);
  const [drawn, ...rest] = staffTicketCards(v, ticket, events);
  if (!drawn) return;
  const photos = evidencePhotos(v, ticket);
  const { channel, chatId } = ctx.in.chat.address;
  const where = `${channel}:${chatId}:${ctx.in.from.id}:${photos.length}`;
  const shownBefore =
    photos.length > 0 && (await ctx.deps.store.tickets.photosShown(ticket.id, where).catch(() => false));
  const view = shownBefore
    ? { ...drawn, text: [...drawn.text, '\n', v.t('ticket-photos-shown-above', { count: photos.length })] }
    : drawn;
  const ref = await ctx.reply(view);
  if (view.buttons?.length)
    await kit
      .effects(ctx.deps)
      .rememberCopy(ticket, ref, { kind: 'view', branch: ticket.branch, locale: v.locale, at: v.now }, view);
  // In a shared chat the rest and the photos belong under the view (Slack: in its thread, so a view is one
  // message in the triage channel, however often it is asked for).
  const under = ctx.in.chat.kind !== 'private' && ref.messageId ? ref.messageId : undefined;
  const send = (card: Card) => ctx.reply(under ? { ...card, under } : card);
  for (const card of rest) await send(card);
  if (shownBefore || !photos.length) return;
  // On another platform than the reporter's the photos are fetched and uploaded (photos.ts).
  await showPhotos(ticket.channel as Channel, channel, photos, {
    outbox: ctx.deps.outbox,
    log: ctx.log,
    send: (card) =>
      send(card).catch((err: unknown) => {
        if (!(err instanceof DeliveryError) || isTransient(err)) throw err;
        ctx.log.warn({ err: err.message, ticket: ticket.id }, 'evidence photo not shown with the view');
        return undefined;
      }),
    elsewhere: v.t('ticket-photos-on-board'),
  });
  await ctx.deps.store.tickets
    .markPhotosShown(ticket.id, where, PHOTOS_SHOWN_MS)
    .catch((err: unknown) => ctx.log.warn({ err: (err as Error).message }, 'photos shown not remembered'));
}

/**
 * Ask for text with force-reply and remember what it is for, and the ticket as the secretary saw it (`seenOf`): the
 * answer acts only while nobody else has moved the ticket on (claimed, handed over, resolved, moved — checked again
 * in the script, `Actor.saw`). The prompt is followed like a copy of the card (kind `prompt`), so the moment someone
 * else moves the ticket on it says it is closed, rather than waiting for an answer that would no longer act.
 */
async function prompt(
  ctx: ButtonCtx,
  kit: ReportsKit,
  ticket: Ticket,
  step: string,
  data: Record<string, unknown>,
  text: string,
): Promise<void> {
  // The press is answered here: on Slack the prompt goes in the card's thread, easy to miss, so the presser is told
  // where it is (an ephemeral line in the channel); elsewhere a force-reply opens the reply box itself.
  const where = ctx.t('triage-prompt-where', onPlatform(ctx, { id: ticket.id }));
  await ctx.answer(where.trim() ? where : undefined);
  const saw = seenOf(ticket);
  const by = personKey(ctx.user.channel, ctx.user.id);
  await ctx.setDialog('reports', step, { ...data, saw });
  // Under the card (or view) whose button asked for it: Slack keeps a ticket's talk in the card's thread.
  const under = ctx.in.message?.messageId;
  const card: Card = {
    text: [text, '\n', ctx.t('triage-prompt-hint', onPlatform(ctx))],
    forceReply: true,
    ...(under ? { under } : {}),
  };
  const ref = await ctx.reply(card);
  if (!ref.messageId) return;
  // The dialog learns its prompt, so an answer (or a refusal) stops following it.
  await ctx.setDialog('reports', step, { ...data, saw, prompt: encodeRef(ref) });
  const copy = {
    kind: 'prompt' as const,
    branch: ticket.branch,
    locale: ctx.locale,
    at: ctx.deps.now().getTime(),
  };
  await kit.effects(ctx.deps).rememberCopy(ticket, ref, { ...copy, step, by, saw }, card);
}

/** The prompt a dialog answers is no longer followed (answered, or refused as overtaken). Best effort. */
async function forgetPrompt(ctx: Ctx, dialog: Dialog, id: string): Promise<void> {
  const ref = typeof dialog.data.prompt === 'string' ? decodeRef(dialog.data.prompt) : undefined;
  if (ref)
    await ctx.deps.store.tickets
      .dropCopy(id, ref)
      .catch((err: unknown) =>
        ctx.log.warn({ err: (err as Error).message, ticket: id }, 'prompt still followed'),
      );
}

/**
 * The answer to a prompt that someone else overtook (the ticket claimed, handed over, resolved or moved since it
 * opened): nothing is done, and the secretary reads plainly what the ticket is now and that their words went nowhere.
 */
async function overtaken(ctx: Ctx, dialog: Dialog, id: string, branch: string, say: Say): Promise<void> {
  await ctx.clearDialog();
  await forgetPrompt(ctx, dialog, id);
  const now = await ctx.deps.store.tickets.get(id);
  if (!now) {
    await say({ text: [ctx.t('ticket-missing')] });
    return;
  }
  const what = ctx.t(`triage-step-${dialog.step}`);
  await say({
    text: [ctx.t('triage-prompt-overtaken', { id, what, now: ticketNowText(viewOf(ctx), now, branch) })],
  });
}

/**
 * Was the pressed message posted before this ticket's card, in the same chat, without ever showing this ticket?
 * Then it showed another ticket of the same number: one lost when Redis was restored from a backup, whose number
 * the counter handed out again (QA21). Everything that shows a ticket with its buttons is posted after its card and
 * indexed as showing it (ticket-card-2, ticket-copy-3); prompts with buttons come after the card too.
 */
async function olderCardOfAnother(ctx: ButtonCtx, ticket: Ticket): Promise<boolean> {
  const pressed = ctx.in.message;
  const card = ticket.card;
  if (!pressed || !card) return false;
  const sameChat =
    pressed.address.channel === card.address.channel && pressed.address.chatId === card.address.chatId;
  // Telegram's message ids and Slack's ts both grow within a chat; anything else compares as NaN (false).
  if (!sameChat || !(Number(pressed.messageId) < Number(card.messageId))) return false;
  return (await ctx.deps.store.tickets.ticketOfCard(pressed)) !== ticket.id;
}

/**
 * Was the pressed message a display of this ticket that is no longer live — a staff view replaced by a newer one in
 * its chat (/ticket again), a copy dropped past the most followed or expired, the card of a branch the ticket left?
 * Its buttons are taken away when it is retired, but a client may still show them (an edit that failed, a press in
 * flight). Such a press acts on nothing: the ticket's card and its followed copies are where it is acted on (stop 43).
 * A message not known to show any ticket (a picker, a request's card) is none of these.
 */
export async function staleDisplay(ctx: ButtonCtx, ticket: Ticket): Promise<boolean> {
  const pressed = ctx.in.message;
  if (!pressed) return false;
  const same = (ref: { address: { channel: string; chatId: string }; messageId: string }) =>
    ref.messageId === pressed.messageId &&
    ref.address.channel === pressed.address.channel &&
    ref.address.chatId === pressed.address.chatId;
  if (ticket.card && same(ticket.card)) return false;
  if (!(await ctx.deps.store.tickets.ticketOfCard(pressed))) return false;
  return !(await ctx.deps.store.tickets.copies(ticket.id)).some(({ ref }) => same(ref));
}

/** The ticket a button's data names: `tk:<act>:<id>…`, and the hand-over's `th:pick:<id>` and `th:to:<id>:…`. */
export const ticketInData = (data: string): string | undefined =>
  /^(?:tk:[^:]+|th:(?:pick|to)):([^:]+)/.exec(data)?.[1];

/**
 * The ticket a press no longer live was for: the one its data names — a summary lists several tickets, and the
 * message is indexed as showing only the last one it was drawn for — else, when the adapter kept no data, the one
 * the pressed message shows.
 */
async function ticketPressed(ctx: ButtonCtx): Promise<string | undefined> {
  if (ctx.in.sentData !== undefined) return ticketInData(ctx.in.sentData);
  const pressed = ctx.in.message;
  return pressed ? ctx.deps.store.tickets.ticketOfCard(pressed) : undefined;
}

/**
 * A press on a ticket's card or view whose button has gone (the card was redrawn: someone claimed it, it was
 * resolved or moved): what happened, as the press that lost a race hears it — "已由 王书记 签收" — not only "这个
 * 按钮已失效" (QA20 #6). False when the press names no ticket, or not one this person handles.
 */
export async function explainStalePress(ctx: ButtonCtx): Promise<boolean> {
  const id = await ticketPressed(ctx);
  const ticket = id ? await ctx.deps.store.tickets.get(id) : undefined;
  if (!ticket) return false;
  // A worker who can see a staff card (the escalation chat's) hears whose button it is, as on a live press (QA23),
  // not "这个按钮已失效，请重新发起" — there is nothing for them to start again (QA28).
  if (ctx.role === 'worker' && ctx.in.sentData?.startsWith('tk:')) {
    await ctx.answer(ctx.t('triage-refused-staff-only-worker'), true);
    return true;
  }
  if (!canHandle(ctx, ticket)) return false;
  const me = personKey(ctx.user.channel, ctx.user.id);
  const held = ticket.owner && (ticket.status === 'claimed' || ticket.status === 'waiting');
  const said = held
    ? ticket.owner === me
      ? ctx.t('triage-taken-self')
      : ctx.t((await handedOverTo(ctx, ticket)) ? 'triage-handed' : 'triage-taken', {
          who: ownerText(viewOf(ctx), ticket),
        })
    : ctx.t('triage-stale-now', { id: ticket.id, status: statusText(ctx.t, ticket.status) });
  await ctx.answer(said, true);
  return true;
}

/**
 * Whether the holder got the ticket by a hand-over (the last claim or hand-over gave it to them): a stale press then
 * hears "已转给 李书记" — the former holder's own 👥 转给 pressed again read "已由 李书记 签收", which they did not (QA28 #5).
 */
async function handedOverTo(ctx: ButtonCtx, ticket: Ticket): Promise<boolean> {
  const events = await ctx.deps.store.tickets.events(ticket.id);
  const last = events.filter((e) => e.type === 'claimed' || e.type === 'handed-over').at(-1);
  return last?.type === 'handed-over' && last.receiver === ticket.owner;
}

export async function onTriagePress(ctx: ButtonCtx, payload: string, kit: ReportsKit): Promise<void> {
  const [act = '', id = '', arg] = payload.split(':');
  const loaded = await load(ctx, id, act);
  if (typeof loaded === 'string') {
    // A forged or stale press, or a ticket that no longer exists: refuse, say why, change nothing. The
    // escalation chat's 签收 says whose button it is — to a worker who can see that chat, in a worker's words (QA23).
    const organisers = act === 'oc' && loaded === ctx.t('error-not-allowed');
    const refusal =
      ctx.role === 'worker' ? 'triage-refused-staff-only-worker' : 'triage-refused-organisers-only';
    await ctx.answer(organisers ? ctx.t(refusal, onPlatform(ctx)) : loaded, true);
    return;
  }
  const ticket = loaded;
  if (await olderCardOfAnother(ctx, ticket)) {
    ctx.log.warn(
      { ticket: id, message: ctx.in.message?.messageId },
      'refused: a press on a card older than its ticket',
    );
    await ctx.answer(ctx.t('triage-card-stale', { id }), true);
    return;
  }
  // A display no longer live acts on nothing (a fresh 📄 view is fine: it shows the ticket as it is now).
  // A 签收 on a ticket someone holds already is told who holds it, stale display or not (the script's `taken`).
  const heldClaim =
    (act === 'claim' || act === 'oc') && (ticket.status === 'claimed' || ticket.status === 'waiting');
  if (!heldClaim && !['xa', 'xr', 'view'].includes(act) && (await staleDisplay(ctx, ticket))) {
    await ctx.answer(ctx.t('triage-copy-stale', { id }), true);
    return;
  }
  const now = ctx.deps.now().getTime();
  const done = async (a: StaffAction, ok: string) => {
    const r = await staffAction(ctx.deps, kit, staffOf(ctx), id, a, ticket.branch, () => ctx.answer(ok));
    if (!r.ok) await ctx.answer(explain(ctx, r), true);
  };
  const open = ticket.status === 'new' || ticket.status === 'claimed' || ticket.status === 'waiting';
  const notOpen = () =>
    ctx.answer(ctx.t('triage-bad-state', { status: statusText(ctx.t, ticket.status) }), true);
  const data = { id, branch: ticket.branch };

  switch (act) {
    case 'claim':
      return done({ kind: 'claim' }, ctx.t('triage-claimed'));
    case 'oc':
      // The escalation chat's 签收: an organiser takes the ticket; the claim script refuses anyone else.
      return done({ kind: 'claim', organisersOnly: true }, ctx.t('triage-claimed'));
    case 'ask':
      if (!open) return notOpen();
      return prompt(ctx, kit, ticket, 'ask', data, ctx.t('triage-ask-prompt', { id }));
    case 'rs':
      if (!open) return notOpen();
      return prompt(ctx, kit, ticket, 'resolve', data, ctx.t('triage-resolve-prompt', { id }));
    case 'tr': {
      if (!open) return notOpen();
      await ctx.answer();
      const pack = ctx.deps.content.get();
      const buttons: Button[][] = [];
      const others = pack.branches.filter((b) => b.id !== ticket.branch);
      for (let i = 0; i < others.length; i += 2) {
        buttons.push(
          others
            .slice(i, i + 2)
            .map((b) => ({ label: branchLabel(pack, b.id, ctx.locale, true), data: action('tb', id, b.id) })),
        );
      }
      await ctx.reply({ text: [ctx.t('triage-transfer-choose', { id })], buttons });
      return;
    }
    case 'tb': {
      if (!open) return notOpen();
      const target = ctx.deps.content.get().branches.find((b) => b.id === arg);
      if (!target || target.id === ticket.branch) return ctx.answer(ctx.t('error-button-expired'), true);
      // Answered by prompt(), which says where the prompt is.
      await ctx.record({
        text: [
          ctx.t('triage-transfer-chosen', {
            id,
            branch: branchLabel(ctx.deps.content.get(), target.id, ctx.locale),
          }),
        ],
      });
      return prompt(
        ctx,
        kit,
        ticket,
        'transfer',
        { ...data, target: target.id },
        ctx.t('triage-reason-prompt', { id }),
      );
    }
    case 'cat':
      if (!open) return notOpen();
      await ctx.answer();
      await ctx.reply(categoryPicker(ctx, ticket));
      return;
    case 'cs':
      if (!open) return notOpen();
      return setCategory(ctx, kit, ticket, arg ?? '');
    case 'rt':
      if (!open) return notOpen();
      if (ticket.branch === districtBranch(ctx.deps.content.get()).id)
        return ctx.answer(ctx.t('triage-refused-district'), true);
      return prompt(ctx, kit, ticket, 'return', data, ctx.t('triage-return-prompt', { id }));
    case 'ex':
      if (ticket.status !== 'claimed' && ticket.status !== 'waiting')
        return ctx.answer(ctx.t('triage-extend-claim-first'), true);
      if (ticket.ext) return ctx.answer(ctx.t('triage-refused-pending'), true);
      await ctx.answer();
      await ctx.reply({
        text: [ctx.t('triage-extend-choose', { id, resolve: when(viewOf(ctx), ticket.resolveBy) })],
        buttons: [
          EXTENSION_DAYS.map((d) => ({
            label: ctx.t('triage-extend-days', { n: d }),
            data: action('xd', id, String(d)),
          })),
          [{ label: ctx.t('report-btn-cancel'), data: action('xc', id) }],
        ],
      });
      return;
    case 'xc':
      // Leaving the picker changes nothing: the picker says so and loses its buttons.
      await ctx.answer();
      await ctx.record({ text: [ctx.t('triage-extend-cancelled')] });
      return;
    case 'xd': {
      const days = Number(arg);
      if (!EXTENSION_DAYS.includes(days)) return ctx.answer(ctx.t('error-button-expired'), true);
      if (ticket.status !== 'claimed' && ticket.status !== 'waiting')
        return ctx.answer(ctx.t('triage-extend-claim-first'), true);
      const until = ticket.resolveBy + days * 24 * HOUR;
      return prompt(
        ctx,
        kit,
        ticket,
        'extend',
        { ...data, until },
        ctx.t('triage-extend-prompt', { id, until: when(viewOf(ctx), until) }),
      );
    }
    case 'es': {
      // Deliberate, as transfer and return are: a reason for the district. A second 督办 within the
      // window is refused here already (the script refuses it again, atomically).
      if (ticket.status === 'closed') return notOpen();
      if (ticket.escalatedAt !== undefined && now - ticket.escalatedAt < ESCALATE_WINDOW_MS)
        return ctx.answer(
          explain(ctx, {
            ok: false,
            reason: 'recent',
            detail: [String(Math.floor((now - ticket.escalatedAt) / 60_000))],
          }),
          true,
        );
      return prompt(ctx, kit, ticket, 'escalate', data, ctx.t('triage-escalate-prompt', { id }));
    }
    case 'xa':
    case 'xr': {
      if (!ctx.isOrganiser) return ctx.answer(refuse(ctx, act, id), true);
      // The request the buttons belong to (absent on buttons sent before requests were named).
      const request = arg && /^\d+$/.test(arg) ? Number(arg) : undefined;
      // The same call as the board's ✅ / ❌ (organisers only, checked again there).
      const r = await staffAction(
        ctx.deps,
        kit,
        staffOf(ctx),
        id,
        { kind: 'decide', approve: act === 'xa', ...(request !== undefined ? { request } : {}) },
        undefined,
        async () => {
          await ctx.answer();
          const decided = ctx.t(act === 'xa' ? 'escalation-approved' : 'escalation-refused', {
            id,
            who: ctx.user.name ?? ctx.user.id,
          });
          await ctx.record({ text: [decided] });
        },
      );
      if (!r.ok && r.reason === 'voided') {
        // The ticket became an emergency after the request: the request is gone, and so are its buttons.
        const why = explain(ctx, r, id);
        await ctx.answer(why, true);
        await ctx.record({ text: [why] });
        return;
      }
      if (!r.ok && r.reason === 'none' && request !== undefined) {
        // This card's own request was decided already (on the board, or by another organiser): say so, and
        // take the buttons away in case the card was not edited then.
        const why = ctx.t('escalation-already-decided', { id });
        await ctx.answer(why, true);
        await ctx.record({ text: [why] });
        return;
      }
      if (!r.ok) return ctx.answer(explain(ctx, r), true);
      return;
    }
    case 'as':
      // 📨 under words typed beside a prompt's thread: they are sent as its answer (aside.ts).
      return sendAside(ctx, kit, id, arg ?? '');
    case 'view': {
      await ctx.answer();
      return showStaffView(ctx, ticket, await ctx.deps.store.tickets.events(id), kit);
    }
    default:
      return ctx.answer(ctx.t('error-button-expired'), true);
  }
}

/** 🏷️: the pack's categories but the ticket's own, two to a row (`tk:cs:<id>:<category>`). */
function categoryPicker(ctx: ButtonCtx, ticket: Ticket): Card {
  const pack = ctx.deps.content.get();
  const others = pack.categories.categories.filter((c) => c.id !== ticket.category);
  const buttons: Button[][] = [];
  for (let i = 0; i < others.length; i += 2)
    buttons.push(
      others.slice(i, i + 2).map((c) => ({
        label: categoryName(pack, c.id, ctx.locale, true),
        data: action('cs', ticket.id, c.id),
      })),
    );
  const now = categoryName(pack, ticket.category, ctx.locale, true);
  return { text: [ctx.t('triage-category-choose', { id: ticket.id, category: now })], buttons };
}

/**
 * 🏷️ chosen: the category changes (checked and applied by `staffAction`, like every triage action); the picker says
 * what was done. When reports of that category go to another branch, the branch is told so and offered ↪️ 转派 to it
 * — a ticket is never moved by a change of category.
 */
async function setCategory(ctx: ButtonCtx, kit: ReportsKit, ticket: Ticket, category: string): Promise<void> {
  const pack = ctx.deps.content.get();
  if (!pack.categories.categories.some((c) => c.id === category))
    return ctx.answer(ctx.t('error-button-expired'), true);
  const name = (id: string) => categoryName(pack, id, ctx.locale, true);
  const r = await staffAction(
    ctx.deps,
    kit,
    staffOf(ctx),
    ticket.id,
    { kind: 'category', category },
    ticket.branch,
    async (done) => {
      await ctx.answer(ctx.t('triage-category-done', { id: ticket.id, category: name(category) }));
      await ctx.record({
        text: [
          ctx.t('triage-category-changed', {
            id: ticket.id,
            was: name(done.detail[0] ?? ticket.category),
            category: name(category),
            who: ctx.user.name ?? ctx.user.id,
          }),
        ],
      });
    },
  );
  if (!r.ok) return ctx.answer(explain(ctx, r), true);
  const elsewhere = categoryBranch(pack, ticket, category);
  if (!elsewhere) return;
  const branch = branchLabel(pack, elsewhere, ctx.locale, true);
  const under = ctx.in.message?.messageId;
  await ctx.reply({
    text: [ctx.t('triage-category-elsewhere', { id: ticket.id, category: name(category), branch })],
    buttons: [
      [
        {
          label: ctx.t('triage-category-offer-transfer', { branch }),
          data: action('tb', ticket.id, elsewhere),
        },
      ],
    ],
    ...(under ? { under } : {}),
  });
}

/** The staff's answers to the prompts above. */
export async function onTriageDialog(ctx: MessageCtx, dialog: Dialog, kit: ReportsKit): Promise<void> {
  const text = ctx.in.text;
  if (!hasWords(text)) {
    await ctx.reply({ text: [ctx.t('triage-need-text')], forceReply: true });
    return;
  }
  const tooLong = overLimit(ctx.in, NOTE_MAX);
  if (tooLong) {
    // Never cut silently (QA: a contact number at the end was lost): say how long it is, and keep the
    // prompt open so the shortened text still answers it.
    await ctx.reply({ text: [ctx.t('triage-note-too-long', tooLong)], forceReply: true });
    return;
  }
  await answerPrompt(ctx, dialog, text, kit, (card) => ctx.reply(card));
}

/** Where the outcome of an answer is said: in reply to it (typed in the prompt's thread), or under the prompt. */
export type Say = (card: Card) => Promise<unknown>;

/**
 * A prompt's answer acted on, as `staffAction` decides — typed where the prompt waits (`onTriageDialog`), or typed
 * beside it and sent with the button that offered to (aside.ts): the same checks, the same scripts, the same words.
 */
export async function answerPrompt(
  ctx: Ctx,
  dialog: Dialog,
  note: string,
  kit: ReportsKit,
  say: Say,
): Promise<void> {
  const id = String(dialog.data.id ?? '');
  const branch = String(dialog.data.branch ?? '');
  // Someone else moved the ticket on since the prompt opened (a colleague claimed it, resolved it, moved it): say so
  // and do nothing — the script checks the same again, atomically (`Actor.saw`).
  const saw = typeof dialog.data.saw === 'string' ? dialog.data.saw : undefined;
  const seen = await ctx.deps.store.tickets.get(id);
  const by = personKey(ctx.user.channel, ctx.user.id);
  if (seen && saw !== undefined && (seen.branch !== branch || !stillAsSeen(seen, saw, by)))
    return overtaken(ctx, dialog, id, branch, say);
  const loaded = await load(ctx, id, dialog.step);
  if (typeof loaded === 'string') {
    await ctx.clearDialog();
    await say({ text: [loaded] });
    return;
  }
  const ticket = loaded;
  const pack = ctx.deps.content.get();
  let a: StaffAction;
  let ok: (r: Extract<StaffResult, { ok: true }>) => string;
  const movedTo = (r: Extract<StaffResult, { ok: true }>, target: string) =>
    branchLabel(pack, r.detail[0] ?? target, ctx.locale, true);
  switch (dialog.step) {
    case 'ask':
      a = { kind: 'ask', note };
      ok = () => ctx.t(ticket.anonymous ? 'triage-asked-anonymous' : 'triage-asked', { id });
      break;
    case 'resolve':
      a = { kind: 'resolve', note };
      ok = () => ctx.t('triage-resolved', { id });
      break;
    case 'transfer': {
      const target = String(dialog.data.target ?? '');
      a = { kind: 'transfer', target, note };
      ok = (r) => ctx.t('triage-transferred', { id, branch: movedTo(r, target) });
      break;
    }
    case 'return':
      a = { kind: 'return', note };
      ok = (r) => ctx.t('triage-returned', { id, branch: movedTo(r, '') });
      break;
    case 'extend':
      a = { kind: 'extend', until: Number(dialog.data.until), note };
      ok = () => ctx.t('triage-extension-requested', { id });
      break;
    case 'escalate':
      a = { kind: 'escalate', note };
      ok = () => ctx.t('triage-escalated-done', { id });
      break;
    default:
      await ctx.clearDialog();
      return;
  }
  const staff = staffOf(ctx);
  const actor = saw !== undefined ? { ...staff.actor, saw } : staff.actor;
  const r = await staffAction(ctx.deps, kit, { ...staff, actor }, id, a, branch, async (done) => {
    await ctx.clearDialog();
    await forgetPrompt(ctx, dialog, id);
    await say({ text: [ok(done)] });
  });
  if (!r.ok && (r.reason === 'changed' || r.reason === 'moved'))
    return overtaken(ctx, dialog, id, branch, say);
  if (!r.ok) {
    await ctx.clearDialog();
    await forgetPrompt(ctx, dialog, id);
    await say({ text: [explain(ctx, r)] });
  }
}
