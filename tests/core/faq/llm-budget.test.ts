/**
 * What model answers cost (QA16): a per-person budget a minute, shared by every replica through Redis, and a short
 * cache so a repeated question makes no call. The real app and the real `openai` client against the stand-in.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_ANSWERS_PER_MINUTE } from '../../../src/core/faq/llm-answer.js';
import { startFakeOpenAI, type FakeOpenAI, type FaqModelInput } from '../../helpers/fake-openai.js';
import { createHttpServer } from '../../../src/http/server.js';
import { startHarness, type FaqHarness } from './harness.js';

const MODEL_SAYS = '每月巡回体检，免费，找站长报名。';
/** The one line that points at the same answer given just above (faq/repeats.ts). */
const POINTER = /^↑ 上面已经回答了/;

let fake: FakeOpenAI;
let h: FaqHarness;
const openai = () => ({ apiKey: 'test-key', baseURL: fake.baseURL, model: 'fake-model' });
beforeAll(async () => {
  fake = await startFakeOpenAI((req) => {
    const input = JSON.parse(req.messages[1]!.content) as FaqModelInput;
    return {
      content: JSON.stringify({
        answer:
          input.reply_language === 'en' ? 'Free every month; sign up with your station master.' : MODEL_SAYS,
        used_ids: [input.entries[0]!.id],
        known: true,
      }),
    };
  });
  h = await startHarness({ openai: openai() });
});
afterAll(async () => {
  await h.close();
  await fake.close();
});
beforeEach(async () => {
  h.take();
  await h.forgetModelAnswers();
  h.clock.now = new Date(h.clock.now.getTime() + 60_000);
});

async function budgetFallbacks(): Promise<number> {
  const m = await h.app.deps.metrics.llmFallbacks.get();
  return m.values.find((v) => v.labels.job === 'faq' && v.labels.reason === 'budget')?.value ?? 0;
}
/** A dozen different wordings of one question (the cache must not serve them). */
const askings = Array.from({ length: 12 }, (_, i) => `骑手体检在哪预约（第${i + 1}次问）`);

describe('a budget of model answers per person', () => {
  it(`gives one worker ${DEFAULT_MODEL_ANSWERS_PER_MINUTE} a minute, then the entry, counted in /metrics`, async () => {
    await h.type(':dm', ':as rider-busy zh-CN');
    const calls = fake.requests.length;
    const before = await budgetFallbacks();
    for (const q of askings) await h.type(q);
    const lines = h.take();
    expect(fake.requests.length - calls).toBe(DEFAULT_MODEL_ANSWERS_PER_MINUTE);
    expect(lines).toHaveLength(askings.length);
    // The stand-in says the same to every wording: the model's answer once, then pointed at (repeats.ts).
    expect(lines[0]!.text).toContain(MODEL_SAYS);
    for (const l of lines.slice(1, DEFAULT_MODEL_ANSWERS_PER_MINUTE)) expect(l.text).toMatch(POINTER);
    // Above it the worker still gets an answer: the entry itself, another answer, so in full.
    const over = lines[DEFAULT_MODEL_ANSWERS_PER_MINUTE]!.text;
    expect(over).toContain('骑手免费巡回体检：时间和报名');
    expect(over).not.toContain(MODEL_SAYS);
    expect(await budgetFallbacks()).toBe(before + askings.length - DEFAULT_MODEL_ANSWERS_PER_MINUTE);
    // Someone else is not held back by it, and the next minute the worker has a new budget.
    await h.type(':as rider-other zh-CN', askings[0]!);
    expect(h.take().at(-1)?.text).toContain(MODEL_SAYS);
    h.clock.now = new Date(h.clock.now.getTime() + 60_000);
    await h.type(':as rider-busy zh-CN', askings[0]!);
    expect(h.take().at(-1)?.text).toContain(MODEL_SAYS);
  });

  it('is shared by replicas: two apps on one Redis count one budget', async () => {
    const other = await startHarness({ openai: openai(), prefix: h.prefix, keepKeys: true });
    try {
      other.clock.now = h.clock.now;
      const calls = fake.requests.length;
      for (const [i, q] of askings.entries()) {
        const app = i % 2 ? other : h;
        await app.type(':dm', ':as rider-replicas zh-CN', q);
      }
      expect(fake.requests.length - calls).toBe(DEFAULT_MODEL_ANSWERS_PER_MINUTE);
    } finally {
      await other.close();
    }
  });

  it('follows OPENAI_ANSWERS_PER_MINUTE', async () => {
    const tight = await startHarness({ openai: { ...openai(), answersPerMinute: 2 } });
    try {
      const calls = fake.requests.length;
      await tight.type(':dm', ':as rider-tight zh-CN', ...askings.slice(0, 4));
      expect(fake.requests.length - calls).toBe(2);
    } finally {
      await tight.close();
    }
  });
});

describe('a repeated question', () => {
  it('is answered again from the kept answer, with no call', async () => {
    await h.type(':dm', ':as rider-repeat zh-CN');
    const calls = fake.requests.length;
    // Each asking by another person: one person asking again is pointed at the answer above (repeats.ts).
    await h.type(
      '骑手体检在哪预约',
      ':as rider-repeat-1 zh-CN',
      '骑手体检在哪预约？',
      ':as rider-repeat-2 zh-CN',
      '骑手体检 在哪预约',
    );
    const lines = h.take().filter((l) => l.text.includes(MODEL_SAYS));
    expect(lines).toHaveLength(3);
    expect(fake.requests.length - calls).toBe(1);
    // Another language is another answer.
    await h.type(':as rider-repeat-en en', 'how do I sign up for the rider health check');
    await h.type('how do I sign up for the rider health check?');
    expect(fake.requests.length - calls).toBe(2);
  });

  it('a kept answer spends no budget', async () => {
    await h.type(':dm', ':as rider-repeat-budget zh-CN');
    const calls = fake.requests.length;
    for (let i = 0; i < DEFAULT_MODEL_ANSWERS_PER_MINUTE + 3; i++) await h.type('骑手体检在哪预约');
    expect(fake.requests.length - calls).toBe(1);
    // The model's answer, then the same answer pointed at: no fallback to the entry once a budget's worth passed.
    const lines = h.take();
    expect(lines).toHaveLength(DEFAULT_MODEL_ANSWERS_PER_MINUTE + 3);
    expect(lines[0]!.text).toContain(MODEL_SAYS);
    for (const l of lines.slice(1)) expect(l.text).toMatch(POINTER);
  });
});

describe('the kept answers in /metrics', () => {
  it('counts each question the model path takes as a hit (kept answer) or a miss', async () => {
    const http = createHttpServer({
      health: () => h.app.health(),
      registry: h.app.deps.metrics.registry,
      onError: () => {},
    });
    const base = `http://127.0.0.1:${await http.listen(0, '127.0.0.1')}`;
    const cache = async (result: 'hit' | 'miss') => {
      const text = await (await fetch(`${base}/metrics`)).text();
      const line = text
        .split('\n')
        .find((l) => l.startsWith(`waystation_faq_model_cache_total{result="${result}"}`));
      return Number(line?.split(' ').at(-1) ?? 0);
    };
    try {
      const [hits, misses] = [await cache('hit'), await cache('miss')];
      await h.type(
        ':dm',
        ':as rider-cache-metric zh-CN',
        '骑手体检在哪预约',
        ':as rider-cache-metric-2 zh-CN',
        '骑手体检在哪预约',
        ':as rider-cache-metric-3 zh-CN',
        '骑手体检在哪预约？',
      );
      expect(h.take().filter((l) => l.text.includes(MODEL_SAYS))).toHaveLength(3);
      expect(await cache('miss')).toBe(misses + 1);
      expect(await cache('hit')).toBe(hits + 2);
      // A question the model path never takes (small talk) is neither.
      await h.type('谢谢');
      expect(await cache('hit')).toBe(hits + 2);
      expect(await cache('miss')).toBe(misses + 1);
    } finally {
      await http.close();
    }
  });
});

describe('questions not worth a model', () => {
  it.each(['体', '你好', '谢谢'])('%s makes no call', async (text) => {
    await h.type(':dm', ':as rider-short zh-CN');
    const calls = fake.requests.length;
    await h.type(text);
    expect(h.take().length).toBeGreaterThan(0);
    expect(fake.requests.length).toBe(calls);
  });
});
