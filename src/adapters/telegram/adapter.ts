/**
 * Telegram through grammY: transport only. Updates are translated to `Incoming` and handed to the
 * core; the core answers through the Outbox implemented over `bot.api`.
 *
 *   const telegram = createTelegramAdapter({ config, core, logger, metrics, i18n, content: () => pack });
 *   app.outbox.register('telegram', telegram.outbox);
 *   await telegram.start(http);   // long polling, or a webhook at /telegram/webhook
 *
 * Updates of one chat are handled in order (sequentialize by chat id); chats run concurrently.
 *
 * Several processes (`replicas`): in long polling only the process holding the Redis lease polls (the
 * others stand by and take over within about a lease); in webhook mode every process serves the webhook
 * and each update waits for its chat's turn in Redis, so a chat's updates never run at once anywhere.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { run, sequentialize, type RunnerHandle } from '@grammyjs/runner';
import { Bot, GrammyError, HttpError, webhookCallback, type Context } from 'grammy';
import type { Update } from 'grammy/types';
import { ConfigError, type TelegramConfig } from '../../config/index.js';
import type { ContentPack } from '../../core/content/schema.js';
import type { Core, HandleOptions } from '../../core/dispatcher.js';
import { createLeader, type Leader } from '../../core/leader.js';
import type { LeasePort, TurnPort } from '../../core/replicas.js';
import { createChatTurns } from '../../core/turns.js';
import type { Incoming } from '../../core/types.js';
import type { I18n } from '../../core/i18n.js';
import { resolveLocale } from '../../core/locales.js';
import type { Logger } from '../../core/logger.js';
import type { Metrics } from '../../core/metrics.js';
import type { HttpServer } from '../../http/server.js';
import type { ChannelAdapter } from '../adapter.js';
import { buildMenus, publishMenus, traditionalMenu } from './commands.js';
import type { MenuState } from '../../core/menus.js';
import { createTelegramOutbox } from './outbox.js';
import { translateUpdate } from './translate.js';

export const WEBHOOK_PATH = '/telegram/webhook';

/** The update kinds the bot acts on; Telegram sends nothing else (fewer wake-ups, less to parse). */
export const ALLOWED_UPDATES = [
  'message',
  'edited_message',
  'callback_query',
  'channel_post',
  'my_chat_member',
] as const satisfies readonly (keyof Update)[];

export interface TelegramAdapterOptions {
  config: TelegramConfig;
  core: Core;
  logger: Logger;
  /** Only these two (main.ts passes the ones of an app still being built). */
  metrics: Pick<Metrics, 'updates' | 'replies'>;
  i18n: I18n;
  /** The content pack, so organisers, secretaries and their chats get their role's command menu. */
  content?: () => ContentPack;
  /** Remembers published menus so unchanged ones are not sent again (absent: publish every start). */
  menuState?: MenuState;
  /**
   * Settles when `core` can take updates (main.ts starts polling while the app is still being built).
   * Until then updates wait, and no getUpdates confirms the ones received: should the app fail to
   * start, Telegram keeps them for the next start. Absent: ready now.
   */
  ready?: Promise<unknown>;
  /** Run as one of several processes on one Redis (absent: this process is alone). */
  replicas?: {
    lease: LeasePort;
    turns: TurnPort;
    /** Names this process in the poller lease (host and pid). */
    instance: string;
    /** How long the poller lease lasts without renewal; a stand-by takes over within about this. */
    leaseMs: number;
    /** Asked at each lease renewal: false once a newer release runs (core/release.ts `check`). */
    mayLead?: () => Promise<boolean>;
  };
}

/** The lease naming the one long poller of a bot (one getUpdates per token, or Telegram answers 409). */
export const POLL_LEASE = 'poll:telegram';
const POLL_RETRY_MS = 60_000;
/** How long one getMe may take: a black-holed address (no egress) never answers, it only times out. */
const IDENTIFY_TIMEOUT_MS = 10_000;
/** Telegram unreachable at start: getMe again after 1 s, 2 s, 4 s… at most this far apart. */
const IDENTIFY_RETRY_MAX_MS = 30_000;

export type TelegramAdapter = ChannelAdapter & {
  bot: Bot;
  /** Settles when the command menus have been published (or failed, which is only logged). */
  menus(): Promise<void>;
};

export function createTelegramAdapter(options: TelegramAdapterOptions): TelegramAdapter {
  const { config, core, metrics, i18n } = options;
  const logger = options.logger.child({ channel: 'telegram' });
  const bot = new Bot(config.token, config.apiRoot ? { client: { apiRoot: config.apiRoot } } : {});

  // No throttler and no auto-retry on the client: pacing and 429s are the send budget's (shared through
  // Redis with the delivery engine and every other process, see core/delivery/budget.ts), so every
  // 429 must reach it.

  const inFlight = new Set<Promise<unknown>>();
  let stopping = false;
  /** A newer release runs on this Redis: no more updates here (core/release.ts). */
  let aside = false;
  let runner: RunnerHandle | undefined;
  let menusDone: Promise<void> = Promise.resolve();
  let leader: Leader | undefined;
  /** Why polling stopped on its own (this process alone), for /healthz. */
  let pollingFailure: string | undefined;
  /** Why getMe has not answered yet (Telegram unreachable since start), for /healthz. */
  let unreachable: string | undefined;
  /** Ends the getMe retries when the process stops. */
  const stopped = new AbortController();
  /** Telegram joining late: getMe retried, then polling or the webhook started. */
  let joining: Promise<void> = Promise.resolve();
  const replicas = options.replicas;
  const webhookReplicas = replicas && config.mode === 'webhook';

  // The update as the core sees it, translated and claimed once on arrival.
  const admitted = new WeakMap<Update, { incoming: Incoming; options: HandleOptions }>();

  const ready = options.ready;
  if (ready) {
    // Asking from an offset confirms every update before it: not before the core can take them.
    bot.api.config.use(async (prev, method, payload, signal) => {
      if (method === 'getUpdates' && (payload as { offset?: number }).offset) await ready;
      return prev(method, payload, signal);
    });
  }

  // Outermost: count every update from arrival (including time queued behind its chat) so stop() can
  // wait, and claim it in Redis before it queues: from here on a crash cannot lose it (at least once).
  bot.use(async (ctx, next) => {
    await ready;
    const incoming = translateUpdate(ctx.update, { id: ctx.me.id, username: ctx.me.username });
    if (!incoming) {
      metrics.updates.inc({ channel: 'telegram', outcome: 'ignored' });
      return;
    }
    const admission = await core.admit(incoming);
    if (admission !== 'claimed' && admission !== 'reclaimed' && admission !== 'unavailable') return;
    // Redis away: the core's handle spools it.
    admitted.set(ctx.update, {
      incoming,
      options: admission === 'unavailable' ? {} : { admitted: admission },
    });
    // Handled in its chat's turn (the last middleware); should anything before it throw, handled here,
    // so a claimed update is never left held.
    const task = next().finally(async () => {
      const left = admitted.get(ctx.update);
      admitted.delete(ctx.update);
      if (left) await core.handle(left.incoming, left.options);
    });
    inFlight.add(task);
    return task.finally(() => inFlight.delete(task));
  });
  if (webhookReplicas) {
    // Replicas behind a load balancer: the chat's turn in Redis orders its updates across processes
    // (and within this one, so it replaces sequentialize).
    const turns = createChatTurns(replicas.turns, { log: logger });
    bot.use((ctx, next) =>
      ctx.chat
        ? turns.run({ channel: 'telegram', chatId: String(ctx.chat.id) }, ctx.update.update_id, next)
        : next(),
    );
  } else bot.use(sequentialize((ctx: Context) => (ctx.chat ? String(ctx.chat.id) : undefined)));
  bot.on('my_chat_member', (ctx, next) => {
    const m = ctx.myChatMember;
    logger.info(
      {
        chat: m.chat.id,
        title: 'title' in m.chat ? m.chat.title : undefined,
        status: m.new_chat_member.status,
        by: m.from.id,
      },
      'telegram membership changed',
    );
    return next();
  });
  // Traditional-Chinese clients get their own menu, once per person per process (see traditionalMenu).
  const traditionalMenus = new Set<number>();
  bot.use(async (ctx, next) => {
    const from = ctx.from;
    if (ctx.chat?.type === 'private' && from && !traditionalMenus.has(from.id)) {
      if (resolveLocale(from.language_code) === 'zh-TW') {
        traditionalMenus.add(from.id);
        const pack = (() => {
          try {
            return options.content?.();
          } catch {
            return undefined;
          }
        })();
        // A convenience: never holds up or fails the answer.
        void publishMenus(bot.api, [traditionalMenu(core.commands(), i18n, pack, from.id)], logger);
      }
    }
    return next();
  });
  bot.use(async (ctx) => {
    const a = admitted.get(ctx.update);
    admitted.delete(ctx.update);
    if (a) await core.handle(a.incoming, a.options);
  });
  // The core has its own error boundary; this catches what escapes translation or the transport.
  bot.catch((err) => {
    const error = err.error instanceof Error ? err.error : new Error(String(err.error));
    logger.child({ update_id: err.ctx.update.update_id }).error({ err: error }, 'telegram update failed');
  });

  // One raw outbox: the app paces replies through the send budget, the delivery engine paces bulk sends.
  const outbox = createTelegramOutbox({
    api: bot.api,
    username: () => (bot.isInited() ? bot.botInfo.username : undefined),
    metrics,
    logger,
  });
  const bulkOutbox = outbox;

  function publishCommandMenus(): Promise<void> {
    let pack: ContentPack | undefined;
    try {
      pack = options.content?.();
    } catch (err) {
      logger.warn({ reason: (err as Error).message }, 'content pack unavailable; role command menus skipped');
    }
    const menus = buildMenus(core.commands(), i18n, pack);
    return publishMenus(bot.api, menus, logger, () => stopping, options.menuState).then(
      (failed) => void logger.info({ menus: menus.length, failed }, 'telegram command menus published'),
      (err: unknown) => void logger.warn({ reason: (err as Error).message }, 'telegram command menus failed'),
    );
  }

  function mountWebhook(http: HttpServer, hook: Extract<TelegramConfig, { mode: 'webhook' }>): void {
    // grammY compares X-Telegram-Bot-Api-Secret-Token in constant time and answers 401 before reading the body.
    // onTimeout 'return': answer Telegram in time and finish the work anyway (a redelivery would be dropped as a duplicate).
    const callback = webhookCallback(bot, 'http', {
      secretToken: hook.webhookSecret,
      onTimeout: 'return',
      timeoutMilliseconds: 9_000,
    });
    http.mount(WEBHOOK_PATH, async (req, res) => {
      if (stopping || aside || !bot.isInited()) {
        // Telegram keeps the update and delivers it again once we are back (or once getMe has answered).
        res.writeHead(503, { 'retry-after': '5' }).end();
        return;
      }
      await callback(req, res);
    });
    if (!new URL(hook.webhookUrl).pathname.endsWith(WEBHOOK_PATH))
      logger.warn(
        { path: WEBHOOK_PATH },
        'WEBHOOK_URL does not end with the webhook path; make sure your proxy forwards it there',
      );
  }

  async function setWebhook(hook: Extract<TelegramConfig, { mode: 'webhook' }>): Promise<void> {
    await bot.api.setWebhook(hook.webhookUrl, {
      secret_token: hook.webhookSecret,
      allowed_updates: [...ALLOWED_UPDATES],
      drop_pending_updates: false,
    });
    logger.info({ path: WEBHOOK_PATH }, 'telegram webhook set');
  }

  async function startRunner(onStopped: (reason: string) => void): Promise<void> {
    // A webhook left over from an earlier deployment makes getUpdates fail with 409: remove it, keep its queue.
    await bot.api.deleteWebhook({ drop_pending_updates: false });
    // Failing fetches are retried for a minute, not grammY's 15 hours: then polling counts as stopped, the
    // lease goes to a replica that may reach Telegram, and /healthz says why.
    const mine = run(bot, {
      runner: { fetch: { allowed_updates: ALLOWED_UPDATES }, maxRetryTime: POLL_RETRY_MS },
    });
    runner = mine;
    mine.task()?.catch((err: unknown) => {
      logger.error({ err }, 'telegram polling stopped');
      if (runner === mine) onStopped((err as Error).message ?? String(err));
    });
    logger.info('telegram long polling started');
  }

  async function stopRunner(): Promise<void> {
    const r = runner;
    runner = undefined;
    if (r?.isRunning()) await r.stop();
  }

  async function startPolling(): Promise<void> {
    if (!replicas) {
      await startRunner((reason) => (pollingFailure = reason));
      return;
    }
    leader = createLeader({
      lease: replicas.lease,
      name: POLL_LEASE,
      instance: replicas.instance,
      leaseMs: replicas.leaseMs,
      log: logger,
      ...(replicas.mayLead ? { mayLead: replicas.mayLead } : {}),
      lead: () => startRunner((reason) => void leader?.failed(reason)),
      standDown: stopRunner,
    });
    // The first attempt: when this process takes the lease, polling has started once it settles.
    await leader.start();
    logger.info({ instance: replicas.instance }, 'telegram long polling: competing for the poller lease');
  }

  /**
   * One getMe. A token the Bot API refuses is thrown (a setting to fix); the network, or a Bot API that
   * answers 5xx/429, is returned as the reason, to try again.
   */
  async function getMe(): Promise<string | undefined> {
    try {
      const signal = AbortSignal.any([stopped.signal, AbortSignal.timeout(IDENTIFY_TIMEOUT_MS)]);
      // grammY types its signal with the abort-controller shim; the runtime takes the platform's.
      bot.botInfo = await bot.api.getMe(signal as unknown as Parameters<typeof bot.api.getMe>[0]);
      return undefined;
    } catch (err) {
      if (stopped.signal.aborted) return 'stopping';
      const refused = refusedToken(err, config);
      if (refused) throw refused;
      if (err instanceof HttpError) return networkReason(err);
      if (err instanceof GrammyError && (err.error_code >= 500 || err.error_code === 429))
        return `${err.error_code} ${err.description}`;
      throw err;
    }
  }

  /**
   * Telegram could not be reached at start: the rest of the bot runs (main.ts builds the app), and getMe
   * is tried again in the background until it answers; then `begin` starts polling or the webhook.
   */
  async function joinLater(since: number, begin: () => Promise<void>): Promise<void> {
    let wait = 1_000;
    let attempts = 1;
    while (unreachable) {
      try {
        await sleep(wait, undefined, { signal: stopped.signal });
      } catch {
        return;
      }
      wait = Math.min(wait * 2, IDENTIFY_RETRY_MAX_MS);
      attempts++;
      try {
        unreachable = await getMe();
      } catch (err) {
        // Reachable now, but the token is refused: said once, and /healthz keeps saying it.
        unreachable = (err as Error).message;
        logger.error(unreachable);
        return;
      }
      if (stopped.signal.aborted) return;
      if (unreachable) logger.debug({ attempts, reason: unreachable }, 'telegram still unreachable');
    }
    const seconds = Math.round((Date.now() - since) / 1000);
    logger.info(
      { username: bot.botInfo.username, attempts },
      `telegram reachable after ${seconds} s; telegram bot identified`,
    );
    await begin().catch(
      (err: unknown) => void logger.error({ err }, 'telegram could not start after joining late'),
    );
  }

  return {
    channel: 'telegram',
    outbox,
    bulkOutbox,
    bot,
    menus: () => menusDone,
    async start(http) {
      if (config.mode === 'webhook') mountWebhook(http, config);
      const begin = async () => {
        // Menus are published in the background: updates flow while they are set.
        menusDone = ready ? ready.then(publishCommandMenus, () => undefined) : publishCommandMenus();
        if (config.mode === 'webhook') await setWebhook(config);
        else await startPolling();
      };
      // A refused token fails start() (a setting to fix); an unreachable Telegram does not: the lessons,
      // notices, sweeps, the board and /metrics run, and Telegram joins once it answers.
      const since = Date.now();
      unreachable = await getMe();
      if (!unreachable) {
        logger.info({ username: bot.botInfo.username }, 'telegram bot identified');
        await begin();
        return;
      }
      const where = config.apiRoot ? `TELEGRAM_API_ROOT ${config.apiRoot}` : 'api.telegram.org';
      logger.warn(
        { reason: unreachable },
        `cannot reach the Telegram Bot API at ${where} (${unreachable}): check TELEGRAM_API_ROOT and this host's network; the rest of the bot runs, Telegram joins once it answers`,
      );
      joining = joinLater(since, begin);
    },
    async stop() {
      stopping = true;
      // A getMe still being retried ends here (the process is not held up by it).
      stopped.abort();
      await joining;
      // The leader stops its runner and hands the lease over at once.
      if (leader) await leader.stop();
      await stopRunner();
      await Promise.allSettled([...inFlight, menusDone]);
    },
    async stepAside() {
      aside = true;
      stopped.abort();
      await joining;
      // The poller lease is given back at once (a newer replica takes it); updates in hand finish or are handed back.
      if (leader) await leader.stop();
      await stopRunner();
    },
    health() {
      if (aside) return { ok: false, detail: 'stepped aside for a newer release' };
      if (unreachable) return { ok: false, detail: `unreachable: ${unreachable}` };
      if (config.mode === 'webhook') return { ok: true, detail: 'webhook' };
      if (leader) {
        const s = leader.status();
        return { ok: s.ok, detail: s.ok ? `polling: ${s.role}` : `polling stopped: ${s.detail}` };
      }
      if (pollingFailure) return { ok: false, detail: `polling stopped: ${pollingFailure}` };
      return { ok: true, detail: runner ? 'polling' : 'not started' };
    },
  };
}

/** Why a request did not reach the Bot API, in a few words (ECONNREFUSED, a timeout, a DNS failure…). */
function networkReason(err: HttpError): string {
  const cause = err.error as { code?: string; cause?: { code?: string }; name?: string; message?: string };
  const code = cause?.cause?.code ?? cause?.code;
  if (code) return code;
  if (cause?.name === 'AbortError' || cause?.name === 'TimeoutError')
    return `no answer within ${IDENTIFY_TIMEOUT_MS / 1000} s`;
  return cause?.message ?? err.message;
}

/**
 * getMe answered 401 or 404: the Bot API does not know this token (mistyped, or replaced by /revoke) — a
 * setting to fix, said in one line naming it, rather than a stack trace.
 */
function refusedToken(err: unknown, config: TelegramConfig): ConfigError | undefined {
  if (!(err instanceof GrammyError) || (err.error_code !== 401 && err.error_code !== 404)) return undefined;
  const where = config.apiRoot ? ` at TELEGRAM_API_ROOT ${config.apiRoot}` : '';
  return new ConfigError([
    `TELEGRAM_BOT_TOKEN was refused by the Bot API${where} (${err.error_code} ${err.description}): copy the bot's current token from @BotFather (/mybots → API Token); a token /revoke replaced no longer works`,
  ]);
}
