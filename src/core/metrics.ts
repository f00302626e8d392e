/**
 * Prometheus metrics (served at /metrics). One registry per running bot, passed down like the config.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export function createMetrics(options: { defaults?: boolean } = {}) {
  const registry = new Registry();
  if (options.defaults) collectDefaultMetrics({ register: registry, prefix: 'waystation_' });
  return {
    registry,
    updates: new Counter({
      name: 'waystation_updates_total',
      help: 'Updates received, by channel and outcome (handled, ignored, duplicate)',
      labelNames: ['channel', 'outcome'] as const,
      registers: [registry],
    }),
    replies: new Counter({
      name: 'waystation_replies_total',
      help: 'Messages sent or edited by the bot, by channel',
      labelNames: ['channel'] as const,
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
    deliveryQueueDepth: new Gauge({
      name: 'waystation_delivery_queue_depth',
      help: 'Bulk jobs queued or being sent, as last seen by this process',
      labelNames: ['channel'] as const,
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
