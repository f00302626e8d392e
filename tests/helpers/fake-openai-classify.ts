/**
 * A local stand-in for an OpenAI-compatible endpoint, speaking just enough of the chat-completions
 * protocol for the real `openai` client: POST …/chat/completions answers with whatever the test's
 * `reply` function returns (a message content, an HTTP error, or a delay), and every request body is
 * recorded for assertions.
 *
 *   const fake = await startFakeOpenAI(() => ({ content: '{"category":"other"}' }));
 *   const llm = createLlmClient({ apiKey: 'test', baseURL: fake.baseURL, model: 'fake' });
 *   …
 *   await fake.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string; schema: Record<string, unknown> } };
  [key: string]: unknown;
}

export interface FakeReply {
  /** The assistant message content. */
  content?: string;
  /** Answer with this HTTP status and an OpenAI-style error body instead. */
  status?: number;
  /** Wait this long before answering (to provoke a client timeout). */
  delayMs?: number;
}

export interface FakeOpenAI {
  /** Base URL to give the client, e.g. http://127.0.0.1:PORT/v1 */
  baseURL: string;
  requests: ChatRequest[];
  setReply(reply: (req: ChatRequest) => FakeReply): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export async function startFakeOpenAI(initial: (req: ChatRequest) => FakeReply): Promise<FakeOpenAI> {
  let reply = initial;
  const requests: ChatRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        send(res, 404, {
          error: { message: `no route ${req.method} ${req.url}`, type: 'invalid_request_error' },
        });
        return;
      }
      const body = JSON.parse(await readBody(req)) as ChatRequest;
      requests.push(body);
      const r = reply(body);
      const answer = () => {
        if (r.status && r.status >= 400) {
          send(res, r.status, { error: { message: 'fake failure', type: 'server_error', code: null } });
          return;
        }
        send(res, 200, {
          id: `chatcmpl-fake-${requests.length}`,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: body.model,
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: r.content ?? '', refusal: null },
              finish_reason: 'stop',
              logprobs: null,
            },
          ],
          usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
        });
      };
      if (r.delayMs) {
        const t = setTimeout(() => {
          timers.delete(t);
          answer();
        }, r.delayMs);
        timers.add(t);
      } else answer();
    })();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    setReply(r) {
      reply = r;
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}
