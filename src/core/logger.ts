/**
 * Logging with pino. Tokens, secrets and phone numbers never reach a log: known secret fields are
 * redacted by path, and every string that is logged goes through `scrubText` (phone and ID numbers masked).
 */
import { pino, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

const PHONE = /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)/g;
const LANDLINE = /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g;
const CN_ID = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const BOT_TOKEN = /\b\d{6,}:[A-Za-z0-9_-]{30,}\b/g;
const SLACK_TOKEN = /\bx(?:oxb|oxp|app|oxa)-[A-Za-z0-9-]+/g;
const BEARER = /\b(sk-[A-Za-z0-9_-]{10,})/g;

/** Mask phone numbers, ID numbers and tokens in free text (used for logs and triage views). */
export function scrubText(text: string): string {
  return text
    .replace(BOT_TOKEN, '[token]')
    .replace(SLACK_TOKEN, '[token]')
    .replace(BEARER, '[token]')
    .replace(CN_ID, (m) => `${m.slice(0, 3)}***********${m.slice(-4)}`)
    .replace(PHONE, (m) => {
      const digits = m.replace(/\D/g, '');
      return `${digits.slice(-11, -8)}****${digits.slice(-4)}`;
    })
    .replace(LANDLINE, (m) => `${m.slice(0, 4)}****${m.slice(-2)}`);
}

function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubDeep(v, depth + 1);
  return out;
}

export const REDACT_PATHS = [
  'token',
  '*.token',
  'botToken',
  '*.botToken',
  'apiKey',
  '*.apiKey',
  'secret',
  '*.secret',
  'webhookSecret',
  '*.webhookSecret',
  'signingSecret',
  '*.signingSecret',
  'appToken',
  '*.appToken',
  'phone',
  '*.phone',
  'password',
  '*.password',
  'headers.authorization',
  '*.headers.authorization',
  'headers["x-telegram-bot-api-secret-token"]',
];

export interface LoggerSettings {
  level: string;
  pretty: boolean;
}

export function createLogger(settings: LoggerSettings, destination?: NodeJS.WritableStream): Logger {
  const options: LoggerOptions = {
    level: settings.level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    hooks: {
      // Scrub the message and every string argument before pino formats them.
      logMethod(args, method) {
        method.apply(this, args.map((a) => scrubDeep(a)) as Parameters<typeof method>);
      },
    },
    serializers: {
      // `err` is usually an Error, but callers also pass a message string or a plain object.
      err: (err: unknown) => {
        if (!(err instanceof Error)) return typeof err === 'string' ? scrubText(err) : scrubDeep(err);
        const s = pino.stdSerializers.err(err);
        return { ...s, message: scrubText(s.message ?? ''), stack: s.stack ? scrubText(s.stack) : s.stack };
      },
    },
  };
  if (settings.pretty && !destination) {
    return pino({
      ...options,
      transport: {
        target: 'pino-pretty',
        options: { colorize: true, translateTime: 'SYS:HH:MM:ss', destination: 2 },
      },
    });
  }
  return destination
    ? pino(options, destination as pino.DestinationStream)
    : pino(options, pino.destination(2));
}
