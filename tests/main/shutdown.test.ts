import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { testPrefix } from '../helpers/app.js';

const root = resolve(import.meta.dirname, '../..');

describe('graceful shutdown', () => {
  it('SIGTERM stops the running bot with exit code 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        HTTP_PORT: '0',
        REDIS_URL: inject('redisUrl'),
        REDIS_PREFIX: testPrefix(),
      },
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
