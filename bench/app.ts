/**
 * The whole app over the sample pack on a throw-away redis-server, for the benches that drive it end to end.
 *
 *   const { app, close } = await benchApp();
 *   try { … } finally { await close(); }
 */
import { resolve } from 'node:path';
import { createApp, type App } from '../src/app.js';
import { createLogger } from '../src/core/logger.js';
import { startRedisServer } from '../src/store/embedded.js';

export async function benchApp(timezone = 'Asia/Shanghai'): Promise<{ app: App; close(): Promise<void> }> {
  const server = await startRedisServer();
  const app = await createApp({
    contentDir: resolve(import.meta.dirname, '..', 'content'),
    redisUrl: server.url,
    redisPrefix: 'bench',
    logger: createLogger({ level: 'silent', pretty: false }),
    timezone,
    watchContent: false,
    // No per-person message limit: a benchmark sends one person's commands back to back to time them.
    flood: { privatePerMinute: 0, groupPerMinute: 0 },
  });
  return {
    app,
    async close() {
      await app.close();
      await server.stop();
    },
  };
}

/** One result line on stdout. */
export const out = (line: string): void => void process.stdout.write(`${line}\n`);
