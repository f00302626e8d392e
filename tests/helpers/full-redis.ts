/**
 * A Redis that has grown to its limit: for tests that run their own redis-server, since this fills it up.
 */
import type { Redis } from 'ioredis';

/** A Redis kept full by `fillRedis`; `free()` makes room again, as an operator who deletes what filled it. */
export interface FullRedis {
  free(): Promise<void>;
}

/**
 * Fill the Redis behind `redis` (noeviction, a small maxmemory) until it refuses writes, as a district's Redis that
 * grew to its limit does; `free()` deletes the filler and lifts the limit.
 */
export async function fillRedis(redis: Redis): Promise<FullRedis> {
  const admin = redis.duplicate();
  const used = async () => Number(/used_memory:(\d+)/.exec(await admin.info('memory'))![1]);
  await admin.config('SET', 'maxmemory-policy', 'noeviction');
  await admin.config('SET', 'maxmemory', String((await used()) + 2_000_000));
  const filler: string[] = [];
  // Big values first, then small ones: a big value's own request buffer is freed once it is refused.
  for (const size of [64 * 1024, 256]) {
    for (let i = filler.length; ; i++) {
      try {
        await admin.set(`filler:${i}`, 'x'.repeat(size));
        filler.push(`filler:${i}`);
      } catch (err) {
        if (!/OOM/.test((err as Error).message)) throw err;
        break;
      }
    }
  }
  // Kept full: a request's buffer given back, a connection closed, would otherwise make a little room again.
  await admin.config('SET', 'maxmemory', String((await used()) - 200_000));
  return {
    async free() {
      if (filler.length) await admin.del(...filler);
      await admin.config('SET', 'maxmemory', '0');
      admin.disconnect();
    },
  };
}
