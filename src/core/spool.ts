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
 * Several processes may share the spool folder (replicas on one volume): each appends only to its own
 * file (`updates-<instance>.jsonl`, named by main.ts), and a drain first **claims** every file it will
 * replay by renaming it to `<own>.claimed-<random>.jsonl` — a rename is atomic, so two processes never
 * replay the same file. A process claims another's file only when it has not changed for `staleMs` (its
 * owner died or was replaced); while replaying, the claimer touches its claimed file so nobody else
 * takes it. The files hold what people wrote (they may contain personal data): created 0600 and removed
 * as soon as their updates are handled.
 */
import {
  appendFileSync,
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { Incoming } from './types.js';

export interface Spool {
  readonly file: string;
  /** Keep an update on disk (synchronously, fsync'd). A second copy of the same update id is ignored. */
  keep(update: Incoming): void;
  /** Updates waiting that this process may replay (its own, and other processes' abandoned ones). */
  size(): number;
  /**
   * Hand kept updates to `handle`, oldest first. An update whose handling throws stays, with everything
   * after it, for the next drain. Returns how many were handled. Concurrent calls share one run.
   */
  drain(handle: (update: Incoming) => Promise<void>): Promise<number>;
}

export interface SpoolOptions {
  /** Another process's file untouched for this long is abandoned and may be claimed (default 60 s). */
  staleMs?: number;
}

const key = (u: Incoming) => `${u.chat.address.channel}:${u.updateId}`;

function readLines(path: string): Incoming[] {
  const out: Incoming[] = [];
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return out; // claimed by another process a moment ago
  }
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line) as Incoming);
    } catch {
      // A line cut by a crash mid-write is the only way to get here; it was never acknowledged.
    }
  }
  return out;
}

function rewrite(path: string, updates: Incoming[]): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, updates.map((u) => `${JSON.stringify(u)}\n`).join(''), { mode: 0o600 });
  renameSync(tmp, path);
}

export function createSpool(file: string, options: SpoolOptions = {}): Spool {
  const staleMs = options.staleMs ?? 60_000;
  const dir = dirname(file);
  const own = basename(file).replace(/\.jsonl$/, '');
  const ownClaimPrefix = `${own}.claimed-`;
  let draining: Promise<number> | undefined;

  const raw = () => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  const spoolFiles = () => {
    try {
      return readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
    } catch {
      return [];
    }
  };
  const mine = (name: string) => name === basename(file) || name.startsWith(ownClaimPrefix);
  const abandoned = (name: string) => {
    try {
      return Date.now() - statSync(join(dir, name)).mtimeMs > staleMs;
    } catch {
      return false;
    }
  };
  /** Files this process may replay now: its own, its claims, and others' abandoned ones. */
  const replayable = () => spoolFiles().filter((f) => mine(f) || abandoned(f));

  const touch = (path: string) => {
    const t = new Date();
    utimesSync(path, t, t);
  };

  /**
   * Rename every replayable file to a claim of ours; a rename that fails means another process won it.
   * Touched before the rename, so the claim is never seen as abandoned by a process listing the folder.
   */
  function claimAll(): string[] {
    const claims: { path: string; mtime: number }[] = [];
    for (const name of replayable()) {
      let path = join(dir, name);
      let mtime: number;
      try {
        mtime = statSync(path).mtimeMs;
        if (!name.startsWith(ownClaimPrefix)) {
          const claim = join(dir, `${ownClaimPrefix}${randomBytes(4).toString('hex')}.jsonl`);
          touch(path);
          renameSync(path, claim);
          path = claim;
        }
      } catch {
        continue; // another process claimed it first
      }
      claims.push({ path, mtime });
    }
    return claims.sort((a, b) => a.mtime - b.mtime).map((c) => c.path);
  }

  async function replay(path: string, handle: (u: Incoming) => Promise<void>): Promise<number> {
    let handled = 0;
    for (;;) {
      const [next, ...rest] = readLines(path);
      if (!next) break;
      await handle(next);
      // Remove it only now: a crash mid-handle replays it (handlers are idempotent where it matters).
      if (!existsSync(path)) break;
      rewrite(path, rest);
      handled++;
    }
    if (existsSync(path) && readLines(path).length === 0) unlinkSync(path);
    return handled;
  }

  return {
    file,
    keep(update) {
      if (readLines(file).some((u) => key(u) === key(update))) return;
      mkdirSync(dir, { recursive: true });
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
    size: () => replayable().reduce((n, f) => n + readLines(join(dir, f)).length, 0),
    drain(handle) {
      draining ??= (async () => {
        let handled = 0;
        const claims = claimAll();
        // Keep every claim fresh while replaying, so no other process takes one as abandoned.
        const heartbeat = setInterval(() => {
          for (const path of claims)
            try {
              touch(path);
            } catch {
              // replayed and removed already
            }
        }, staleMs / 4);
        try {
          for (const path of claims) handled += await replay(path, handle);
          return handled;
        } finally {
          clearInterval(heartbeat);
          draining = undefined;
        }
      })();
      return draining;
    },
  };
}
