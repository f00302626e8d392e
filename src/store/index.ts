/**
 * The store: one Redis connection and the repositories over it, implementing the core's ports
 * (core/ports/). Jobs reach Redis only through these.
 */
import type { Redis } from 'ioredis';
import { createKeys, type Keys } from './keys.js';
import { createBoardRepo } from './board.js';
import { createGroupRepo } from './groups.js';
import { createDialogRepo } from './dialogs.js';
import { createLessonRepo } from './lessons.js';
import { createPostRepo } from './posts.js';
import { createNoticeRepo } from './notices.js';
import { createFaqRepo } from './faq.js';
import { createFiguresRepo } from './figures.js';
import { createDeliveryRepo } from './delivery.js';
import { createTicketRepo } from './tickets.js';
import { createReportLinkRepo } from './report-links.js';
import { createAnsweredThreadRepo } from './threads.js';
import { createJobRepo } from './jobs.js';
import { createContentStatusRepo } from './content.js';
import { createPeopleRepo } from './people.js';
import { createTicketStatsRepo } from './ticket-stats.js';
import { createQueueRepo } from './queue.js';
import { createMenuStateRepo } from './menus.js';
import { createUpdateRepo } from './updates.js';
import type { StorePort } from '../core/ports/index.js';
import { createLeaseRepo, createReleaseRepo, createTurnRepo } from './replicas.js';
import { scanBatches } from './scan.js';

/**
 * The Redis store: the core's `StorePort` plus what only the wiring, scripts and tests may touch (the
 * client, the key builder, a ping for /healthz, the console's reset). CoreDeps holds it as a `StorePort`.
 */
export interface Store extends StorePort {
  redis: Redis;
  keys: Keys;
  ping(): Promise<number>;
  /** Delete every key under this store's prefix (the console's `:reset`); returns how many went. */
  reset(): Promise<number>;
}

export function createStore(redis: Redis, prefix = 'ws'): Store {
  const keys = createKeys(prefix);
  const repos: Repos = lazily<Repos>({
    groups: () => createGroupRepo(redis, keys),
    dialogs: () => createDialogRepo(redis, keys),
    lessons: () => createLessonRepo(redis, keys),
    notices: () => createNoticeRepo(redis, keys),
    posts: () => createPostRepo(redis, keys),
    faq: () => createFaqRepo(redis, keys),
    delivery: () => createDeliveryRepo(redis, keys),
    tickets: () => createTicketRepo(redis, keys),
    reportLinks: () => createReportLinkRepo(redis, keys),
    jobs: () => createJobRepo(redis, keys),
    content: () => createContentStatusRepo(redis, keys),
    ticketStats: () => createTicketStatsRepo(redis, keys),
    queue: () => createQueueRepo({ redis, keys, tickets: repos.tickets, ticketStats: repos.ticketStats }),
    board: () => createBoardRepo(redis, keys),
    figures: () => createFiguresRepo(redis, keys),
    menus: () => createMenuStateRepo(redis, keys),
    updates: () => createUpdateRepo(redis, keys),
    leases: () => createLeaseRepo(redis, keys),
    turns: () => createTurnRepo(redis, keys),
    release: () => createReleaseRepo(redis, keys),
    people: () => createPeopleRepo(redis, keys),
    threads: () => createAnsweredThreadRepo(redis, keys),
  });
  return Object.assign(repos, {
    redis,
    keys,
    onReconnect(listener: () => void) {
      // ioredis emits `ready` on every (re)connection; listeners are added once connected (the app
      // connects before it builds the store), so each call is a reconnection.
      redis.on('ready', listener);
      return () => void redis.off('ready', listener);
    },
    async reset() {
      // SCAN, not KEYS: never block a Redis that others may share; UNLINK frees memory in the background.
      let removed = 0;
      for await (const found of scanBatches(redis, `${keys.prefix}:*`))
        if (found.length) removed += await redis.unlink(...found);
      return removed;
    },
    async ping() {
      const started = performance.now();
      await redis.ping();
      return performance.now() - started;
    },
  });
}

type Repos = Omit<StorePort, 'onReconnect'>;

/**
 * Each repository made on first use, its Lua scripts read and registered then: before Telegram's first
 * poll only the lease, turn and menu repositories are needed (docs/architecture.md, "Start-up").
 */
function lazily<T extends object>(makers: { [K in keyof T]: () => T[K] }): T {
  const made = {} as T;
  for (const name of Object.keys(makers) as (keyof T)[]) {
    let repo: T[keyof T] | undefined;
    Object.defineProperty(made, name, { enumerable: true, get: () => (repo ??= makers[name]()) });
  }
  return made;
}

/** The store as the core sees it: the repositories, without the client, keys, ping or reset. */
export function portOf(store: Store): StorePort {
  const { redis: _redis, keys: _keys, ping: _ping, reset: _reset, ...port } = store;
  return port;
}
