/**
 * Questions and answers between the branch and the reporter: a question asked, the reporter's reply (with files, and
 * danger told late raising the ticket), an edited reply, and the relayed messages followed for edits.
 */
import type {
  ActionResult,
  Actor,
  Raise,
  Relay,
  TicketFile,
  TicketRef,
  TicketRepo,
} from '../../core/ports/tickets.js';
import { decodeRef, encodeRef } from '../../core/ports/tickets.js';
import { result, type TicketContext } from './context.js';

/** A worker's relayed message is followed this long for edits (QA: an edited answer kept its old words). */
const RELAY_TTL_S = 7 * 86_400;

/** Files added after filing that a ticket's evidence keeps, as many as one report brings (intake's MAX_FILES). */
export const MAX_ADDED_FILES = 10;

export function replies({
  redis,
  keys,
  head,
  base,
  onOwnBranch,
}: TicketContext): Pick<TicketRepo, 'ask' | 'reply' | 'replyEdited' | 'rememberRelay' | 'relayOf'> {
  return {
    ask: async (id: string, actor: Actor, branch: string, now: number, question: string) =>
      result(
        await redis.ticketAsk(
          ...base(id),
          keys.ticketsDue(),
          keys.branchQueue(branch),
          keys.ticketsWaiting(),
          ...head(branch, now, actor),
          question,
        ),
      ),

    /** The reporter's answer to a question; with `raise` the ticket becomes an emergency in the same script. */
    async reply(
      id: string,
      actor: Actor,
      now: number,
      text: string,
      files: TicketFile[] = [],
      raise?: Raise,
      source?: string,
    ): Promise<ActionResult> {
      return onOwnBranch(id, (branch) =>
        redis.ticketReply(
          ...base(id),
          keys.ticketsDue(),
          keys.branchQueue(branch),
          keys.ticketsWaiting(),
          ...head(branch, now, actor),
          text,
          JSON.stringify(files),
          raise ? String(raise.respondBy) : '',
          raise ? String(raise.resolveBy) : '',
          String(MAX_ADDED_FILES),
          source ?? '',
        ),
      );
    },

    replyEdited: async (
      id: string,
      actor: Actor,
      now: number,
      of: number,
      text: string,
      relayed: TicketRef,
    ) =>
      result(
        await redis.ticketReplyEdit(
          ...base(id),
          ...head('', now, actor),
          String(of),
          text,
          encodeRef(relayed),
        ),
      ),

    async rememberRelay(source: string, relay: Relay): Promise<void> {
      const value = JSON.stringify({ id: relay.id, seq: relay.seq, relayed: encodeRef(relay.relayed) });
      await redis.set(keys.relayedMessage(source), value, 'EX', RELAY_TTL_S);
    },

    async relayOf(source: string): Promise<Relay | undefined> {
      const raw = await redis.get(keys.relayedMessage(source));
      if (!raw) return undefined;
      try {
        const r = JSON.parse(raw) as { id?: unknown; seq?: unknown; relayed?: unknown };
        const relayed = decodeRef(typeof r.relayed === 'string' ? r.relayed : undefined);
        if (typeof r.id !== 'string' || typeof r.seq !== 'number' || !relayed) return undefined;
        return { id: r.id, seq: r.seq, relayed };
      } catch {
        return undefined;
      }
    },
  };
}
