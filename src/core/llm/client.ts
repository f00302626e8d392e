/**
 * A small wrapper over the `openai` client for any OpenAI-compatible endpoint (OpenAI, another provider,
 * or a local server): one call that asks for JSON, parses it with a zod schema, and never throws —
 * a timeout, an HTTP error or output that does not fit the schema comes back as a reason, so the caller
 * can fall back to its offline answer and count the fallback.
 *
 *   const llm = createLlmClient({ apiKey, baseURL, model });
 *   const r = await llm.json({ name: 'faq_answer', schema, system, user: JSON.stringify(data) });
 *   if (r.ok) use(r.value); else metrics.llmFallbacks.inc({ job: 'faq', reason: r.reason });
 *
 * The model is never trusted with authority: callers validate what it returns against what they gave it.
 */
import * as z from 'zod';
import type { OpenAIConfig } from '../../config/index.js';
import type { Metrics } from '../metrics.js';
import type { FetchedFile } from '../outbox.js';
import { describeError, lazyClient, loadOpenAI, rateLimited, timedOut } from './sdk.js';

export type LlmFailure = 'timeout' | 'error' | 'invalid' | 'paused' | 'limited';
export type LlmResult<T> =
  { ok: true; value: T; ms: number } | { ok: false; reason: LlmFailure; detail: string; ms: number };

export interface LlmRequest<S extends z.ZodType> {
  /** Schema name sent with the structured-output request (letters, digits, _ and -). */
  name: string;
  schema: S;
  /** Who asks, for the metrics: `faq`, `classify`. */
  job?: string;
  /** Instructions: ours, never the user's. */
  system: string;
  /** Data for this request, the user's words quoted inside it. */
  user: string;
  timeoutMs?: number;
  maxTokens?: number;
}

export interface LlmClient {
  readonly model: string;
  json<S extends z.ZodType>(request: LlmRequest<S>): Promise<LlmResult<z.infer<S>>>;
  /**
   * Speech to text (`…/audio/transcriptions`) under the same pause, limit and metrics (`job="transcribe"`): the
   * same endpoint, so a failing one is left alone by both, and a voice note counts among the calls under way.
   * The transcript as the endpoint gave it (maybe empty).
   */
  transcribe(audio: FetchedFile, options: { model: string; timeoutMs: number }): Promise<LlmResult<string>>;
}

export const DEFAULT_LLM_TIMEOUT_MS = 4000;

/**
 * When to stop calling an endpoint for a while: after a 429 (as long as it asks, within bounds; 10 s if it does
 * not say), and after this many failures in a row — timeouts (each cost a waiting worker the whole timeout), 5xx,
 * a refused key (401), a dropped connection: an endpoint that fails every call would otherwise be called once
 * for every question asked (QA25: a revoked key, 60 questions, 60 calls).
 */
export const PAUSE_AFTER_FAILURES = 2;
/** How long to call nothing after them (OPENAI_FAILURE_PAUSE_MS). */
export const FAILURE_PAUSE_MS = 30_000;
const RATE_LIMIT_PAUSE_MS = { default: 10_000, max: 120_000 };
/**
 * Calls under way at once (OPENAI_MAX_CONCURRENT; 0 = no limit). Beyond it a question gets the offline answer at
 * once, `limited`, rather than wait in a queue: QA25 saw 45 calls hanging together on an endpoint that hung, each a
 * worker waiting out the timeout. Eight is more than a district's questions at once when the endpoint answers in
 * a second or two. A counter, not p-limit: p-limit queues what is over the limit, and here nothing should wait.
 */
export const DEFAULT_MAX_CONCURRENT = 8;

/** What one call came to, for `waystation_llm_calls_total{result}`. */
export type LlmCallResult = 'ok' | LlmFailure;

export function createLlmClient(
  config: OpenAIConfig,
  options: { timeoutMs?: number; metrics?: Pick<Metrics, 'llmCalls' | 'llmCallSeconds'> } = {},
): LlmClient {
  const defaultTimeoutMs = options.timeoutMs ?? config.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS;
  const failurePauseMs = config.failurePauseMs ?? FAILURE_PAUSE_MS;
  const maxConcurrent = config.maxConcurrent ?? DEFAULT_MAX_CONCURRENT;
  // One attempt: a worker is waiting, and the offline answer is ready.
  const client = lazyClient(config, defaultTimeoutMs);
  let inFlight = 0;
  /** Counts a call by its result and, when it reached the endpoint, how long it took. */
  const counted = <T>(job: string, r: LlmResult<T>, reached: boolean): LlmResult<T> => {
    const result: LlmCallResult = r.ok ? 'ok' : r.reason;
    options.metrics?.llmCalls.inc({ job, result });
    if (reached) options.metrics?.llmCallSeconds.observe({ job }, r.ms / 1000);
    return r;
  };
  // While paused every call answers at once with 'paused': the offline answer, without the wait.
  let pausedUntil = 0;
  let pausedFor = '';
  let failuresInRow = 0;
  const pause = (ms: number, why: string) => {
    pausedUntil = Date.now() + ms;
    pausedFor = why;
  };
  /** A call, unless the endpoint is paused or too many are under way: then at once, without reaching it. */
  async function gated<T>(job: string, attempt: () => Promise<LlmResult<T>>): Promise<LlmResult<T>> {
    const notSent = (reason: 'paused' | 'limited', detail: string) =>
      counted<T>(job, { ok: false, reason, detail, ms: 0 }, false);
    const left = pausedUntil - Date.now();
    if (left > 0) return notSent('paused', `${pausedFor}; ${Math.ceil(left / 1000)} s left`);
    if (maxConcurrent > 0 && inFlight >= maxConcurrent)
      return notSent(
        'limited',
        `${inFlight} calls already under way (OPENAI_MAX_CONCURRENT ${maxConcurrent})`,
      );
    inFlight++;
    try {
      return counted(job, await attempt(), true);
    } finally {
      inFlight--;
    }
  }

  /** A call that threw: its reason, and a pause after a 429 or after failures in a row. */
  async function failed(signal: AbortSignal, err: unknown, ms: number): Promise<LlmResult<never>> {
    const reason = (await timedOut(signal, err)) ? 'timeout' : 'error';
    const detail = await describeError(err);
    const limited = await rateLimited(err);
    if (limited)
      pause(
        Math.min(limited.ms ?? RATE_LIMIT_PAUSE_MS.default, RATE_LIMIT_PAUSE_MS.max),
        'paused after a 429 (rate limit)',
      );
    else if (++failuresInRow >= PAUSE_AFTER_FAILURES) {
      failuresInRow = 0;
      pause(failurePauseMs, `paused after ${PAUSE_AFTER_FAILURES} failures in a row (last: ${detail})`);
    }
    return { ok: false, reason, detail, ms };
  }

  return {
    model: config.model,
    json: (request) => gated(request.job ?? 'other', () => call(request)),
    transcribe: (audio, options) => gated('transcribe', () => speechToText(audio, options)),
  };

  async function speechToText(
    audio: FetchedFile,
    options: { model: string; timeoutMs: number },
  ): Promise<LlmResult<string>> {
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    // As for chat: loading the SDK on first use is not counted against the endpoint's timeout.
    const sdkClient = await client();
    const { toFile } = await loadOpenAI();
    const signal = AbortSignal.timeout(options.timeoutMs);
    try {
      // The endpoint tells the format by the file name's extension (Telegram voice notes are .oga).
      const file = await toFile(audio.data, audio.name ?? 'voice.ogg', { type: audio.mime ?? 'audio/ogg' });
      const result = await sdkClient.audio.transcriptions.create(
        { file, model: options.model, response_format: 'json' },
        { signal, timeout: options.timeoutMs },
      );
      failuresInRow = 0;
      return { ok: true, value: typeof result.text === 'string' ? result.text : '', ms: ms() };
    } catch (err) {
      return failed(signal, err, ms());
    }
  }

  async function call<S extends z.ZodType>(request: LlmRequest<S>): Promise<LlmResult<z.infer<S>>> {
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    const timeoutMs = request.timeoutMs ?? defaultTimeoutMs;
    // The timeout is the endpoint's: loading the SDK on the first call (a one-off) is not counted against it.
    const sdkClient = await client();
    const signal = AbortSignal.timeout(timeoutMs);
    let content: string | null | undefined;
    try {
      const completion = await sdkClient.chat.completions.create(
        {
          model: config.model,
          temperature: 0,
          max_tokens: request.maxTokens ?? 800,
          messages: [
            { role: 'system', content: request.system },
            { role: 'user', content: request.user },
          ],
          response_format: {
            type: 'json_schema',
            json_schema: {
              name: request.name,
              strict: true,
              schema: z.toJSONSchema(request.schema, { target: 'draft-7' }) as Record<string, unknown>,
            },
          },
        },
        { signal, timeout: timeoutMs },
      );
      content = completion.choices[0]?.message?.content;
    } catch (err) {
      return failed(signal, err, ms());
    }
    failuresInRow = 0;
    if (!content) return { ok: false, reason: 'invalid', detail: 'empty response', ms: ms() };
    let data: unknown;
    try {
      data = JSON.parse(stripFence(content));
    } catch {
      return { ok: false, reason: 'invalid', detail: 'not JSON', ms: ms() };
    }
    const parsed = request.schema.safeParse(data);
    if (!parsed.success)
      return {
        ok: false,
        reason: 'invalid',
        detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
        ms: ms(),
      };
    return { ok: true, value: parsed.data, ms: ms() };
  }
}

/** Some local models wrap JSON in a Markdown fence even when asked not to. */
function stripFence(text: string): string {
  const m = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/.exec(text);
  return m ? m[1]! : text;
}
