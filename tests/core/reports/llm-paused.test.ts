/**
 * The FAQ and report classification call one endpoint through one client: once questions have shown it failing,
 * a report made meanwhile is classified by the rules at once, without another call. Through the real app on
 * Telegram (Bot API stand-in), real Redis and the real `openai` client against the OpenAI stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAUSE_AFTER_FAILURES } from '../../../src/core/llm/client.js';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { startFakeOpenAI, type FakeOpenAI } from '../../helpers/fake-openai.js';

let fake: FakeOpenAI;
let t: TelegramTestApp;
beforeAll(async () => {
  fake = await startFakeOpenAI(() => ({ status: 500 }));
  t = await createTelegramTestApp({
    openai: { apiKey: 'test-key', baseURL: fake.baseURL, model: 'fake-model' },
  });
});
afterAll(async () => {
  await t?.close();
  await fake?.close();
});

describe('an endpoint the FAQ found failing', () => {
  it('is not called again to classify a report; the rules classify it', async () => {
    for (let i = 0; i < PAUSE_AFTER_FAILURES; i++) {
      const rider = t.u.person(9300 + i);
      const mark = t.api.mark();
      await t.handle(t.u.privateText(rider, '骑手体检在哪预约'));
      expect(t.api.shownTexts(mark).join('\n')).toContain('骑手免费巡回体检：时间和报名');
    }
    const calls = fake.requests.length;
    expect(calls).toBe(PAUSE_AFTER_FAILURES);

    const reporter = t.u.person(9310);
    const mark = t.api.mark();
    await t.handle(t.u.privateText(reporter, '/report'));
    await t.handle(t.u.privateText(reporter, '站点充电桩坏了，充不进电'));
    expect(t.api.shownTexts(mark).join('\n')).toContain('「驿站设施」');
    expect(buttonsOf(t.api.lastMessage(reporter.id)).some((b) => b.data?.endsWith(':ok'))).toBe(true);
    expect(fake.requests.length).toBe(calls);
  });
});
