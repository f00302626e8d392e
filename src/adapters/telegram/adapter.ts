/**
 * Telegram through grammY: transport only. Updates are translated to `Incoming` and handed to the
 * core; the core answers through the Outbox implemented over `bot.api`.
 *
 *   const telegram = createTelegramAdapter({ config, core, logger, metrics, i18n, content: () => pack });
 *   app.outbox.register('telegram', telegram.outbox);
 *   await telegram.start(http);   // long polling, or a webhook at /telegram/webhook
 *
 * Updates of one chat are handled in order (sequentialize by chat id); chats run concurrently.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { run, sequentialize, type RunnerHandle } from '@grammyjs/runner';
import { apiThrottler } from '@grammyjs/transformer-throttler';
import { Api, Bot, webhookCallback, type Context } from 'grammy';
import type { Update } from 'grammy/types';
import type { TelegramConfig } from '../../config/index.js';
import type { ContentPack } from '../../core/content/schema.js';
import type { Core } from '../../core/dispatcher.js';
import { resolveLocale, type I18n } from '../../core/i18n.js';
import type { Logger } from '../../core/logger.js';
import type { Metrics } from '../../core/metrics.js';
import type { HttpServer } from '../../http/server.js';
import type { ChannelAdapter } from '../adapter.js';
import { buildMenus, publishMenus, traditionalMenu } from './commands.js';
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
  metrics: Metrics;
  i18n: I18n;
  /** The content pack, so organisers, secretaries and their chats get their role's command menu. */
  content?: () => ContentPack;
}

export type TelegramAdapter = ChannelAdapter & {
  bot: Bot;
  /** Settles when the command menus have been published (or failed, which is only logged). */
  menus(): Promise<void>;
};

export function createTelegramAdapter(options: TelegramAdapterOptions): TelegramAdapter {
  const { config, core, metrics, i18n } = options;
  const logger = options.logger.child({ channel: 'telegram' });
  const bot = new Bot(config.token, config.apiRoot ? { client: { apiRoot: config.apiRoot } } : {});

  // Transformers wrap in order of installation: the throttler (outer) paces each chat, and a 429 is
  // retried inside the chat's slot, at most 3 times and never after more than 30 s. Network failures
  // are not retried here (auto-retry would do so without limit): they reach the core as 'transient'.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30, rethrowHttpErrors: true }));
  bot.api.config.use(apiThrottler());

  const inFlight = new Set<Promise<unknown>>();
  let stopping = false;
  let runner: RunnerHandle | undefined;
  let menusDone: Promise<void> = Promise.resolve();

  // Outermost: count every update from arrival (including time queued behind its chat) so stop() can wait.
  bot.use((_ctx, next) => {
    const task = next();
    inFlight.add(task);
    return task.finally(() => inFlight.delete(task));
  });
  bot.use(sequentialize((ctx: Context) => (ctx.chat ? String(ctx.chat.id) : undefined)));
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
    const incoming = translateUpdate(ctx.update, { id: ctx.me.id, username: ctx.me.username });
    if (!incoming) {
      metrics.updates.inc({ channel: 'telegram', outcome: 'ignored' });
      return;
    }
    await core.handle(incoming);
  });
  // The core has its own error boundary; this catches what escapes translation or the transport.
  bot.catch((err) => {
    const error = err.error instanceof Error ? err.error : new Error(String(err.error));
    logger.child({ update_id: err.ctx.update.update_id }).error({ err: error }, 'telegram update failed');
  });

  const outbox = createTelegramOutbox({
    api: bot.api,
    username: () => (bot.isInited() ? bot.botInfo.username : undefined),
    metrics,
    logger,
  });
  // Bulk sends (lessons, notices) go through the delivery engine, which paces them under the limits and
  // must see every 429 itself: this client has neither the throttler nor auto-retry.
  const bulkOutbox = createTelegramOutbox({
    api: new Api(config.token, config.apiRoot ? { apiRoot: config.apiRoot } : {}),
    username: () => (bot.isInited() ? bot.botInfo.username : undefined),
    metrics,
    logger,
  });

  function publishCommandMenus(): Promise<void> {
    let pack: ContentPack | undefined;
    try {
      pack = options.content?.();
    } catch (err) {
      logger.warn({ reason: (err as Error).message }, 'content pack unavailable; role command menus skipped');
    }
    const menus = buildMenus(core.commands(), i18n, pack);
    return publishMenus(bot.api, menus, logger, () => stopping).then(
      (failed) => void logger.info({ menus: menus.length, failed }, 'telegram command menus published'),
      (err: unknown) => void logger.warn({ reason: (err as Error).message }, 'telegram command menus failed'),
    );
  }

  async function startWebhook(
    http: HttpServer,
    hook: Extract<TelegramConfig, { mode: 'webhook' }>,
  ): Promise<void> {
    // grammY compares X-Telegram-Bot-Api-Secret-Token in constant time and answers 401 before reading the body.
    // onTimeout 'return': answer Telegram in time and finish the work anyway (a redelivery would be dropped as a duplicate).
    const callback = webhookCallback(bot, 'http', {
      secretToken: hook.webhookSecret,
      onTimeout: 'return',
      timeoutMilliseconds: 9_000,
    });
    http.mount(WEBHOOK_PATH, async (req, res) => {
      if (stopping) {
        // Telegram keeps the update and delivers it again once we are back.
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
    await bot.api.setWebhook(hook.webhookUrl, {
      secret_token: hook.webhookSecret,
      allowed_updates: [...ALLOWED_UPDATES],
      drop_pending_updates: false,
    });
    logger.info({ path: WEBHOOK_PATH }, 'telegram webhook set');
  }

  async function startPolling(): Promise<void> {
    // A webhook left over from an earlier deployment makes getUpdates fail with 409: remove it, keep its queue.
    await bot.api.deleteWebhook({ drop_pending_updates: false });
    runner = run(bot, { runner: { fetch: { allowed_updates: ALLOWED_UPDATES } } });
    runner.task()?.catch((err: unknown) => logger.error({ err }, 'telegram polling stopped'));
    logger.info('telegram long polling started');
  }

  return {
    channel: 'telegram',
    outbox,
    bulkOutbox,
    bot,
    menus: () => menusDone,
    async start(http) {
      await bot.init();
      logger.info({ username: bot.botInfo.username }, 'telegram bot identified');
      // Menus are published in the background: updates flow while they are set.
      menusDone = publishCommandMenus();
      if (config.mode === 'webhook') await startWebhook(http, config);
      else await startPolling();
    },
    async stop() {
      stopping = true;
      if (runner?.isRunning()) await runner.stop();
      await Promise.allSettled([...inFlight, menusDone]);
    },
  };
}
