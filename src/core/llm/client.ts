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
import { describeError, lazyClient, timedOut } from './sdk.js';

export type LlmFailure = 'timeout' | 'error' | 'invalid';
export type LlmResult<T> =
  { ok: true; value: T; ms: number } | { ok: false; reason: LlmFailure; detail: string; ms: number };

export interface LlmRequest<S extends z.ZodType> {
  /** Schema name sent with the structured-output request (letters, digits, _ and -). */
  name: string;
  schema: S;
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
}

export const DEFAULT_LLM_TIMEOUT_MS = 4000;

export function createLlmClient(config: OpenAIConfig, options: { timeoutMs?: number } = {}): LlmClient {
  // One attempt: a worker is waiting, and the offline answer is ready.
  const client = lazyClient(config, options.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS);
  return {
    model: config.model,
    async json(request) {
      const started = performance.now();
      const ms = () => Math.round(performance.now() - started);
      const timeoutMs = request.timeoutMs ?? options.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS;
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
        const reason = (await timedOut(signal, err)) ? 'timeout' : 'error';
        return { ok: false, reason, detail: await describeError(err), ms: ms() };
      }
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
    },
  };
}

/** Some local models wrap JSON in a Markdown fence even when asked not to. */
function stripFence(text: string): string {
  const m = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/.exec(text);
  return m ? m[1]! : text;
}
