import { createBoardRepo, type BoardRepo } from './board.js';
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
import { createTicketStatsRepo, type TicketStatsRepo } from './ticket-stats.js';

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
  /** The web board's sign-in links and sessions. */
  board: BoardRepo;
  /** Record an update id; false when it was seen before (a redelivery to drop). */
  firstDelivery(channel: string, updateId: string): Promise<boolean>;
  ping(): Promise<number>;
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
    async firstDelivery(channel, updateId) {
      // Platforms redeliver for minutes, not days: a day of memory is plenty.
      const ok = await redis.set(keys.seenUpdate(channel, updateId), '1', 'EX', 86_400, 'NX');
      return ok === 'OK';
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
