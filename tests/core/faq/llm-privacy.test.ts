/**
 * The model endpoint is a third party: a worker's phone and ID numbers never reach it, in any form they are typed
 * (QA16). The real app and the real `openai` client against the stand-in, which records every request.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { echo, startFakeOpenAI, type FakeOpenAI, type FaqModelInput } from '../../helpers/fake-openai.js';
import { startHarness, type FaqHarness } from './harness.js';

let fake: FakeOpenAI;
let h: FaqHarness;
beforeAll(async () => {
  fake = await startFakeOpenAI(echo);
  h = await startHarness({ openai: { apiKey: 'test-key', baseURL: fake.baseURL, model: 'fake-model' } });
});
afterAll(async () => {
  await h.close();
  await fake.close();
});
beforeEach(async () => {
  h.take();
  // Each form must reach the stand-in: no answer kept from the form before.
  await h.forgetModelAnswers();
  await h.type(':dm', ':as rider-private zh-CN');
});

/** Digits in any script a number may be typed in, and Chinese numerals read out. */
const ANY_DIGIT = /[\d０-９〇零一幺壹二两贰三叁四肆五伍六陆七柒八捌九玖]/u;

describe('what the model endpoint is sent of a question', () => {
  it.each([
    '我电话13912345678，身份证310101199001011234，体检在哪预约',
    '我手机 139 1234 5678 体检在哪预约',
    '我手机１３９－１２３４－５６７８，体检在哪预约',
    '电话幺三九幺二三四五六七八 体检在哪预约',
    '身份证 310101 19900101 1234 体检在哪预约',
  ])('%s: no digit of the numbers, the question still asked', async (question) => {
    const sent = fake.requests.length;
    await h.type(question);
    expect(fake.requests.length).toBe(sent + 1);
    const request = fake.requests.at(-1)!;
    const user = request.messages.find((m) => m.role === 'user')!.content;
    const input = JSON.parse(user) as FaqModelInput;
    expect(input.question).toContain('体检在哪预约');
    expect(input.question).not.toMatch(ANY_DIGIT);
    const body = JSON.stringify(request);
    for (const part of ['139', '5678', '1234', '310101', '19900101']) expect(body).not.toContain(part);
    // The worker is answered as before (the echo model repeats the masked question).
    const line = h.take().at(-1);
    expect(line?.text).toContain('体检在哪预约');
    expect(line?.text).not.toContain('5678');
  });
});
