/**
 * A bot process to kill: the real app (real Redis, the sample pack, the console adapter) that reads
 * console lines on stdin, one at a time, and prints `ACK <n>` after handling the n-th. The nothing-lost
 * tests SIGKILL it between lines or in the middle of one, then restart the app in-process on the same
 * key prefix and check that nothing was lost, duplicated or half-applied.
 *
 * `:arm <call>[#n]` makes the process SIGKILL itself right after the n-th (default first) following call
 * of `tickets.create`, `tickets.claim`, `tickets.effectsDone`, `dialogs.clear`, `outbox.send` or
 * `outbox.edit` returns — the exact boundaries between "state changed" and "effects done".
 *
 *   tsx tests/core/reports/crash-child.ts <redisUrl> <prefix>
 */
import { createInterface } from 'node:readline';
import { createApp } from '../../../src/app.js';
import { createConsoleAdapter } from '../../../src/adapters/console/adapter.js';
import { createLogger } from '../../../src/core/logger.js';
import { rootPath } from '../../../src/paths.js';

const [redisUrl, prefix] = process.argv.slice(2);
if (!redisUrl || !prefix) throw new Error('usage: crash-child.ts <redisUrl> <prefix>');

const app = await createApp({
  contentDir: rootPath('content'),
  redisUrl,
  redisPrefix: prefix,
  logger: createLogger({ level: 'silent', pretty: false }),
  timezone: 'Asia/Shanghai',
  watchContent: false,
});
const console = createConsoleAdapter({ core: () => app.core, write: () => {} });
app.outbox.register('console', console.outbox);

let armed: { call: string; left: number } | undefined;
function tripwire<T extends object>(target: T, name: string, label: string): void {
  const original = (target as Record<string, unknown>)[name] as (...a: unknown[]) => Promise<unknown>;
  (target as Record<string, unknown>)[name] = async (...args: unknown[]) => {
    const result = await original.apply(target, args);
    if (armed?.call === label && --armed.left === 0) process.kill(process.pid, 'SIGKILL');
    return result;
  };
}
const { store, outbox } = app.deps;
tripwire(store.tickets, 'create', 'tickets.create');
tripwire(store.tickets, 'claim', 'tickets.claim');
tripwire(store.tickets, 'effectsDone', 'tickets.effectsDone');
tripwire(store.dialogs, 'clear', 'dialogs.clear');
tripwire(outbox, 'send', 'outbox.send');
tripwire(outbox, 'edit', 'outbox.edit');
process.stdout.write('READY\n');

let n = 0;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  const arm = /^:arm (\S+?)(?:#(\d+))?$/.exec(line.trim());
  if (arm) armed = { call: arm[1]!, left: Number(arm[2] ?? 1) };
  else await console.input(line);
  process.stdout.write(`ACK ${++n}\n`);
}
await app.close();
