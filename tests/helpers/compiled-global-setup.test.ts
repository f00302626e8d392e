/**
 * A vitest run killed before its end leaves its bundle folder under node_modules/.cache/waystation-tests; the next
 * run's start removes it (compiled-global-setup.ts), and leaves alone the folder of a run still going.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeStale } from './compiled-global-setup.js';

let parent: string | undefined;
afterEach(() => {
  if (parent) rmSync(parent, { recursive: true, force: true });
  parent = undefined;
});

/** A run folder as setup leaves it: its bundle, and the pid of the run it belongs to (none: an older folder). */
function runFolder(name: string, owner?: number): string {
  const dir = join(parent!, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'main.mjs'), '// bundle');
  if (owner !== undefined) writeFileSync(join(dir, 'OWNER'), String(owner));
  return dir;
}

describe('the test bundle folders of runs that are gone', () => {
  it('are removed at the next start; a live run’s and a fresh unowned one are kept', () => {
    parent = mkdtempSync(join(tmpdir(), 'ws-compiled-'));
    // A process that has ended: its pid names nobody now.
    const ended = spawnSync(process.execPath, ['-e', '0']).pid!;
    const killed = runFolder('run-killed', ended);
    const live = runFolder('run-live', process.pid);
    const old = runFolder('run-old');
    const day = Date.now() / 1000 - 2 * 86_400;
    utimesSync(old, day, day);
    const fresh = runFolder('run-fresh');
    const other = join(parent, 'not-a-run');
    mkdirSync(other);

    expect(removeStale(parent).sort()).toEqual(['run-killed', 'run-old']);
    expect(existsSync(killed)).toBe(false);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(other)).toBe(true);
  });
});
