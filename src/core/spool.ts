/**
 * The spool: updates that arrived while Redis could not be reached, kept in a local append-only file
 * (one JSON line each, fsync'd before the person is told "saved") and handed back to the core, oldest
 * first, when Redis answers again. A report confirmed during a Redis restart is therefore filed once Redis
 * is back — its ticket creation is idempotent per draft, so a replay after a partial attempt is safe.
 *
 *   const spool = createSpool('data/spool/updates.jsonl');
 *   spool.keep(update);                       // Redis is down: the update is now on disk
 *   await spool.drain((u) => core.handle(u, { replay: true }));   // Redis is back
 *
 * One process owns one spool file. The file holds what people wrote (it may contain personal data):
 * it is created 0600 and emptied as soon as its updates are handled.
 */
import {
  appendFileSync,
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import type { Incoming } from './types.js';

export interface Spool {
  readonly file: string;
  /** Keep an update on disk (synchronously, fsync'd). A second copy of the same update id is ignored. */
  keep(update: Incoming): void;
  /** Updates waiting. */
  size(): number;
  /**
   * Hand kept updates to `handle`, oldest first. An update whose handling throws stays, with everything
   * after it, for the next drain. Returns how many were handled. Concurrent calls share one run.
   */
  drain(handle: (update: Incoming) => Promise<void>): Promise<number>;
}

export function createSpool(file: string): Spool {
  let draining: Promise<number> | undefined;

  const raw = () => (existsSync(file) ? readFileSync(file, 'utf8') : '');

  function read(): Incoming[] {
    const out: Incoming[] = [];
    for (const line of raw().split('\n')) {
      if (!line.trim()) continue;
      try {
        out.push(JSON.parse(line) as Incoming);
      } catch {
        // A line cut by a crash mid-write is the only way to get here; it was never acknowledged.
      }
    }
    return out;
  }

  function write(updates: Incoming[]): void {
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, updates.map((u) => `${JSON.stringify(u)}\n`).join(''), { mode: 0o600 });
    renameSync(tmp, file);
  }

  const key = (u: Incoming) => `${u.chat.address.channel}:${u.updateId}`;

  return {
    file,
    keep(update) {
      if (read().some((u) => key(u) === key(update))) return;
      mkdirSync(dirname(file), { recursive: true });
      // After a line cut short by a crash, start on a fresh line so this one stays whole.
      const text = raw();
      const start = text && !text.endsWith('\n') ? '\n' : '';
      appendFileSync(file, `${start}${JSON.stringify(update)}\n`, { mode: 0o600 });
      const fd = openSync(file, 'r');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    },
    size: () => read().length,
    drain(handle) {
      draining ??= (async () => {
        let handled = 0;
        try {
          for (;;) {
            const [next] = read();
            if (!next) return handled;
            await handle(next);
            // Remove it only now: a crash mid-handle replays it (handlers are idempotent where it matters).
            write(read().filter((u) => key(u) !== key(next)));
            handled++;
          }
        } finally {
          draining = undefined;
        }
      })();
      return draining;
    },
  };
}
