/**
 * Prometheus metrics (served at /metrics). One registry per running bot, passed down like the config.
 */
import { STEPPED_ASIDE_HELP, STEPPED_ASIDE_METRIC } from './release.js';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** A branch's open and overdue tickets, read from the store when Prometheus scrapes. */
export interface BranchLoad {
  branch: string;
  open: number;
  overdue: number;
}

export function createMetrics(options: { defaults?: boolean } = {}) {
  const registry = new Registry();
  if (options.defaults) collectDefaultMetrics({ register: registry, prefix: 'waystation_' });
  let loads: (() => Promise<BranchLoad[]>) | undefined;
  // One read per scrape feeds both gauges: the first collect() fetches, the second reuses it.
  let pending: Promise<BranchLoad[]> | undefined;
  const read = (): Promise<BranchLoad[]> => {
    pending ??= (loads ? loads() : Promise.resolve([])).finally(() => {
      setTimeout(() => (pending = undefined), 0);
    });
    return pending;
  };
  const ticketsOpen = new Gauge({
    name: 'waystation_tickets_open',
    help: 'Open tickets (new, claimed, waiting) per branch, read from Redis at scrape time',
    labelNames: ['branch'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const l of await read()) this.set({ branch: l.branch }, l.open);
    },
  });
  const ticketsOverdue = new Gauge({
    name: 'waystation_tickets_overdue',
    help: 'Open tickets past their current deadline per branch, read from Redis at scrape time',
    labelNames: ['branch'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const l of await read()) this.set({ branch: l.branch }, l.overdue);
    },
  });
  return {
    registry,
    ticketsOpen,
    ticketsOverdue,
    /** Where the ticket gauges read from (set once the store exists). */
    watchTickets(source: () => Promise<BranchLoad[]>): void {
      loads = source;
    },
    firstResponse: new Histogram({
      name: 'waystation_ticket_first_response_seconds',
      help: "Time from a report to the branch's first response (claim, question or resolution)",
      labelNames: ['urgency'] as const,
      buckets: [300, 900, 1800, 3600, 7200, 14_400, 28_800, 86_400, 172_800, 604_800],
      registers: [registry],
    }),
    faqAnswers: new Counter({
      name: 'waystation_faq_answers_total',
      help: 'Questions by outcome: answered, suggested (did you mean), unanswered, stations, invalid',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }),
    faqVotes: new Counter({
      name: 'waystation_faq_votes_total',
      help: 'First 👍/👎 on an answer per person, by vote (up, down)',
      labelNames: ['vote'] as const,
      registers: [registry],
    }),
    noticeAcks: new Counter({
      name: 'waystation_notice_acks_total',
      help: 'First "got it" per person per group on a notice (rate: over waystation_delivery_sent_total{kind="notice"})',
      registers: [registry],
    }),
    updates: new Counter({
      name: 'waystation_updates_total',
      help: 'Updates received, by channel and outcome (handled, ignored, duplicate, spooled, left for a newer release)',
      labelNames: ['channel', 'outcome'] as const,
      registers: [registry],
    }),
    replies: new Counter({
      name: 'waystation_replies_total',
      help: 'Messages sent or edited by the bot, by channel',
      labelNames: ['channel'] as const,
      registers: [registry],
    }),
    repliesFailed: new Counter({
      name: 'waystation_replies_failed_total',
      help: 'Replies, edits and pins that failed, by channel and reason (forbidden, not-found, rate-limited, bad-request, transient, error); a reply queued for a durable retry after a 429 counts as rate-limited',
      labelNames: ['channel', 'reason'] as const,
      registers: [registry],
    }),
    redisErrors: new Counter({
      name: 'waystation_redis_errors_total',
      help: 'Redis connection errors (a failed connect or reconnect attempt) seen by this process',
      registers: [registry],
    }),
    errors: new Counter({
      name: 'waystation_errors_total',
      help: 'Errors caught at the error boundary, by where they happened',
      labelNames: ['where'] as const,
      registers: [registry],
    }),
    redisLatency: new Histogram({
      name: 'waystation_redis_ping_seconds',
      help: 'Redis PING round trip, sampled by the health check',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5],
      registers: [registry],
    }),
    deliverySent: new Counter({
      name: 'waystation_delivery_sent_total',
      help: 'Bulk messages (lessons, notices) accepted by the platform, first delivery of each (broadcast, chat)',
      labelNames: ['channel', 'kind'] as const,
      registers: [registry],
    }),
    deliveryFailed: new Counter({
      name: 'waystation_delivery_failed_total',
      help: 'Bulk messages given up on, by reason (forbidden, not-found, bad-request, transient)',
      labelNames: ['channel', 'kind', 'reason'] as const,
      registers: [registry],
    }),
    deliveryRateLimited: new Counter({
      name: 'waystation_delivery_rate_limited_total',
      help: '429 answers received by the delivery engine (the channel then pauses for retry_after)',
      labelNames: ['channel'] as const,
      registers: [registry],
    }),
    deliveryRetries: new Counter({
      name: 'waystation_delivery_retries_total',
      help: 'Bulk sends put back in the queue after a transient error',
      labelNames: ['channel'] as const,
      registers: [registry],
    }),
    deliveryDuplicates: new Counter({
      name: 'waystation_delivery_duplicates_total',
      help: 'Bulk messages sent again after a lost lease (a crash or a hang between sending and recording)',
      labelNames: ['channel'] as const,
      registers: [registry],
    }),
    steppedAside: new Gauge({
      name: STEPPED_ASIDE_METRIC,
      help: STEPPED_ASIDE_HELP,
      registers: [registry],
    }),
    deliveryQueueDepth: new Gauge({
      name: 'waystation_delivery_queue_depth',
      help: 'Bulk jobs queued or being sent, as last seen by this process',
      labelNames: ['channel'] as const,
      registers: [registry],
    }),
    faqModelCache: new Counter({
      name: 'waystation_faq_model_cache_total',
      help: 'Questions for the FAQ model path by whether a kept model answer served them (hit: no call) or not (miss: a call, unless over budget)',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    llmCalls: new Counter({
      name: 'waystation_llm_calls_total',
      help: 'Model calls by job (faq, classify) and result: ok, timeout, error, invalid (the endpoint answered, unusably), paused (not made: the client is pausing after failures or a 429), limited (not made: OPENAI_MAX_CONCURRENT calls already under way)',
      labelNames: ['job', 'result'] as const,
      registers: [registry],
    }),
    llmCallSeconds: new Histogram({
      name: 'waystation_llm_call_seconds',
      help: 'Seconds a model call that reached the endpoint took, by job, up to the timeout',
      labelNames: ['job'] as const,
      buckets: [0.25, 0.5, 1, 2, 3, 4, 6, 10, 20],
      registers: [registry],
    }),
    floodDropped: new Counter({
      name: 'waystation_flood_dropped_total',
      help: 'Messages not read because their sender was past the per-person limit of the chat, by channel and chat kind (private, group); the first of a window is answered with a "slow down" line, the rest get nothing',
      labelNames: ['channel', 'chat'] as const,
      registers: [registry],
    }),
    llmFallbacks: new Counter({
      name: 'waystation_llm_fallbacks_total',
      help: 'Times the model path failed (timeout, error, invalid output) and the offline path answered',
      labelNames: ['job', 'reason'] as const,
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
