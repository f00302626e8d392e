import { createBoardRepo, type BoardRepo } from './board.js';
import { createFiguresRepo, type FiguresRepo } from './figures.js';
/**
 * The store: one Redis connection and the repositories over it. Jobs reach Redis only through these.
 */
import type { Redis } from 'ioredis';
import { createKeys, type Keys } from './keys.js';
import { createGroupRepo, type GroupRepo } from './groups.js';
import { createDialogRepo, type DialogRepo } from './dialogs.js';
import { createLessonRepo, type LessonRepo } from './lessons.js';
import { createNoticeRepo, type NoticeRepo } from './notices.js';
import { createFaqRepo, type FaqRepo } from './faq.js';
import { createDeliveryRepo, type DeliveryRepo } from './delivery.js';
import { createTicketRepo, type TicketRepo } from './tickets.js';
import { createReportLinkRepo, type ReportLinkRepo } from './report-links.js';
import { createJobRepo, type JobRepo } from './jobs.js';
import { createPeopleRepo, type PeopleRepo } from './people.js';
import { createTicketStatsRepo, type TicketStatsRepo } from './ticket-stats.js';
import { createMenuStateRepo } from './menus.js';
import type { MenuState } from '../core/menus.js';
import { createUpdateRepo, type UpdateRepo } from './updates.js';
import type { LeasePort, TurnPort } from '../core/replicas.js';
import { createLeaseRepo, createTurnRepo } from './replicas.js';

export interface Store {
  redis: Redis;
  keys: Keys;
  groups: GroupRepo;
  dialogs: DialogRepo;
  lessons: LessonRepo;
  notices: NoticeRepo;
  faq: FaqRepo;
  delivery: DeliveryRepo;
  tickets: TicketRepo;
  reportLinks: ReportLinkRepo;
  /** Leases that make a scheduled job run once per fire across processes. */
  jobs: JobRepo;
  /** Paged reads of the ticket indexes for sweeps, /stats, export and retention. */
  ticketStats: TicketStatsRepo;
  /** Hashes of the command menus last published per platform. */
  menus: MenuState;
  /** Updates claimed on arrival and marked done after their handling (at least once). */
  updates: UpdateRepo;
  /** Process-wide roles held by one process at a time (the Telegram long poller). */
  leases: LeasePort;
  /** A chat's updates handled one at a time, oldest first, across processes (webhook replicas). */
  turns: TurnPort;
  /** The language a person last wrote in. */
  people: PeopleRepo;
  /** The web board's sign-in links and sessions. */
  board: BoardRepo;
  /** Figures counters per branch and month, kept by the ticket scripts (and their one-off backfill). */
  figures: FiguresRepo;
  ping(): Promise<number>;
  /** Delete every key under this store's prefix (the console's `:reset`); returns how many went. */
  reset(): Promise<number>;
}

export function createStore(redis: Redis, prefix = 'ws'): Store {
  const keys = createKeys(prefix);
  return {
    redis,
    keys,
    groups: createGroupRepo(redis, keys),
    dialogs: createDialogRepo(redis, keys),
    lessons: createLessonRepo(redis, keys),
    notices: createNoticeRepo(redis, keys),
    faq: createFaqRepo(redis, keys),
    delivery: createDeliveryRepo(redis, keys),
    tickets: createTicketRepo(redis, keys),
    reportLinks: createReportLinkRepo(redis, keys),
    jobs: createJobRepo(redis, keys),
    ticketStats: createTicketStatsRepo(redis, keys),
    board: createBoardRepo(redis, keys),
    figures: createFiguresRepo(redis, keys),
    menus: createMenuStateRepo(redis, keys),
    updates: createUpdateRepo(redis, keys),
    leases: createLeaseRepo(redis, keys),
    turns: createTurnRepo(redis, keys),
    people: createPeopleRepo(redis, keys),
    async reset() {
      // SCAN, not KEYS: never block a Redis that others may share; UNLINK frees memory in the background.
      let removed = 0;
      let cursor = '0';
      do {
        const [next, found] = await redis.scan(cursor, 'MATCH', `${keys.prefix}:*`, 'COUNT', 500);
        cursor = next;
        if (found.length) removed += await redis.unlink(...found);
      } while (cursor !== '0');
      return removed;
    },
    async ping() {
      const started = performance.now();
      await redis.ping();
      return performance.now() - started;
    },
  };
}

export type { GroupBinding } from './groups.js';
export type { Dialog } from './dialogs.js';
export { chatKey } from './groups.js';
