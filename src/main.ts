/**
 * Composition root: config → logger → Redis → app (content, locales, core) → adapters → HTTP → shutdown.
 * With no chat tokens the bot runs in the local console on stdin/stdout.
 */
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { dirname, resolve } from 'node:path';
import type { App } from './app.js';
import { openAppBase, type AppBase } from './app-base.js';
import type { ChannelAdapter } from './adapters/adapter.js';
import type * as TelegramAdapterModule from './adapters/telegram/adapter.js';
import { ConfigError, loadConfig, type Config } from './config/index.js';
import {
  advanceClock,
  clockMovedLine,
  clockTarget,
  createMovableClock,
  type MovableClock,
} from './core/jobs/clock.js';
import { createLogger, type Logger } from './core/logger.js';
import { maskText } from './core/mask.js';
import {
  createReleaseGate,
  STEPPED_ASIDE_HELP,
  STEPPED_ASIDE_METRIC,
  type ReleaseGate,
} from './core/release.js';
import { formatLocal } from './core/zoned.js';
import { createHttpServer, type HttpServer, type RouteHandler } from './http/server.js';
import { lateApp, type LateApp } from './main-late.js';
import { RedisServerMissingError, startRedisServer, type EmbeddedRedis } from './store/embedded.js';
import { RedisUnavailableError, describeTarget, redisAnswers, type RedisTarget } from './store/redis.js';
import { buildVersion, RELEASE_LEVEL, versionText, type BuildVersion } from './version.js';

const SHUTDOWN_GRACE_MS = 10_000;
/** How long /healthz waits for an app still being built before it answers 503 "starting". */
const HEALTH_WAIT_MS = 5_000;

function openLogFile(path: string): NodeJS.WritableStream {
  mkdirSync(dirname(path), { recursive: true });
  return createWriteStream(path, { flags: 'a' });
}

/** Errors that explain themselves: print the message, no stack trace. */
async function isExplained(err: unknown): Promise<boolean> {
  // The content loader is loaded only once the app is built (or the error came from it).
  const { ContentPackError } = await import('./core/content/loader.js');
  return (
    err instanceof ConfigError ||
    err instanceof ContentPackError ||
    err instanceof RedisUnavailableError ||
    err instanceof RedisServerMissingError
  );
}

/** Names this process among replicas: INSTANCE_ID, else host name and pid (unique per container). */
function instanceName(config: Config): string {
  return (config.instanceId ?? `${hostname()}-${process.pid}`).replace(/[^A-Za-z0-9._-]/g, '_');
}

function withPassword(url: string, password: string | undefined): string {
  if (!password) return url;
  const u = new URL(url);
  u.password = encodeURIComponent(password);
  return u.toString();
}

/** What the console says at start: where its state lives between runs, and how to start afresh. */
export function consoleBanner(embedded: boolean): string {
  const where = embedded
    ? 'State (bound groups, tickets, notices, lesson progress) is kept in ./data/ between runs.'
    : 'State (bound groups, tickets, notices, lesson progress) is kept in your Redis between runs.';
  return `Waystation console — logs go to data/console.log. ${where} Type :reset to start afresh, :help for console commands.`;
}

async function resolveRedis(
  config: Config,
  logger: Logger,
): Promise<{ url: RedisTarget; embedded?: EmbeddedRedis }> {
  if (config.redisSentinel) {
    logger.info({ redis: describeTarget(config.redisSentinel) }, 'using Redis through Sentinel');
    return { url: config.redisSentinel };
  }
  if (config.redisUrl) return { url: withPassword(config.redisUrl, config.redisPassword) };
  const local = 'redis://127.0.0.1:6379';
  if (await redisAnswers(local)) {
    logger.info('using the Redis on 127.0.0.1:6379');
    return { url: local };
  }
  const embedded = await startRedisServer({ dataDir: 'data' });
  logger.info({ url: embedded.url }, 'started an embedded redis-server (append-only file in ./data)');
  return { url: embedded.url, embedded };
}

/** The Telegram adapter's module (grammY), started loading at once: it reads and compiles while Redis connects. */
type TelegramModule = typeof TelegramAdapterModule;

async function loadTelegram(
  module: Promise<TelegramModule> | undefined,
  config: Config,
  base: AppBase,
  app: Promise<App>,
  late: LateApp,
  logger: Logger,
  instance: string,
  release: ReleaseGate,
): Promise<ChannelAdapter | undefined> {
  if (!config.telegram || !module) return undefined;
  const { createTelegramAdapter } = await module;
  return createTelegramAdapter({
    // Always replica-safe: one elected poller, and chat turns in webhook mode (cheap when alone).
    replicas: {
      lease: base.store.leases,
      turns: base.store.turns,
      instance,
      leaseMs: config.pollLeaseMs,
      // The lease renewal carries the check that no newer release runs (core/release.ts).
      mayLead: release.check,
    },
    config: config.telegram,
    // Polling starts before the app is built: updates wait for it, and none is confirmed until it is.
    ready: app,
    core: late.core,
    logger,
    metrics: late.metrics,
    i18n: late.i18n,
    content: () => late.app().deps.content.get(),
    menuState: base.store.menus,
  });
}

async function loadSlack(config: Config, app: App, logger: Logger) {
  if (!config.slack) return undefined;
  const { createSlackAdapter } = await import('./adapters/slack/adapter.js');
  const { slackModals } = await import('./adapters/slack/modals.js');
  const { homeCard } = await import('./core/reports/home.js');
  return createSlackAdapter({
    config: config.slack,
    core: app.core,
    logger,
    metrics: app.deps.metrics,
    i18n: app.deps.i18n,
    threads: app.deps.store.threads,
    modals: slackModals(app.deps, { kit: app.reports.kit }),
    home: (user) => homeCard(app.deps, user),
  });
}

/** The web board under /board (Hono), loaded with its libraries on the first request. */
function lazyBoard(config: Config, app: Promise<App>): RouteHandler {
  let listener: Promise<RouteHandler> | undefined;
  const load = async (): Promise<RouteHandler> => {
    const [{ createBoard }, { getRequestListener }, ready] = await Promise.all([
      import('./adapters/web/board.js'),
      import('@hono/node-server'),
      app,
    ]);
    const board = createBoard({
      app: ready,
      url: config.board.url,
      ...(config.telegram ? { telegramToken: config.telegram.token } : {}),
      ...(config.board.tileUrl ? { tileUrl: config.board.tileUrl } : {}),
      ...(config.board.tileAttribution ? { tileAttribution: config.board.tileAttribution } : {}),
    });
    return getRequestListener(board.fetch);
  };
  return async (req, res) => (await (listener ??= load()))(req, res);
}

/**
 * Redis first, then the app. Should Redis be unreachable, a broken content pack is still what a person
 * hears about first (its problems are what they can fix in the files).
 */
async function openBase(config: Config, url: RedisTarget, logger: Logger): Promise<AppBase> {
  try {
    return await openAppBase({
      redisUrl: url,
      redisPrefix: config.redisPrefix,
      logger,
    });
  } catch (err) {
    const { loadContentPack } = await import('./core/content/loader.js');
    await loadContentPack(resolve(config.contentDir));
    throw err;
  }
}

/** A CONTENT_DIR that is not a folder is a setting to fix, named as such (the pack's own errors name files). */
function checkContentDir(dir: string): void {
  const path = resolve(dir);
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) return;
  throw new ConfigError([
    `CONTENT_DIR ${path} is not a folder: set CONTENT_DIR to your content pack's folder (a relative one, like the default content, is read from the working directory ${process.cwd()})`,
  ]);
}

async function main(): Promise<void> {
  const config = loadConfig();
  checkContentDir(config.contentDir);
  const consoleMode = !config.telegram && !config.slack;
  // In the console, the terminal is the chat: logs go to a file so they do not interleave with it.
  // The commit is written as it is, though it may look like an ID number (core/logger.ts `maskKeeping`).
  const version = buildVersion();
  const verbatim = version.commit ? [version.commit] : [];
  const logger = consoleMode
    ? createLogger({ level: config.logLevel, pretty: false, verbatim }, openLogFile('data/console.log'))
    : createLogger({ level: config.logLevel, pretty: config.prettyLogs, verbatim });
  const instance = instanceName(config);
  // First, so every start — and a failed one — says which release it is (two replicas may differ while rolling).
  logger.info({ ...version, node: process.version, instance }, `waystation ${versionText(version)} starting`);
  const telegramModule = config.telegram ? import('./adapters/telegram/adapter.js') : undefined;
  // Settled here; awaited below (a failed import is reported there).
  telegramModule?.catch(() => undefined);
  const { url, embedded } = await resolveRedis(config, logger);
  let base: AppBase;
  try {
    base = await openBase(config, url, logger);
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
  // Rolling upgrades: this release's level is recorded, or a newer one is found and this replica takes no work.
  const release = createReleaseGate({
    port: base.store.release,
    level: config.testReleaseLevel ?? RELEASE_LEVEL,
    log: logger,
  });
  if (!(await release.check())) return standAside(config, base, release, version, logger, embedded);
  const adapters: ChannelAdapter[] = [];
  const clock = createMovableClock();
  // The console's clock stays where `:clock` left it (the bot's state was written at that time), read before
  // anything runs on it: lessons and deadlines would otherwise be run again at machine time.
  const memory = consoleMode ? await import('./adapters/console/memory.js') : undefined;
  if (memory) clock.offsetMs = memory.rememberedClockOffset(memory.consoleStateFile(config.redisPrefix));
  let app: App | undefined;
  // Built once Telegram polls (buildApp below); settles with the adapters' outboxes registered, which is
  // what early updates wait for.
  let buildApp!: () => void;
  const appReady: Promise<App> = new Promise<void>((res) => (buildApp = res)).then(async () => {
    const { createApp } = await import('./app.js');
    const built = await createApp(
      {
        contentDir: config.contentDir,
        redisUrl: url,
        redisPrefix: config.redisPrefix,
        logger,
        timezone: config.timezone,
        defaultMetrics: true,
        // Updates that arrive while Redis is unreachable wait here, replayed when it is back. One file per
        // process, so replicas can share the folder (core/spool.ts claims files by rename before replaying).
        spoolFile: `data/spool/updates-${instance}.jsonl`,
        boardUrl: config.board.url,
        flood: config.flood,
        working: release.active,
        ...(config.openai ? { openai: config.openai } : {}),
        // The machine's clock; only the console's `:clock` ever moves it forward.
        now: clock.now,
      },
      base,
    );
    for (const a of adapters) {
      built.outbox.register(a.channel, a.outbox);
      if (a.bulkOutbox) built.bulkOutbox.register(a.channel, a.bulkOutbox);
    }
    app = built;
    return built;
  });
  // A failed build ends the process (below); this keeps the early waiters from reporting it again.
  appReady.catch(() => undefined);
  const late = lateApp(appReady);

  const http: HttpServer = createHttpServer({
    // Redis and content from the app; each adapter says whether this process still receives updates.
    health: async () => {
      // The app is built once Telegram polls, or has been found unreachable (getMe, at most 10 s): while it
      // is still being built, say so rather than leave the probe hanging.
      const built = await Promise.race([appReady, delay(HEALTH_WAIT_MS).then(() => undefined)]);
      const report = built
        ? await built.health()
        : { ok: false, checks: { app: 'starting: not built yet (the chat platform has not answered)' } };
      for (const a of adapters) {
        const h = a.health?.();
        if (!h) continue;
        report.checks[a.channel] = h.detail;
        if (!h.ok) report.ok = false;
      }
      const r = release.status();
      report.checks.release = r.detail;
      if (!r.ok) report.ok = false;
      return { ...report, version: versionText(version) };
    },
    // The metrics (prom-client) come with the app: a scrape before it is built waits for it.
    registry: late.registry,
    onError: (err) => logger.error({ err }, 'http handler failed'),
    ...(config.metricsToken ? { metricsToken: config.metricsToken } : {}),
  });
  http.mountPrefix('/board', lazyBoard(config, appReady));

  let stopping = false;
  const shutdown = async (signal: string, code = 0): Promise<never> => {
    if (stopping) process.exit(code);
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    await Promise.allSettled(adapters.map((a) => a.stop()));
    await http.close().catch(() => undefined);
    if (app) await app.close();
    else await base.store.redis.quit().catch(() => base.store.redis.disconnect());
    await embedded?.stop();
    process.exit(code);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  const telegram = await loadTelegram(
    telegramModule,
    config,
    base,
    appReady,
    late,
    logger,
    instance,
    release,
  );
  if (telegram) adapters.push(telegram);
  // A newer release joined: take no more updates, schedules, deliveries or recoveries (what is in hand finishes;
  // what was claimed and not begun is left in Redis for the newer release's recovery). The process idles, /healthz 503.
  release.onStepAside(async () => {
    app?.deps.metrics.steppedAside.set(1);
    await Promise.allSettled(adapters.map((a) => (a.stepAside ? a.stepAside() : a.stop())));
    const built = app ?? (await appReady.catch(() => undefined));
    built?.deps.metrics.steppedAside.set(1);
    await built?.stepAside();
  });
  // Long polling checks at each poller-lease step; the timer asks only when no step did (webhook, Slack only, Telegram
  // not reachable yet).
  release.watch(Math.max(1000, Math.floor(config.pollLeaseMs / 3)));

  const port = await http.listen(config.httpPort).catch((err: NodeJS.ErrnoException) => {
    // A busy port must not stop a laptop demo; in production it is fatal, said as the setting to change.
    if (config.production) throw portProblem(err, config.httpPort);
    logger.warn({ port: config.httpPort, err: err.message }, 'HTTP port busy; /healthz and /metrics are off');
    return undefined;
  });
  if (port !== undefined) logger.info({ port, instance }, 'http server listening (/healthz, /metrics)');
  // Telegram takes updates first (they wait for the app); the content pack, locales and features load next.
  if (telegram) {
    await telegram.start(http);
    // The first getUpdates goes out on a kept-alive socket once this turn of the event loop ends; loading
    // the app evaluates its modules in one go (~25 ms in the bundle) and would hold it back until then.
    await new Promise((r) => setImmediate(r));
  }
  buildApp();
  let ready: App;
  try {
    ready = await appReady;
  } catch (err) {
    await base.store.redis.quit().catch(() => undefined);
    await embedded?.stop();
    throw err;
  }

  // Slack runs next to Telegram in the same process when both are configured.
  const slack = await loadSlack(config, ready, logger);
  if (slack) {
    adapters.push(slack);
    ready.outbox.register(slack.channel, slack.outbox);
    ready.bulkOutbox.register('slack', slack.bulkOutbox);
    await slack.start(http);
  }
  // Each started only while no newer release runs (it may join while this one starts: release.onStepAside above).
  const working = release.active;
  // Bulk sending for the channels this process serves (app.close() stops it after the adapters, before Redis).
  if (adapters.length && working()) ready.deps.delivery.start(adapters.map((a) => a.channel));
  // Scheduled lesson pushes (a minute timer; pushes are leased in Redis, so every process may run it).
  if (working()) ready.lessons.start();
  // Scheduled notices, released to the groups bound at their send time (leased per notice in Redis).
  if (working()) ready.notices.start();
  // Updates a process killed mid-update left claimed in Redis are handled again once their lease ends.
  if (adapters.length && working()) ready.updates.start();
  // Reports: replay the spool, finish what a crash left half-done (needs the adapters to send).
  if (adapters.length && working()) await ready.reports.start();
  // Tickets: the deadline sweep, the morning digest, retention (a 5-minute timer, leased per fire in Redis).
  if (adapters.length && working()) ready.jobs.start();
  // Stepped aside while starting: what started in the meantime stops again.
  if (!working()) await ready.stepAside();

  if (adapters.length === 0) {
    // No chat platform configured: the local console is the chat.
    const { createConsoleAdapter } = await import('./adapters/console/adapter.js');
    const { consoleStateFile } = memory ?? (await import('./adapters/console/memory.js'));
    const console = createConsoleAdapter({
      core: () => ready.core,
      metrics: ready.deps.metrics,
      write: (s) => process.stdout.write(s),
      reset: () => ready.store.reset(),
      clock: (arg) => moveConsoleClock(arg, ready, clock, config.timezone),
      clockOffset: () => clock.offsetMs,
      resetClock: () => {
        clock.offsetMs = 0;
        return `the clock is the machine's again (${formatLocal(Date.now(), config.timezone, (id, args) => ready.deps.i18n.t('en', id, args))} ${config.timezone})`;
      },
      // Beside the state it goes with (one file per key prefix): its cards' buttons work after a restart.
      stateFile: consoleStateFile(config.redisPrefix),
    });
    ready.outbox.register('console', console.outbox);
    ready.deps.delivery.start(['console']);
    await ready.reports.start();
    ready.jobs.start();
    logger.info('no chat tokens set: running the local console');
    process.stderr.write(`${consoleBanner(Boolean(embedded))}\n`);
    if (clock.offsetMs > 0)
      process.stdout.write(
        `(clock: ${formatLocal(clock.now().getTime(), config.timezone, (id, args) => ready.deps.i18n.t('en', id, args))} ${config.timezone} — kept from the last run's :clock; :reset yes puts it back to the machine's)\n`,
      );
    await console.run(process.stdin, Boolean(process.stdin.isTTY));
    await shutdown('end of console input');
  } else {
    logger.info({ adapters: adapters.map((a) => a.channel) }, 'bot running');
  }
}

/**
 * A newer release already runs on this Redis: this replica takes no work at all. It builds nothing (no adapter, no
 * app), serves /healthz (503, why) and /metrics (the stepped-aside gauge) for the orchestrator that replaces it, and
 * idles until stopped. The console has no orchestrator: it says why and exits.
 */
async function standAside(
  config: Config,
  base: AppBase,
  release: ReleaseGate,
  version: BuildVersion,
  logger: Logger,
  embedded: EmbeddedRedis | undefined,
): Promise<void> {
  const quit = async () => {
    await base.store.redis.quit().catch(() => base.store.redis.disconnect());
    await embedded?.stop();
  };
  if (!config.telegram && !config.slack) {
    await quit();
    throw new ConfigError([`${release.status().detail}: start the newer release instead`]);
  }
  const gauge = `# HELP ${STEPPED_ASIDE_METRIC} ${STEPPED_ASIDE_HELP}\n# TYPE ${STEPPED_ASIDE_METRIC} gauge\n${STEPPED_ASIDE_METRIC} 1\n`;
  const http = createHttpServer({
    health: async () => ({
      ok: false,
      checks: { release: release.status().detail },
      version: versionText(version),
    }),
    registry: { metrics: async () => gauge, contentType: 'text/plain; version=0.0.4; charset=utf-8' },
    onError: (err) => logger.error({ err }, 'http handler failed'),
    ...(config.metricsToken ? { metricsToken: config.metricsToken } : {}),
  });
  const port = await http.listen(config.httpPort).catch((err: NodeJS.ErrnoException) => {
    if (config.production) throw portProblem(err, config.httpPort);
    return undefined;
  });
  if (port !== undefined) logger.info({ port }, 'http server listening (/healthz, /metrics)');
  const stop = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await http.close().catch(() => undefined);
    await quit();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

/** A port the HTTP server could not open, as HTTP_PORT to change (other errors as they are). */
function portProblem(err: NodeJS.ErrnoException, port: number): Error {
  if (err.code === 'EADDRINUSE')
    return new ConfigError([
      `HTTP_PORT ${port} is already in use by another process: stop it, or set HTTP_PORT to a free port (each process on one host needs its own)`,
    ]);
  if (err.code === 'EACCES')
    return new ConfigError([
      `HTTP_PORT ${port} may not be opened by this user (ports below 1024 need privileges): set HTTP_PORT to 1024 or above`,
    ]);
  return err;
}

/** `:clock ARG` in the console: move the app's clock forward and run what fell due. */
async function moveConsoleClock(arg: string, app: App, clock: MovableClock, tz: string): Promise<string> {
  const target = clockTarget(arg, app.deps.now().getTime(), tz);
  if (!target.ok)
    return {
      bad: '(usage: :clock +2h | +30m | +1d | YYYY-MM-DD HH:MM)',
      back: '(the clock only moves forward)',
      far: '(at most 60 days at a time)',
    }[target.error];
  const moved = await advanceClock(clock, target.at, app);
  return clockMovedLine(
    formatLocal(target.at, tz, (id, args) => app.deps.i18n.t('en', id, args)),
    tz,
    moved,
  );
}

/** Settles once the bot runs (the production build's launcher then may save its code cache). */
export const running: Promise<void> = main().catch(async (err: unknown) => {
  if (await isExplained(err)) {
    process.stderr.write(`\n${maskText((err as Error).message)}\n`);
  } else {
    // Not through the logger, so masked here: a start-up error can quote a token.
    process.stderr.write(`\nWaystation could not start: ${maskText((err as Error)?.stack ?? String(err))}\n`);
  }
  process.exit(err instanceof ConfigError ? 2 : 1);
});
