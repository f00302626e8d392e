/**
 * An operator rolling a new release over running replicas must tell which process runs which code: the first log
 * line of a start names the release (package.json's version and the commit, which is what differs between
 * releases), and /healthz says it too (QA24). A plain `docker compose build` image had no commit to name (QA28 #7).
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { parse } from 'yaml';
import { maskText } from '../../src/core/mask.js';
import { BOT_ARGS, botEnv, ROOT } from '../helpers/bot-process.js';
import { startFakeBotApi, type FakeBotApi } from '../helpers/fake-bot-api.js';

let api: FakeBotApi | undefined;
let stop: (() => Promise<unknown>) | undefined;
afterEach(async () => {
  await stop?.();
  await api?.close();
});

it('the first log line and /healthz name the version and commit this process runs', async () => {
  api = await startFakeBotApi();
  const child = spawn(process.execPath, BOT_ARGS, {
    cwd: ROOT,
    env: botEnv({ TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, LOG_LEVEL: 'info' }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise((res) => child.once('exit', res));
  stop = () => (child.kill('SIGKILL'), exited);
  const logs: Record<string, unknown>[] = [];
  const listening = new Promise<number>((res) => {
    let buffered = '';
    child.stderr.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (entry.msg === 'http server listening (/healthz, /metrics)') res(Number(entry.port));
      }
    });
  });
  const port = await listening;

  const version = (JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { version: string }).version;
  const commit = execFileSync('git', ['rev-parse', '--short=10', 'HEAD'], { cwd: ROOT }).toString().trim();
  // A commit of digits alone is a phone number's form and stays masked in the log (core/logger.ts `maskKeeping`).
  const logged = /[a-f]/.test(commit) ? commit : maskText(commit);
  expect(logs[0]).toMatchObject({
    msg: `waystation ${version} (${logged}) starting`,
    version,
    commit: logged,
  });

  const health = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { version?: string };
  expect(health.version).toBe(`${version} (${commit})`);
}, 60_000);

/** `${NAME:-default}` and `${NAME}` as Docker Compose interpolates them. */
const interpolate = (value: string, env: Record<string, string | undefined>) =>
  value.replace(/\$\{(\w+)(?::-([^}]*))?\}/g, (_, name: string, fallback = '') => env[name] || fallback);

it('docker compose passes WAYSTATION_COMMIT from the environment to the image build, empty when unset', () => {
  const compose = parse(readFileSync(`${ROOT}/docker-compose.yml`, 'utf8')) as {
    services: { bot: { build: { context: string; args: Record<string, string> } } };
  };
  const { build } = compose.services.bot;
  expect(build.context).toBe('.');
  const arg = build.args.WAYSTATION_COMMIT!;
  expect(interpolate(arg, { WAYSTATION_COMMIT: 'ff27ef5e1a' })).toBe('ff27ef5e1a');
  expect(interpolate(arg, {})).toBe('');
  // The build stage declares it before the build reads it (scripts/build.mjs), as the README says to set it.
  const dockerfile = readFileSync(`${ROOT}/Dockerfile`, 'utf8');
  const declared = dockerfile.indexOf('ARG WAYSTATION_COMMIT');
  expect(declared).toBeGreaterThan(-1);
  expect(dockerfile.indexOf('RUN npm run build', declared)).toBeGreaterThan(declared);
  expect(readFileSync(`${ROOT}/README.md`, 'utf8')).toContain(
    'WAYSTATION_COMMIT=$(git rev-parse --short=10 HEAD) docker compose build',
  );
});
