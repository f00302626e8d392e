/**
 * A local stand-in for an OpenAI-compatible endpoint (the platform edge of the model path), used through
 * the real `openai` client: it speaks the chat-completions protocol on 127.0.0.1 — `POST …/chat/completions`
 * with a JSON body, answered with a `chat.completion` object or an OpenAI-style error — and speech to text,
 * `POST …/audio/transcriptions` with a multipart body (the audio file, `model`, …) answered with `{ text }`.
 * It records every request so a test can see exactly what the model was sent.
 *
 *   const fake = await startFakeOpenAI((req) => ({ content: JSON.stringify({ answer: '…', used_ids: ['x'], known: true }) }));
 *   const llm = createLlmClient({ apiKey: 'test', baseURL: fake.baseURL, model: 'fake' });
 *   fake.requests[0].messages  // [{ role: 'system', … }, { role: 'user', … }]
 *   fake.setTranscriber(() => ({ text: '国定路井盖没了' }));
 *   fake.transcriptions[0].file  // { name: 'file_0.oga', type: 'audio/ogg', data: <Buffer …> }
 *   await fake.close();
 *
 * `echo` is a ready-made model that cites every entry it was given and answers with the question it read,
 * so a test can check what arrived where (the prompt-injection test).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatMessage {
  role: string;
  content: string;
}

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  response_format?: {
    type: string;
    json_schema?: { name: string; strict?: boolean; schema: Record<string, unknown> };
  };
  [key: string]: unknown;
}

export interface FakeReply {
  /** The assistant message content (any text: valid JSON or not). */
  content?: string;
  /** Answer with this HTTP status and an OpenAI-style error body instead. */
  status?: number;
  /** Wait this long before answering (to provoke the client's timeout). */
  delayMs?: number;
  /** Extra response headers (`retry-after` with a 429). */
  headers?: Record<string, string>;
  /**
   * Close the connection after the status line and half the body (a proxy or server dying mid-response):
   * the client sees a 200 whose body never completes.
   */
  cut?: boolean;
  /** Answer 200 with this body instead of a chat.completion (a compatible server's odd shapes: `{ choices: [] }`). */
  body?: unknown;
}

export type FakeModel = (request: ChatRequest) => FakeReply | Promise<FakeReply>;

/** A `POST …/audio/transcriptions` as it arrived: the multipart fields and the uploaded file. */
export interface TranscriptionRequest {
  model: string;
  /** Every text field of the form (model, response_format, language…). */
  fields: Record<string, string>;
  file: { name: string; type: string; data: Buffer };
}

export interface FakeTranscription {
  /** The transcript. */
  text?: string;
  /** Answer with this HTTP status and an OpenAI-style error body instead. */
  status?: number;
  /** Wait this long before answering (to provoke the client's timeout). */
  delayMs?: number;
}

export type FakeTranscriber = (
  request: TranscriptionRequest,
) => FakeTranscription | Promise<FakeTranscription>;

export interface FakeOpenAI {
  /** Base URL for the client, e.g. http://127.0.0.1:PORT/v1 */
  baseURL: string;
  requests: ChatRequest[];
  /** Replace the model's behaviour. */
  setModel(model: FakeModel): void;
  /** Every transcription request, in order. */
  transcriptions: TranscriptionRequest[];
  /** Replace the speech-to-text behaviour (default: `{ text: 'fake transcript' }`). */
  setTranscriber(transcriber: FakeTranscriber): void;
  close(): Promise<void>;
}

/** The data the FAQ sends as its user message (see src/core/faq/llm-answer.ts). */
export interface FaqModelInput {
  question: string;
  reply_language: string;
  entries: { id: string; title: string; answer: string }[];
}

/** A model that answers with the question it was given and cites every entry it received. */
export const echo: FakeModel = (req) => {
  const user = req.messages.find((m) => m.role === 'user')?.content ?? '{}';
  const data = JSON.parse(user) as FaqModelInput;
  return {
    content: JSON.stringify({
      answer: `ECHO: ${data.question}`,
      used_ids: data.entries.map((e) => e.id).slice(0, 1),
      known: true,
    }),
  };
};

export async function startFakeOpenAI(
  model: FakeModel = echo,
  transcriber: FakeTranscriber = () => ({ text: 'fake transcript' }),
): Promise<FakeOpenAI> {
  let current = model;
  let currentTranscriber = transcriber;
  const requests: ChatRequest[] = [];
  const transcriptions: TranscriptionRequest[] = [];
  const pending = new Set<ServerResponse>();

  const hold = async (res: ServerResponse, delayMs?: number) => {
    if (!delayMs) return;
    pending.add(res);
    await new Promise((r) => setTimeout(r, delayMs));
    pending.delete(res);
  };

  /** `POST …/audio/transcriptions`: multipart with a `file` part and a `model` field, as the real API takes it. */
  async function transcribe(
    req: IncomingMessage,
    body: Buffer,
    send: (status: number, body: unknown) => void,
    res: ServerResponse,
  ): Promise<void> {
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith('multipart/form-data'))
      return send(400, { error: { message: 'expected multipart/form-data', type: 'invalid_request_error' } });
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData();
    } catch {
      return send(400, { error: { message: 'malformed multipart body', type: 'invalid_request_error' } });
    }
    const fields: Record<string, string> = {};
    let file: TranscriptionRequest['file'] | undefined;
    for (const [name, value] of form) {
      if (typeof value === 'string') fields[name] = value;
      else if (name === 'file')
        file = { name: value.name, type: value.type, data: Buffer.from(await value.arrayBuffer()) };
    }
    if (!file || !fields.model)
      return send(400, {
        error: { message: "'file' and 'model' are required", type: 'invalid_request_error' },
      });
    const request: TranscriptionRequest = { model: fields.model, fields, file };
    transcriptions.push(request);
    const reply = await currentTranscriber(request);
    await hold(res, reply.delayMs);
    if (reply.status && reply.status >= 400)
      return send(reply.status, {
        error: { message: `fake error ${reply.status}`, type: 'server_error', code: null },
      });
    send(200, { text: reply.text ?? '' });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      if (res.writableEnded || res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'POST' && req.url?.endsWith('/audio/transcriptions'))
      return transcribe(req, Buffer.concat(chunks), send, res);
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      return send(404, {
        error: { message: `no route ${req.method} ${req.url}`, type: 'invalid_request_error' },
      });
    }
    let body: ChatRequest;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
    } catch {
      return send(400, { error: { message: 'body is not JSON', type: 'invalid_request_error' } });
    }
    requests.push(body);
    const reply = await current(body);
    await hold(res, reply.delayMs);
    if (reply.status && reply.status >= 400) {
      return send(
        reply.status,
        { error: { message: `fake error ${reply.status}`, type: 'server_error', code: null } },
        reply.headers,
      );
    }
    if (reply.body !== undefined) return send(200, reply.body);
    if (reply.cut) {
      const half = JSON.stringify({ id: 'chatcmpl-cut', object: 'chat.completion', choices: [] }).slice(
        0,
        30,
      );
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      res.write(half);
      setImmediate(() => res.destroy());
      return;
    }
    send(200, {
      id: `chatcmpl-fake-${requests.length}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [
        {
          index: 0,
          finish_reason: 'stop',
          logprobs: null,
          message: { role: 'assistant', content: reply.content ?? '', refusal: null },
        },
      ],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.writableEnded) res.destroy();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    setModel: (m) => void (current = m),
    transcriptions,
    setTranscriber: (t) => void (currentTranscriber = t),
    close: () =>
      new Promise<void>((r) => {
        for (const res of pending) res.destroy();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
