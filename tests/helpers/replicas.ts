/**
 * Bot processes started as deployed (real `src/main.ts` children, `bot-process.ts`) to run side by side on one
 * Redis: their JSON log lines, their /healthz and /metrics. tests/main/replicas.test.ts and upgrade.test.ts.
 *
 *   const r = startReplica('poll-a', env, running);   // afterEach: stopReplicas(running)
 *   await until('serving', () => r.port);
 *   (await health(r)).checks.telegram                 // 'polling: leading'
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { BOT_ARGS, botEnv, ROOT } from './bot-process.js';

export interface Replica {
  name: string;
  child: ChildProcess;
  logs: Record<string, unknown>[];
  port?: number;
  exited: Promise<number | null>;
}

/** Starts a bot process with `env` (replicas share the prefix the test passes in it); added to `running`. */
export function startReplica(name: string, env: Record<string, string>, running: Replica[]): Replica {
  const child = spawn(process.execPath, BOT_ARGS, {
    cwd: ROOT,
    env: botEnv({ INSTANCE_ID: name, LOG_LEVEL: 'info', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const replica: Replica = {
    name,
    child,
    logs: [],
    exited: new Promise((res) => child.once('exit', (code) => res(code))),
  };
  // Logs are JSON lines on stderr (stdout is the console's, when there is no chat token).
  let buffered = '';
  child.stderr!.on('data', (d: Buffer) => {
    buffered += d.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        replica.logs.push(entry);
        if (entry.msg === 'http server listening (/healthz, /metrics)') replica.port = Number(entry.port);
      } catch {
        // not a log line
      }
    }
  });
  child.stdout!.resume();
  running.push(replica);
  return replica;
}

/** Kills what is still running (SIGKILL) and waits for each to exit. */
export async function stopReplicas(running: Replica[]): Promise<void> {
  for (const r of running.splice(0)) {
    if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGKILL');
    await r.exited;
  }
}

/** Polls `probe` until it gives a value (not undefined or false), or fails naming `what`. */
export async function until<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  ms = 40_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function health(r: Replica): Promise<{ status: number; checks: Record<string, string> }> {
  const res = await fetch(`http://127.0.0.1:${r.port}/healthz`);
  const body = (await res.json()) as { checks: Record<string, string> };
  return { status: res.status, checks: body.checks };
}

/** The replicas' /healthz telegram checks, once every one of them answers. */
export async function roles(replicas: Replica[]): Promise<string[]> {
  return Promise.all(replicas.map(async (r) => (await health(r)).checks.telegram ?? 'none'));
}

/** One sample of the replica's /metrics (`name{labels} value`), 0 when absent. */
export async function metric(r: Replica, sample: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${r.port}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
  return line ? Number(line.slice(sample.length + 1)) : 0;
}
