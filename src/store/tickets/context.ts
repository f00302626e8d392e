/** What the repository's parts share: the connection, the key names, and the transition scripts' common arguments. */
import type { Redis } from 'ioredis';
import type { Keys } from '../keys.js';
import type { ActionResult, Actor, Refusal, Ticket } from '../../core/ports/tickets.js';

export interface TicketContext {
  redis: Redis;
  keys: Keys;
  /** The common head of a transition script's arguments (see lua/includes/ticket.lua). */
  head(branch: string, now: number, actor: Actor): string[];
  /** The keys every transition script takes first: the ticket, its events, the pending-effects hash. */
  base(id: string): string[];
  /** Run a script on the queue of the ticket's branch, read here (see tickets.ts). */
  onOwnBranch(id: string, run: (branch: string) => Promise<string[]>): Promise<ActionResult>;
  /** Tickets by id, in order, missing ones left out. `body: false` skips the text and evidence (lists). */
  getMany(ids: readonly string[], options?: { body?: boolean }): Promise<Ticket[]>;
}

export function result(reply: string[]): ActionResult {
  const [head, ...detail] = reply;
  return head === 'ok' ? { ok: true, detail } : { ok: false, reason: head as Refusal, detail };
}
