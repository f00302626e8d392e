/**
 * The OpenAI-compatible client wrapper against a local stand-in, through the real `openai` package.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createLlmClient } from '../../../src/core/llm/client.js';
import { startFakeOpenAI, type FakeOpenAI } from '../../helpers/fake-openai.js';

const Schema = z.object({ answer: z.string(), n: z.number() }).strict();
let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(async () => {
  await fake.close();
});
const client = (timeoutMs = 1000) =>
  createLlmClient({ apiKey: 'test-key', baseURL: fake.baseURL, model: 'fake-model' }, { timeoutMs });
const ask = (timeoutMs?: number) =>
  client(timeoutMs).json({ name: 'test_answer', schema: Schema, system: 'SYSTEM', user: '{"q":"hi"}' });

describe('createLlmClient().json', () => {
  it('sends system and user messages with a JSON schema, and parses the reply', async () => {
    fake.setModel(() => ({ content: '{"answer":"ok","n":2}' }));
    const r = await ask();
    expect(r).toMatchObject({ ok: true, value: { answer: 'ok', n: 2 } });
    const req = fake.requests.at(-1)!;
    expect(req.model).toBe('fake-model');
    expect(req.messages).toEqual([
      { role: 'system', content: 'SYSTEM' },
      { role: 'user', content: '{"q":"hi"}' },
    ]);
    expect(req.response_format?.type).toBe('json_schema');
    expect(req.response_format?.json_schema?.name).toBe('test_answer');
  });

  it('accepts JSON wrapped in a Markdown fence', async () => {
    fake.setModel(() => ({ content: '```json\n{"answer":"ok","n":1}\n```' }));
    expect(await ask()).toMatchObject({ ok: true, value: { n: 1 } });
  });

  it.each([
    ['not JSON', 'Sure! Here is your answer: ok'],
    ['the wrong shape', '{"answer":"ok"}'],
    ['extra fields', '{"answer":"ok","n":1,"note":"x"}'],
    ['empty', ''],
  ])('reports %s as invalid', async (_what, content) => {
    fake.setModel(() => ({ content }));
    expect(await ask()).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('reports an HTTP error without retrying', async () => {
    const before = fake.requests.length;
    fake.setModel(() => ({ status: 500 }));
    expect(await ask()).toMatchObject({ ok: false, reason: 'error' });
    expect(fake.requests.length - before).toBe(1);
  });

  it('says the connection closed when the answer breaks off mid-body (what the operator reads in the log)', async () => {
    fake.setModel(() => ({ cut: true }));
    expect(await ask()).toMatchObject({
      ok: false,
      reason: 'error',
      detail: 'TypeError: the endpoint closed the connection mid-answer',
    });
  });

  it('gives up after the timeout', async () => {
    fake.setModel(() => ({ delayMs: 2000, content: '{"answer":"late","n":0}' }));
    const r = await ask(200);
    expect(r).toMatchObject({ ok: false, reason: 'timeout' });
  });

  it('reports an unreachable endpoint as an error', async () => {
    const r = await createLlmClient(
      { apiKey: 'k', baseURL: 'http://127.0.0.1:9/v1', model: 'm' },
      { timeoutMs: 1000 },
    ).json({
      name: 'x',
      schema: Schema,
      system: 's',
      user: 'u',
    });
    expect(r.ok).toBe(false);
  });
});
