/**
 * Beyond the branch and its deadlines: 督办 (escalation), a move to another branch or up to the district, another
 * category (🏷️), a deadline extension asked and decided, and the marks the sweeps and alerts set once.
 */
import type { Actor, ActionResult, OverdueDeadline, TicketRepo } from '../../core/ports/tickets.js';
import { result, type TicketContext } from './context.js';
import { KNOWN } from './record.js';

export function escalation({
  redis,
  keys,
  head,
  base,
  onOwnBranch,
}: TicketContext): Pick<
  TicketRepo,
  'move' | 'recategorise' | 'requestExtension' | 'decideExtension' | 'escalate' | 'flagOnce'
> {
  return {
    move: async (id, actor, branch, now, move) =>
      result(
        await redis.ticketMove(
          ...base(id),
          keys.ticketsDue(),
          keys.branchQueue(branch),
          keys.branchQueue(move.target),
          keys.branchQueue(move.district),
          keys.ticketsWaiting(),
          ...head(branch, now, actor),
          move.mode,
          move.target,
          move.district,
          move.reason,
          String(move.respondBy),
        ),
      ),

    recategorise: async (id, actor, branch, now, category) =>
      result(await redis.ticketCategory(...base(id), ...head(branch, now, actor), category)),

    requestExtension: async (id, actor, branch, now, until, reason) =>
      result(await redis.ticketExtend(...base(id), ...head(branch, now, actor), String(until), reason)),

    async decideExtension(
      id: string,
      actor: Actor,
      now: number,
      approve: boolean,
      request?: number,
    ): Promise<ActionResult> {
      return onOwnBranch(id, (branch) =>
        redis.ticketDecide(
          ...base(id),
          keys.ticketsDue(),
          keys.branchQueue(branch),
          ...head(branch, now, actor),
          approve ? 'approve' : 'refuse',
          request === undefined ? '' : String(request),
        ),
      );
    },

    /**
     * 督办. `once`: only if never escalated before (the overdue sweep). `branch` '' skips the branch check.
     * `windowMs`: refused ('recent') while the last escalation is more recent than that. `overdue`: the sweep's
     * passed deadline, kept on the event. `repeat`: the sweep telling again of an unclaimed emergency (see the port).
     */
    escalate: async (
      id: string,
      actor: Actor,
      branch: string,
      now: number,
      reason: string,
      once = false,
      windowMs = 0,
      overdue?: OverdueDeadline,
      repeat?: { n: number; of: number },
      batch?: readonly string[],
    ) =>
      result(
        await redis.ticketEscalate(
          ...base(id),
          ...head(branch, now, actor),
          reason,
          once ? '1' : '',
          String(windowMs),
          overdue?.deadline ?? '',
          overdue ? String(overdue.due) : '',
          repeat ? String(repeat.n) : '',
          repeat ? String(repeat.of) : '',
          batch?.length ? batch.join(',') : '',
        ),
      ),

    /** Set `field` once (e.g. a sweep's `remindedAt`), logging `eventType` if given. */
    flagOnce: async (id: string, actor: Actor, now: number, field: string, value: string, eventType = '') => {
      if (KNOWN.has(field)) throw new Error(`flagOnce cannot set the ticket field "${field}"`);
      return result(await redis.ticketFlag(...base(id), ...head('', now, actor), field, value, eventType));
    },
  };
}
