/**
 * The console as `npm start` runs it, in a process with no TZ set (UTC, as in the Docker image): an
 * organiser schedules a notice "2分钟后", and `:clock` moves the bot's clock to see it go out (QA4 #1, #8). The clock is
 * set to a fixed hour first, so the test holds at any hour it runs (stop 44).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { consoleStateFile } from '../../src/adapters/console/memory.js';
import { BOT_ARGS, botEnv, ROOT } from '../helpers/bot-process.js';
import { waitFor } from '../helpers/wait.js';

let child: ChildProcessWithoutNullStreams | undefined;
let dir: string | undefined;
/** The console's memory of this run (data/console/<prefix>.jsonl), removed after. */
let memory: string | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (memory) rmSync(memory, { force: true });
  child = undefined;
  dir = undefined;
  memory = undefined;
});

/** The lessons fixture pack without quiet windows, so the settings card's buttons do not move with the hour. */
function packWithoutQuietWindows(): string {
  dir = mkdtempSync(join(tmpdir(), 'ws-clock-'));
  cpSync(resolve(ROOT, 'tests/fixtures/packs/lessons'), dir, { recursive: true });
  const pack = join(dir, 'pack.yaml');
  writeFileSync(pack, readFileSync(pack, 'utf8').replace(/^quietWindows: .*$/m, 'quietWindows: []'));
  return dir;
}

describe('the console clock', () => {
  it(':clock moves time forward and a notice scheduled "2分钟后" goes out at the right minute', async () => {
    const env = botEnv({ CONTENT_DIR: packWithoutQuietWindows() });
    delete env.TZ;
    memory = resolve(ROOT, consoleStateFile(env.REDIS_PREFIX!));
    child = spawn(process.execPath, BOT_ARGS, { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const c = child;
    /** Type a line, then wait until the output since it shows `expected`. */
    const type = async (line: string, expected: string | RegExp) => {
      const from = out.length;
      c.stdin.write(`${line}\n`);
      await waitFor(
        () =>
          typeof expected === 'string' ? out.slice(from).includes(expected) : expected.test(out.slice(from)),
        `"${String(expected)}" after "${line}"`,
        20_000,
      );
      return out.slice(from);
    };
    // The bot's clock set first, to 10:00 in Shanghai two days from now: "2分钟后" is then 10:02 whatever the hour the
    // test runs at (it compared the machine's clock and could straddle midnight).
    const day = new Date(Date.now() + 8 * 3_600_000 + 2 * 86_400_000).toISOString().slice(0, 10);
    await type(`:clock ${day} 10:00`, 'clock moved');
    await type(':as org-test', 'you are org-test');
    await type(':in riders-a', 'in group riders-a');
    await type('/bind riders-test', '已绑定');
    await type(':dm', 'private chat');
    await type('/notice 明天全区停电', '发给哪些群');
    await type(':press 1', '已选 1 个群');
    await type(':press 5', '确认发送');
    await type(':press 1', '什么时候发');
    const said = await type('2分钟后', '好的，定在');
    // The bot's clock + 2 minutes, in Shanghai time, whatever the process's zone (10:03 only if a minute went by
    // between :clock and this line).
    expect(said).toMatch(/定在 .*10:0[23] 发送/);
    await type(':press 5', '已定时');

    // Nothing before the clock moves (the release itself, by the minute, is tested in notice.test.ts).
    const notice = /\[bot → riders-a #\d+\]\n📢 通知\n明天全区停电/g;
    expect(out.match(notice)).toBeNull();
    await type(':clock +2m', '1 scheduled notice(s) released');
    await waitFor(() => (out.match(notice) ?? []).length > 0, 'the notice in riders-a', 20_000);
    expect(await type(':clock +1d', 'clock moved')).toContain('0 scheduled notice(s) released');
    expect(out.match(notice)).toHaveLength(1);
    expect(await type(':clock 2020-01-01 09:00', 'only moves forward')).toBeTruthy();
  }, 60_000);
});
