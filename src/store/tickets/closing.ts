/** A ticket's end: resolved by the branch, closed (confirmed by the reporter, or by the sweep), reopened, rated. */
import type { Actor, ActionResult, TicketFile, TicketRepo } from '../../core/ports/tickets.js';
import { MAX_ADDED_FILES } from './replies.js';
import { result, type TicketContext } from './context.js';

export function closing({
  redis,
  keys,
  head,
  base,
  onOwnBranch,
}: TicketContext): Pick<TicketRepo, 'resolve' | 'close' | 'reopen' | 'rate'> {
  return {
    resolve: async (id: string, actor: Actor, branch: string, now: number, note: string) =>
      result(
        await redis.ticketResolve(
          ...base(id),
          keys.ticketsDue(),
          keys.branchQueue(branch),
          keys.ticketsResolved(),
          keys.ticketsWaiting(),
          ...head(branch, now, actor),
          note,
        ),
      ),

    /** `reason` 'confirmed' (the reporter said solved; actor must be the reporter) or 'window' (the sweep). */
    close: async (id: string, actor: Actor, now: number, reason: string, solved: boolean) =>
      result(
        await redis.ticketClose(
          ...base(id),
          keys.ticketsResolved(),
          ...head('', now, actor),
          reason,
          solved ? '1' : '0',
        ),
      ),

    async reopen(
      id: string,
      actor: Actor,
      now: number,
      comment: string,
      deadlines: { respondBy: number; resolveBy: number; windowMs: number; raise?: boolean },
      files: TicketFile[] = [],
    ): Promise<ActionResult> {
      return onOwnBranch(id, (branch) =>
        redis.ticketReopen(
          ...base(id),
          keys.ticketsDue(),
          keys.branchQueue(branch),
          keys.ticketsResolved(),
          ...head(branch, now, actor),
          comment,
          String(deadlines.respondBy),
          String(deadlines.resolveBy),
          String(deadlines.windowMs),
          deadlines.raise ? '1' : '',
          files.length ? JSON.stringify(files) : '',
          String(MAX_ADDED_FILES),
        ),
      );
    },

    rate: async (id: string, actor: Actor, now: number, rating: number) =>
      result(await redis.ticketRate(...base(id), ...head('', now, actor), String(rating))),
  };
}
