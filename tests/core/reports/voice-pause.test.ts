/**
 * Stop 38 left: the voice transcriber had its own model client, with no pause, limit or metrics. It now goes through
 * the app's client: an endpoint that fails twice in a row is left alone for OPENAI_FAILURE_PAUSE_MS, and the worker
 * whose voice note comes meanwhile is told at once that it could not be heard. On the OpenAI stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { startFakeOpenAI, type FakeOpenAI } from '../../helpers/fake-openai.js';

const OGG = Buffer.concat([Buffer.from('OggS\0\x02', 'latin1'), Buffer.alloc(2048, 7)]);

let fake: FakeOpenAI;
let t: TelegramTestApp;
beforeAll(async () => {
  fake = await startFakeOpenAI(undefined, () => ({ status: 503 }));
  t = await createTelegramTestApp({
    openai: { apiKey: 'test-key', baseURL: fake.baseURL, model: 'fake-model', failurePauseMs: 600_000 },
  });
});
afterAll(async () => {
  await t?.close();
  await fake?.close();
});

/** waystation_llm_calls_total{job="transcribe"} by result. */
async function transcribeCalls(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const v of (await t.app.deps.metrics.llmCalls.get()).values)
    if (v.labels.job === 'transcribe') out[String(v.labels.result)] = v.value;
  return out;
}

describe('a transcription endpoint that keeps failing', () => {
  it('is called twice, then paused: the third worker is told at once the voice note could not be heard', async () => {
    const told: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const user = t.u.person(9700 + i);
      t.api.addFile(`voice-pause-${i}`, OGG);
      const mark = t.api.mark();
      await t.handle(t.u.privateVoice(user, `voice-pause-${i}`));
      told.push(t.api.shownTexts(mark).join('\n'));
    }
    expect(fake.transcriptions).toHaveLength(2);
    for (const text of told) expect(text).toContain('听不了语音');
    expect(await transcribeCalls()).toEqual({ error: 2, paused: 1 });
  });
});
