/**
 * Live reload of the content pack: a valid edit is swapped in without a restart; a broken edit is
 * logged with its problems and the last good pack stays.
 */
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createContentHolder } from '../../../src/core/content/holder.js';
import { loadContentPack } from '../../../src/core/content/loader.js';
import { watchContent, type ContentWatcher } from '../../../src/core/content/watch.js';
import { createLogger } from '../../../src/core/logger.js';
import { LESSONS_PACK } from '../lessons/fixtures.js';
import { waitFor } from '../../helpers/wait.js';

let dir: string | undefined;
let watcher: ContentWatcher | undefined;
afterEach(async () => {
  watcher?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = watcher = undefined;
});

function capture() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString('utf8').split('\n').filter(Boolean))
        lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', pretty: false }, sink) };
}

describe('watchContent', () => {
  it('swaps in a valid edit and keeps the last good pack on a broken one', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ws-pack-'));
    await cp(LESSONS_PACK, dir, { recursive: true });
    const holder = createContentHolder(await loadContentPack(dir));
    const replaced: string[] = [];
    holder.onReplace((p) => replaced.push(p.schedules[0]!.cron));
    const { lines, logger } = capture();
    watcher = watchContent({ dir, holder, logger, debounceMs: 50 });
    const file = path.join(dir, 'schedules.yaml');
    const original = await readFile(file, 'utf8');

    await writeFile(file, original.replace("'0 10 * * 1-5'", "'15 9 * * 1-5'"));
    await waitFor(() => holder.get().schedules[0]!.cron === '15 9 * * 1-5', 'the edited schedule');
    expect(lines.some((l) => l.msg === 'content pack reloaded')).toBe(true);

    await writeFile(file, original.replace("'0 10 * * 1-5'", "'61 9 * * 1-5'"));
    await waitFor(
      () => lines.some((l) => String(l.msg).includes('invalid; keeping the previous pack')),
      'the warning',
    );
    expect(holder.get().schedules[0]!.cron).toBe('15 9 * * 1-5');
    const warning = lines.find((l) => String(l.msg).includes('invalid'))!;
    expect(JSON.stringify(warning.detail)).toContain('schedules.yaml:');
    expect(JSON.stringify(warning.detail)).toContain('invalid cron expression');

    await writeFile(file, original);
    await waitFor(() => holder.get().schedules[0]!.cron === '0 10 * * 1-5', 'the fixed schedule');
    expect(replaced).toEqual(['15 9 * * 1-5', '0 10 * * 1-5']);
  });

  it('still sees edits to a file that was replaced by a rename (sed -i, rsync, git, most editors)', async () => {
    // QA11: Node 20's recursive watcher on Linux lost a file once a tool replaced it by renaming a
    // temporary copy over it; every later edit of that file was silently ignored and the bot kept the old pack.
    dir = await mkdtemp(path.join(tmpdir(), 'ws-pack-'));
    await cp(LESSONS_PACK, dir, { recursive: true });
    const holder = createContentHolder(await loadContentPack(dir));
    const { logger } = capture();
    watcher = watchContent({ dir, holder, logger, debounceMs: 50 });
    const file = path.join(dir, 'schedules.yaml');
    const original = await readFile(file, 'utf8');
    const cronNow = () => holder.get().schedules[0]!.cron;

    for (const minute of ['11', '12']) {
      const temp = path.join(dir, `.sed${minute}`);
      await writeFile(temp, original.replace("'0 10 * * 1-5'", `'${minute} 9 * * 1-5'`));
      await rename(temp, file);
      await waitFor(() => cronNow() === `${minute} 9 * * 1-5`, `the schedule replaced by rename (${minute})`);
    }
    await writeFile(file, original.replace("'0 10 * * 1-5'", "'13 9 * * 1-5'"));
    await waitFor(() => cronNow() === '13 9 * * 1-5', 'the schedule edited in place after the renames');

    // A series folder added later is watched too: a typo fixed in its lesson afterwards is seen.
    const series = path.join(dir, 'lessons', 'fraud2');
    await cp(path.join(dir, 'lessons', 'fraud'), series, { recursive: true });
    for (const f of ['series.yaml', '01-fake-service.md', '02-task.md']) {
      const file2 = path.join(series, f);
      const text = await readFile(file2, 'utf8');
      await writeFile(file2, text.replace(/^id: (\S+)/m, 'id: $1-2'));
    }
    await waitFor(() => holder.get().series.length === 3, 'the new series');
    const lesson = path.join(series, '02-task.md');
    await writeFile(lesson, (await readFile(lesson, 'utf8')) + '\n错字已改正。\n');
    await waitFor(
      () => holder.get().series.some((s) => s.lessons.some((l) => l.body.includes('错字已改正'))),
      'the corrected lesson in the new series',
    );
  });

  it('reload() can be called directly and tells whether it swapped', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ws-pack-'));
    await cp(LESSONS_PACK, dir, { recursive: true });
    const holder = createContentHolder(await loadContentPack(dir));
    const { logger } = capture();
    watcher = watchContent({ dir, holder, logger, debounceMs: 10_000 });
    expect(await watcher.reload()).toBe(true);
    await rm(path.join(dir, 'pack.yaml'));
    expect(await watcher.reload()).toBe(false);
    expect(holder.get().settings.district.id).toBe('testdistrict');
  });
});
