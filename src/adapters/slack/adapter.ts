/**
 * Slack through Bolt: transport only. Payloads are translated to `Incoming` by the listeners and handed
 * to the core; the core answers through the Outbox implemented over the Web API.
 *
 *   const slack = createSlackAdapter({ config, core, logger, metrics });
 *   app.outbox.register('slack', slack.outbox);
 *   await slack.start(http);   // Socket Mode when SLACK_APP_TOKEN is set, else POST /slack/events on our server
 *
 * HTTP mode uses Bolt's HTTPReceiver without its server: its request listener is mounted on the bot's
 * own HTTP server, so signature checks (v0 HMAC, 5-minute staleness → 401; a timestamp over 5 minutes ahead is refused
 * before Bolt sees it), url_verification and
 * ssl_check all stay Bolt's. Updates of one chat are handled in order; chats run concurrently.
 */
import {
  App,
  HTTPReceiver,
  LogLevel,
  SocketModeReceiver,
  webApi,
  type Logger as BoltLogger,
  type Receiver,
} from '@slack/bolt';
import { ConfigError, type SlackConfig } from '../../config/index.js';
import type { Core } from '../../core/dispatcher.js';
import type { I18n } from '../../core/i18n.js';
import { pickLocale } from '../../core/identity.js';
import type { Logger } from '../../core/logger.js';
import type { Metrics } from '../../core/metrics.js';
import type { Outbox } from '../../core/outbox.js';
import type { AnsweredThreadRepo } from '../../core/ports/threads.js';
import type { Incoming, UserRef } from '../../core/types.js';
import type { Card } from '../../core/card.js';
import { renderSlack } from './render.js';
import type { ChannelAdapter } from '../adapter.js';
import { registerListeners, type ModalContext, type SlackModals } from './listeners/index.js';
import { createImDirectory, createPacer, createSlackOutbox } from './outbox.js';
import { createProfiles } from './profiles.js';
import { threadMemory } from './threads.js';
import { labelMentions, unlabelledMentions, type SlackBotIdentity } from './translate.js';

export const EVENTS_PATH = '/slack/events';
/** How far a request's signed timestamp may be from now, either way (Slack's own rule is 5 minutes). */
const MAX_SKEW_S = 5 * 60;

/** True when a signed Slack timestamp (seconds) is within 5 minutes of now, past or future. */
export function timestampFresh(header: string | string[] | undefined, nowMs: number): boolean {
  const ts = Number(Array.isArray(header) ? header[0] : header);
  return Number.isFinite(ts) && Math.abs(nowMs / 1000 - ts) <= MAX_SKEW_S;
}
export const UMBRELLA_COMMAND = '/waystation';
/** Core commands that have a slash command of their own in the app manifest; the rest are `/waystation <name>`. */
export const DIRECT_COMMANDS: readonly string[] = ['bind', 'report'];

/** auth.test errors that mean the token itself is wrong (a configuration problem, not an outage). */
const TOKEN_REFUSED = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
]);

/**
 * `/help` in the core's texts → what a Slack user types. `typed`: names people typed after `/waystation` that
 * are no command (`/waystation digest`): the core's "no such command /digest" names them as they were typed.
 */
export function slackCommandText(
  core: Pick<Core, 'commands'>,
  typed: ReadonlySet<string> = new Set(),
): (name: string) => string | undefined {
  return (name) => {
    if (DIRECT_COMMANDS.includes(name)) return `/${name}`;
    if (name === 'start') return UMBRELLA_COMMAND;
    const known = core.commands().some((c) => c.name === name) || typed.has(name);
    return known ? `${UMBRELLA_COMMAND} ${name}` : undefined;
  };
}

/** At most this many unknown names typed after `/waystation` are remembered (see slackCommandText). */
const MAX_TYPED = 200;

export interface SlackAdapterOptions {
  config: SlackConfig;
  core: Core;
  logger: Logger;
  metrics: Metrics;
  /** For the few texts the adapter says itself ("invite me to this channel"). */
  i18n: I18n;
  /** Threads where the app answered someone, shared by the replicas (the store's `threads`). */
  threads: AnsweredThreadRepo;
  /** Modal flows (the report form), built over the core's deps; see modals.ts. */
  modals?: (ctx: ModalContext) => SlackModals;
  /** A person's App Home page as a card (core/reports/home.ts); absent: no Home tab is published. */
  home?: (user: UserRef) => Promise<Card>;
  /** Posting pace per channel (Slack: about one message a second, short bursts allowed). */
  pacing?: { intervalMs: number; burst: number };
  /** Web API retries of network failures and 5xx (not of 429s, which the outbox handles). */
  retries?: number;
}

export type SlackAdapter = ChannelAdapter & {
  app: App;
  /**
   * The outbox for the delivery engine (App.bulkOutbox): the same calls, but a 429 is never waited out
   * here — it reaches the engine as DeliveryError('rate-limited', retryAfter), which pauses the channel.
   */
  bulkOutbox: Outbox;
  /** Resolves when every update taken so far has been handled (tests; stop() waits the same way). */
  idle(): Promise<void>;
  /** The app's identity once started (auth.test). */
  bot(): (SlackBotIdentity & { teamId?: string; name?: string }) | undefined;
};

/** Bolt's logger interface over ours: Bolt's own messages go to the same log, at the same levels. */
export function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const text = (msg: unknown[]) =>
    msg
      .map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : JSON.stringify(m)))
      .join(' ');
  return {
    debug: (...msg) => logger.debug(text(msg)),
    info: (...msg) => logger.info(text(msg)),
    warn: (...msg) => logger.warn(text(msg)),
    error: (...msg) => logger.error(text(msg)),
    setLevel: (l) => void (level = l),
    getLevel: () => level,
    setName: () => undefined,
  };
}

export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { config, core, metrics } = options;
  const logger = options.logger.child({ channel: 'slack' });
  const bolt = boltLogger(logger.child({ lib: 'bolt' }));
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    // 429s come back to us (the outbox waits out short ones, the delivery engine reschedules the rest).
    rejectRateLimitedCalls: true,
    retryConfig: { retries: options.retries ?? 2, factor: 2, minTimeout: 300, maxTimeout: 3000 },
    timeout: 10_000,
  };

  let receiver: Receiver;
  let httpReceiver: HTTPReceiver | undefined;
  if (config.mode === 'socket') {
    receiver = new SocketModeReceiver({
      appToken: config.appToken,
      logger: bolt,
      installerOptions: { clientOptions },
    });
  } else {
    httpReceiver = new HTTPReceiver({
      signingSecret: config.signingSecret,
      endpoints: EVENTS_PATH,
      logger: bolt,
    });
    receiver = httpReceiver;
  }

  // Posts go through a client that never retries on its own: a post whose answer was lost may be in the channel, and
  // only the caller's retry marks its copy as a possible repeat (docs/delivery.md "A send with no answer").
  const postClient = new webApi.WebClient(config.botToken, {
    ...clientOptions,
    logger: bolt,
    retryConfig: { retries: 0 },
  });
  const app = new App({
    token: config.botToken,
    receiver,
    socketMode: config.mode === 'socket',
    logger: bolt,
    clientOptions,
    convoStore: false,
    // auth.test runs in start(), so a bad token stops start-up with a clear message.
    deferInitialization: true,
  });

  const ims = createImDirectory(app.client);
  // One pacer for both outboxes: answers and broadcasts into one channel share Slack's per-channel limit.
  const pace = createPacer(options.pacing ?? { intervalMs: 1000, burst: 3 });
  const typedNames = new Set<string>();
  /** Chats where Slack refused a post (the app is not a member), and when: slash commands explain it. */
  const refusals = new Map<string, number>();
  const outboxDeps = {
    onRefused: (chatId: string) => {
      if (refusals.size > 1000) refusals.clear();
      refusals.set(chatId, Date.now());
    },
    client: app.client,
    postClient,
    ims,
    pace,
    metrics,
    logger,
    appName: '驿站助手 Waystation',
    say: (lang: string | undefined, id: string) => options.i18n.t(pickLocale(lang, undefined), id),
    command: slackCommandText(core, typedNames),
  };
  const profiles = createProfiles(app.client, logger);
  // The names users.info gives mentions also name a colleague the bot has never seen act (the hand-over picker).
  const outbox: Outbox = {
    ...createSlackOutbox(outboxDeps),
    personName: async (channel, userId) =>
      channel === 'slack' && /^[UW][A-Z0-9]+$/.test(userId) ? (await profiles.get(userId)).name : undefined,
  };
  const bulkOutbox = createSlackOutbox({ ...outboxDeps, maxRateLimitWaitSeconds: 0 });

  const inFlight = new Set<Promise<unknown>>();
  const chains = new Map<string, Promise<void>>();
  let stopping = false;
  let identity: ReturnType<SlackAdapter['bot']>;

  /** Count work that runs after Slack was answered (a modal's filing), so stop() waits for it. */
  function track<T>(work: Promise<T>): Promise<T> {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    inFlight.add(settled);
    void settled.finally(() => inFlight.delete(settled));
    return work;
  }

  /** Fill in what Slack events leave out (name, language), then hand over to the core, in order per chat. */
  function dispatch(incoming: Incoming): Promise<void> {
    const key = incoming.chat.address.chatId;
    const previous = chains.get(key) ?? Promise.resolve();
    const task = previous.then(async () => {
      const profile = await profiles.get(incoming.from.id);
      if (profile.isBot) {
        metrics.updates.inc({ channel: 'slack', outcome: 'ignored' });
        return;
      }
      incoming.from = {
        ...incoming.from,
        ...(profile.name ? { name: profile.name } : {}),
        ...(profile.locale ? { languageCode: profile.locale } : {}),
      };
      await core.handle(incoming);
    });
    const settled = task.catch((err: unknown) =>
      logger.error({ err, update: incoming.updateId }, 'slack update failed'),
    );
    chains.set(key, settled);
    inFlight.add(settled);
    void settled.finally(() => {
      inFlight.delete(settled);
      if (chains.get(key) === settled) chains.delete(key);
    });
    return settled;
  }

  /** The Home tab: the core's page for this person, as Block Kit, published with views.publish. */
  async function publishHome(userId: string): Promise<void> {
    const profile = await profiles.get(userId);
    const user: UserRef = {
      channel: 'slack',
      id: userId,
      ...(profile.name ? { name: profile.name } : {}),
      ...(profile.locale ? { languageCode: profile.locale } : {}),
    };
    const card = await options.home!(user);
    const { blocks } = renderSlack(card);
    await app.client.views.publish({ user_id: userId, view: { type: 'home', blocks } });
  }

  const say = async (userId: string, id: string) =>
    options.i18n.t(pickLocale((await profiles.get(userId)).locale, undefined), id);

  /** `<@U…>` → `<@U…|name>` (see ListenerDeps.nameMentions); only looked up when there are any. */
  async function nameMentions(text: string, writer: string, bot?: SlackBotIdentity): Promise<string> {
    const ids = unlabelledMentions(text, bot);
    if (!ids.length) return text;
    const someone = await say(writer, 'slack-mention-someone');
    const names = await Promise.all(
      ids.map(async (id) => [id, (await profiles.get(id)).name ?? someone] as const),
    );
    return labelMentions(text, new Map(names));
  }

  /** Group DMs among the conversations asked about (a mention names none): the answer does not change. */
  const groupDms = new Map<string, boolean>();
  async function isGroupDm(channelId: string): Promise<boolean> {
    const known = groupDms.get(channelId);
    if (known !== undefined) return known;
    try {
      const info = await app.client.conversations.info({ channel: channelId });
      const mpim = info.channel?.is_mpim === true;
      if (groupDms.size > 1000) groupDms.clear();
      groupDms.set(channelId, mpim);
      return mpim;
    } catch (err) {
      // Without the scope for this kind of conversation Slack will not say; a channel is then assumed.
      logger.debug({ err: (err as Error).message, channel: channelId }, 'slack conversation kind unknown');
      return false;
    }
  }
  async function whisper(channelId: string, userId: string, text: string, threadTs?: string) {
    await outbox
      .send(
        { channel: 'slack', chatId: channelId, ...(threadTs ? { threadId: threadTs } : {}) },
        { text: [text], ephemeralTo: userId },
      )
      .catch((err: unknown) =>
        logger.warn({ err: (err as Error).message, channel: channelId }, 'slack ephemeral refusal not sent'),
      );
  }

  const modals = options.modals?.({ client: app.client, ims, logger, profiles, dispatch });
  registerListeners(app, {
    dispatch,
    track,
    refusedSince: (chatId, since) => (refusals.get(chatId) ?? 0) >= since,
    say,
    isGroupDm,
    whisper,
    nameMentions,
    typedCommand: (name) => {
      if (core.commands().some((c) => c.name === name) || typedNames.has(name)) return;
      if (typedNames.size >= MAX_TYPED) typedNames.clear();
      typedNames.add(name);
    },
    ims,
    threads: threadMemory(options.threads),
    hearsAside: (channelId) => core.hearsAside('slack', channelId),
    logger,
    metrics,
    umbrellaCommand: UMBRELLA_COMMAND,
    ...(modals ? { modals } : {}),
    ...(options.home ? { publishHome } : {}),
  });
  // One boundary for what escapes a listener (the core has its own for everything it runs).
  app.error(async (error) => {
    logger.error({ err: error }, 'slack listener failed');
  });

  return {
    channel: 'slack',
    outbox,
    bulkOutbox,
    app,
    async idle() {
      while (inFlight.size) await Promise.allSettled([...inFlight]);
    },
    bot: () => identity,
    async start(http) {
      const auth = await app.client.auth.test().catch((err: unknown) => {
        const code = (err as { data?: { error?: string } }).data?.error;
        // A token Slack refuses is a configuration problem: say so in one line, like the other ones.
        if (code && TOKEN_REFUSED.has(code))
          throw new ConfigError([`SLACK_BOT_TOKEN was refused by Slack (${code})`]);
        throw new Error(
          `Slack is unreachable at ${config.apiUrl ?? 'https://slack.com/api/'}: ${(err as Error).message}`,
        );
      });
      identity = {
        userId: auth.user_id ?? '',
        ...(auth.bot_id ? { botId: auth.bot_id } : {}),
        ...(auth.team_id ? { teamId: auth.team_id } : {}),
        ...(auth.user ? { name: auth.user } : {}),
      };
      await app.init();
      logger.info({ bot: identity.userId, team: identity.teamId, mode: config.mode }, 'slack app identified');
      if (httpReceiver) {
        const listener = httpReceiver.requestListener;
        http.mount(EVENTS_PATH, (req, res) => {
          if (stopping) {
            // Slack retries events later (with x-slack-retry-num); the retry is then answered once.
            res.writeHead(503, { 'retry-after': '5' }).end();
            return;
          }
          // Bolt refuses a timestamp over 5 minutes old; one as far ahead is refused here (a replay can
          // be signed ahead of time as well as kept).
          if (!timestampFresh(req.headers['x-slack-request-timestamp'], Date.now())) {
            logger.warn('slack request refused: timestamp more than 5 minutes from now');
            res.writeHead(401).end();
            return;
          }
          listener(req, res);
        });
        logger.info({ path: EVENTS_PATH }, 'slack events, commands and interactions accepted over HTTP');
      } else {
        await app.start();
        logger.info('slack socket mode connected');
      }
    },
    async stop() {
      stopping = true;
      if (!httpReceiver)
        await app
          .stop()
          .catch((err: unknown) =>
            logger.warn({ err: (err as Error).message }, 'slack socket mode stop failed'),
          );
      await Promise.allSettled([...inFlight]);
    },
  };
}
