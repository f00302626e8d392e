/**
 * A local stand-in for an OpenAI-compatible endpoint (the platform edge of the model path), used through
 * the real `openai` client: it speaks the chat-completions protocol on 127.0.0.1 — `POST …/chat/completions`
 * with a JSON body, answered with a `chat.completion` object or an OpenAI-style error — and records every
 * request so a test can see exactly what the model was sent.
 *
 *   const fake = await startFakeOpenAI((req) => ({ content: JSON.stringify({ answer: '…', used_ids: ['x'], known: true }) }));
 *   const llm = createLlmClient({ apiKey: 'test', baseURL: fake.baseURL, model: 'fake' });
 *   fake.requests[0].messages  // [{ role: 'system', … }, { role: 'user', … }]
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
}

export type FakeModel = (request: ChatRequest) => FakeReply | Promise<FakeReply>;

export interface FakeOpenAI {
  /** Base URL for the client, e.g. http://127.0.0.1:PORT/v1 */
  baseURL: string;
  requests: ChatRequest[];
  /** Replace the model's behaviour. */
  setModel(model: FakeModel): void;
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

export async function startFakeOpenAI(model: FakeModel = echo): Promise<FakeOpenAI> {
  let current = model;
  const requests: ChatRequest[] = [];
  const pending = new Set<ServerResponse>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const send = (status: number, body: unknown) => {
      if (res.writableEnded || res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
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
    if (reply.delayMs) {
      pending.add(res);
      await new Promise((r) => setTimeout(r, reply.delayMs));
      pending.delete(res);
    }
    if (reply.status && reply.status >= 400) {
      return send(reply.status, {
        error: { message: `fake error ${reply.status}`, type: 'server_error', code: null },
      });
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
    close: () =>
      new Promise<void>((r) => {
        for (const res of pending) res.destroy();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
