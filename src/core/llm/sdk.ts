/**
 * The `openai` package, loaded on first use: a bot without a model endpoint never pays for it at start.
 * Also the one place that reads the SDK's errors (timeouts, HTTP status) for both the chat and the
 * speech-to-text clients.
 */
import type OpenAI from 'openai';
import type * as OpenAIModule from 'openai';
import type { OpenAIConfig } from '../../config/index.js';

type Sdk = typeof OpenAIModule;
let sdk: Promise<Sdk> | undefined;

export const loadOpenAI = (): Promise<Sdk> => (sdk ??= import('openai'));

/** A client of the endpoint making one attempt per call: a person is waiting and a fallback is ready. */
export function lazyClient(config: OpenAIConfig, timeoutMs: number): () => Promise<OpenAI> {
  let client: Promise<OpenAI> | undefined;
  return () =>
    (client ??= loadOpenAI().then(
      ({ default: OpenAIClient }) =>
        new OpenAIClient({
          apiKey: config.apiKey,
          ...(config.baseURL ? { baseURL: config.baseURL } : {}),
          maxRetries: 0,
          timeout: timeoutMs,
        }),
    ));
}

/** Whether a failed call ran out of time (ours or the SDK's). */
export async function timedOut(signal: AbortSignal, err: unknown): Promise<boolean> {
  if (signal.aborted) return true;
  const { default: OpenAIClient } = await loadOpenAI();
  return (
    err instanceof OpenAIClient.APIConnectionTimeoutError || err instanceof OpenAIClient.APIUserAbortError
  );
}

/** What an operator should check after an HTTP status the endpoint answered with. */
const STATUS_HINTS: Record<number, string> = {
  401: 'the API key was refused (OPENAI_API_KEY)',
  403: 'the API key may not use this model or endpoint',
  404: 'no such model or endpoint (OPENAI_MODEL, OPENAI_BASE_URL)',
  429: 'rate limit or quota reached',
};

/**
 * A short description of a failed call for the logs: status, the SDK's error class and what to check,
 * never the body (a 401's message quotes part of the key). The class, not `err.name`: the SDK names
 * every error plain "Error".
 */
export async function describeError(err: unknown): Promise<string> {
  const { default: OpenAIClient } = await loadOpenAI();
  const kind = err instanceof Error ? err.constructor.name : 'unknown error';
  if (err instanceof OpenAIClient.APIError && err.status !== undefined) {
    const hint = STATUS_HINTS[err.status] ?? (err.status >= 500 ? 'the endpoint failed' : undefined);
    return `${err.status} ${kind}${hint ? `: ${hint}` : ''}`;
  }
  if (err instanceof OpenAIClient.APIConnectionTimeoutError) return `${kind}: no answer in time`;
  if (err instanceof OpenAIClient.APIConnectionError)
    return `${kind}: could not reach the endpoint (OPENAI_BASE_URL)`;
  // The body cut off mid-read: fetch throws a bare TypeError("terminated"), its cause the socket's.
  if (err instanceof TypeError && err.message === 'terminated')
    return `${kind}: the endpoint closed the connection mid-answer`;
  return kind;
}

/**
 * A 429's ask: undefined for any other failure, else how long it asks us to wait (`retry-after-ms`, or
 * `retry-after` in seconds or as a date), `ms` absent when it does not say.
 */
export async function rateLimited(err: unknown, now = Date.now()): Promise<{ ms?: number } | undefined> {
  const { default: OpenAIClient } = await loadOpenAI();
  if (!(err instanceof OpenAIClient.APIError) || err.status !== 429) return undefined;
  const headers = err.headers as Headers | undefined;
  const ms = Number(headers?.get('retry-after-ms'));
  if (ms > 0) return { ms };
  const after = headers?.get('retry-after') ?? '';
  const seconds = Number(after);
  if (seconds > 0) return { ms: seconds * 1000 };
  const at = Date.parse(after);
  return at > now ? { ms: at - now } : {};
}
