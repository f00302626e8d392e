/**
 * Speech to text over an OpenAI-compatible endpoint (`POST …/audio/transcriptions`: OpenAI's `whisper-1`,
 * another provider, or a local whisper server), through the real `openai` client (client.ts's). Like client.ts it never
 * throws: a timeout, an HTTP error or an empty transcript comes back as a reason, so the caller keeps the
 * voice note as evidence only and counts the fallback.
 *
 *   const transcriber = createTranscriber({ transcribeModel }, llm);   // llm: the app's createLlmClient
 *   const text = await transcribeVoice({ outbox, metrics, logger }, transcriber, 'telegram', fileId);
 *   // → the transcript, or undefined (counted in waystation_llm_fallbacks_total{job="transcribe"})
 *
 * The transcript is the worker's own words, and is treated like text they typed: cleaned, cut to the
 * input limit, shown back to them before anything is filed.
 */
import type { OpenAIConfig } from '../../config/index.js';
import type { LlmClient, LlmFailure } from './client.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import type { FetchedFile, Outbox } from '../outbox.js';
import { cleanInput, hasWords } from '../text.js';
import type { Channel } from '../types.js';

export const DEFAULT_TRANSCRIBE_MODEL = 'whisper-1';
/** A minute of speech takes a few seconds; a worker is waiting, so not much longer. */
export const DEFAULT_TRANSCRIBE_TIMEOUT_MS = 20_000;

/**
 * `unavailable`: the audio could not be fetched from the platform, so nothing was sent to the model; `paused` and
 * `limited`: the model client sent nothing (the endpoint failed lately, or enough calls are under way).
 */
export type TranscribeFailure = LlmFailure | 'empty' | 'unavailable';
export type TranscribeResult =
  | { ok: true; text: string; ms: number }
  | { ok: false; reason: TranscribeFailure; detail: string; ms: number };

export interface Transcriber {
  readonly model: string;
  transcribe(audio: FetchedFile): Promise<TranscribeResult>;
}

/**
 * Transcription through the app's model client (`createLlmClient`): its pause after failures or a 429, its limit on
 * calls under way (OPENAI_MAX_CONCURRENT) and its metrics (`waystation_llm_calls_total{job="transcribe"}`) hold for
 * voice notes as for the FAQ and classification (stop 38: the transcriber had a client of its own, with none).
 */
export function createTranscriber(
  config: Pick<OpenAIConfig, 'transcribeModel'>,
  llm: LlmClient,
  options: { timeoutMs?: number } = {},
): Transcriber {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TRANSCRIBE_TIMEOUT_MS;
  const model = config.transcribeModel ?? DEFAULT_TRANSCRIBE_MODEL;
  return {
    model,
    async transcribe(audio) {
      // One attempt: the voice note is kept either way.
      const r = await llm.transcribe(audio, { model, timeoutMs });
      if (!r.ok) return r;
      const cleaned = cleanInput(r.value);
      if (!hasWords(cleaned)) return { ok: false, reason: 'empty', detail: 'no words heard', ms: r.ms };
      return { ok: true, text: cleaned, ms: r.ms };
    },
  };
}

export interface TranscribeVoiceDeps {
  outbox: Pick<Outbox, 'fetchFile'>;
  metrics: Pick<Metrics, 'llmFallbacks'>;
  logger: Logger;
}

/**
 * Fetch a voice note by its platform file id and transcribe it. Undefined on any failure — the file
 * could not be fetched (the channel cannot fetch files, it is gone or too big, the download failed) or
 * the endpoint failed — counted as `llmFallbacks{job="transcribe", reason}` and logged; never throws.
 */
export async function transcribeVoice(
  deps: TranscribeVoiceDeps,
  transcriber: Transcriber,
  channel: Channel,
  fileId: string,
): Promise<string | undefined> {
  const fail = (reason: TranscribeFailure, detail: string, ms?: number) => {
    deps.metrics.llmFallbacks.inc({ job: 'transcribe', reason });
    deps.logger.warn({ reason, detail, ms, channel }, 'voice note not transcribed; kept as evidence');
    return undefined;
  };
  let audio: FetchedFile | undefined;
  try {
    audio = await deps.outbox.fetchFile?.(channel, fileId);
  } catch (err) {
    return fail('unavailable', err instanceof Error ? err.message : 'fetch failed');
  }
  if (!audio) return fail('unavailable', `the ${channel} adapter gave no file`);
  if (!audio.data.length) return fail('unavailable', 'empty file');
  const r = await transcriber.transcribe(audio);
  if (!r.ok) return fail(r.reason, r.detail, r.ms);
  deps.logger.info({ ms: r.ms, chars: r.text.length, model: transcriber.model }, 'voice note transcribed');
  return r.text;
}
