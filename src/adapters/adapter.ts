import type { Outbox } from '../core/outbox.js';
import type { Channel } from '../core/types.js';
import type { HttpServer } from '../http/server.js';

/** A running transport: what main.ts starts and stops. */
export interface ChannelAdapter {
  channel: Channel;
  outbox: Outbox;
  /**
   * For the delivery engine: an outbox that neither throttles nor retries, so every 429 reaches the
   * engine, which paces all bulk sending itself. Absent: the engine uses `outbox`.
   */
  bulkOutbox?: Outbox;
  /** Begin taking updates (polling, sockets, or routes mounted on the HTTP server). */
  start(http: HttpServer): Promise<void>;
  /** Stop taking updates and let in-flight ones finish. */
  stop(): Promise<void>;
  /**
   * Take no more updates for good (a newer release runs on this Redis, core/release.ts), without waiting for those in
   * hand: the poller lease is given back, webhooks answered 503 so the platform sends them again. Absent: `stop()`.
   */
  stepAside?(): Promise<void>;
  /** Whether this process can still receive updates (false makes /healthz answer 503 with `detail`). */
  health?(): { ok: boolean; detail: string };
}
