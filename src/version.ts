/**
 * Which release this process runs, for the start-up log and /healthz: during a rolling upgrade two replicas on
 * one Redis run different code, and package.json's version alone does not change between releases. The commit is
 * the one the build wrote beside the code (dist/COMMIT, scripts/build.mjs), else the checkout's own (tsx, git),
 * else unknown (an image built without it).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { codePath, rootPath } from './paths.js';

/**
 * This release's level, kept in Redis as the highest any replica started with (core/release.ts). Raise it by one in
 * a release that adds something an older release would get wrong while both run on one Redis: a button (callback
 * prefix or payload), a ticket event, a kind of pending work the recovery finishes, a kind of card the effects
 * redraw, a field a scheduled notice or lesson is sent from. A replica of a lower level then steps aside once a
 * replica of this one starts (README "Upgrading"); equal levels share the work as ever. Level 1 is the first release
 * that knows to step aside; releases before it never do, and still need stopping.
 */
export const RELEASE_LEVEL = 1;

export interface BuildVersion {
  version: string;
  commit?: string;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

function checkoutCommit(): string | undefined {
  try {
    const out = execFileSync('git', ['rev-parse', '--short=10', 'HEAD'], {
      cwd: rootPath(),
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 2_000,
    });
    return out.toString().trim() || undefined;
  } catch {
    return undefined;
  }
}

let known: BuildVersion | undefined;

export function buildVersion(): BuildVersion {
  if (known) return known;
  const pkg = read(rootPath('package.json'));
  const version = pkg ? String((JSON.parse(pkg) as { version?: unknown }).version ?? 'unknown') : 'unknown';
  const commit = read(codePath('COMMIT')) ?? checkoutCommit();
  known = commit ? { version, commit } : { version };
  return known;
}

/** "0.1.0 (ff27ef5e1a)", or the version alone. */
export const versionText = (v: BuildVersion): string => (v.commit ? `${v.version} (${v.commit})` : v.version);
