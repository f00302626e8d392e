/**
 * Bad lesson content is caught before the bot runs (content:check and start-up share the loader):
 * an invalid cron expression, a lesson over Telegram's length limit, an image that does not exist.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentPackError, loadContentPack } from '../../../src/core/content/loader.js';
import { LESSONS_PACK } from './fixtures.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function problemsAfter(edit: (d: string) => Promise<void>): Promise<string[]> {
  dir = await mkdtemp(path.join(tmpdir(), 'ws-bad-'));
  await cp(LESSONS_PACK, dir, { recursive: true });
  await edit(dir);
  const err = await loadContentPack(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ContentPackError);
  return (err as ContentPackError).problems.map(
    (p) => `${path.relative(dir!, p.file)}:${p.line}: ${p.message}`,
  );
}

const edit = async (d: string, rel: string, from: string, to: string) => {
  const file = path.join(d, rel);
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
};

describe('bad lesson content', () => {
  it('an invalid cron expression', async () => {
    const problems = await problemsAfter((d) => edit(d, 'schedules.yaml', "'30 12 * * *'", "'30 12 * * 8'"));
    expect(problems).toEqual([
      expect.stringMatching(
        /^schedules\.yaml:\d+: schedule "lunch-fraud": invalid cron expression "30 12 \* \* 8"/,
      ),
    ]);
  });

  it('a lesson over the length limit', async () => {
    const problems = await problemsAfter((d) =>
      edit(d, 'lessons/fraud/02-task.md', '刷单返利都是诈骗。', '刷单返利都是诈骗。'.repeat(400)),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^lessons\/fraud\/02-task\.md:\d+: lesson "fraud-task-rebate" is \d+ characters .* split it into two lessons/,
      ),
    ]);
  });

  it('an image that does not exist', async () => {
    const problems = await problemsAfter((d) => rm(path.join(d, 'lessons/safety/red-light.png')));
    expect(problems).toEqual([
      expect.stringMatching(/^lessons\/safety\/01-helmet\.md:5: image "red-light\.png" does not exist/),
    ]);
  });

  it('a month or a kind of group that does not exist, with file and line', async () => {
    const problems = await problemsAfter(async (d) => {
      await edit(d, 'lessons/safety/series.yaml', 'tags: [安全]', 'tags: [安全]\nmonths: [6-9, 13]');
      await edit(d, 'lessons/safety/03-rain.md', 'order: 3', 'order: 3\naudience: [delivery, drivers]');
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^lessons\/safety\/03-rain\.md:\d+: audience\[1\]: "drivers" is not a kind of group; use delivery, express, ride-hailing/,
      ),
      expect.stringMatching(
        /^lessons\/safety\/series\.yaml:6: months\[1\]: month 13 is not a month 1–12 or a range/,
      ),
    ]);
  });
});
