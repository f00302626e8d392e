/**
 * Configuration: the environment parsed once, at start-up, into one typed object that is passed down.
 * This is the only module that reads process.env. A bad environment produces one error listing every problem.
 */
import * as z from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const optionalString = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string())
  .optional()
  .transform((s) => (s ? s : undefined));

/** An optional URL; the problem line names the variable itself (loadConfig prefixes it). */
const url = () =>
  optionalString.refine((s) => s === undefined || URL.canParse(s), {
    message: 'must be a full URL, e.g. https://…',
  });

/** The variables one by one; combinations are checked in `configSchema`. */
const EnvSchema = z.object({
  TELEGRAM_BOT_TOKEN: optionalString.refine((s) => s === undefined || /^\d+:[\w-]{20,}$/.test(s), {
    message: 'must look like 123456:ABC… (the token @BotFather gave you)',
  }),
  TELEGRAM_API_ROOT: url(),
  WEBHOOK_URL: url().refine(
    (s) =>
      s === undefined ||
      s.startsWith('https://') ||
      s.startsWith('http://127.') ||
      s.startsWith('http://localhost'),
    {
      message: 'must be an https:// URL (Telegram only calls https webhooks)',
    },
  ),
  WEBHOOK_SECRET: optionalString.refine((s) => s === undefined || /^[A-Za-z0-9_-]{1,256}$/.test(s), {
    message: 'may contain only A-Z, a-z, 0-9, _ and - (Telegram secret_token rules), 1-256 characters',
  }),
  SLACK_BOT_TOKEN: optionalString.refine((s) => s === undefined || s.startsWith('xoxb-'), {
    message: 'must start with xoxb-',
  }),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString.refine((s) => s === undefined || s.startsWith('xapp-'), {
    message: 'must start with xapp-',
  }),
  SLACK_API_URL: url(),
  REDIS_URL: optionalString.refine((s) => s === undefined || (/^rediss?:\/\//.test(s) && URL.canParse(s)), {
    message: 'must be a full Redis address starting with redis:// or rediss://, e.g. redis://localhost:6379',
  }),
  REDIS_SENTINELS: optionalString.refine((s) => s === undefined || parseHostPorts(s) !== undefined, {
    message: 'must be a comma-separated list of host:port (e.g. sentinel-1:26379,sentinel-2:26379)',
  }),
  REDIS_SENTINEL_NAME: optionalString.refine((s) => s === undefined || /^[A-Za-z0-9._-]{1,64}$/.test(s), {
    message: 'must be the master name the sentinels monitor (letters, digits, . _ -)',
  }),
  REDIS_SENTINEL_PASSWORD: optionalString,
  REDIS_PASSWORD: optionalString,
  INSTANCE_ID: optionalString.refine((s) => s === undefined || /^[A-Za-z0-9._-]{1,64}$/.test(s), {
    message: 'may contain only letters, digits, . _ and - (at most 64)',
  }),
  TELEGRAM_POLL_LEASE_MS: optionalString.refine(
    (s) => s === undefined || (/^\d+$/.test(s) && Number(s) >= 1000 && Number(s) <= 600_000),
    { message: 'must be a number of milliseconds between 1000 and 600000' },
  ),
  /** Tests only: run as this release level (tests/main/upgrade.test.ts runs an older and a newer one). */
  TEST_RELEASE_LEVEL: optionalString.refine((s) => s === undefined || /^[1-9]\d{0,5}$/.test(s), {
    message: 'must be a whole number from 1 (tests only: the release level this process runs as)',
  }),
  REDIS_PREFIX: optionalString.refine((s) => s === undefined || /^[A-Za-z0-9_-]{1,32}$/.test(s), {
    message: 'may contain only letters, digits, _ and - (at most 32)',
  }),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: url(),
  OPENAI_MODEL: optionalString,
  OPENAI_TRANSCRIBE_MODEL: optionalString,
  OPENAI_ANSWERS_PER_MINUTE: optionalString.refine(
    (s) => s === undefined || (/^\d+$/.test(s) && Number(s) <= 10_000),
    { message: 'must be a whole number of model answers per person per minute (0 = no limit)' },
  ),
  OPENAI_TIMEOUT_MS: optionalString.refine(
    (s) => s === undefined || (/^\d+$/.test(s) && Number(s) >= 500 && Number(s) <= 60_000),
    { message: 'must be milliseconds a model call may take, 500 to 60000 (default 4000)' },
  ),
  OPENAI_FAILURE_PAUSE_MS: optionalString.refine(
    (s) => s === undefined || (/^\d+$/.test(s) && Number(s) <= 3_600_000),
    { message: 'must be milliseconds to stop calling after failures in a row, 0 to 3600000 (default 30000)' },
  ),
  OPENAI_MAX_CONCURRENT: optionalString.refine(
    (s) => s === undefined || (/^\d+$/.test(s) && Number(s) <= 1000),
    { message: 'must be a whole number of model calls under way at once (0 = no limit; default 8)' },
  ),
  MESSAGES_PER_MINUTE_PRIVATE: optionalString.refine(
    (s) => s === undefined || (/^\d+$/.test(s) && Number(s) <= 10_000),
    {
      message:
        'must be a whole number of messages one person may send the bot per minute in private (0 = no limit; default 30)',
    },
  ),
  MESSAGES_PER_MINUTE_GROUP: optionalString.refine(
    (s) => s === undefined || (/^\d+$/.test(s) && Number(s) <= 10_000),
    {
      message:
        'must be a whole number of messages one person may address to the bot per minute in a group (0 = no limit; default 10)',
    },
  ),
  CONTENT_DIR: optionalString,
  BOT_TIMEZONE: optionalString.refine((s) => s === undefined || isTimeZone(s), {
    message: 'must be an IANA time zone such as Asia/Shanghai',
  }),
  BOARD_URL: optionalString.refine((s) => s === undefined || /^https?:\/\/[^\s/]+/.test(s), {
    message: 'must be the http(s) address people open the board at, e.g. https://bot.example.org',
  }),
  BOARD_TILE_URL: optionalString.refine((s) => s === undefined || /^https?:\/\/.*\{z\}/.test(s), {
    message:
      'must be a tile URL template with {z}/{x}/{y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  }),
  /** Credit shown on the map's corner (plain text); unset with tiles: OpenStreetMap's required credit. */
  BOARD_TILE_ATTRIBUTION: optionalString.refine((s) => s === undefined || s.length <= 200, {
    message: 'must be at most 200 characters of plain text, e.g. © OpenStreetMap contributors',
  }),
  HTTP_PORT: optionalString.refine((s) => s === undefined || (/^\d+$/.test(s) && Number(s) < 65536), {
    message: 'must be a port number (0-65535)',
  }),
  METRICS_TOKEN: optionalString.refine((s) => s === undefined || s.length >= 16, {
    message: 'must be at least 16 characters',
  }),
  LOG_LEVEL: optionalString.refine((s) => s === undefined || (LOG_LEVELS as readonly string[]).includes(s), {
    message: `must be one of ${LOG_LEVELS.join(', ')}`,
  }),
  NODE_ENV: optionalString,
});
type Env = z.output<typeof EnvSchema>;

/** Combinations of variables, each problem named by the variable to change. */
function checkCombinations(env: Env, ctx: z.RefinementCtx): void {
  if (env.WEBHOOK_URL && !env.TELEGRAM_BOT_TOKEN)
    ctx.addIssue({
      code: 'custom',
      path: ['WEBHOOK_URL'],
      message: 'is set but TELEGRAM_BOT_TOKEN is not',
    });
  if (env.WEBHOOK_URL && !env.WEBHOOK_SECRET)
    ctx.addIssue({
      code: 'custom',
      path: ['WEBHOOK_SECRET'],
      message: 'is required in webhook mode (WEBHOOK_URL is set)',
    });
  if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET)
    ctx.addIssue({
      code: 'custom',
      path: ['SLACK_SIGNING_SECRET'],
      message: 'Slack needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)',
    });
  if ((env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET) && !env.SLACK_BOT_TOKEN)
    ctx.addIssue({
      code: 'custom',
      path: ['SLACK_BOT_TOKEN'],
      message: 'is required when other SLACK_* variables are set',
    });
  if (env.REDIS_SENTINELS && env.REDIS_URL)
    ctx.addIssue({
      code: 'custom',
      path: ['REDIS_SENTINELS'],
      message: 'and REDIS_URL are both set; use one (the sentinels find the master themselves)',
    });
  if (env.REDIS_SENTINELS && !env.REDIS_SENTINEL_NAME)
    ctx.addIssue({
      code: 'custom',
      path: ['REDIS_SENTINEL_NAME'],
      message: 'is required with REDIS_SENTINELS (the master name the sentinels monitor)',
    });
  for (const name of ['REDIS_SENTINEL_NAME', 'REDIS_SENTINEL_PASSWORD'] as const)
    if (env[name] && !env.REDIS_SENTINELS)
      ctx.addIssue({ code: 'custom', path: [name], message: 'is set but REDIS_SENTINELS is not' });
  if ((env.OPENAI_BASE_URL || env.OPENAI_MODEL || env.OPENAI_TRANSCRIBE_MODEL) && !env.OPENAI_API_KEY)
    ctx.addIssue({
      code: 'custom',
      path: ['OPENAI_API_KEY'],
      message: 'is required when OPENAI_BASE_URL, OPENAI_MODEL or OPENAI_TRANSCRIBE_MODEL is set',
    });
}

/** Telegram's run mode: webhook settings exist only in webhook mode. */
function telegramOf(e: Env) {
  if (!e.TELEGRAM_BOT_TOKEN) return undefined;
  const base = {
    token: e.TELEGRAM_BOT_TOKEN,
    ...(e.TELEGRAM_API_ROOT ? { apiRoot: e.TELEGRAM_API_ROOT } : {}),
  };
  // checkCombinations guarantees WEBHOOK_SECRET whenever WEBHOOK_URL is set.
  return e.WEBHOOK_URL && e.WEBHOOK_SECRET
    ? { ...base, mode: 'webhook' as const, webhookUrl: e.WEBHOOK_URL, webhookSecret: e.WEBHOOK_SECRET }
    : { ...base, mode: 'polling' as const };
}

/** Slack's run mode: Socket Mode when an app token is given (it wins over a signing secret), else HTTP. */
function slackOf(e: Env) {
  if (!e.SLACK_BOT_TOKEN) return undefined;
  const base = { botToken: e.SLACK_BOT_TOKEN, ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL } : {}) };
  if (e.SLACK_APP_TOKEN) return { ...base, mode: 'socket' as const, appToken: e.SLACK_APP_TOKEN };
  // checkCombinations guarantees a signing secret when there is no app token.
  return { ...base, mode: 'http' as const, signingSecret: e.SLACK_SIGNING_SECRET! };
}

/** Redis through Sentinel: ioredis asks the sentinels for the master of `name` and follows failovers. */
function sentinelOf(e: Env) {
  if (!e.REDIS_SENTINELS) return undefined;
  return {
    sentinels: parseHostPorts(e.REDIS_SENTINELS)!,
    name: e.REDIS_SENTINEL_NAME!,
    /** Password of the Redis master and replicas (REDIS_PASSWORD). */
    ...(e.REDIS_PASSWORD ? { password: e.REDIS_PASSWORD } : {}),
    /** Password of the sentinels themselves (REDIS_SENTINEL_PASSWORD). */
    ...(e.REDIS_SENTINEL_PASSWORD ? { sentinelPassword: e.REDIS_SENTINEL_PASSWORD } : {}),
  };
}

function openaiOf(e: Env) {
  if (!e.OPENAI_API_KEY) return undefined;
  return {
    apiKey: e.OPENAI_API_KEY,
    baseURL: e.OPENAI_BASE_URL,
    model: e.OPENAI_MODEL ?? 'gpt-4o-mini',
    /** Speech-to-text model for voice notes (default `whisper-1`, see core/llm/transcribe.ts). */
    ...(e.OPENAI_TRANSCRIBE_MODEL ? { transcribeModel: e.OPENAI_TRANSCRIBE_MODEL } : {}),
    /** Model-written FAQ answers per person per minute (default 10, 0 = no limit; see core/faq/llm-answer.ts). */
    ...(e.OPENAI_ANSWERS_PER_MINUTE !== undefined
      ? { answersPerMinute: Number(e.OPENAI_ANSWERS_PER_MINUTE) }
      : {}),
    /** How long one model call may take (default 4 s; a worker is waiting; see core/llm/client.ts). */
    ...(e.OPENAI_TIMEOUT_MS !== undefined ? { timeoutMs: Number(e.OPENAI_TIMEOUT_MS) } : {}),
    /** How long to stop calling after failures in a row (default 30 s). */
    ...(e.OPENAI_FAILURE_PAUSE_MS !== undefined ? { failurePauseMs: Number(e.OPENAI_FAILURE_PAUSE_MS) } : {}),
    /** Model calls under way at once in this process (default 8, 0 = no limit); beyond it the offline answer. */
    ...(e.OPENAI_MAX_CONCURRENT !== undefined ? { maxConcurrent: Number(e.OPENAI_MAX_CONCURRENT) } : {}),
  };
}

/**
 * The whole configuration as one schema: the environment in, `Config` out. `isTTY` only decides pretty logs.
 * The type of `Config` is this schema's output, so there is no second, hand-written description of it.
 */
export function configSchema(isTTY: boolean) {
  return EnvSchema.superRefine(checkCombinations).transform((e) => {
    const production = e.NODE_ENV === 'production';
    return {
      telegram: telegramOf(e),
      slack: slackOf(e),
      /** Unset: use 127.0.0.1:6379 if it answers, else start an embedded redis-server. */
      redisUrl: e.REDIS_URL,
      /** Set instead of `redisUrl` to reach Redis through Sentinel. */
      redisSentinel: sentinelOf(e),
      /** REDIS_PASSWORD: overrides a password in REDIS_URL (and is the master's password under Sentinel). */
      redisPassword: e.REDIS_PASSWORD,
      /** Names this process among replicas (default host name and pid, chosen by main.ts). */
      instanceId: e.INSTANCE_ID,
      /** Long polling: how long the poller's lease lasts without renewal (a stand-by takes over after it). */
      pollLeaseMs: e.TELEGRAM_POLL_LEASE_MS ? Number(e.TELEGRAM_POLL_LEASE_MS) : 10_000,
      /** Tests only: the release level to run as instead of src/version.ts RELEASE_LEVEL (core/release.ts). */
      testReleaseLevel: e.TEST_RELEASE_LEVEL ? Number(e.TEST_RELEASE_LEVEL) : undefined,
      /** Prefix of every key (default `ws`), for several bots sharing one Redis. */
      redisPrefix: e.REDIS_PREFIX ?? 'ws',
      openai: openaiOf(e),
      /** Messages one person may send the bot per chat per minute; past it one "slow down" line (core/flood.ts). */
      flood: {
        privatePerMinute:
          e.MESSAGES_PER_MINUTE_PRIVATE !== undefined ? Number(e.MESSAGES_PER_MINUTE_PRIVATE) : 30,
        groupPerMinute: e.MESSAGES_PER_MINUTE_GROUP !== undefined ? Number(e.MESSAGES_PER_MINUTE_GROUP) : 10,
      },
      contentDir: e.CONTENT_DIR ?? 'content',
      timezone: e.BOT_TIMEZONE ?? 'Asia/Shanghai',
      httpPort: e.HTTP_PORT !== undefined ? Number(e.HTTP_PORT) : 8080,
      /** When set, /metrics answers only requests with `Authorization: Bearer <token>`. */
      ...(e.METRICS_TOKEN ? { metricsToken: e.METRICS_TOKEN } : {}),
      /** The web board: its public address (links in chat) and the map's tile URL (none = a coordinate plot). */
      board: {
        url: (e.BOARD_URL ?? `http://localhost:${e.HTTP_PORT ?? 8080}`).replace(/\/+$/, ''),
        ...(e.BOARD_TILE_URL ? { tileUrl: e.BOARD_TILE_URL } : {}),
        ...(e.BOARD_TILE_URL && e.BOARD_TILE_ATTRIBUTION
          ? { tileAttribution: e.BOARD_TILE_ATTRIBUTION }
          : {}),
      },
      logLevel: (e.LOG_LEVEL ?? 'info') as (typeof LOG_LEVELS)[number],
      /** Pretty logs for people at a terminal, JSON otherwise. */
      prettyLogs: !production && isTTY,
      production,
    };
  });
}

export type Config = z.output<ReturnType<typeof configSchema>>;
export type TelegramConfig = NonNullable<Config['telegram']>;
export type SlackConfig = NonNullable<Config['slack']>;
export type RedisSentinelConfig = NonNullable<Config['redisSentinel']>;
export type OpenAIConfig = NonNullable<Config['openai']>;

/** `host:port,host:port` (IPv6 in brackets: `[::1]:26379`); undefined when any entry is malformed. */
export function parseHostPorts(list: string): { host: string; port: number }[] | undefined {
  const out: { host: string; port: number }[] = [];
  for (const raw of list.split(',')) {
    const m = /^(?:\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9.-]+)):(\d{1,5})$/.exec(raw.trim());
    const port = Number(m?.[3]);
    if (!m || port < 1 || port > 65535) return undefined;
    out.push({ host: (m[1] ?? m[2])!, port });
  }
  return out.length ? out : undefined;
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parse an environment (process.env by default). Throws ConfigError listing every bad variable. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  isTTY = Boolean(process.stdout.isTTY),
): Config {
  const parsed = configSchema(isTTY).safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${String(i.path[0] ?? 'environment')} ${i.message}`);
    throw new ConfigError(problems);
  }
  return parsed.data;
}
