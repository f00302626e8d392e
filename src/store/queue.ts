/**
 * The board's queue: tickets a person may see, filtered and paged. Open tickets come from the branch
 * queues (ordered by urgency, then deadline — the chat's /queue order); other states from the newest
 * tickets by creation. The default view (open, unfiltered) reads only the top of each queue; a filtered
 * view scans at most SCAN_CAP entries per queue (or the newest SCAN_CAP tickets) and reads only the
 * light state fields until the page is known.
 */
import type { Redis, Result } from 'ioredis';
import {
  NO_AREA,
  QUEUE_PAGE_SIZE,
  type QueueFilter,
  type QueuePage,
  type QueueRepo,
} from '../core/ports/queue.js';
import type { TicketStatsRepo } from '../core/ports/ticket-stats.js';
import { OPEN_STATUSES, type TicketRepo, type TicketUrgency } from '../core/ports/tickets.js';
import type { Keys } from './keys.js';
import { defineScripts } from './scripts.js';
import { SCORE_BAND, URGENCY_RANK } from './tickets.js';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    queueCategoriesIndex(
      queue: string,
      marker: string,
      tickets: string,
      catPrefix: string,
    ): Result<number, Context>;
    ticketsBranchIndex(
      marker: string,
      created: string,
      tickets: string,
      branchPrefix: string,
      ...ids: string[]
    ): Result<number, Context>;
  }
}

/** What a page read needs: the client and keys, and the ticket reads. */
interface Store {
  redis: Redis;
  keys: Keys;
  tickets: TicketRepo;
  ticketStats: TicketStatsRepo;
}

export const SCAN_CAP = 2000;
const PAGE_SIZE = QUEUE_PAGE_SIZE;
const DAY_MS = 86_400_000;

interface Row {
  id: string;
  status: string;
  category: string;
  area: string;
  fd: string;
  urgency: string;
  branch: string;
  dueAt: string;
  location: string;
  /** Sort key: queue score for open tickets, minus creation time otherwise. */
  key: number;
}

/** The default view (open, no other filter): the top of each branch queue, merged; counts from ZCARD. */
async function openPage(store: Store, f: QueueFilter): Promise<QueuePage> {
  const pipe = store.redis.pipeline();
  for (const b of f.branches) pipe.zcard(store.keys.branchQueue(b));
  const total = ((await pipe.exec()) ?? []).reduce((n, [, c]) => n + Number(c), 0);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, f.page), pages);
  const need = page * PAGE_SIZE;
  const tops = await Promise.all(
    f.branches.map((b) => store.redis.zrange(store.keys.branchQueue(b), 0, need - 1, 'WITHSCORES')),
  );
  const merged: { id: string; key: number }[] = [];
  for (const flat of tops)
    for (let i = 0; i + 1 < flat.length; i += 2) merged.push({ id: flat[i]!, key: Number(flat[i + 1]) });
  merged.sort((a, b) => a.key - b.key);
  const ids = merged.slice(need - PAGE_SIZE, need).map((r) => r.id);
  return { tickets: await store.tickets.getMany(ids, { body: false }), total, page, pages };
}

/**
 * Branches whose open tickets predate the category queues get them filed once (atomic per branch); a
 * process remembers the branches it has seen filed, so a filtered page costs no extra round trip after.
 */
async function indexCategories(
  store: Store,
  indexed: Set<string>,
  branches: readonly string[],
): Promise<void> {
  const unindexed = branches.filter((b) => !indexed.has(b));
  if (!unindexed.length) return;
  await Promise.all(
    unindexed.map((b) =>
      store.redis.queueCategoriesIndex(
        store.keys.branchQueue(b),
        store.keys.branchCategoryIndexed(b),
        store.keys.ticketPrefix(),
        store.keys.branchCategoryQueue(b, ''),
      ),
    ),
  );
  for (const b of unindexed) indexed.add(b);
}

/**
 * Tickets created before the per-branch created index get filed once (tickets-branch-index-2.lua, a page of
 * ids per call), then the marker ends it for every process; a process remembers it, so it costs a read once.
 */
function ensureBranchIndex(store: Store, memo: { done?: Promise<void> }): Promise<void> {
  if (!memo.done) {
    memo.done = (async () => {
      const { redis, keys } = store;
      if ((await redis.exists(keys.ticketsBranchIndexed())) === 1) return;
      const page = 1000;
      for (let offset = 0; ; offset += page) {
        const ids = await redis.zrange(keys.ticketsCreated(), offset, offset + page - 1);
        if (ids.length)
          await redis.ticketsBranchIndex(
            keys.ticketsBranchIndexed(),
            keys.ticketsCreated(),
            keys.ticketPrefix(),
            keys.branchPrefix(),
            ...ids,
          );
        if (ids.length < page) break;
      }
      await redis.set(keys.ticketsBranchIndexed(), '1');
    })();
    memo.done.catch(() => (memo.done = undefined));
  }
  return memo.done;
}

/** The queue-score ranges a filter can match: one per urgency band, cut at `now` for overdue. */
function scoreRanges(f: QueueFilter, now: number): [string, string][] {
  const ranks =
    f.urgency && f.urgency in URGENCY_RANK
      ? [URGENCY_RANK[f.urgency as TicketUrgency]]
      : f.urgency
        ? []
        : Object.values(URGENCY_RANK);
  if (!f.overdue && !f.urgency) return [['-inf', '+inf']];
  return ranks.map((r) => [String(r * SCORE_BAND), `(${r * SCORE_BAND + (f.overdue ? now : SCORE_BAND)}`]);
}

/**
 * Creation-time bounds (ms) around the filter's local days: a day either side covers any time zone, and
 * the exact days are kept by the `fd` filter after.
 */
function createdBounds(f: QueueFilter): [string, string] {
  const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
  const max = f.until ? String(dayMs(f.until) + 2 * DAY_MS) : '+inf';
  const min = f.since ? String(dayMs(f.since) - DAY_MS) : '-inf';
  return [max, min];
}

/** A ticket's stored location (JSON `{lat, lon}`) inside the box, edges included. */
function inBox(location: string, [south, west, north, east]: readonly number[]): boolean {
  if (!location) return false;
  try {
    const { lat, lon } = JSON.parse(location) as { lat: number; lon: number };
    return lat >= south! && lat <= north! && lon >= west! && lon <= east!;
  } catch {
    return false;
  }
}

async function queuePage(
  store: Store,
  indexed: Set<string>,
  branchIndex: { done?: Promise<void> },
  f: QueueFilter,
  now: number,
): Promise<QueuePage> {
  if (
    f.state === 'open' &&
    !f.category &&
    !f.area &&
    !f.since &&
    !f.until &&
    !f.urgency &&
    !f.overdue &&
    !f.box
  )
    return openPage(store, f);
  const open = f.state === 'open' || (OPEN_STATUSES as readonly string[]).includes(f.state);
  const candidates: { id: string; key: number }[] = [];
  let capped = false;
  if (open) {
    // Urgency and overdue are ranges of the queue score (urgency band, then deadline), and a category
    // has a queue of its own: read only those.
    if (f.category) await indexCategories(store, indexed, f.branches);
    const ranges = scoreRanges(f, now);
    const lists = await Promise.all(
      f.branches.flatMap((b) =>
        ranges.map(([min, max]) =>
          store.redis.zrangebyscore(
            f.category ? store.keys.branchCategoryQueue(b, f.category) : store.keys.branchQueue(b),
            min,
            max,
            'WITHSCORES',
            'LIMIT',
            0,
            SCAN_CAP,
          ),
        ),
      ),
    );
    for (const flat of lists) {
      if (flat.length >= 2 * SCAN_CAP) capped = true;
      for (let i = 0; i + 1 < flat.length; i += 2)
        candidates.push({ id: flat[i]!, key: Number(flat[i + 1]) });
    }
  } else {
    // The person's branches' own created indexes (QA18: the district's newest SCAN_CAP, filtered to the
    // branch, left a secretary's list short and their older tickets unreachable), within `since`..`until`
    // when given, so a past month's cluster opens its reports however many came after. The newest SCAN_CAP
    // of them all are read; an organiser's unfiltered view reads the district's index at once (the same
    // tickets: 20 branches' indexes cost twice the time).
    if (!f.everyBranch) await ensureBranchIndex(store, branchIndex);
    const [max, min] = createdBounds(f);
    const indexes = f.everyBranch
      ? [store.keys.ticketsCreated()]
      : f.branches.map((b) => store.keys.branchCreated(b));
    const lists = await Promise.all(
      indexes.map((key) =>
        store.redis.zrevrangebyscore(key, max, min, 'WITHSCORES', 'LIMIT', 0, SCAN_CAP + 1),
      ),
    );
    const all: { id: string; key: number }[] = [];
    for (const flat of lists)
      for (let i = 0; i + 1 < flat.length; i += 2) all.push({ id: flat[i]!, key: -Number(flat[i + 1]) });
    all.sort((a, b) => a.key - b.key);
    if (all.length > SCAN_CAP) capped = true;
    candidates.push(...all.slice(0, SCAN_CAP));
  }
  // The location only when a box asks for it (a JSON string per ticket).
  const fields = await store.ticketStats.fields(
    candidates.map((c) => c.id),
    f.box
      ? (['status', 'category', 'area', 'fd', 'urgency', 'branch', 'dueAt', 'location'] as const)
      : (['status', 'category', 'area', 'fd', 'urgency', 'branch', 'dueAt'] as const),
  );
  const rows: Row[] = fields.map((r, i) => ({
    ...r,
    location: 'location' in r ? r.location : '',
    key: candidates[i]!.key,
  }));
  const kept = rows
    .filter((r) => f.branches.includes(r.branch))
    .filter((r) => f.state === 'all' || f.state === 'open' || r.status === f.state)
    .filter((r) => !f.category || r.category === f.category)
    // An area has no queue of its own: it is read with the ticket's other fields (within SCAN_CAP).
    .filter((r) => !f.area || r.area === (f.area === NO_AREA ? '' : f.area))
    .filter((r) => !f.since || r.fd >= f.since)
    .filter((r) => !f.until || r.fd <= f.until)
    .filter((r) => !f.urgency || r.urgency === f.urgency)
    .filter((r) => !f.overdue || (r.dueAt !== '' && Number(r.dueAt) < now))
    .filter((r) => !f.box || inBox(r.location, f.box))
    .sort((a, b) => a.key - b.key);
  const pages = Math.max(1, Math.ceil(kept.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, f.page), pages);
  const ids = kept.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((r) => r.id);
  const tickets = await store.tickets.getMany(ids, { body: false });
  return { tickets, total: kept.length, page, pages, ...(capped ? { capped: SCAN_CAP } : {}) };
}

export function createQueueRepo(store: Store): QueueRepo {
  defineScripts(store.redis, ['queue-categories-index-2', 'tickets-branch-index-2']);
  const indexed = new Set<string>();
  const branchIndex: { done?: Promise<void> } = {};
  return { page: (filter, now) => queuePage(store, indexed, branchIndex, filter, now) };
}
