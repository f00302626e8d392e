/**
 * `npm start` with no tokens opens the console; piped a script on stdin it plays the script and exits.
 * This is the demo path a newcomer takes, run for real (child process, real Redis, sample pack).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BOT_ARGS, botEnv, ROOT } from '../../helpers/bot-process.js';

function play(script: string[]) {
  const r = spawnSync(process.execPath, BOT_ARGS, {
    cwd: ROOT,
    env: botEnv({ LOG_LEVEL: 'warn' }),
    input: script.join('\n') + '\n',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('console driven by a script', () => {
  it('plays a conversation across identities and chats, then exits 0 at end of input', () => {
    const { code, stdout } = play([
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

  it('says where its state is kept, and :reset (after a confirmation) forgets it', () => {
    const { code, stdout, stderr } = play([
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

  it('buttons are numbered choices that can be pressed', () => {
    const { code, stdout } = play([':as org-li', ':in riders-sf 顺丰群', '/bind', ':press 3']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\(1\) .+\n\s+\(2\)/);
    expect(stdout).toContain('[bot edited riders-sf');
    expect(stdout).toContain('已绑定');
  });
});
