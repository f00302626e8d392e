/**
 * Who holds a ticket: claiming it (or taking it over), handing it to a colleague, the worker withdrawing it, and the
 * names staff are shown by.
 */
import type { ActionResult, Actor, TicketRepo } from '../../core/ports/tickets.js';
import { result, type TicketContext } from './context.js';
import { fitBytes } from './record.js';

export function claiming({
  redis,
  keys,
  head,
  base,
  onOwnBranch,
}: TicketContext): Pick<TicketRepo, 'claim' | 'handOver' | 'withdraw' | 'rememberStaffName' | 'staffNames'> {
  return {
    claim: async (
      id: string,
      actor: Actor,
      branch: string,
      now: number,
      takeOverFrom?: string,
      onlyRole?: string,
    ) =>
      result(
        await redis.ticketClaim(
          ...base(id),
          keys.ticketsDue(),
          keys.branchQueue(branch),
          ...head(branch, now, actor),
          takeOverFrom ?? '',
          onlyRole ?? '',
        ),
      ),

    handOver: async (id, actor, branch, now, to, expectHolder) =>
      result(
        await redis.ticketHandover(
          ...base(id),
          ...head(branch, now, actor),
          to.by,
          fitBytes(to.name),
          expectHolder ?? '',
        ),
      ),

    async withdraw(id: string, actor: Actor, now: number): Promise<ActionResult> {
      return onOwnBranch(id, (branch) =>
        redis.ticketWithdraw(
          ...base(id),
          keys.ticketsDue(),
          keys.branchQueue(branch),
          keys.ticketsWaiting(),
          ...head(branch, now, actor),
        ),
      );
    },

    async rememberStaffName(by: string, name: string): Promise<void> {
      if (name) await redis.hset(keys.staffNames(), by, fitBytes(name));
    },

    async staffNames(people: readonly string[]): Promise<Map<string, string>> {
      if (!people.length) return new Map();
      const names = await redis.hmget(keys.staffNames(), ...people);
      return new Map(people.flatMap((p, i) => (names[i] ? [[p, names[i]!] as [string, string]] : [])));
    },
  };
}
