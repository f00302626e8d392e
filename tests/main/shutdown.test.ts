import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BOT_ARGS, botEnv, ROOT } from '../helpers/bot-process.js';

describe('graceful shutdown', () => {
  it('SIGTERM stops the running bot with exit code 0', async () => {
    const child = spawn(process.execPath, BOT_ARGS, {
      cwd: ROOT,
      env: botEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    // Keep stdin open: the console waits for input until the signal comes.
    await new Promise<void>((res, rej) => {
      child.stderr.on('data', (d: Buffer) => d.toString().includes('Waystation console') && res());
      child.once('exit', (code) => rej(new Error(`exited early with ${code}`)));
    });
    const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
