/**
 * `npm start` with no tokens opens the console; piped a script on stdin it plays the script and exits.
 * This is the demo path a newcomer takes, run for real: the bot as a child process (the run's compiled bot,
 * tests/helpers/compiled.ts — tests/main starts it through tsx as `npm start` does), real Redis, the sample pack.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleStateFile } from '../../../src/adapters/console/memory.js';
import { testPrefix } from '../../helpers/app.js';
import { botEnv, ROOT } from '../../helpers/bot-process.js';
import { compiled } from '../../helpers/compiled.js';

/** The key prefixes the runs used: their consoles' memories (data/console/<prefix>.jsonl) are removed after. */
const prefixes: string[] = [];
afterAll(() => {
  for (const p of prefixes) rmSync(resolve(ROOT, consoleStateFile(p)), { force: true });
});

let bot: string[];
beforeAll(async () => {
  bot = await compiled('main');
});

/**
 * How long one run may take before it is taken for hung and killed. A run ends when its process exits at the end of
 * its script, however slow the machine: a test waits for its runs, and its timeout is its runs' (`runs(n)`).
 */
const RUN_MS = 60_000;
const runs = (n: number) => ({ timeout: n * RUN_MS });

/** One run of `npm start` playing `script`; `prefix`: the bot state (and console memory) of an earlier run. */
function play(
  script: string[],
  prefix = testPrefix(),
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  prefixes.push(prefix);
  const child = spawn(process.execPath, bot, {
    cwd: ROOT,
    env: botEnv({ LOG_LEVEL: 'warn', REDIS_PREFIX: prefix }),
    stdio: ['pipe', 'pipe', 'pipe'],
    timeout: RUN_MS,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin.end(script.join('\n') + '\n');
  return new Promise((res, rej) => {
    child.once('error', rej);
    child.once('close', (code) => res({ code, stdout, stderr }));
  });
}

describe('console driven by a script', () => {
  it('plays a conversation across identities and chats, then exits 0 at end of input', runs(1), async () => {
    const { code, stdout } = await play([
      ':as rider-1',
      '/start',
      ':in riders-meituan 美团骑手群',
      '/bind meituan-yangpu',
      ':as org-li',
      '/bind meituan-yangpu',
      '/group',
      ':as rider-1 en',
      '/help',
      'just chatting with friends',
    ]);
    expect(code).toBe(0);
    // The worker is greeted in Chinese, is refused /bind, the organiser binds, the English help names the branch.
    expect(stdout).toContain('驿站助手');
    expect(stdout).toContain('由组织者操作');
    expect(stdout).toContain('已绑定');
    expect(stdout).toContain('This group belongs to');
    // Ordinary chatter in a group gets no answer: the last bot output is the help.
    const afterChatter = stdout.slice(stdout.lastIndexOf('> just chatting'));
    expect(afterChatter).not.toContain('[bot');
  });

  it('says where its state is kept, and :reset (after a confirmation) forgets it', runs(1), async () => {
    const { code, stdout, stderr } = await play([
      ':as org-li',
      ':in riders-x 骑手群',
      '/bind meituan-yangpu',
      ':reset',
      '/group',
      ':reset yes',
      '/group',
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain('is kept in your Redis between runs');
    expect(stderr).toContain(':reset');
    expect(stdout).toContain('type :reset yes to do it');
    expect(stdout).toMatch(/state cleared: [1-9]\d* records removed/);
    // Before the reset the group is bound; after it, it is not.
    const [before, after] = stdout.split('state cleared');
    expect(before!.slice(before!.lastIndexOf('> /group'))).toContain('美团');
    expect(after!.slice(after!.lastIndexOf('> /group'))).not.toContain('美团');
  });

  it('a card shown before a restart still works after it, as the bot says (QA8 #15)', runs(2), async () => {
    const prefix = testPrefix();
    const first = await play(
      [':as org-li', ':in riders-x 骑手群', '/bind meituan-yangpu', ':dm', '/notice 明天全区停电'],
      prefix,
    );
    expect(first.code).toBe(0);
    const card = /\[bot → org-li #(\d+)\]\n👥 发给哪些群/.exec(first.stdout)![1]!;
    const second = await play([':as org-li', ':dm', '/notice', `:press 1 ${card}`], prefix);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('上面的卡片还能接着用');
    expect(second.stdout).toContain(`[bot edited org-li #${card}]`);
    expect(second.stdout).toContain('已选 1 个群');
    // No id handed out twice: the new message comes after the old card.
    const next = Number(/\[bot → org-li #(\d+)\]\n📢 您还有一条没发出的通知/.exec(second.stdout)![1]);
    expect(next).toBeGreaterThan(Number(card));
  });

  it(
    "keeps :clock's time across a restart and says so; :reset yes forgets it and the cards",
    runs(4),
    async () => {
      const prefix = testPrefix();
      const first = await play([':clock +3d'], prefix);
      expect(first.code).toBe(0);
      const moved = /clock moved to (.+?) Asia\/Shanghai/.exec(first.stdout)![1]!;
      // Restarted: the clock is where :clock left it (a little later, as time went on), and the console says so.
      const second = await play(
        [':as org-li', ':dm', '/notice 明天全区停电', ':reset', ':clock +1h'],
        prefix,
      );
      expect(second.code).toBe(0);
      const kept = /\(clock: (.+?) Asia\/Shanghai — kept from the last run's :clock/.exec(second.stdout);
      expect(kept, second.stdout).not.toBeNull();
      expect(kept![1]!.slice(0, 10)).toBe(moved.slice(0, 10));
      const card = /\[bot → org-li #(\d+)\]\n👥 发给哪些群/.exec(second.stdout)![1]!;
      // :reset yes forgets both, and says so; the next run starts on the machine's clock with no old cards.
      const third = await play([':reset yes', `:press 1 ${card}`], prefix);
      expect(third.stdout).toContain('the cards above are forgotten');
      expect(third.stdout).toContain("the clock is the machine's again");
      expect(third.stdout).toContain('(no such button)');
      const fourth = await play([':as org-li'], prefix);
      expect(fourth.code).toBe(0);
      expect(fourth.stdout).not.toContain('kept from the last run');
    },
  );

  it('buttons are numbered choices that can be pressed', runs(1), async () => {
    const { code, stdout } = await play([':as org-li', ':in riders-sf 顺丰群', '/bind', ':press 3']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\(1\) .+\n\s+\(2\)/);
    expect(stdout).toContain('[bot edited riders-sf');
    expect(stdout).toContain('已绑定');
  });
});
