/**
 * The staff's ticket transitions, once: claim, ask, resolve, transfer, return, another category, extend, escalate,
 * and an organiser's decision on a pending extension request. The chat
 * (triage.ts: buttons and their prompts) and the web board call the same function, so who may do what,
 * which script runs and which effects follow (the worker told, the triage card edited) never differ.
 *
 *   const r = await staffAction(deps, kit, staff, id, { kind: 'resolve', note: '已联系站长' });
 *   if (!r.ok) … explainRefusal(t, pack, locale, staff.actor.by, r)
 *
 * `expectBranch` is the branch the person saw when they started (a chat prompt, a page): a ticket moved
 * meanwhile is refused ('moved') rather than acted on blind.
 */
import type { Locale } from '../content/schema.js';
import type { CoreDeps } from '../feature.js';
import type { Translate } from '../i18n.js';
import type { ContentPack } from '../content/schema.js';
import type { ActionResult, Actor, Ticket } from '../ports/tickets.js';
import { HOUR } from './decide.js';
import type { ReportsKit } from './kit.js';
import { districtBranch, routeReport } from './route.js';
import { canTakeOver } from './owner-gone.js';
import { branchLabel, statusText } from './views.js';

export const EXTENSION_DAYS = [1, 3, 7];
/**
 * A 督办 within this long of the last one is refused: a double tap, or two people pressing at once, is
 * one escalation (the district has it already); a deliberate second one an hour later is not refused.
 */
export const ESCALATE_WINDOW_MS = HOUR;

export type StaffAction =
  /** `organisersOnly`: the escalation chat's 签收, the district's (checked in the claim script). */
  | { kind: 'claim'; organisersOnly?: boolean }
  | { kind: 'escalate'; note: string }
  | { kind: 'ask'; note: string }
  | { kind: 'resolve'; note: string }
  | { kind: 'transfer'; target: string; note: string }
  /** 🏷️: file the ticket under another of the pack's categories (the branch stays; see `categoryBranch`). */
  | { kind: 'category'; category: string }
  | { kind: 'return'; note: string }
  | { kind: 'extend'; until: number; note: string }
  /** Approve or refuse the pending extension: organisers only. `request`: the request's `ext.at` seen. */
  | { kind: 'decide'; approve: boolean; request?: number };

export interface Staff {
  actor: Actor;
  isOrganiser: boolean;
  secretaryOf: readonly string[];
}

export type StaffResult =
  | ActionResult
  | { ok: false; reason: 'missing' | 'not-allowed' | 'bad-target' | 'district'; detail: string[] };

/** May this person see and act on this ticket? Secretaries of its branch now, and organisers. */
export function staffMayHandle(staff: Pick<Staff, 'isOrganiser' | 'secretaryOf'>, branch: string): boolean {
  return staff.isOrganiser || staff.secretaryOf.includes(branch);
}

export async function staffAction(
  deps: CoreDeps,
  kit: ReportsKit,
  staff: Staff,
  id: string,
  a: StaffAction,
  expectBranch?: string,
  /** Runs after the transition and before its effects (the chat answers the press first). */
  applied?: (r: Extract<ActionResult, { ok: true }>) => Promise<void>,
): Promise<StaffResult> {
  const tickets = deps.store.tickets;
  const ticket = await tickets.get(id);
  if (!ticket) return { ok: false, reason: 'missing', detail: [] };
  // Extension requests are decided by the district (the escalation chat's ✅ 批准 / ❌ 驳回), never by a branch.
  if (!staffMayHandle(staff, ticket.branch) || (a.kind === 'decide' && !staff.isOrganiser)) {
    deps.logger.warn(
      { user: staff.actor.by, role: staff.actor.role, what: a.kind, ticket: id },
      'refused: ticket action by someone not allowed',
    );
    return { ok: false, reason: 'not-allowed', detail: [] };
  }
  // The name a colleague's hand-over picker shows for this person (handover.ts).
  if (staff.actor.name) await tickets.rememberStaffName(staff.actor.by, staff.actor.name);
  const branch = expectBranch ?? ticket.branch;
  const now = deps.now().getTime();
  const pack = deps.content.get();
  const district = districtBranch(pack).id;
  const respondBy = now + pack.settings.deadlines[ticket.urgency].respondHours * HOUR;
  let r: ActionResult;
  switch (a.kind) {
    case 'claim':
      // A claimer who has left the pack is taken over from — only that one, as read here (the script checks).
      r = await tickets.claim(
        id,
        staff.actor,
        branch,
        now,
        canTakeOver(pack, ticket) ? ticket.owner : undefined,
        a.organisersOnly ? 'organiser' : undefined,
      );
      break;
    case 'escalate':
      r = await tickets.escalate(id, staff.actor, branch, now, a.note, false, ESCALATE_WINDOW_MS);
      // Said as minutes ago and the window, so the refusal reads the same in chat and on the board.
      if (!r.ok && r.reason === 'recent')
        r = { ...r, detail: [String(Math.max(0, Math.floor((now - Number(r.detail[0])) / 60_000)))] };
      break;
    case 'ask':
      r = await tickets.ask(id, staff.actor, branch, now, a.note);
      break;
    case 'resolve':
      r = await tickets.resolve(id, staff.actor, branch, now, a.note);
      break;
    case 'transfer':
      if (!pack.branches.some((b) => b.id === a.target) || a.target === ticket.branch)
        return { ok: false, reason: 'bad-target', detail: [] };
      r = await tickets.move(id, staff.actor, branch, now, {
        mode: 'transfer',
        target: a.target,
        district,
        reason: a.note,
        respondBy,
      });
      break;
    case 'category':
      if (!pack.categories.categories.some((c) => c.id === a.category))
        return { ok: false, reason: 'bad-target', detail: [] };
      r = await tickets.recategorise(id, staff.actor, branch, now, a.category);
      break;
    case 'return': {
      if (ticket.branch === district) return { ok: false, reason: 'district', detail: [] };
      // The router's fallback: the reporter's own branch, else the district. The script sends a second
      // return, or one that would bounce back, to the district.
      const origin =
        ticket.originBranch && pack.branches.some((b) => b.id === ticket.originBranch)
          ? ticket.originBranch
          : undefined;
      const target = origin && origin !== ticket.branch ? origin : district;
      r = await tickets.move(id, staff.actor, branch, now, {
        mode: 'return',
        target,
        district,
        reason: a.note,
        respondBy,
      });
      break;
    }
    case 'extend':
      r = await tickets.requestExtension(id, staff.actor, branch, now, a.until, a.note);
      break;
    case 'decide':
      r = await tickets.decideExtension(id, staff.actor, now, a.approve, a.request);
      break;
  }
  if (r.ok) await applied?.(r);
  if (r.ok) await kit.flushEffects(deps, id, deps.logger);
  return r;
}

/**
 * The branch a report of `category` would go to, from where this ticket came (routing.yaml): when it is not the
 * ticket's branch, a change of category says so and offers ↪️ 转派 — the ticket is never moved by it.
 */
export function categoryBranch(pack: ContentPack, ticket: Ticket, category: string): string | undefined {
  const to = routeReport(
    {
      category,
      ...(ticket.originBranch ? { originBranch: ticket.originBranch } : {}),
      ...(ticket.area ? { area: ticket.area } : {}),
    },
    pack,
  ).branch;
  return to === ticket.branch ? undefined : to;
}

/** A refusal in words. */
export function explainRefusal(
  t: Translate,
  pack: ContentPack,
  locale: Locale,
  by: string,
  r: Extract<StaffResult, { ok: false }>,
  /** The ticket, for refusals that name it ('voided'). */
  id = '',
): string {
  switch (r.reason) {
    case 'taken':
      return r.detail[0] === by
        ? t('triage-taken-self')
        : t('triage-taken', { who: r.detail[1] || r.detail[0] || '?' });
    case 'moved':
      return t('triage-moved', { branch: branchLabel(pack, r.detail[0] ?? '', locale, true) });
    case 'bad-state':
      return t('triage-bad-state', {
        status: statusText(t, (r.detail[0] ?? 'closed') as Ticket['status']),
      });
    case 'missing':
      return t('ticket-missing');
    case 'voided':
      return t('triage-refused-voided', { id });
    case 'not-allowed':
      return t('error-not-allowed');
    case 'bad-target':
      return t('error-button-expired');
    case 'recent':
      return t('triage-refused-recent', {
        ago: Number(r.detail[0] ?? 0),
        window: ESCALATE_WINDOW_MS / 60_000,
      });
    default:
      return t(`triage-refused-${r.reason}`);
  }
}
