/** Slack's posting pace, per channel: when the next message into a channel may go. */

/**
 * Slack lets an app post about one message per second into a channel, with short bursts. Each channel
 * gets a virtual schedule (GCRA): a message may go when the channel's schedule allows, at most `burst`
 * ahead of it. Reservations are made synchronously, so concurrent senders queue fairly.
 *
 *   const pace = createPacer({ intervalMs: 1000, burst: 3 });
 *   await pace('C123');   // resolves when a message to C123 may be posted
 */
export function createPacer(options: {
  intervalMs: number;
  burst: number;
  /** Added to each interval: a reservation is made a moment before Slack sees the request (network jitter). */
  marginMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}) {
  const { burst } = options;
  const intervalMs = options.intervalMs + (options.marginMs ?? 50);
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const tolerance = (burst - 1) * intervalMs;
  const schedule = new Map<string, number>();
  const pace = async (key: string): Promise<void> => {
    const t = now();
    if (schedule.size > 10_000) for (const [k, at] of schedule) if (at < t) schedule.delete(k);
    const tat = Math.max(schedule.get(key) ?? t, t);
    const start = Math.max(t, tat - tolerance);
    schedule.set(key, tat + intervalMs);
    if (start > t) await sleep(start - t);
  };
  /**
   * Slack answered a post: it saw the request no later than now, which may be well after the reservation on a
   * busy process, so the channel's schedule counts from here too (as the delivery engine's windows do).
   */
  pace.sent = (key: string) => {
    schedule.set(key, Math.max(schedule.get(key) ?? 0, now() + intervalMs));
  };
  /** Slack said "retry after": nothing more into this channel until then. */
  pace.hold = (key: string, seconds: number) => {
    const until = now() + seconds * 1000;
    schedule.set(key, Math.max(schedule.get(key) ?? 0, until + tolerance));
  };
  return pace;
}

export type Pacer = ReturnType<typeof createPacer>;
