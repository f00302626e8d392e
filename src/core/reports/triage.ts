/**
 * The secretaries' side: presses on triage cards (`tk:<action>:<ticket>[:<arg>]`), routed here to what each does.
 * Its parts: who may act (`triage/access.ts`), the short dialogs some actions need and the answers to them
 * (`triage/prompts.ts`; an answer typed beside its thread, `triage/aside.ts`), presses on displays no longer live
 * (`triage/stale-presses.ts`), 🏷️'s picker (`triage/category.ts`) and the staff's view of a ticket (`triage/staff-view.ts`).
 *
 * Every press and every answer is checked again here, against the ticket as Redis has it now: the
 * presser must be a secretary of the ticket's current branch or an organiser. A card is visible to
 * everyone in its chat, and callback data can be forged, so the button itself proves nothing; refusals
 * are logged. The scripts check the branch once more, so a ticket transferred meanwhile is refused too.
 */
import type { Button } from '../card.js';
import type { ButtonCtx } from '../feature.js';
import { onPlatform } from '../platform-words.js';
import { districtBranch } from './route.js';
import { ESCALATE_WINDOW_MS, staffAction, type StaffAction } from './actions.js';
import { HOUR } from './decide.js';
import { viewOf } from './intake-draft.js';
import type { ReportsKit } from './kit.js';
import { action, branchLabel, statusText, when } from './views.js';
import { sendAside } from './triage/aside.js';
import { explain, load, refuse, staffOf } from './triage/access.js';
import { olderCardOfAnother, staleDisplay } from './triage/stale-presses.js';
import { prompt } from './triage/prompts.js';
import { categoryPicker, setCategory } from './triage/category.js';
import { showStaffView } from './triage/staff-view.js';

const EXTENSION_DAYS = [1, 3, 7];

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
