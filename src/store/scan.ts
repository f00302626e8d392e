/**
 * SCAN, never KEYS: every key matching a pattern, batch by batch, without blocking a Redis that others may share.
 *
 *   for await (const batch of scanBatches(redis, keys.faqGapPattern())) …
 */
import type { Redis } from 'ioredis';

/** The keys matching `pattern`, one SCAN reply at a time (a batch may be empty; a key may come twice). */
export async function* scanBatches(redis: Redis, pattern: string): AsyncGenerator<string[]> {
  let cursor = '0';
  do {
    const [next, found] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    cursor = next;
    yield found;
  } while (cursor !== '0');
}

/** Every key matching `pattern`, once each. */
export async function scanKeys(redis: Redis, pattern: string): Promise<string[]> {
  const out = new Set<string>();
  for await (const batch of scanBatches(redis, pattern)) for (const key of batch) out.add(key);
  return [...out];
}
