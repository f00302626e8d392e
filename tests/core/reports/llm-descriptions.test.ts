/**
 * With a model configured, classification sees what each category covers: the pack author's
 * `description` (required by the pack format), beside its name (real `openai` client, local stand-in).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import type { ContentPack } from '../../../src/core/content/schema.js';
import { createLlmClient } from '../../../src/core/llm/client.js';
import { createMetrics } from '../../../src/core/metrics.js';
import { createLlmClassifier, loadReportClassifyPrompt } from '../../../src/core/reports/llm-classify.js';
import { startFakeOpenAI, type FakeOpenAI } from '../../helpers/fake-openai.js';

const root = path.resolve(import.meta.dirname, '../../..');
let pack: ContentPack;
let fake: FakeOpenAI;

beforeAll(async () => {
  const sample = await loadContentPack(path.join(root, 'content'));
  const [first, ...rest] = sample.categories.categories;
  // The first category described in the author's own words; the others keep the sample pack's.
  pack = {
    ...sample,
    categories: {
      ...sample.categories,
      categories: [{ ...first!, description: '路面塌陷、井盖缺失、积水结冰等会伤到路人的道路隐患' }, ...rest],
    },
  };
  fake = await startFakeOpenAI(() => ({
    content: JSON.stringify({ category: first!.id, urgency: 'urgent', summary: '井盖缺失' }),
  }));
});
afterAll(async () => {
  await fake.close();
});

describe('the classification prompt', () => {
  it('gives the model each category’s name and description', async () => {
    const classifier = createLlmClassifier({
      pack,
      llm: createLlmClient({ apiKey: 'test-key', baseURL: fake.baseURL, model: 'fake-model' }),
      prompt: loadReportClassifyPrompt(),
      metrics: createMetrics(),
    });
    const r = await classifier.classify('国定路井盖没了');
    expect(r.source).toBe('model');
    const system = fake.requests.at(-1)!.messages.find((m) => m.role === 'system')!.content;
    const [first, second] = pack.categories.categories;
    const line = (id: string) => system.split('\n').find((l) => l.startsWith(`- \`${id}\``)) ?? '';
    expect(line(first!.id)).toContain('covers: 路面塌陷、井盖缺失、积水结冰等会伤到路人的道路隐患');
    expect(line(second!.id)).toContain(second!.name);
    expect(line(second!.id)).toContain(`covers: ${second!.description}`);
  });
});
