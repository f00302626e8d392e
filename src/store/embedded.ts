/**
 * An embedded redis-server for `npm start` on a laptop: started as a child process with append-only
 * persistence under ./data, stopped when the bot exits. Production sets REDIS_URL instead.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { redisAnswers } from './redis.js';

export class RedisServerMissingError extends Error {
  constructor() {
    super(
      'No Redis to talk to: REDIS_URL is not set, nothing answers on 127.0.0.1:6379, and redis-server is not installed.\n' +
        '  Install it (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis)\n' +
        '  or point the bot at a running Redis: REDIS_URL=redis://host:6379',
    );
    this.name = 'RedisServerMissingError';
  }
}

export interface EmbeddedRedis {
  url: string;
  stop(): Promise<void>;
}

export function redisServerInstalled(bin = 'redis-server'): boolean {
  const r = spawnSync(bin, ['--version'], { stdio: 'ignore' });
  return r.status === 0;
}

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? res(addr.port) : rej(new Error('no port'))));
    });
  });
}

const URL_FILE = 'redis.url';

/**
 * The Redis of a console session in `dataDir`, for tools run beside it: the running bot's embedded
 * server if it answers, else undefined (and `hasData` says whether a stopped session left data to start
 * a server on).
 */
export async function localSessionRedis(dataDir: string): Promise<{ url?: string; hasData: boolean }> {
  const dir = resolve(dataDir);
  const file = join(dir, URL_FILE);
  const url = existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
  if (url && (await redisAnswers(url, 500))) return { url, hasData: true };
  return { hasData: existsSync(join(dir, 'appendonlydir')) || existsSync(join(dir, 'appendonly.aof')) };
}

export interface StartRedisOptions {
  /** Folder for the append-only file; undefined means no persistence (tests). */
  dataDir?: string;
  port?: number;
  bin?: string;
}

/** Start a redis-server child on 127.0.0.1 and wait until it answers. */
export async function startRedisServer(options: StartRedisOptions = {}): Promise<EmbeddedRedis> {
  const bin = options.bin ?? 'redis-server';
  if (!redisServerInstalled(bin)) throw new RedisServerMissingError();
  const port = options.port ?? (await freePort());
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--daemonize',
    'no',
    '--loglevel',
    'warning',
  ];
  const dir = options.dataDir ? resolve(options.dataDir) : undefined;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    args.push('--dir', dir, '--appendonly', 'yes', '--appendfsync', 'everysec');
  } else {
    args.push('--appendonly', 'no');
  }
  const child: ChildProcess = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  while (!(await redisAnswers(url, 300))) {
    if (child.exitCode !== null)
      throw new Error(`redis-server exited at start: ${stderr.trim() || `code ${child.exitCode}`}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('redis-server did not answer within 10 s');
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  // Other tools (npm run export) find the running bot's Redis through this file.
  const urlFile = dir ? join(dir, URL_FILE) : undefined;
  if (urlFile) writeFileSync(urlFile, `${url}\n`);
  return {
    url,
    stop: () =>
      new Promise<void>((res) => {
        if (urlFile) rmSync(urlFile, { force: true });
        if (child.exitCode !== null) return res();
        child.once('exit', () => res());
        // SIGTERM makes redis flush the append-only file before exiting.
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}
