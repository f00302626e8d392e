/**
 * The model alone cannot make a report an emergency (QA25 #3: a scratched e-bike got 🔴 特急, the emergency numbers and
 * a page to the triage chat): it may raise a report to urgent; emergency needs the built-in or the pack's signals of
 * danger to a person (or a sign of a person in trouble they read, 撑不住了). Through the real app on the console,
 * real Redis and the real `openai` client against the OpenAI stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { startFakeOpenAI, type FakeOpenAI } from '../../helpers/fake-openai.js';
import { clock, linesIn, T0 } from './helpers.js';
import { bindGroups, fileFrom } from './drive.js';

let fake: FakeOpenAI;
let app: TestApp;
const c = clock();
beforeAll(async () => {
  c.set(T0);
  fake = await startFakeOpenAI();
  app = await createTestApp({
    now: c.now,
    openai: { apiKey: 'test-key', baseURL: fake.baseURL, model: 'fake-model' },
  });
  await bindGroups(app);
});
afterAll(async () => {
  await app?.close();
  await fake?.close();
});

/** The model calls every report an emergency. */
function modelSaysEmergency(category: string, summary: string): void {
  fake.setModel(() => ({ content: JSON.stringify({ category, urgency: 'emergency', summary }) }));
}

const textsIn = (chat: string) =>
  linesIn(app, chat)
    .map((l) => l.text)
    .join('\n');

describe('an emergency only the model sees', () => {
  it('a scratched e-bike is filed urgent: no emergency numbers for the worker, no 特急 for the branch', async () => {
    modelSaysEmergency('other', '电动车被刮花');
    const id = await fileFrom(app, 'rider-scratch', 'riders-meituan', '我的电动车被人刮花了一道', {
      anonymous: true,
    });
    expect(fake.requests.length).toBeGreaterThan(0);
    const ticket = (await app.app.deps.store.tickets.get(id))!;
    expect(ticket.urgency).toBe('urgent');
    const worker = textsIn('rider-scratch');
    expect(worker).not.toContain('请立即拨打');
    expect(worker).not.toContain('特急');
    expect(textsIn('triage-meituan')).not.toContain('特急');
  });

  it('a person in danger the built-in signals read stays an emergency', async () => {
    modelSaysEmergency('safety-threat', '同事头部流血');
    const id = await fileFrom(app, 'rider-bleeding', 'riders-meituan', '同事头上一直流血，叫不醒', {
      anonymous: true,
    });
    expect((await app.app.deps.store.tickets.get(id))!.urgency).toBe('emergency');
    expect(textsIn('rider-bleeding')).toContain('请立即拨打');
  });
});
