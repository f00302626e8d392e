/**
 * Live reload of the content pack: a file watcher on CONTENT_DIR and each folder in it that, once
 * edits have settled, loads and validates the whole pack again and swaps it in only when it is valid.
 * A broken edit is logged with every problem (file:line) and the bot keeps running on the last good pack;
 * the organisers are told of it in their escalation chat, and of the fix once it loads (reload-notice.ts).
 * Everything that reads `holder.get()` per use — schedules included — follows the new pack at once.
 *
 *   const watcher = watchContent({ dir, holder, logger });
 *   …
 *   watcher.close();
 */
import { readdirSync, watch, type Dirent, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { ContentHolder } from './holder.js';
import { ContentPackError, loadContentPack, type ContentProblem } from './loader.js';
import type { ContentPack } from './schema.js';
import type { Logger } from '../logger.js';

export interface ContentWatcher {
  /** Load, validate and swap now (also what a file change triggers). True when a new pack was swapped in. */
  reload(): Promise<boolean>;
  close(): void;
}

export interface WatchOptions {
  dir: string;
  holder: ContentHolder;
  logger: Logger;
  /** Wait this long after the last change before reloading (editors write files in bursts). */
  debounceMs?: number;
  load?: (dir: string) => Promise<ContentPack>;
  /** An edit did not load (told to the organisers: reload-notice.ts); a failure here is only logged. */
  onInvalid?: (problems: ContentProblem[]) => Promise<void>;
  /** An edit loaded and was swapped in. */
  onValid?: () => Promise<void>;
}

export function watchContent(options: WatchOptions): ContentWatcher {
  const { dir, holder, logger } = options;
  const load = options.load ?? loadContentPack;
  const debounceMs = options.debounceMs ?? 500;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<boolean> | undefined;
  let again = false;
  let closed = false;

  /** Tell the organisers (reload-notice.ts); Redis or a send failing costs the message, never the reload. */
  async function tell(what: 'invalid' | 'valid', told: (() => Promise<void>) | undefined): Promise<void> {
    if (closed || !told) return;
    await told().catch((err: unknown) =>
      logger.warn({ dir, err: (err as Error).message }, `telling the organisers of the ${what} pack failed`),
    );
  }

  async function loadOnce(): Promise<boolean> {
    try {
      const pack = await load(dir);
      if (closed) return false;
      holder.replace(pack);
      const lessons = pack.series.reduce((n, s) => n + s.lessons.length, 0);
      logger.info(
        { dir, series: pack.series.length, lessons, schedules: pack.schedules.length, faq: pack.faq.length },
        'content pack reloaded',
      );
      await tell('valid', options.onValid);
      return true;
    } catch (err) {
      if (err instanceof ContentPackError) {
        logger.warn(
          { dir, problems: err.problems.length, detail: err.message.split('\n').slice(0, 20) },
          'content pack changed but is invalid; keeping the previous pack',
        );
        const problems = err.problems;
        await tell('invalid', options.onInvalid && (() => options.onInvalid!(problems)));
      } else {
        logger.error(
          { dir, err: (err as Error).message },
          'content pack reload failed; keeping the previous pack',
        );
      }
      return false;
    }
  }

  /** One reload at a time; changes during a reload cause one more reload after it. */
  function reload(): Promise<boolean> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let swapped = false;
      do {
        again = false;
        swapped = (await loadOnce()) || swapped;
      } while (again && !closed);
      running = undefined;
      return swapped;
    })();
    return running;
  }

  // One plain watcher per folder, not `recursive: true`: Node 20's recursive watcher on Linux loses a
  // file once a tool replaces it by renaming a copy over it (sed -i, rsync, git, many editors), and every
  // later edit of that file went unseen (QA11). A folder's own watcher sees its files by name, whatever
  // their inode; folders added later (a new lesson series) are picked up on the next event.
  const watchers = new Map<string, FSWatcher>();
  function onChange(): void {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      watchNewFolders();
      void reload();
    }, debounceMs);
    timer.unref();
  }
  function watchFolders(): void {
    const seen = new Set<string>();
    const walk = (folder: string): void => {
      seen.add(folder);
      if (!watchers.has(folder)) {
        try {
          const w = watch(folder, { persistent: false }, onChange);
          w.on('error', (err) => {
            w.close();
            watchers.delete(folder);
            if (folder === dir)
              logger.warn({ dir, err: err.message }, 'content watcher error; live reload is off');
          });
          watchers.set(folder, w);
        } catch (err) {
          if (folder === dir) throw err;
          return;
        }
      }
      let entries: Dirent[] = [];
      try {
        entries = readdirSync(folder, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries)
        if (e.isDirectory() && !e.name.startsWith('.')) walk(path.join(folder, e.name));
    };
    walk(dir);
    for (const [folder, w] of watchers) {
      if (seen.has(folder)) continue;
      w.close();
      watchers.delete(folder);
    }
  }
  /** After a change: folders added or removed since (a watcher that fails only costs live reload). */
  function watchNewFolders(): void {
    try {
      watchFolders();
    } catch {
      // the pack's folder itself is gone; the reload reports it
    }
  }
  try {
    watchFolders();
  } catch (err) {
    logger.warn({ dir, err: (err as Error).message }, 'cannot watch the content pack; live reload is off');
  }

  return {
    reload,
    close() {
      closed = true;
      clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
