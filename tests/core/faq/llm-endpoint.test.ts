/**
 * An endpoint in trouble costs a worker no waiting: after a 429 the bot leaves it alone as long as it asks,
 * and after failures in a row (timeouts, 5xx, a refused key) it pauses too — the worker gets the entry at once meanwhile. Through the real
 * app and the real `openai` client against the local stand-in.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLlmClient, PAUSE_AFTER_FAILURES } from '../../../src/core/llm/client.js';
import * as z from 'zod';
import { startFakeOpenAI, type FakeOpenAI } from '../../helpers/fake-openai.js';
import { startHarness, type FaqHarness } from './harness.js';

let fake: FakeOpenAI;
let h: FaqHarness;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  h = await startHarness({ openai: { apiKey: 'test-key', baseURL: fake.baseURL, model: 'fake-model' } });
});
afterAll(async () => {
  await h.close();
  await fake.close();
});
beforeEach(async () => {
  h.take();
  // Each test makes the stand-in answer its own way: no answer kept from another test, a fresh budget.
  await h.forgetModelAnswers();
  await h.type(':dm', ':as rider-endpoint zh-CN');
});

async function fallbacks(reason: string): Promise<number> {
  const m = await h.app.deps.metrics.llmFallbacks.get();
  return m.values.find((v) => v.labels.job === 'faq' && v.labels.reason === reason)?.value ?? 0;
}

describe('an endpoint in trouble', () => {
  it('after a 429 the bot answers from the entry and leaves the endpoint alone while it asks', async () => {
    fake.setModel(() => ({ status: 429, headers: { 'retry-after': '60' } }));
    await h.type('骑手体检在哪预约');
    expect(h.take()[0]?.text).toContain('骑手免费巡回体检：时间和报名');
    const calls = fake.requests.length;
    const paused = await fallbacks('paused');
    fake.setModel(() => ({
      content: JSON.stringify({ answer: '模型的回答。', used_ids: ['health-check-tour'], known: true }),
    }));
    await h.type('体检要带什么', '快递员也能参加体检吗');
    const lines = h.take();
    expect(lines.map((l) => l.text).join('\n')).not.toContain('模型的回答');
    expect(lines[0]?.text).toContain('骑手免费巡回体检：时间和报名');
    expect(fake.requests.length).toBe(calls);
    expect(await fallbacks('paused')).toBe(paused + 2);
    expect(h.logs.join('\n')).toContain('paused after a 429 (rate limit)');
  });
});

describe('an endpoint that fails every call', () => {
  it('a revoked key (401) is called a couple of times, not once per question; every worker gets the entry', async () => {
    const down = await startFakeOpenAI(() => ({ status: 401 }));
    const own = await startHarness({
      openai: { apiKey: 'sk-revoked-0123456789abcdef', baseURL: down.baseURL, model: 'fake-model' },
    });
    try {
      const riders = ['rider-401-a', 'rider-401-b', 'rider-401-c', 'rider-401-d', 'rider-401-e'];
      for (const rider of riders) {
        await own.type(':dm', `:as ${rider} zh-CN`, '骑手体检在哪预约');
        expect(own.take()[0]?.text).toContain('骑手免费巡回体检：时间和报名');
      }
      expect(down.requests.length).toBe(PAUSE_AFTER_FAILURES);
      const logs = own.logs.join('\n');
      expect(logs).toContain('the API key was refused (OPENAI_API_KEY)');
      expect(logs).toContain(`paused after ${PAUSE_AFTER_FAILURES} failures in a row`);
      expect(logs).not.toContain('sk-revoked');
    } finally {
      await own.close();
      await down.close();
    }
  });
});

describe('the client after timeouts in a row', () => {
  const Schema = z.object({ n: z.number() }).strict();
  it(`stops calling for a while after ${PAUSE_AFTER_FAILURES}, answering 'paused' at once`, async () => {
    const own = await startFakeOpenAI(() => ({ delayMs: 2000, content: '{"n":1}' }));
    const llm = createLlmClient({ apiKey: 'k', baseURL: own.baseURL, model: 'm' }, { timeoutMs: 100 });
    const ask = () => llm.json({ name: 'n', schema: Schema, system: 's', user: 'u' });
    for (let i = 0; i < PAUSE_AFTER_FAILURES; i++) expect(await ask()).toMatchObject({ reason: 'timeout' });
    own.setModel(() => ({ content: '{"n":1}' }));
    const calls = own.requests.length;
    expect(await ask()).toMatchObject({ ok: false, reason: 'paused' });
    expect(own.requests.length).toBe(calls);
    await own.close();
  });

  it('one timeout alone does not pause', async () => {
    const own = await startFakeOpenAI(() => ({ delayMs: 2000, content: '{"n":1}' }));
    const llm = createLlmClient({ apiKey: 'k', baseURL: own.baseURL, model: 'm' }, { timeoutMs: 100 });
    const ask = () => llm.json({ name: 'n', schema: Schema, system: 's', user: 'u' });
    expect(await ask()).toMatchObject({ reason: 'timeout' });
    own.setModel(() => ({ content: '{"n":1}' }));
    expect(await ask()).toMatchObject({ ok: true, value: { n: 1 } });
    await own.close();
  });
});
