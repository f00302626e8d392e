/**
 * The ports: what the core asks of its store. Each file here holds one record kind — its records (the
 * domain types) and the repository interface the core uses — and `src/store/` implements them over
 * Redis (`createStore` returns a `StorePort` plus the Redis-only parts the wiring needs). The core never
 * sees the Redis client, its keys or its connection events.
 *
 *   const t = await deps.store.tickets.get('JN-2026-000123');
 */
import type { MenuState } from '../menus.js';
import type { LeasePort, ReleasePort, TurnPort } from '../replicas.js';
import type { BoardRepo } from './board.js';
import type { ContentStatusRepo } from './content.js';
import type { DeliveryRepo } from './delivery.js';
import type { DialogRepo } from './dialogs.js';
import type { FaqRepo } from './faq.js';
import type { FiguresRepo } from './figures.js';
import type { GroupRepo } from './groups.js';
import type { JobRepo } from './jobs.js';
import type { LessonRepo } from './lessons.js';
import type { NoticeRepo } from './notices.js';
import type { PeopleRepo } from './people.js';
import type { PostRepo } from './posts.js';
import type { QueueRepo } from './queue.js';
import type { ReportLinkRepo } from './report-links.js';
import type { TicketStatsRepo } from './ticket-stats.js';
import type { AnsweredThreadRepo } from './threads.js';
import type { TicketRepo } from './tickets.js';
import type { UpdateRepo } from './updates.js';

export interface StorePort {
  groups: GroupRepo;
  dialogs: DialogRepo;
  lessons: LessonRepo;
  notices: NoticeRepo;
  posts: PostRepo;
  faq: FaqRepo;
  delivery: DeliveryRepo;
  tickets: TicketRepo;
  reportLinks: ReportLinkRepo;
  /** Leases that make a scheduled job run once per fire across processes. */
  jobs: JobRepo;
  /** What the organisers were last told of the content pack's live reloads (one teller per edit). */
  content: ContentStatusRepo;
  /** Paged reads of the ticket indexes for sweeps, /stats, export and retention. */
  ticketStats: TicketStatsRepo;
  /** The triage queue filtered and paged (the web board). */
  queue: QueueRepo;
  /** Hashes of the command menus last published per platform. */
  menus: MenuState;
  /** Updates claimed on arrival and marked done after their handling (at least once). */
  updates: UpdateRepo;
  /** Process-wide roles held by one process at a time (the Telegram long poller). */
  leases: LeasePort;
  /** A chat's updates handled one at a time, oldest first, across processes (webhook replicas). */
  turns: TurnPort;
  /** The highest release level started on this Redis: an older replica steps aside (core/release.ts). */
  release: ReleasePort;
  /** The language a person last wrote in. */
  people: PeopleRepo;
  /** The web board's sign-in links and sessions. */
  board: BoardRepo;
  /** Figures counters per branch and month, kept by the ticket transitions (and their one-off backfill). */
  figures: FiguresRepo;
  /** Threads where the bot answered a person (a Slack channel thread): their next message there is for it. */
  threads: AnsweredThreadRepo;
  /**
   * Call `listener` each time the store is reachable again after losing its connection (not on the
   * first connection); returns the function that stops listening.
   */
  onReconnect(listener: () => void): () => void;
}
