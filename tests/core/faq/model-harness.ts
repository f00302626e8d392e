/**
 * The FAQ harness with the OpenAI stand-in as its model, shared by the model-path tests that check what a model's
 * answer may say (llm-contacts, llm-figures, llm-invented, llm-echo). One app per test file; each test asks as a new
 * rider with no model answer kept, because the same answer again to one person is pointed at (faq/repeats.ts) and
 * each test makes the stand-in answer its own way. Registers its own hooks: read `model.h` and `model.fake` inside
 * tests only.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../../helpers/fake-openai.js';
import { startHarness, type FaqHarness } from './harness.js';

export interface ModelHarness {
  h: FaqHarness;
  fake: FakeOpenAI;
  /** The model answers with `answer`, citing `ids` (the health-check entry unless told). */
  modelSays(answer: string, ids?: string[]): void;
  /** How many FAQ answers fell back to the entry for `reason` so far. */
  fallbacks(reason: string): Promise<number>;
}

export function useModelHarness(rider: string): ModelHarness {
  let asker = 0;
  const model = {
    modelSays(answer: string, ids = ['health-check-tour']): void {
      model.fake.setModel(() => ({ content: JSON.stringify({ answer, used_ids: ids, known: true }) }));
    },
    async fallbacks(reason: string): Promise<number> {
      const m = await model.h.app.deps.metrics.llmFallbacks.get();
      return m.values.find((v) => v.labels.job === 'faq' && v.labels.reason === reason)?.value ?? 0;
    },
  } as ModelHarness;
  beforeAll(async () => {
    model.fake = await startFakeOpenAI();
    model.h = await startHarness({
      openai: { apiKey: 'test-key', baseURL: model.fake.baseURL, model: 'fake-model' },
    });
  });
  afterAll(async () => {
    await model.h.close();
    await model.fake.close();
  });
  beforeEach(async () => {
    model.h.take();
    await model.h.forgetModelAnswers();
    await model.h.type(':dm', `:as ${rider}-${++asker} zh-CN`);
  });
  return model;
}
