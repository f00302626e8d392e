/**
 * The operator's knobs on the model client (OPENAI_TIMEOUT_MS, OPENAI_FAILURE_PAUSE_MS, OPENAI_MAX_CONCURRENT) and what
 * it counts for /metrics, against the local stand-in through the real `openai` package.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { OpenAIConfig } from '../../../src/config/index.js';
import { createLlmClient, PAUSE_AFTER_FAILURES } from '../../../src/core/llm/client.js';
import { createMetrics, type Metrics } from '../../../src/core/metrics.js';
import { startFakeOpenAI, type FakeOpenAI } from '../../helpers/fake-openai.js';

const Schema = z.object({ answer: z.string() }).strict();
let fake: FakeOpenAI;
let metrics: Metrics;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  metrics = createMetrics();
  fake.requests.length = 0;
});

const client = (knobs: Partial<OpenAIConfig> = {}) =>
  createLlmClient({ apiKey: 'test-key', baseURL: fake.baseURL, model: 'fake-model', ...knobs }, { metrics });
const ask = (llm: ReturnType<typeof client>) =>
  llm.json({ name: 'test_answer', job: 'faq', schema: Schema, system: 'SYSTEM', user: '{"q":"hi"}' });

async function calls(): Promise<Record<string, number>> {
  const m = await metrics.llmCalls.get();
  return Object.fromEntries(m.values.map((v) => [String(v.labels.result), v.value]));
}

describe('calls under way at once', () => {
  it('beyond OPENAI_MAX_CONCURRENT a call is not made: limited, at once', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    fake.setModel(async () => {
      await held;
      return { content: '{"answer":"ok"}' };
    });
    const llm = client({ maxConcurrent: 2 });
    const first = [ask(llm), ask(llm)];
    // The third is refused while the two are under way, before either answers.
    const third = await ask(llm);
    expect(third).toMatchObject({ ok: false, reason: 'limited' });
    release();
    expect(await Promise.all(first)).toMatchObject([{ ok: true }, { ok: true }]);
    expect(fake.requests.length).toBe(2);
    // A slot freed is used again.
    expect(await ask(llm)).toMatchObject({ ok: true });
    expect(await calls()).toEqual({ ok: 3, limited: 1 });
  });

  it('0 is no limit', async () => {
    fake.setModel(() => ({ content: '{"answer":"ok"}', delayMs: 50 }));
    const llm = client({ maxConcurrent: 0 });
    const all = await Promise.all(Array.from({ length: 12 }, () => ask(llm)));
    expect(all.every((r) => r.ok)).toBe(true);
    expect(fake.requests.length).toBe(12);
  });
});

describe('the timeout and the pause', () => {
  it('OPENAI_TIMEOUT_MS bounds a call (the endpoint answers after 3 s, under the default 4 s)', async () => {
    fake.setModel(() => ({ content: '{"answer":"late"}', delayMs: 3000 }));
    expect(await ask(client({ timeoutMs: 500 }))).toMatchObject({ ok: false, reason: 'timeout' });
    expect(await calls()).toEqual({ timeout: 1 });
    const seconds = await metrics.llmCallSeconds.get();
    expect(seconds.values.find((v) => v.metricName === 'waystation_llm_call_seconds_count')?.value).toBe(1);
  });

  it('OPENAI_FAILURE_PAUSE_MS 0: failures in a row do not stop the calls', async () => {
    fake.setModel(() => ({ status: 500 }));
    const llm = client({ failurePauseMs: 0 });
    for (let i = 0; i <= PAUSE_AFTER_FAILURES; i++) await ask(llm);
    expect(fake.requests.length).toBe(PAUSE_AFTER_FAILURES + 1);
    expect(await calls()).toEqual({ error: PAUSE_AFTER_FAILURES + 1 });
  });

  it('by default failures in a row pause the client, and the calls not made are counted paused', async () => {
    fake.setModel(() => ({ status: 500 }));
    const llm = client();
    for (let i = 0; i <= PAUSE_AFTER_FAILURES; i++) await ask(llm);
    expect(fake.requests.length).toBe(PAUSE_AFTER_FAILURES);
    expect(await calls()).toEqual({ error: PAUSE_AFTER_FAILURES, paused: 1 });
  });
});
