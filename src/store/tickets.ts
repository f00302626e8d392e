/**
 * Tickets (急难愁盼 reports): one hash per ticket, an append-only event log, a queue per branch and the
 * indexes the sweeps, statistics and retention work from. Every state change is one Lua script
 * (lua/ticket-*.lua), so it is applied whole or not at all and two secretaries cannot both win a claim.
 *
 *   const r = await store.tickets.claim(id, { by: 'telegram:2001', name: '王书记', role: 'secretary' }, 'meituan-yangpu', now);
 *   if (!r.ok && r.reason === 'taken') … r.detail = [owner, ownerName]
 *
 * Every script appends an event and marks the ticket in the pending-effects hash; whoever performs the
 * effects (card edits, messages to the worker) reports progress with `effectsDone`, so nothing a
 * transition promised is forgotten across a crash. See docs/reports.md.
 *
 * Memory: the state hash holds only short values (≤ 64 bytes: names and the summary are cut, the card
 * reference is packed), so Redis keeps it as a compact listpack; the report's text and evidence, which
 * never change, live in a separate body string.
 *
 * Its parts (tickets/), by what their scripts change: filing and retention (`filing.ts`), who holds a ticket
 * (`claiming.ts`), questions and replies (`replies.ts`), its end (`closing.ts`), escalation, moves and extensions
 * (`escalation.ts`), its card and copies (`copies.ts`), lists read from the indexes (`queries.ts`); the stored
 * form (`record.ts`), the scripts (`scripts.ts`) and what the parts share (`context.ts`). This file keeps reading
 * one ticket and its events, and the pending effects.
 */
import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';
import type { Actor, ActionResult, Ticket, TicketEvent, TicketRepo } from '../core/ports/tickets.js';
import { defineScripts } from './scripts.js';
import { claiming } from './tickets/claiming.js';
import { closing } from './tickets/closing.js';
import { result, type TicketContext } from './tickets/context.js';
import { copies } from './tickets/copies.js';
import { escalation } from './tickets/escalation.js';
import { filing } from './tickets/filing.js';
import { queries } from './tickets/queries.js';
import { decodeTicket, fitBytes, parseEvent, type Body } from './tickets/record.js';
import { replies } from './tickets/replies.js';
import { SCRIPTS } from './tickets/scripts.js';

export { SCORE_BAND, URGENCY_RANK } from './tickets/queries.js';

/** A ticket body's JSON with its report text masked by `mask`; as it was when it is no body or nothing changes. */
function maskedBody(raw: string, mask: (text: string) => string): string {
  if (!raw) return raw;
  try {
    const body = JSON.parse(raw) as Partial<Body>;
    if (typeof body.text !== 'string' || mask(body.text) === body.text) return raw;
    return JSON.stringify({ ...body, text: mask(body.text) });
  } catch {
    return raw;
  }
}

export function createTicketRepo(redis: Redis, keys: Keys): TicketRepo {
  defineScripts(redis, SCRIPTS);

  /** The common head of a transition script's arguments (see lua/includes/ticket.lua). */
  const head = (branch: string, now: number, actor: Actor) => [
    // What a prompt saw goes with the branch checked (`refuse` in lua/includes/ticket.lua reads both).
    actor.saw !== undefined ? `${branch}\n${actor.saw}` : branch,
    String(now),
    actor.by,
    fitBytes(actor.name ?? ''),
    actor.role,
  ];
  const base = (id: string) => [keys.ticket(id), keys.ticketEvents(id), keys.ticketsPending()];

  async function branchOf(id: string): Promise<string> {
    return (await redis.hget(keys.ticket(id), 'branch')) ?? '';
  }

  /**
   * Run a script that needs the queue of the ticket's branch when the caller does not know the branch.
   * The branch read here goes in as the script's branch check, so if the ticket moved in between the
   * script refuses ('moved', new branch) without writing, and it runs again on the new branch.
   */
  async function onOwnBranch(id: string, run: (branch: string) => Promise<string[]>): Promise<ActionResult> {
    let branch = await branchOf(id);
    for (let attempt = 0; ; attempt++) {
      const r = result(await run(branch));
      if (r.ok || r.reason !== 'moved' || attempt >= 5) return r;
      branch = r.detail[0] ?? '';
    }
  }

  /** Tickets by id, in order, missing ones left out. `body: false` skips the text and evidence (lists). */
  async function getMany(ids: readonly string[], options: { body?: boolean } = {}): Promise<Ticket[]> {
    if (!ids.length) return [];
    const body = options.body ?? true;
    const pipe = redis.pipeline();
    for (const id of ids) {
      pipe.hgetall(keys.ticket(id));
      if (body) pipe.get(keys.ticketBody(id));
    }
    const rows = (await pipe.exec()) ?? [];
    const step = body ? 2 : 1;
    const out: Ticket[] = [];
    for (let i = 0; i < ids.length; i++) {
      const h = (rows[step * i]?.[1] ?? {}) as Record<string, string>;
      const t = decodeTicket(h, body ? (rows[step * i + 1]?.[1] as string | null) : undefined);
      if (t) out.push(t);
    }
    return withOwnerNames(out);
  }

  /**
   * A holder handed a ticket while nobody could name them ("a secretary of <branch>") is named once the bot has seen
   * them (`{p}:staff:names`, QA31 #6): every view of the ticket reads the name it has now. A name that is only their
   * platform id is no name (stop 38).
   */
  async function withOwnerNames(tickets: Ticket[]): Promise<Ticket[]> {
    const unnamed = tickets.filter((t) => t.owner && !t.ownerName);
    if (!unnamed.length) return tickets;
    const owners = [...new Set(unnamed.map((t) => t.owner!))];
    const names = await redis.hmget(keys.staffNames(), ...owners);
    const known = new Map(
      owners.flatMap((o, i) => (names[i] && !o.endsWith(`:${names[i]}`) ? [[o, names[i]!]] : [])),
    );
    return tickets.map((t) =>
      t.owner && !t.ownerName && known.has(t.owner) ? { ...t, ownerName: known.get(t.owner) } : t,
    );
  }

  const ctx: TicketContext = { redis, keys, head, base, onOwnBranch, getMany };
  return {
    ...filing(ctx),
    ...claiming(ctx),
    ...replies(ctx),
    ...closing(ctx),
    ...escalation(ctx),
    ...copies(ctx),
    ...queries(ctx),

    async get(id: string): Promise<Ticket | undefined> {
      return (await getMany([id]))[0];
    },

    getMany,

    /** The event log from `afterSeq` on (0 = all), oldest first. */
    async events(id: string, afterSeq = 0): Promise<TicketEvent[]> {
      const raw = await redis.lrange(keys.ticketEvents(id), afterSeq, -1);
      return raw.map(parseEvent).filter((e): e is TicketEvent => !!e);
    },

    /** Effects of events up to `seq` are done; returns how many events still have effects to perform. */
    async effectsDone(id: string, seq: number): Promise<number> {
      return redis.ticketEffectsDone(keys.ticket(id), keys.ticketsPending(), id, String(seq));
    },

    /** One effect of event `seq` done (`field`, fx:<seq>:<i>); refused once the done point covers the event. */
    async markEffectDone(id: string, seq: number, field: string): Promise<boolean> {
      return (await redis.ticketEffectMark(keys.ticket(id), String(seq), field)) === 1;
    },

    /**
     * The kept-text upgrade (core/faq/upgrade.ts): every ticket's summary and report text rewritten with `mask`, each
     * ticket in one script that writes only if both still hold what was read. Returns how many were rewritten.
     */
    async maskKept(mask: (text: string) => string): Promise<number> {
      let n = 0;
      const ids = await redis.zrange(keys.ticketsCreated(), 0, -1);
      for (let i = 0; i < ids.length; i += 200) {
        const page = ids.slice(i, i + 200);
        const pipe = redis.pipeline();
        for (const id of page) pipe.hget(keys.ticket(id), 'summary').get(keys.ticketBody(id));
        const rows = ((await pipe.exec()) ?? []).map((r) => (r?.[1] as string | null) ?? '');
        for (const [j, id] of page.entries()) {
          const summary = rows[2 * j] ?? '';
          const body = rows[2 * j + 1] ?? '';
          const next = { summary: mask(summary), body: maskedBody(body, mask) };
          if (next.summary === summary && next.body === body) continue;
          n += await redis.ticketMaskKept(
            keys.ticket(id),
            keys.ticketBody(id),
            summary,
            next.summary,
            body,
            next.body,
          );
        }
      }
      return n;
    },

    /** Tickets with effects still to perform (after a crash, a failed send): id → last event seq. */
    async pending(): Promise<Map<string, number>> {
      const h = await redis.hgetall(keys.ticketsPending());
      return new Map(Object.entries(h).map(([id, seq]) => [id, Number(seq)]));
    },
  };
}
