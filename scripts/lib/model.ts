/**
 * The model path for the eval commands (`--model`): the OpenAI-compatible endpoint the bot would use
 * (OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL, read through the bot's configuration), and a tally of
 * its fallbacks by reason, so a district with a model can score it exactly as the offline rules are scored.
 */
import { createLlmClient, type LlmClient } from '../../src/core/llm/client.js';
import { createMetrics } from '../../src/core/metrics.js';
import { CliFailure, configOrFail } from './cli.js';

/**
 * The bot's own fallback counter (`waystation_llm_fallbacks_total`), read back by reason after a run:
 * the eval counts exactly what the running bot would.
 */
export class FallbackTally {
  readonly llmFallbacks = createMetrics({ defaults: false }).llmFallbacks;

  async byReason(): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const v of (await this.llmFallbacks.get()).values)
      out.set(String(v.labels.reason), (out.get(String(v.labels.reason)) ?? 0) + v.value);
    return out;
  }

  /** `fell back 3 (timeout 2, invalid 1)`, or `fell back 0`. */
  async describe(): Promise<string> {
    const reasons = [...(await this.byReason()).entries()];
    const total = reasons.reduce((a, [, n]) => a + n, 0);
    return total === 0
      ? 'fell back 0'
      : `fell back ${total} (${reasons.map(([r, n]) => `${r} ${n}`).join(', ')})`;
  }
}

/** How long one model call may take in an eval: it waits, where a worker would get the offline answer. */
const EVAL_TIMEOUT_MS = 20_000;
/** Model calls in flight at once: enough to finish a set in reasonable time, few enough for rate limits. */
const EVAL_CONCURRENCY = 4;

/** The configured model (with the eval's timeout), or a usage error saying what to set. */
export function configuredModel(): LlmClient {
  const openai = configOrFail().openai;
  if (!openai)
    throw new CliFailure(
      '--model needs an OpenAI-compatible endpoint: set OPENAI_API_KEY (and OPENAI_BASE_URL, OPENAI_MODEL)',
      2,
    );
  return createLlmClient(openai, { timeoutMs: EVAL_TIMEOUT_MS });
}

/** Runs `fn` over `items` with at most `limit` model calls in flight, keeping the order. */
export async function mapLimited<T, R>(
  items: T[],
  fn: (item: T) => Promise<R>,
  limit = EVAL_CONCURRENCY,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
