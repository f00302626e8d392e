/**
 * A folder for this run's bundle of the programs the process tests start (tests/helpers/compiled.ts builds it
 * there on first use), removed when the run ends. Under node_modules, so the bundle finds the packages it leaves
 * out (openai, echarts…) as the sources do.
 *
 * A run killed before its end (Ctrl-C twice, SIGKILL, a CI timeout) never removes its folder: each run's start removes
 * the folders of runs that are gone — the process named in a folder's `OWNER` file no longer exists, or, with no such
 * file (a folder left before the file was written), it is over a day old. A run still going (another terminal, another
 * worktree sharing node_modules) keeps its folder.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where this run's bundle goes (built there by the first file that asks: `compiled()`). */
    compiledDir: string;
  }
}

/** Names the process a run's folder belongs to (its pid). */
const OWNER = 'OWNER';
/** A folder with no owner named is left this long (it may be a run writing its owner right now). */
const UNOWNED_KEPT_MS = 24 * 3_600_000;

/** Whether a process with this pid exists (EPERM: it does, someone else's). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The folders of runs that ended without removing theirs; returns their names. */
export function removeStale(parent: string, now = Date.now()): string[] {
  const gone: string[] = [];
  for (const name of readdirSync(parent)) {
    if (!name.startsWith('run-')) continue;
    const dir = join(parent, name);
    let stale: boolean;
    try {
      const pid = Number(readFileSync(join(dir, OWNER), 'utf8'));
      stale = !Number.isInteger(pid) || pid <= 0 || !alive(pid);
    } catch {
      try {
        stale = now - statSync(dir).mtimeMs > UNOWNED_KEPT_MS;
      } catch {
        continue;
      }
    }
    if (!stale) continue;
    rmSync(dir, { recursive: true, force: true });
    gone.push(name);
  }
  return gone;
}

export default function setup(project: TestProject) {
  const parent = resolve(import.meta.dirname, '../../node_modules/.cache/waystation-tests');
  mkdirSync(parent, { recursive: true });
  removeStale(parent);
  const dir = mkdtempSync(join(parent, 'run-'));
  writeFileSync(join(dir, OWNER), String(process.pid));
  project.provide('compiledDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
