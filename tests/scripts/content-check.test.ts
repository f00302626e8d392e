/**
 * `npm run content:check -- DIR` as a pack author runs it: its output piped into `head` (or anything that
 * stops reading) ended in an "Unhandled 'error' event … EPIPE" stack trace; now it stops quietly. A pack
 * outside the working directory is named by its own path, not by a "../../../" climb. CI checks every pack in
 * one run (`-- DIR DIR …`): each under its path, and a failure in any one fails the run.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ws-check-'));
  await cp(path.join(root, 'tests/fixtures/packs/minimal'), dir, { recursive: true });
  const file = path.join(dir, 'stations.yaml');
  // Two problems, so the check writes more than once.
  const text = (await readFile(file, 'utf8')).replace("hours: '08:00-20:00'", "hours: '8-20'");
  await writeFile(file, text.replace('lat: 31.31', 'lat: 131.31'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const check = (pipeTo?: string) =>
  spawnSync(
    'sh',
    [
      '-c',
      `"${process.execPath}" --import tsx scripts/content-check.ts "${dir}"${pipeTo ? ` | ${pipeTo}` : ''}`,
    ],
    { cwd: root, encoding: 'utf8' },
  );

describe('content:check on the command line', () => {
  it('names each problem by the pack’s own path and line', () => {
    const r = check();
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${path.join(dir, 'stations.yaml')}:8:`);
    expect(r.stdout).not.toContain('../');
  });

  it('output piped into a reader that stops early ends quietly, without a stack trace', () => {
    const r = check('true');
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled 'error'/);
  });

  it('checks several packs in one run, each under its path, and fails if any one fails', () => {
    const minimal = 'tests/fixtures/packs/minimal';
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts', dir, minimal], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    const [broken, sound] = r.stdout.split(`--- ${minimal}\n`);
    expect(broken).toContain(`--- ${dir}\n`);
    expect(broken).toContain(`${path.join(dir, 'stations.yaml')}:8:`);
    expect(sound).toMatch(/^content ok: 3 branches/);
  });
});
