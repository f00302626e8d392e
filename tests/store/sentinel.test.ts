/**
 * Redis Sentinel for real: a password-protected redis-server as the master and `redis-server --sentinel`
 * monitoring it. The bot is given only the sentinel's address and the master's name (REDIS_SENTINELS,
 * REDIS_SENTINEL_NAME, REDIS_PASSWORD) and finds the master through it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/store/embedded.js';
import { connectRedis } from '../../src/store/redis.js';
import { createStore, type Store } from '../../src/store/index.js';
import { testPrefix } from '../helpers/app.js';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'ws-sentinel-'));
const PASSWORD = 'master-pass_123';
const children: ChildProcess[] = [];
let masterPort = 0;
let replicaPort = 0;
let sentinelPort = 0;

async function answers(port: number, password?: string): Promise<boolean> {
  const r = new Redis({ port, host: '127.0.0.1', lazyConnect: true, retryStrategy: () => null, password });
  r.on('error', () => {});
  try {
    await r.connect();
    await r.ping();
    return true;
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

async function until(what: string, cond: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function server(args: string[]): ChildProcess {
  // Replication writes an RDB file for the replica; keep it out of the working folder.
  const child = spawn('redis-server', [...args, '--dir', dir], { stdio: 'ignore' });
  children.push(child);
  return child;
}

beforeAll(async () => {
  masterPort = await freePort();
  server(['--port', String(masterPort), '--bind', '127.0.0.1', '--save', '', '--requirepass', PASSWORD]);
  await until('the master', () => answers(masterPort, PASSWORD));
  replicaPort = await freePort();
  server([
    '--port',
    String(replicaPort),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--requirepass',
    PASSWORD,
    '--masterauth',
    PASSWORD,
    '--replicaof',
    '127.0.0.1',
    String(masterPort),
  ]);
  await until('the replica', () => answers(replicaPort, PASSWORD));
  sentinelPort = await freePort();
  const conf = join(dir, 'sentinel.conf');
  // A sentinel rewrites its config file, so it must be a writable file of its own.
  writeFileSync(
    conf,
    [
      `port ${sentinelPort}`,
      'bind 127.0.0.1',
      `dir ${dir}`,
      `sentinel monitor wsmaster 127.0.0.1 ${masterPort} 1`,
      `sentinel auth-pass wsmaster ${PASSWORD}`,
      '',
    ].join('\n'),
  );
  server([conf, '--sentinel']);
  await until('the sentinel', () => answers(sentinelPort));
});

afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Claim and finish an update, as the bot does: false when it was handled before. */
async function handledOnce(store: Store, updateId: string): Promise<boolean> {
  if ((await store.updates.claim('telegram', updateId, '{}', 60_000)) !== 'claimed') return false;
  await store.updates.done('telegram', updateId);
  return true;
}

describe('Redis through Sentinel', () => {
  it('the store reaches the master the sentinel names, with the master’s password', async () => {
    const redis = await connectRedis({
      sentinels: [{ host: '127.0.0.1', port: sentinelPort }],
      name: 'wsmaster',
      password: PASSWORD,
    });
    try {
      const store = createStore(redis, testPrefix());
      expect(await handledOnce(store, '1')).toBe(true);
      expect(await handledOnce(store, '1')).toBe(false);
      // The write landed on the master itself.
      const direct = new Redis({ port: masterPort, host: '127.0.0.1', password: PASSWORD });
      try {
        expect(await direct.exists(store.keys.seenUpdate('telegram', '1'))).toBe(1);
      } finally {
        direct.disconnect();
      }
    } finally {
      redis.disconnect();
    }
  });

  it('the bot starts with only REDIS_SENTINELS, REDIS_SENTINEL_NAME and REDIS_PASSWORD', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        HTTP_PORT: '0',
        REDIS_SENTINELS: `127.0.0.1:${sentinelPort}`,
        REDIS_SENTINEL_NAME: 'wsmaster',
        REDIS_PASSWORD: PASSWORD,
        REDIS_PREFIX: testPrefix(),
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    children.push(child);
    // The console only opens once Redis answered.
    await new Promise<void>((res, rej) => {
      child.stderr!.on('data', (d: Buffer) => d.toString().includes('Waystation console') && res());
      child.once('exit', (code) => rej(new Error(`exited early with ${code}`)));
    });
    const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 40_000);

  it('follows a failover: after the sentinel promotes the replica, writes go to the new master', async () => {
    const redis = await connectRedis({
      sentinels: [{ host: '127.0.0.1', port: sentinelPort }],
      name: 'wsmaster',
      password: PASSWORD,
    });
    redis.on('error', () => {});
    const sentinel = new Redis({ port: sentinelPort, host: '127.0.0.1' });
    try {
      const store = createStore(redis, testPrefix());
      expect(await handledOnce(store, 'before')).toBe(true);
      // Replication is asynchronous: what the master took before a failover is on the replica only once
      // the replica acknowledged it.
      await redis.call('WAIT', 1, 10_000);
      // The sentinel must know the replica before it can promote it.
      await until('the sentinel to see the replica', async () => {
        const replicas = (await sentinel.call('SENTINEL', 'REPLICAS', 'wsmaster')) as string[][];
        return replicas.some((r) => r.includes(String(replicaPort)) && r.join(' ').includes('slave'));
      });
      // Until its next look at the replica (every few seconds, slower under load) the sentinel may still
      // answer NOGOODSLAVE; it accepts the failover once it has one, and INPROG means one is under way.
      await until('the sentinel to start the failover', async () => {
        try {
          await sentinel.call('SENTINEL', 'FAILOVER', 'wsmaster');
          return true;
        } catch (err) {
          return /INPROG/.test((err as Error).message);
        }
      });
      await until('the replica promoted', async () => {
        const [, port] = (await sentinel.call('SENTINEL', 'GET-MASTER-ADDR-BY-NAME', 'wsmaster')) as string[];
        return port === String(replicaPort);
      });
      // Once the old master is demoted (a write it took in between would be lost: Redis replication is
      // asynchronous), the client's next write is refused READONLY there, and it moves to the new master.
      const old = new Redis({ port: masterPort, host: '127.0.0.1', password: PASSWORD });
      try {
        await until(
          'the old master demoted',
          async () => ((await old.call('ROLE')) as string[])[0] === 'slave',
        );
      } finally {
        old.disconnect();
      }
      expect(await handledOnce(store, 'after')).toBe(true);
      const direct = new Redis({ port: replicaPort, host: '127.0.0.1', password: PASSWORD });
      try {
        expect(await direct.exists(store.keys.seenUpdate('telegram', 'after'))).toBe(1);
        expect(await direct.exists(store.keys.seenUpdate('telegram', 'before'))).toBe(1);
      } finally {
        direct.disconnect();
      }
    } finally {
      sentinel.disconnect();
      redis.disconnect();
    }
  }, 90_000);

  it('a wrong master name is refused at start-up with a clear message', async () => {
    await expect(
      connectRedis({
        sentinels: [{ host: '127.0.0.1', port: sentinelPort }],
        name: 'nosuchmaster',
        password: PASSWORD,
      }),
    ).rejects.toThrow(/master "nosuchmaster" via sentinels 127\.0\.0\.1:\d+ is unreachable/);
  });
});
