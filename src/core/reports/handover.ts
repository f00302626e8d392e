/**
 * A secretary's shift end (QA20 #3): `/queue mine` (我的, 我签收的) lists the open tickets they hold, and 👥 转给同事
 * passes one — or, from that list, all of them — to another secretary of the ticket's branch, who then holds it.
 * 转派 moves a ticket to another branch; this keeps the branch and changes only who holds it.
 *
 * Presses are `th:<act>[:<arg>…]`: `mine:<offset>` pages the list, `pick:<ticket>` / `all` offer the colleagues,
 * `to:<ticket>:<person>` / `allto:<person>` hand over, `x` leaves the picker. Every hand-over is checked here from
 * the pack (the receiver must be a secretary of the ticket's branch, the presser its staff) and in
 * `ticket-handover-3.lua` (only the holder or an organiser; a bulk hand-over only while the presser still holds it).
 * Colleagues are named as the bot last saw them act (`rememberStaffName`), else as their platform names them (asked
 * once, then kept in the same hash: `namesOf`), else by their id.
 */
import type { Button, Card, Span } from '../card.js';
import { bold } from '../card.js';
import type { ContentPack } from '../content/schema.js';
import type { ButtonCtx, CoreDeps, Ctx, MessageCtx } from '../feature.js';
import { parsePersonKey, personKey } from '../ports/groups.js';
import type { ActionResult, Ticket } from '../ports/tickets.js';
import { ellipsis } from '../text.js';
import { maskText } from '../mask.js';
import { staffChatAddress } from '../identity.js';
import { CHANNELS, type Channel } from '../types.js';
import { joinList } from '../words.js';
import { staffMayHandle, type Staff, type StaffResult } from './actions.js';
import { viewOf } from './intake-draft.js';
import type { ReportsKit } from './kit.js';
import { actorOf, explain, staffOf } from './triage/access.js';
import { staleDisplay } from './triage/stale-presses.js';
import { categoryName, dueText, QUEUE_PAGE, statusText, ticketRows, urgencyText } from './views.js';

/** What `/queue` takes for "the tickets I hold" (lower-cased, full-width folded by the command reader). */
const MINE = new Set([
  'mine',
  'my',
  'me',
  '我的',
  '我签收的',
  '我簽收的',
  '我手上的',
  '我的工单',
  '我的工單',
]);

export const isMine = (args: string): boolean => MINE.has(args.trim().toLowerCase());

const URGENCY_RANK = { emergency: 0, urgent: 1, normal: 2 } as const;

/** The open tickets this person holds in the branches they may handle, most urgent first, then by deadline. */
async function held(
  deps: CoreDeps,
  staff: Pick<Staff, 'actor' | 'isOrganiser' | 'secretaryOf'>,
): Promise<Ticket[]> {
  const pack = deps.content.get();
  const branches = pack.branches.map((b) => b.id).filter((b) => staffMayHandle(staff, b));
  const tickets = await deps.store.tickets.heldBy(branches, staff.actor.by);
  return tickets.sort(
    (a, b) =>
      URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
      (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) ||
      (a.id < b.id ? -1 : 1),
  );
}

/**
 * A branch's secretaries who can receive a ticket, as person keys: those on a platform this process serves. One
 * listed only on another (the sample pack names a console and a Slack secretary beside Telegram's) would never see
 * it, so is neither offered nor accepted (QA28 #1).
 */
function secretariesOf(pack: ContentPack, branch: string, served: readonly Channel[]): string[] {
  const b = pack.branches.find((x) => x.id === branch);
  return b
    ? CHANNELS.filter((c) => served.includes(c)).flatMap((c) =>
        (b.secretaries[c] ?? []).map((id) => personKey(c, id)),
      )
    : [];
}

/** How long the picker waits for a platform to name someone: a slow answer leaves their id. */
const NAME_WAIT_MS = 2_000;

/**
 * People's names: as last seen acting, else asked of their platform (Telegram in the branch's triage chat on their
 * platform, where a secretary normally is) and kept in the same hash. Best effort: whoever the platform will not
 * name, or not in time, is left out, and shown by their id.
 */
async function namesOf(
  deps: CoreDeps,
  people: readonly string[],
  branch: string,
): Promise<Map<string, string>> {
  const names = await deps.store.tickets.staffNames(people);
  const ask = deps.outbox.personName?.bind(deps.outbox);
  if (!ask) return names;
  const triage = deps.content.get().branches.find((b) => b.id === branch)?.triage;
  await Promise.all(
    people
      .filter((p) => !names.has(p))
      .map(async (p) => {
        const who = parsePersonKey(p);
        if (!who) return;
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<undefined>((resolve) => {
          timer = setTimeout(() => resolve(undefined), NAME_WAIT_MS);
        });
        const name = await Promise.race([
          ask(who.channel, who.userId, staffChatAddress(who.channel, triage?.[who.channel])),
          late,
        ])
          .catch((err: unknown) => {
            deps.logger.debug({ err, person: p }, 'a name was not had from the platform');
            return undefined;
          })
          .finally(() => clearTimeout(timer));
        if (!name) return;
        names.set(p, name);
        await deps.store.tickets
          .rememberStaffName(p, name)
          .catch((err: unknown) => deps.logger.warn({ err, person: p }, 'a name was not kept'));
      }),
  );
  return names;
}

async function mineCard(ctx: Ctx, offset: number): Promise<Card> {
  const v = viewOf(ctx);
  const tickets = await held(ctx.deps, staffOf(ctx));
  const page = tickets.slice(offset, offset + QUEUE_PAGE);
  const pages = Math.max(1, Math.ceil(tickets.length / QUEUE_PAGE));
  const text: Span[] = [
    bold(v.t('handover-mine-title')),
    '\n',
    v.t('handover-mine-counts', {
      n: tickets.length,
      page: Math.floor(offset / QUEUE_PAGE) + 1,
      pages,
    }),
    '\n',
  ];
  if (!tickets.length) text.push('\n', v.t('handover-mine-empty'));
  for (const t of page)
    text.push(
      '\n',
      bold(t.id),
      ` ${statusText(v.t, t.status)} · ${urgencyText(v.t, t.urgency)} · ${categoryName(v.pack, t.category, v.locale, true)}\n`,
      dueText(v, t),
      '\n',
      ellipsis(maskText(t.summary || v.t('ticket-no-text')), 40),
      '\n',
    );
  const buttons = ticketRows(page);
  const nav: Button[] = [];
  if (offset > 0) nav.push({ label: v.t('page-prev'), data: `th:mine:${Math.max(0, offset - QUEUE_PAGE)}` });
  if (offset + QUEUE_PAGE < tickets.length)
    nav.push({ label: v.t('page-next'), data: `th:mine:${offset + QUEUE_PAGE}` });
  if (nav.length) buttons.push(nav);
  if (tickets.length) buttons.push([{ label: v.t('handover-btn-all'), data: 'th:all' }]);
  return { text, ...(buttons.length ? { buttons } : {}) };
}

/** `/queue mine`. */
export async function queueMine(ctx: MessageCtx): Promise<void> {
  const me = actorOf(ctx);
  if (me.name) await ctx.deps.store.tickets.rememberStaffName(me.by, me.name);
  await ctx.reply(await mineCard(ctx, 0));
}

/** The colleague buttons: each a secretary of every branch in `branches`, the presser and `except` left out. */
async function receiverButtons(
  ctx: Ctx,
  branches: readonly string[],
  except: readonly string[],
  data: (person: string) => string,
): Promise<Button[][]> {
  const pack = ctx.deps.content.get();
  const [first = '', ...rest] = branches;
  const served = ctx.deps.served;
  const people = secretariesOf(pack, first, served).filter(
    (p) => !except.includes(p) && rest.every((b) => secretariesOf(pack, b, served).includes(p)),
  );
  const names = await namesOf(ctx.deps, people, first);
  return people.map((p) => [{ label: personLabel(ctx, p, names.get(p)), data: data(p) }]);
}

/** A colleague as the picker shows them: their name as last seen, else their id; the platform when not the presser's. */
function personLabel(ctx: Ctx, person: string, name: string | undefined): string {
  const who = parsePersonKey(person);
  const label = name ?? who?.userId ?? person;
  return who && who.channel !== ctx.user.channel ? `${label} (${who.channel})` : label;
}

/**
 * Hand one ticket to `receiver`: the presser may handle its branch, the receiver is a secretary of it (from the pack,
 * now), and the script lets only the holder or an organiser do it. Effects (the card, the worker told) follow.
 */
export async function handOver(
  deps: CoreDeps,
  kit: ReportsKit,
  staff: Staff,
  id: string,
  receiver: string,
  expectHolder?: string,
): Promise<StaffResult> {
  const ticket = await deps.store.tickets.get(id);
  if (!ticket) return { ok: false, reason: 'missing', detail: [] };
  if (
    !staffMayHandle(staff, ticket.branch) ||
    !secretariesOf(deps.content.get(), ticket.branch, deps.served).includes(receiver)
  ) {
    deps.logger.warn(
      { user: staff.actor.by, ticket: id, receiver },
      'refused: hand-over by someone not allowed, or to someone not of the branch on a platform served here',
    );
    return { ok: false, reason: 'not-allowed', detail: [] };
  }
  // Empty when neither the bot nor their platform could name the receiver: staff views then say "另一位书记" or "<branch>
  // 的一位书记", the worker "the branch secretary" — never a raw platform id (U07…, 4102) as if it were a name.
  const name = (await namesOf(deps, [receiver], ticket.branch)).get(receiver) ?? '';
  const r: ActionResult = await deps.store.tickets.handOver(
    id,
    staff.actor,
    ticket.branch,
    deps.now().getTime(),
    { by: receiver, name },
    expectHolder,
  );
  if (r.ok) await kit.flushEffects(deps, id, deps.logger);
  return r;
}

/** No colleague to take it: said so, and to an organiser that ↪️ 转派 sends it to another branch (QA24 #7). */
const nobody = (ctx: Ctx) => ctx.t('handover-nobody', { role: ctx.isOrganiser ? 'organiser' : 'secretary' });

/**
 * A 👥 press whose button the message no longer carries (Telegram passes it on with its data blanked, the data as sent
 * in `sentData`): answered as the hand-over would answer it — no colleague to take it, nothing held — rather than as
 * a claim ("您已经签收了", QA24 #7). False when what became of the ticket says it better — `explainStalePress` tells
 * its state, or who holds it now — or when there is nothing more to say than "这个按钮已失效".
 */
export async function explainStaleHandover(ctx: ButtonCtx): Promise<boolean> {
  const [prefix, act = '', id = ''] = (ctx.in.sentData ?? '').split(':');
  if (prefix !== 'th') return false;
  const staff = staffOf(ctx);
  const pack = ctx.deps.content.get();
  const colleagues = (branch: string, except: readonly string[]) =>
    secretariesOf(pack, branch, ctx.deps.served).filter((p) => !except.includes(p));
  if (act === 'pick' || act === 'to') {
    const ticket = await ctx.deps.store.tickets.get(id);
    if (!ticket || !staffMayHandle(staff, ticket.branch)) return false;
    const held = ticket.status === 'claimed' || ticket.status === 'waiting';
    if (!held || (ticket.owner !== staff.actor.by && !staff.isOrganiser)) return false;
    const anyone = colleagues(ticket.branch, [ticket.owner ?? '', staff.actor.by]).length > 0;
    // Still theirs to hand over, to someone: the picker went stale (cancelled, or drawn again), so start again.
    await ctx.answer(anyone ? ctx.t('error-button-expired') : nobody(ctx), true);
    return true;
  }
  if (act !== 'all' && act !== 'allto') return false;
  const tickets = await held(ctx.deps, staff);
  if (!tickets.length) {
    await ctx.answer(ctx.t('handover-mine-empty'), true);
    return true;
  }
  const branches = [...new Set(tickets.map((t) => t.branch))];
  const [first = '', ...rest] = branches;
  const anyone = colleagues(first, [staff.actor.by]).some((p) =>
    rest.every((b) => secretariesOf(pack, b, ctx.deps.served).includes(p)),
  );
  if (anyone) return false;
  await ctx.answer(nobody(ctx), true);
  return true;
}

function refusal(ctx: Ctx, r: Extract<StaffResult, { ok: false }>): string {
  if (r.reason === 'not-holder')
    return ctx.t('handover-refused-not-holder', { who: r.detail[1] || r.detail[0] || '—' });
  if (r.reason === 'same') return ctx.t('handover-refused-same');
  return explain(ctx, r);
}

export async function onHandoverPress(ctx: ButtonCtx, payload: string, kit: ReportsKit): Promise<void> {
  const [act = '', ...args] = payload.split(':');
  const staff = staffOf(ctx);
  if (staff.actor.name) await ctx.deps.store.tickets.rememberStaffName(staff.actor.by, staff.actor.name);
  switch (act) {
    case 'mine': {
      const offset = Math.max(0, Math.floor(Number(args[0])) || 0);
      await ctx.answer();
      await ctx.show(await mineCard(ctx, offset));
      return;
    }
    case 'pick': {
      const id = args[0] ?? '';
      const ticket = await ctx.deps.store.tickets.get(id);
      if (!ticket || !staffMayHandle(staff, ticket.branch)) {
        if (ticket) ctx.log.warn({ user: staff.actor.by, ticket: id }, 'refused: hand-over picker');
        return ctx.answer(ticket ? ctx.t('error-not-allowed') : ctx.t('ticket-missing'), true);
      }
      if (await staleDisplay(ctx, ticket)) return ctx.answer(ctx.t('triage-copy-stale', { id }), true);
      if (ticket.status !== 'claimed' && ticket.status !== 'waiting')
        return ctx.answer(ctx.t('handover-claim-first'), true);
      if (ticket.owner !== staff.actor.by && !staff.isOrganiser)
        return ctx.answer(ctx.t('handover-refused-not-holder', { who: ticket.ownerName || '—' }), true);
      const buttons = await receiverButtons(
        ctx,
        [ticket.branch],
        [ticket.owner ?? '', staff.actor.by],
        (p) => `th:to:${id}:${p}`,
      );
      if (!buttons.length) return ctx.answer(nobody(ctx), true);
      await ctx.answer();
      await ctx.reply({
        text: [ctx.t('handover-choose', { id })],
        buttons: [...buttons, [{ label: ctx.t('report-btn-cancel'), data: 'th:x' }]],
      });
      return;
    }
    case 'to': {
      const [id = '', ...person] = args;
      const r = await handOver(ctx.deps, kit, staff, id, person.join(':'));
      if (!r.ok) return ctx.answer(refusal(ctx, r), true);
      await ctx.answer();
      const ticket = await ctx.deps.store.tickets.get(id);
      // A name, else a role word (the picker may have shown an id: it must tell colleagues apart).
      const who = ticket?.ownerName || ctx.t('handover-receiver-unnamed');
      await ctx.record({ text: [ctx.t('handover-done', { id, who })] });
      return;
    }
    case 'all': {
      const tickets = await held(ctx.deps, staff);
      if (!tickets.length) return ctx.answer(ctx.t('handover-mine-empty'), true);
      const branches = [...new Set(tickets.map((t) => t.branch))];
      const buttons = await receiverButtons(ctx, branches, [staff.actor.by], (p) => `th:allto:${p}`);
      if (!buttons.length) return ctx.answer(nobody(ctx), true);
      await ctx.answer();
      await ctx.reply({
        text: [ctx.t('handover-choose-all', { n: tickets.length })],
        buttons: [...buttons, [{ label: ctx.t('report-btn-cancel'), data: 'th:x' }]],
      });
      return;
    }
    case 'allto':
      return handOverAll(ctx, kit, staff, args.join(':'));
    case 'x':
      await ctx.answer();
      await ctx.record({ text: [ctx.t('handover-cancelled')] });
      return;
    default:
      return ctx.answer(ctx.t('error-button-expired'), true);
  }
}

/** 👥 for every ticket the presser holds: one script each, then one message of what went and what stayed. */
async function handOverAll(ctx: ButtonCtx, kit: ReportsKit, staff: Staff, person: string): Promise<void> {
  const tickets = await held(ctx.deps, staff);
  await ctx.answer();
  const done: string[] = [];
  const left: string[] = [];
  // One script per ticket, each only while the presser still holds it (a colleague may have taken one meanwhile).
  for (const t of tickets) {
    const r = await handOver(ctx.deps, kit, staff, t.id, person, staff.actor.by);
    if (r.ok) done.push(t.id);
    else left.push(ctx.t('handover-left-item', { id: t.id, why: refusal(ctx, r) }));
  }
  const name = (await ctx.deps.store.tickets.staffNames([person])).get(person);
  await ctx.record({
    text: [
      ctx.t('handover-done-all', { n: done.length, who: name ?? ctx.t('handover-receiver-unnamed') }),
      ...(done.length
        ? ['\n', ctx.locale === 'en' ? joinList('en', done) : done.join(ctx.t('list-separator'))]
        : []),
      ...(left.length ? ['\n', ctx.t('handover-left', { list: left.join('\n') })] : []),
    ],
  });
}
