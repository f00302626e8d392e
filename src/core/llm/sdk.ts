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

/** A short description of a failed call for the logs: status and error name, never the body. */
export async function describeError(err: unknown): Promise<string> {
  const { default: OpenAIClient } = await loadOpenAI();
  if (err instanceof OpenAIClient.APIError) return `${err.status ?? 'no status'} ${err.name}`;
  return err instanceof Error ? err.name : 'unknown error';
}
