/**
 * Logging with pino. Tokens, secrets and phone numbers never reach a log: known secret fields are
 * redacted by path, every logged value goes through `maskText` (core/mask.ts), errors included with all
 * their fields, and the finished line is masked once more before it is written — so child bindings,
 * serializers and anything pino adds on its own pass the same scrubber.
 */
import { createRequire } from 'node:module';
import { pino, type Logger, type LoggerOptions } from 'pino';
import type PinoPretty from 'pino-pretty';
import { maskText } from './mask.js';

export type { Logger };

/** Long strings (script sources, command arguments) are cut — after masking, so nothing is cut open. */
const MAX_STRING = 2000;

type Mask = (text: string) => string;

/**
 * `maskText`, except that the given strings are written as they are where they stand alone: the build's own
 * commit, which the masking reads as an ID number when it is a letter and nine digits (d233315527). Only
 * hexadecimal commits with a letter are kept (all digits would be a phone number's form), so nothing a person
 * typed passes this way; the text around them is masked as ever.
 */
export function maskKeeping(verbatim: readonly string[] = []): Mask {
  const kept = verbatim.filter((v) => /^[0-9a-f]{7,40}$/.test(v) && /[a-f]/.test(v));
  if (kept.length === 0) return maskText;
  const alone = new RegExp(`(?<![0-9A-Za-z\uFF10-\uFF19])(${kept.join('|')})(?![0-9A-Za-z\uFF10-\uFF19])`);
  return (text) =>
    text
      .split(alone)
      .map((part, i) => (i % 2 === 1 ? part : maskText(part)))
      .join('');
}

function scrubDeep(value: unknown, mask: Mask, depth = 0): unknown {
  if (typeof value === 'string') {
    const s = mask(value);
    return s.length > MAX_STRING ? `${s.slice(0, MAX_STRING)}…` : s;
  }
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  // Errors carry more than message and stack: ioredis puts the command and its arguments on them.
  if (value instanceof Error) return scrubDeep(pino.stdSerializers.err(value), mask, depth + 1);
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, mask, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubDeep(v, mask, depth + 1);
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

/**
 * Decides whether a warn or error line is one more of an outage already reported (then it is counted by the
 * gate and not written): a Redis outage is said once, then summarised, instead of a line per retry.
 */
export type LogGate = (level: number, args: unknown[]) => boolean;
const GATE = Symbol('log gate');
type Gated = { [GATE]?: LogGate };

/** Set the gate of a logger and of every child it has or will have (pino children inherit from it). */
export function setLogGate(logger: Logger, gate: LogGate | undefined): void {
  (logger as unknown as Gated)[GATE] = gate;
}

/** The text of a logged error: an Error, a message string under `err`, or a plain object with one. */
export function loggedError(args: unknown[]): string | undefined {
  const first = args[0];
  const err = first instanceof Error ? first : (first as { err?: unknown } | undefined)?.err;
  if (typeof err === 'string') return err;
  if (err && typeof err === 'object' && 'message' in err) return String((err as Error).message);
  return undefined;
}

export interface LoggerSettings {
  level: string;
  pretty: boolean;
  /** Written as they are (see `maskKeeping`): the build's commit. */
  verbatim?: readonly string[];
}

/** A JSON string literal masked as the text it stands for, written back as JSON (unchanged when nothing is masked). */
function maskJsonString(literal: string, mask: Mask): string {
  let text: string;
  try {
    text = JSON.parse(literal) as string;
  } catch {
    return mask(literal);
  }
  const masked = mask(text);
  return masked === text ? literal : JSON.stringify(masked);
}

export function createLogger(settings: LoggerSettings, destination?: NodeJS.WritableStream): Logger {
  const mask = maskKeeping(settings.verbatim);
  const options: LoggerOptions = {
    level: settings.level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    hooks: {
      // Scrub the message and every string argument before pino formats them.
      logMethod(args, method, level) {
        const gate = (this as unknown as Gated)[GATE];
        if (gate && level >= 40 && gate(level, args)) return;
        // An Error first stays an error (under `err`), scrubbed with all its fields.
        const scrubbed = args.map((a, i) =>
          i === 0 && a instanceof Error ? { err: scrubDeep(a, mask) } : scrubDeep(a, mask),
        );
        method.apply(this, scrubbed as Parameters<typeof method>);
      },
      // The last line of defence: every string in the serialised JSON line (numbers stay numbers), read as
      // the text it encodes — a line break inside a number ("138\n5716\n2439") is two characters in JSON.
      streamWrite: (line) => line.replace(/"(?:[^"\\]|\\.)*"/g, (literal) => maskJsonString(literal, mask)),
    },
    serializers: {
      // `err` is usually an Error, but callers also pass a message string or a plain object.
      err: (err: unknown) => scrubDeep(err, mask),
    },
  };
  if (settings.pretty && !destination) {
    // Only at a terminal, so loaded only then; a stream in this thread rather than a pino transport (a
    // worker started from pino's own folder, which the bundled build does not have).
    const pretty = createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;
    return pino(options, pretty({ colorize: true, translateTime: 'SYS:HH:MM:ss', destination: 2 }));
  }
  return destination
    ? pino(options, destination as pino.DestinationStream)
    : pino(options, pino.destination(2));
}
