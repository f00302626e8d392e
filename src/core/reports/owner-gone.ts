/**
 * A ticket's claimer who has left the pack (QA11 #4: sec-baisha2 replaced by sec-baisha3 in branches.yaml stayed
 * named on the ticket, and nobody could take it over). Roles come from the pack at the moment they are read, as
 * for every action: the claimer is gone when they are neither a secretary of the ticket's branch nor an
 * organiser on their channel. Views mark them "（已不在名单）"; the branch's secretaries get 签收 again, which
 * takes the ticket over (actions.ts, lua/ticket-claim-5.lua). A reload that changes who is listed draws the
 * cards of the tickets such people hold again (`redrawWhenStandingChanges`).
 */
import { createHash } from 'node:crypto';
import type { ContentPack } from '../content/schema.js';
import type { CoreDeps } from '../feature.js';
import { createFireGuard, fireId } from '../jobs/once.js';
import { parsePersonKey, personKey } from '../ports/groups.js';
import type { Ticket } from '../ports/tickets.js';
import { CHANNELS } from '../types.js';
import type { Effects } from './effects.js';

export function ownerGone(pack: ContentPack, ticket: Pick<Ticket, 'owner' | 'branch'>): boolean {
  const who = ticket.owner ? parsePersonKey(ticket.owner) : undefined;
  if (!who) return false;
  const listed = (ids: readonly string[] | undefined) => ids?.includes(who.userId) ?? false;
  const branch = pack.branches.find((b) => b.id === ticket.branch);
  return !listed(pack.organisers.organisers[who.channel]) && !listed(branch?.secretaries[who.channel]);
}

/**
 * Held by an organiser rather than a secretary of its branch (claimed from the escalation chat, or anywhere):
 * views say so, so the branch knows the district has it.
 */
export function ownerIsOrganiser(pack: ContentPack, ticket: Pick<Ticket, 'owner' | 'branch'>): boolean {
  const who = ticket.owner ? parsePersonKey(ticket.owner) : undefined;
  if (!who) return false;
  const branch = pack.branches.find((b) => b.id === ticket.branch);
  return (
    (pack.organisers.organisers[who.channel]?.includes(who.userId) ?? false) &&
    !(branch?.secretaries[who.channel]?.includes(who.userId) ?? false)
  );
}

/** Open and held by a claimer who has left: the branch's secretaries may take it over. */
export function canTakeOver(pack: ContentPack, ticket: Pick<Ticket, 'owner' | 'branch' | 'status'>): boolean {
  return (ticket.status === 'claimed' || ticket.status === 'waiting') && ownerGone(pack, ticket);
}

/** Who may act on a branch's tickets in a pack: its secretaries and the organisers, as person keys. */
function listedFor(pack: ContentPack, branchId: string): Set<string> {
  const branch = pack.branches.find((b) => b.id === branchId);
  const keys = new Set<string>();
  for (const channel of CHANNELS) {
    for (const id of pack.organisers.organisers[channel] ?? []) keys.add(personKey(channel, id));
    for (const id of branch?.secretaries[channel] ?? []) keys.add(personKey(channel, id));
  }
  return keys;
}

/** Per branch of the new pack, the people whose standing for it changed (left its list, or came back). */
export function standingChanged(before: ContentPack, after: ContentPack): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const b of after.branches) {
    const was = listedFor(before, b.id);
    const is = listedFor(after, b.id);
    const changed = new Set([...was].filter((k) => !is.has(k)).concat([...is].filter((k) => !was.has(k))));
    if (changed.size) out.set(b.id, changed);
  }
  return out;
}

const PAGE = 200;
/** Replicas reload the same edit within seconds: one of them draws the cards (a lease per change and slot). */
const SLOT_MS = 10 * 60_000;

/**
 * When a reload takes a claimer off a branch's list (or puts one back), the cards of the open tickets they hold
 * are drawn again at once — "（已不在名单）" and 签收 for the branch's secretaries — not at the ticket's next event.
 */
export function redrawWhenStandingChanges(deps: CoreDeps, effects: Pick<Effects, 'redraw'>): void {
  const guard = createFireGuard(deps.store.jobs);
  const log = deps.logger.child({ job: 'reports' });
  let last = deps.content.get();
  deps.content.onReplace((pack) => {
    const changed = standingChanged(last, pack);
    last = pack;
    if (!changed.size) return;
    const change = createHash('sha256')
      .update(JSON.stringify([...changed].map(([b, keys]) => [b, [...keys].sort()])))
      .digest('hex')
      .slice(0, 16);
    const at = deps.now().getTime();
    void guard
      .run('cards-standing', `${change}-${fireId(at, SLOT_MS)}`, async () => {
        let drawn = 0;
        for (const [branch, keys] of changed)
          for (let offset = 0; ; offset += PAGE) {
            const page = await deps.store.tickets.queue(branch, offset, PAGE);
            for (const t of page)
              if (t.owner && keys.has(t.owner)) {
                await effects.redraw(t.id);
                drawn++;
              }
            if (page.length < PAGE) break;
          }
        return drawn;
      })
      .then((r) => {
        if (r.outcome === 'ran' && r.result)
          log.info({ cards: r.result }, 'cards drawn again: claimers left or came back');
      })
      .catch((err: unknown) =>
        log.warn({ err: (err as Error).message }, 'cards not drawn again after a reload'),
      );
  });
}
